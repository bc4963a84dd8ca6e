#include "pdffile/PdfConcatenator.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>

namespace trousse {
namespace {

bool isType(std::string_view head, std::string_view type) {
  const std::string spaced = "/Type /" + std::string(type);
  const std::string tight = "/Type/" + std::string(type);
  auto endsName = [&](std::size_t at, std::size_t length) {
    const std::size_t after = at + length;
    return after >= head.size() || !std::isalnum(static_cast<unsigned char>(head[after]));
  };
  std::size_t at = head.find(spaced);
  if (at != std::string_view::npos && endsName(at, spaced.size())) return true;
  at = head.find(tight);
  return at != std::string_view::npos && endsName(at, tight.size());
}

/// `head` without the entries `/Key N G R` for the given keys.
std::string withoutReferenceKeys(std::string_view head,
                                 std::initializer_list<std::string_view> keys) {
  std::string out(head);
  for (std::string_view key : keys) {
    std::size_t at = 0;
    while ((at = out.find(key, at)) != std::string::npos) {
      const std::size_t after = at + key.size();
      if (after < out.size() && std::isalnum(static_cast<unsigned char>(out[after]))) {
        at = after;
        continue;
      }
      std::vector<PdfReference> refs = findReferences(std::string_view(out).substr(after, 32));
      if (refs.empty() || refs.front().offset > 2) {
        at = after;
        continue;
      }
      out.erase(at, key.size() + refs.front().offset + refs.front().length);
    }
  }
  return out;
}

/// Inserts entries right after the opening "<<" of a dictionary.
std::string withEntries(std::string head, const std::string& entries) {
  const std::size_t open = head.find("<<");
  if (open == std::string::npos) throw std::runtime_error("dictionnaire PDF attendu");
  head.insert(open + 2, " " + entries + " ");
  return head;
}

std::string reference(int number) { return std::to_string(number) + " 0 R"; }

}  // namespace

PdfConcatenator::PdfConcatenator(std::ostream& out, std::string title, std::string author)
    : out_(out), title_(std::move(title)), author_(std::move(author)), offsets_(kFirstFree, 0) {
  const std::string header = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  out_.write(header.data(), static_cast<std::streamsize>(header.size()));
  written_ = header.size();
}

int PdfConcatenator::allocate() {
  offsets_.push_back(0);
  return static_cast<int>(offsets_.size() - 1);
}

void PdfConcatenator::writeObject(int number, std::string_view head, std::string_view tail) {
  offsets_[static_cast<std::size_t>(number)] = written_;
  std::string text = std::to_string(number) + " 0 obj\n";
  text.append(head);
  if (!tail.empty()) {
    text += '\n';
    text.append(tail);
  }
  text += "\nendobj\n";
  out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  written_ += text.size();
}

void PdfConcatenator::writeHeldOutlineItem(int nextNumber) {
  if (heldOutlineItem_ == 0) return;
  std::string head = heldOutlineHead_;
  if (nextNumber != 0) head = withEntries(std::move(head), "/Next " + reference(nextNumber));
  writeObject(heldOutlineItem_, head, {});
  heldOutlineItem_ = 0;
}

void PdfConcatenator::add(const PdfFile& part, const std::vector<std::size_t>& blankAfter) {
  // The part's own catalogue, page tree nodes, information and outline root are replaced by
  // the joined file's; every other object gets the next free number.
  const PdfFile::Object* catalog = nullptr;
  int catalogNumber = 0;
  for (int n = 1; n < part.size() && !catalog; ++n) {
    const PdfFile::Object* object = part.object(n);
    if (object && isType(object->head, "Catalog")) {
      catalog = object;
      catalogNumber = n;
    }
  }
  if (!catalog) throw std::runtime_error("PDF sans catalogue");
  const int outlineRoot = referenceAfterKey(catalog->head, "/Outlines");

  std::vector<int> renumbered(static_cast<std::size_t>(part.size()), 0);
  for (int n = 1; n < part.size(); ++n) {
    const PdfFile::Object* object = part.object(n);
    if (!object || n == catalogNumber || n == outlineRoot) continue;
    if (isType(object->head, "Pages")) {
      renumbered[static_cast<std::size_t>(n)] = kPages;
      continue;
    }
    if (object->head.find("/Producer") != std::string_view::npos && !isType(object->head, "Page"))
      continue;  // the part's document information
    renumbered[static_cast<std::size_t>(n)] = allocate();
  }
  if (outlineRoot) renumbered[static_cast<std::size_t>(outlineRoot)] = kOutlines;

  // Top-level bookmarks of this part, in order: chained after those of the previous parts.
  std::vector<int> topLevel;
  if (outlineRoot) {
    const PdfFile::Object* root = part.object(outlineRoot);
    for (int item = root ? referenceAfterKey(root->head, "/First") : 0; item != 0;) {
      topLevel.push_back(item);
      const PdfFile::Object* object = part.object(item);
      item = object ? referenceAfterKey(object->head, "/Next") : 0;
      if (topLevel.size() > static_cast<std::size_t>(part.size())) break;  // a loop: stop
    }
  }

  auto rewrite = [&](std::string_view head) {
    std::string out;
    std::size_t copied = 0;
    for (const PdfReference& ref : findReferences(head)) {
      out.append(head.substr(copied, ref.offset - copied));
      const int target = ref.number > 0 && ref.number < part.size()
                             ? renumbered[static_cast<std::size_t>(ref.number)]
                             : 0;
      out += target ? reference(target) : "null";
      copied = ref.offset + ref.length;
    }
    out.append(head.substr(copied));
    return out;
  };

  for (int n = 1; n < part.size(); ++n) {
    const int number = renumbered[static_cast<std::size_t>(n)];
    if (number < kFirstFree) continue;
    const PdfFile::Object& object = *part.object(n);
    const auto top = std::find(topLevel.begin(), topLevel.end(), n);
    if (top == topLevel.end()) {
      writeObject(number, rewrite(object.head), object.tail);
      continue;
    }
    // A top-level bookmark: relinked to the joined outline and its neighbours.
    std::string head = withoutReferenceKeys(rewrite(object.head), {"/Prev", "/Next"});
    const int previous = top == topLevel.begin() ? heldOutlineItem_
                                                 : renumbered[static_cast<std::size_t>(*(top - 1))];
    if (top == topLevel.begin()) writeHeldOutlineItem(number);
    if (previous != 0) head = withEntries(std::move(head), "/Prev " + reference(previous));
    if (firstOutlineItem_ == 0) firstOutlineItem_ = number;
    lastOutlineItem_ = number;
    ++outlineItems_;
    if (top + 1 == topLevel.end()) {
      heldOutlineItem_ = number;
      heldOutlineHead_ = std::move(head);
    } else {
      head = withEntries(std::move(head),
                         "/Next " + reference(renumbered[static_cast<std::size_t>(*(top + 1))]));
      writeObject(number, head, {});
    }
  }

  std::size_t blank = 0;
  const auto& pages = part.pages();
  for (std::size_t p = 0; p < pages.size(); ++p) {
    kids_.push_back(renumbered[static_cast<std::size_t>(pages[p])]);
    while (blank < blankAfter.size() && blankAfter[blank] < p) ++blank;
    if (blank < blankAfter.size() && blankAfter[blank] == p) {
      std::string_view pageHead = part.object(pages[p])->head;
      std::string box = "/MediaBox [ 0 0 595.276 841.89 ]";
      if (std::size_t at = pageHead.find("/MediaBox"); at != std::string_view::npos) {
        box = std::string(pageHead.substr(at, pageHead.find(']', at) + 1 - at));
      }
      const int number = allocate();
      writeObject(number, "<< /Type /Page /Parent 2 0 R " + box + " /Resources << >> >>", {});
      kids_.push_back(number);
    }
  }
}

void PdfConcatenator::finish() {
  writeHeldOutlineItem(0);
  std::string kids;
  for (int kid : kids_) kids += reference(kid) + " ";
  writeObject(
      kPages,
      "<< /Type /Pages /Kids [ " + kids + "] /Count " + std::to_string(kids_.size()) + " >>", {});
  const bool outline = firstOutlineItem_ != 0;
  if (outline) {
    writeObject(kOutlines,
                "<< /Type /Outlines /First " + reference(firstOutlineItem_) + " /Last " +
                    reference(lastOutlineItem_) + " /Count " + std::to_string(outlineItems_) +
                    " >>",
                {});
  }
  writeObject(kCatalog,
              std::string("<< /Type /Catalog /Pages 2 0 R") +
                  (outline ? " /Outlines 3 0 R /PageMode /UseOutlines" : "") + " >>",
              {});
  writeObject(kInfo,
              "<< /Producer (Trousse) /Creator (Trousse) /Title " + pdfTextString(title_) +
                  (author_.empty() ? "" : " /Author " + pdfTextString(author_)) + " >>",
              {});
  const std::size_t xref = written_;
  std::string table = "xref\n0 " + std::to_string(offsets_.size()) + "\n0000000000 65535 f\r\n";
  char entry[40];
  for (std::size_t n = 1; n < offsets_.size(); ++n) {
    if (offsets_[n] == 0) {
      table += "0000000000 65535 f\r\n";
    } else {
      std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", offsets_[n]);
      table += entry;
    }
  }
  table += "trailer\n<< /Size " + std::to_string(offsets_.size()) +
           " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  out_.write(table.data(), static_cast<std::streamsize>(table.size()));
  out_.flush();
  if (!out_) throw std::runtime_error("écriture du PDF impossible");
}

}  // namespace trousse
