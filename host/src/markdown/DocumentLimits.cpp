#include "markdown/DocumentLimits.hpp"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

#include "common/Errors.hpp"
#include "common/Utf8.hpp"

namespace trousse {
namespace {

constexpr std::size_t kExcerptBytes = 60;

/// « 10,5 Mo », « 300 Ko »: sizes as the messages give them (1 Mo = 1,000,000 bytes).
std::string formatSize(std::size_t bytes) {
  char text[32];
  if (bytes >= 1'000'000) {
    std::snprintf(text, sizeof text, "%.1f Mo", static_cast<double>(bytes) / 1e6);
  } else {
    std::snprintf(text, sizeof text, "%zu Ko", (bytes + 999) / 1000);
  }
  std::string out = text;
  if (out.find(".0 ") != std::string::npos) out.erase(out.find(".0 "), 2);  // « 5 Mo »
  if (const std::size_t dot = out.find('.'); dot != std::string::npos) out[dot] = ',';
  return out;
}

/// « 2 000 »: a count with French thousands separators.
std::string formatCount(std::size_t count) {
  std::string digits = std::to_string(count);
  for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, "\u202F");
  return digits;
}

void refuseField(const char* what, std::size_t size) {
  throw DataError(std::string(what) + " trop long : " + formatSize(size) + ", " +
                      formatSize(kMaxBlockTextBytes) + " au plus",
                  {});
}

struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

/// What the messages call a block, with the advice that goes with it.
struct BlockKind {
  const char* name;
  const char* advice;
};

BlockKind kindOf(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
      return {"paragraphe", "coupez-le en paragraphes plus courts (séparés par une ligne vide)"};
    case CMARK_NODE_HEADING:
      return {"titre", "raccourcissez-le"};
    case CMARK_NODE_CODE_BLOCK:
      return {"bloc de code", "coupez-le en plusieurs blocs"};
    case CMARK_NODE_HTML_BLOCK:
      return {"bloc HTML", "coupez-le en plusieurs blocs"};
    default:
      break;
  }
  if (std::strcmp(cmark_node_get_type_string(node), "table") == 0) {
    return {"tableau", "coupez-le en plusieurs tableaux"};
  }
  return {"bloc", "coupez-le en plusieurs blocs"};
}

/// A block laid out as a whole: its text is counted together.
bool isWholeBlock(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
      return false;
    default:
      return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
  }
}

std::size_t textSize(cmark_node* node) {
  const cmark_node_type type = cmark_node_get_type(node);
  if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) return 1;  // a space
  std::size_t size = 0;
  if (const char* literal = cmark_node_get_literal(node)) size += std::strlen(literal);
  if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
    if (const char* url = cmark_node_get_url(node)) size += std::strlen(url);
  }
  return size;
}

/// The first words of a block, for a message.
std::string firstWords(cmark_node* block) {
  std::string text;
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(block));
  for (cmark_event_type event;
       (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE && text.size() <= kExcerptBytes;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event != CMARK_EVENT_ENTER) continue;
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      text += ' ';
    } else if (const char* literal = cmark_node_get_literal(node)) {
      // Only what the excerpt can show: a literal can be megabytes long.
      text.append(literal, strnlen(literal, kExcerptBytes + 4));
      if (!text.empty() && type != CMARK_NODE_TEXT) text += ' ';  // between table cells, code lines
    }
  }
  std::string shown = excerpt(utf8::printable(text), kExcerptBytes);
  for (char& c : shown) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return shown;
}

}  // namespace

std::string excerpt(std::string_view text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return std::string(text);
  std::size_t cut = maxBytes;
  // Back to the start of a character: UTF-8 continuation bytes are 10xxxxxx.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

void checkTextSizes(const Document& document) {
  if (document.markdown.size() > kMaxMarkdownBytes) {
    throw DataError("document trop long : " + formatSize(document.markdown.size()) +
                        " de Markdown, " + formatSize(kMaxMarkdownBytes) +
                        " au plus (environ 1 200 pages) ; découpez-le en plusieurs documents",
                    {});
  }
  if (document.title.size() > kMaxBlockTextBytes)
    refuseField("titre du document", document.title.size());
  const LetterParts& letter = document.letter;
  std::size_t recipient = 0;
  for (const std::string& line : letter.recipient) recipient += line.size() + 1;
  if (recipient > kMaxBlockTextBytes) refuseField("destinataire", recipient);
  for (const auto& [name, text] :
       {std::pair{"objet", &letter.subject}, std::pair{"lieu et date", &letter.placeAndDate},
        std::pair{"référence", &letter.reference},
        std::pair{"« affaire suivie par »", &letter.followedBy},
        std::pair{"nom du signataire", &letter.signatoryName},
        std::pair{"qualité du signataire", &letter.signatoryTitle},
        std::pair{"élève concerné (about)", &letter.about},
        std::pair{"mention (marking)", &letter.marking},
        std::pair{"légende du code QR", &letter.qrCaption}}) {
    if (text->size() > kMaxBlockTextBytes) refuseField(name, text->size());
  }
  for (const auto& [name, lines] :
       {std::pair{"pièces jointes", &letter.enclosures}, std::pair{"copies", &letter.copies}}) {
    std::size_t size = 0;
    for (const std::string& line : *lines) size += line.size() + 1;
    if (size > kMaxBlockTextBytes) refuseField(name, size);
  }
  // The reply slip is Markdown: its blocks are bounded as the body's, and it is at most a page.
  if (letter.replySlip.size() > kMaxBlockTextBytes) {
    refuseField("coupon-réponse", letter.replySlip.size());
  }
}

void checkTableRows(std::string_view markdown) {
  std::size_t work = 0;
  for (std::size_t start = 0; start < markdown.size();) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    const std::string_view line = markdown.substr(start, end - start);
    start = end + 1;
    const auto bars = static_cast<std::size_t>(std::count(line.begin(), line.end(), '|'));
    if (bars > kMaxTableColumns + 1) {
      throw DataError("ligne de tableau trop longue (« " + utf8::printable(excerpt(line, kExcerptBytes)) +
                          " ») : " + formatCount(bars) + " barres « | », un tableau a au plus " +
                          formatCount(kMaxTableColumns) + " colonnes",
                      {});
    }
    work += bars * bars;
    if (work > kMaxTableWork) {
      throw DataError("tableaux trop grands (jusqu'à « " + utf8::printable(excerpt(line, kExcerptBytes)) +
                          " ») : au plus 125 lignes de 2 000 colonnes, ou 12 500 lignes de 200 "
                          "colonnes, dans un document ; coupez-les en plusieurs documents",
                      {});
    }
  }
}

void checkBlockSizes(cmark_node* root) {
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
  cmark_node* block = nullptr;  // the whole block being counted
  std::size_t size = 0;
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (block == nullptr && event == CMARK_EVENT_ENTER && isWholeBlock(node)) {
      block = node;
      size = 0;
    }
    if (block == nullptr) continue;
    if (event == CMARK_EVENT_ENTER) size += textSize(node);
    // A leaf block (code, HTML) has no EXIT event: it ends where it starts.
    if (node == block && (event == CMARK_EVENT_EXIT || cmark_node_first_child(node) == nullptr)) {
      if (size > kMaxBlockTextBytes) {
        const BlockKind kind = kindOf(block);
        throw DataError(std::string(kind.name) + " trop long (« " + firstWords(block) +
                            " ») : " + formatSize(size) + " de texte, " +
                            formatSize(kMaxBlockTextBytes) + " au plus ; " + kind.advice,
                        {});
      }
      block = nullptr;
    }
  }
}

void checkPageCount(std::size_t pages) {
  if (pages <= kMaxPages) return;
  throw DataError("document trop long : plus de " + formatCount(kMaxPages) +
                      " pages, la limite par document ; découpez-le en plusieurs documents",
                  {});
}

}  // namespace trousse
