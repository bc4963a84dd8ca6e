#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <trousse/Document.hpp>

struct cmark_node;

namespace trousse {

/// Limits that keep the time and memory of one document bounded whatever its text
/// (docs/modeles.md, « Limites »). A document is laid out whole before it is drawn, and a
/// block is broken into lines whole, so each costs memory in proportion to its size:
///  - Markdown: a 1,000-page document is about 4 MB, and cmark-gfm alone takes up to
///    200 bytes per byte of dense markup;
///  - a block (paragraph, heading, table, code or HTML block) is broken into lines at
///    about 1 KB per word: 256 KB of text, 50 to 100 pages, stay near 100 MB;
///  - pages: about 100 KB each until the PDF is saved.
inline constexpr std::size_t kMaxMarkdownBytes = 5'000'000;
inline constexpr std::size_t kMaxBlockTextBytes = 256'000;
inline constexpr std::size_t kMaxPages = 2'000;
/// cmark-gfm 0.29 reads a table row in time quadratic in its cells (it appends each to a
/// linked list from the head): 20,000 cells take a second per row. Before the Markdown is
/// parsed, a line may hold kMaxTableColumns + 1 vertical bars « | », and the squares of the
/// bars of all lines add up to kMaxTableWork at most: about a second of cmark-gfm, 125 rows
/// of 2,000 columns, 12,500 rows of 200 columns, or 5 million rows of 10 columns.
inline constexpr std::size_t kMaxTableColumns = 2'000;
inline constexpr std::size_t kMaxTableWork = 500'000'000;

/// Refuses (DataError) a document whose Markdown is longer than kMaxMarkdownBytes, or whose
/// title or letter parts are longer than kMaxBlockTextBytes.
void checkTextSizes(const Document& document);

/// Refuses (DataError) Markdown with a line of more than kMaxTableColumns + 1 « | », or whose
/// lines' bars, squared, add up to more than kMaxTableWork.
void checkTableRows(std::string_view markdown);

/// Refuses (DataError) a block holding more than kMaxBlockTextBytes of text (and link
/// targets), naming it by its first words.
void checkBlockSizes(cmark_node* root);

/// Refuses (DataError) a document once it is laid out on more than kMaxPages pages.
void checkPageCount(std::size_t pages);

/// The start of `text`, at most `maxBytes` of it cut at a character boundary, with « … »
/// when cut: a long text named in a message.
std::string excerpt(std::string_view text, std::size_t maxBytes);

}  // namespace trousse
