#include "pdffile/PdfFile.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace trousse {
namespace {

// PDF's own character classes (ISO 32000-1, 7.2.2), without the C locale: font widths make
// objects of thousands of numbers, and each character is looked at.
bool isSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isDelimiter(char c) {
  return isSpace(c) || c == '/' || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' ||
         c == ')' || c == '{' || c == '}' || c == '%';
}

/// Length of the literal string that starts at value[i] == '(' (nested parentheses, escapes).
std::size_t literalStringLength(std::string_view value, std::size_t i) {
  int depth = 0;
  for (std::size_t j = i; j < value.size(); ++j) {
    if (value[j] == '\\') {
      ++j;
    } else if (value[j] == '(') {
      ++depth;
    } else if (value[j] == ')' && --depth == 0) {
      return j + 1 - i;
    }
  }
  return value.size() - i;
}

/// Position just past the dictionary that starts at the first "<<" of `value`, or npos.
std::size_t dictionaryEnd(std::string_view value) {
  std::size_t i = value.find("<<");
  int depth = 0;
  while (i != std::string_view::npos && i < value.size()) {
    if (value[i] == '(') {
      i += literalStringLength(value, i);
    } else if (value.compare(i, 2, "<<") == 0) {
      ++depth;
      i += 2;
    } else if (value.compare(i, 2, ">>") == 0) {
      i += 2;
      if (--depth == 0) return i;
    } else if (value[i] == '<') {
      const std::size_t close = value.find('>', i);
      i = close == std::string_view::npos ? value.size() : close + 1;
    } else {
      ++i;
    }
  }
  return std::string_view::npos;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

[[noreturn]] void unsupported(const std::string& what) {
  throw std::runtime_error("PDF non pris en charge pour le découpage : " + what);
}

}  // namespace

std::vector<PdfReference> findReferences(std::string_view value) {
  std::vector<PdfReference> references;
  auto digitsEnd = [&](std::size_t at) {
    while (at < value.size() && isDigit(value[at])) ++at;
    return at;
  };
  std::size_t i = 0;
  while (i < value.size()) {
    const char c = value[i];
    if (c == '(') {
      i += literalStringLength(value, i);
    } else if (value.compare(i, 2, "<<") == 0 || value.compare(i, 2, ">>") == 0) {
      i += 2;
    } else if (c == '<') {
      const std::size_t close = value.find('>', i);
      i = close == std::string_view::npos ? value.size() : close + 1;
    } else if (isDigit(c) && (i == 0 || isDelimiter(value[i - 1]))) {
      const std::size_t numberEnd = digitsEnd(i);
      std::size_t j = numberEnd;
      while (j < value.size() && isSpace(value[j])) ++j;
      const std::size_t generationEnd = digitsEnd(j);
      std::size_t k = generationEnd;
      while (k < value.size() && isSpace(value[k])) ++k;
      if (j > numberEnd && generationEnd > j && k < value.size() && value[k] == 'R' &&
          (k + 1 == value.size() || isDelimiter(value[k + 1]))) {
        references.push_back(
            {std::atoi(std::string(value.substr(i, numberEnd - i)).c_str()), i, k + 1 - i});
        i = k + 1;
      } else {
        i = numberEnd;
      }
    } else {
      ++i;
    }
  }
  return references;
}

std::string pdfTextString(const std::string& utf8) {
  std::string out = "<FEFF";
  char hex[12];
  for (std::size_t i = 0; i < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    const int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    unsigned codePoint = extra ? byte & (0x3Fu >> extra) : byte;
    for (int k = 1; k <= extra && i + k < utf8.size(); ++k)
      codePoint = (codePoint << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    i += static_cast<std::size_t>(1 + extra);
    if (codePoint >= 0x10000) {
      codePoint -= 0x10000;
      std::snprintf(hex, sizeof hex, "%04X%04X", 0xD800 + (codePoint >> 10),
                    0xDC00 + (codePoint & 0x3FF));
    } else {
      std::snprintf(hex, sizeof hex, "%04X", codePoint);
    }
    out += hex;
  }
  return out + ">";
}

int referenceAfterKey(std::string_view dictionary, std::string_view key) {
  std::size_t at = 0;
  while ((at = dictionary.find(key, at)) != std::string_view::npos) {
    const std::size_t after = at + key.size();
    if (after < dictionary.size() && isDelimiter(dictionary[after])) {
      std::vector<PdfReference> refs = findReferences(dictionary.substr(after, 32));
      if (!refs.empty() && refs.front().offset <= 2) return refs.front().number;
    }
    at = after;
  }
  return 0;
}

PdfFile::PdfFile(std::string bytes) : bytes_(std::move(bytes)) {
  readXref();
  if (root_ == 0) unsupported("pas de catalogue");
  const Object* catalog = object(root_);
  if (catalog == nullptr) unsupported("catalogue absent");
  const int pagesRoot = referenceAfterKey(catalog->head, "/Pages");
  if (pagesRoot == 0) unsupported("arbre des pages absent");
  collectPages(pagesRoot, 0);
  isPage_.assign(objects_.size(), false);
  references_.resize(objects_.size());
  for (int page : pages_) isPage_[static_cast<std::size_t>(page)] = true;
}

const std::vector<PdfReference>& PdfFile::references(int number) const {
  auto& slot = references_[static_cast<std::size_t>(number)];
  if (!slot) slot = findReferences(objects_[static_cast<std::size_t>(number)].head);
  return *slot;
}

const PdfFile::Object* PdfFile::object(int number) const {
  if (number <= 0 || number >= size() || !present_[static_cast<std::size_t>(number)])
    return nullptr;
  return &objects_[static_cast<std::size_t>(number)];
}

void PdfFile::readXref() {
  const std::string_view all(bytes_);
  const std::size_t startxref = all.rfind("startxref");
  if (startxref == std::string_view::npos) unsupported("startxref absent");
  const std::size_t xrefOffset = std::strtoull(bytes_.c_str() + startxref + 9, nullptr, 10);
  if (xrefOffset >= all.size() || all.substr(xrefOffset, 4) != "xref")
    unsupported("table xref absente");

  // "xref\n0 N\n" then N entries of 20 bytes; libharu writes a single subsection.
  std::size_t at = all.find('\n', xrefOffset) + 1;
  char* end = nullptr;
  const long first = std::strtol(bytes_.c_str() + at, &end, 10);
  const long count = std::strtol(end, &end, 10);
  if (first != 0 || count <= 0) unsupported("table xref inattendue");
  at = static_cast<std::size_t>(end - bytes_.c_str());
  while (at < all.size() && isSpace(all[at])) ++at;

  std::vector<std::size_t> offsets(static_cast<std::size_t>(count), 0);
  present_.assign(static_cast<std::size_t>(count), false);
  for (long n = 0; n < count; ++n, at += 20) {
    if (at + 18 > all.size()) unsupported("table xref tronquée");
    if (all[at + 17] == 'n') {
      offsets[static_cast<std::size_t>(n)] = std::strtoull(bytes_.c_str() + at, nullptr, 10);
      present_[static_cast<std::size_t>(n)] = true;
    }
  }
  const std::size_t trailer = all.find("trailer", at > 20 ? at - 20 : 0);
  if (trailer == std::string_view::npos) unsupported("trailer absent");
  root_ = referenceAfterKey(all.substr(trailer, startxref - trailer), "/Root");

  // An object runs from its offset to "endobj"; the next object's offset bounds the search
  // so that stream data can never be mistaken for the end.
  objects_.assign(static_cast<std::size_t>(count), Object{});
  for (long n = 1; n < count; ++n) {
    if (!present_[static_cast<std::size_t>(n)]) continue;
    const std::size_t start = offsets[static_cast<std::size_t>(n)];
    const std::size_t header = all.find("obj", start);
    const std::size_t close = all.find("endobj", header);
    if (header == std::string_view::npos || close == std::string_view::npos)
      unsupported("objet illisible");
    std::string_view body = all.substr(header + 3, close - header - 3);
    Object& object = objects_[static_cast<std::size_t>(n)];
    // A stream object is a dictionary followed by the keyword "stream".
    const std::size_t afterDictionary = dictionaryEnd(body);
    std::size_t keyword = afterDictionary;
    while (keyword != std::string_view::npos && keyword < body.size() && isSpace(body[keyword]))
      ++keyword;
    const std::size_t streamEnd = body.rfind("endstream");
    if (keyword != std::string_view::npos && body.compare(keyword, 6, "stream") == 0 &&
        streamEnd != std::string_view::npos && streamEnd > keyword) {
      object.head = trim(body.substr(0, afterDictionary));
      object.tail = body.substr(keyword, streamEnd + 9 - keyword);
    } else {
      object.head = trim(body);
    }
  }
}

void PdfFile::collectPages(int number, int depth) {
  const Object* node = object(number);
  if (node == nullptr || depth > 64) unsupported("arbre des pages incohérent");
  if (node->head.find("/Type /Pages") != std::string_view::npos ||
      node->head.find("/Type/Pages") != std::string_view::npos) {
    const std::size_t kids = node->head.find("/Kids");
    if (kids == std::string_view::npos) unsupported("nœud de pages sans /Kids");
    const std::size_t open = node->head.find('[', kids);
    const std::size_t close = node->head.find(']', open);
    for (const PdfReference& kid : findReferences(node->head.substr(open, close - open)))
      collectPages(kid.number, depth + 1);
  } else {
    pages_.push_back(number);
  }
}

}  // namespace trousse
