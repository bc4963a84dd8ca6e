#pragma once

#include <string>
#include <trousse/Document.hpp>
#include <vector>

#include "pdf/layout/BodyExtras.hpp"
#include "pdf/layout/DocumentImages.hpp"
#include "pdf/text/InlineText.hpp"
#include "pdf/text/LineBreaker.hpp"
#include "pdf/text/LineCache.hpp"
#include "pdf/layout/PageFlow.hpp"

// Pieces the layouts share: text at a fixed place, the logo, the title, the body.

namespace trousse::pdf {

TextStyle sized(double size, bool bold = false);
/// Plain text (no Markdown) in one style; line feeds are line breaks.
InlineContent plain(const std::string& text, const TextStyle& style, FontBook& fonts);
/// Lays out text at a fixed place on a page, outside the flow; returns its bottom.
double placeText(const InlineContent& content, double x, double top, double width, Align align,
                 FontBook& fonts, PageContent& page);
/// Lays out lines already broken (see CachedLines.hpp) at a fixed place on a page, outside
/// the flow; returns their bottom.
double placeText(const BrokenText& text, double x, double top, PageContent& page);
/// Height `content` takes when broken into lines of `width`.
double textHeight(const InlineContent& content, double width, FontBook& fonts);
/// Height of lines.
double textHeight(const BrokenText& text);

/// Draws the establishment's logo with its top at `top`, within `maxWidth` × `maxHeight`,
/// from `x` (left-aligned) or centred on `x + maxWidth / 2`. Returns its bottom, or `top`
/// when there is no logo.
double placeLogo(DocumentImages& images, PageContent& page, double x, double top, double maxWidth,
                 double maxHeight, bool centred);

/// Places a title in the flow, in bold type of `size`, aligned as asked.
void placeTitle(const std::string& title, double size, Align align, FontBook& fonts,
                PageFlow& flow);

/// Removes the last page if nothing is drawn on it (a page break ending the body), unless it
/// is the only one.
void dropEmptyLastPage(LaidOutDocument& document);

/// Parses the document's Markdown and lays it out down the flow, across the frame's width.
void layOutBody(const Document& document, LayoutContext& context, DocumentImages& images,
                PageFlow& flow, std::vector<Bookmark>& bookmarks, const BodySettings& settings);

}  // namespace trousse::pdf
