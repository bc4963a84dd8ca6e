#include "pdffile/PdfSplitter.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>

namespace trousse {
namespace {

class FileBuilder {
 public:
  explicit FileBuilder(const PdfFile& file) : file_(file) {}

  std::string build(std::size_t first, std::size_t count, const std::string& title) {
    const auto& pages = file_.pages();
    for (std::size_t p = first; p < first + count; ++p) pageSet_.insert(pages[p]);
    // 1: catalogue, 2: page tree, 3: information; then the copied objects.
    next_ = 4;
    for (std::size_t p = first; p < first + count; ++p) include(pages[p]);

    out_ = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets(static_cast<std::size_t>(next_), 0);
    std::string kids;
    for (std::size_t p = first; p < first + count; ++p)
      kids += std::to_string(numbers_.at(pages[p])) + " 0 R ";
    offsets[1] = out_.size();
    out_ += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    offsets[2] = out_.size();
    out_ += "2 0 obj\n<< /Type /Pages /Kids [ " + kids + "] /Count " + std::to_string(count) +
            " >>\nendobj\n";
    offsets[3] = out_.size();
    out_ += "3 0 obj\n<< /Producer (Trousse) /Creator (Trousse) /Title " + pdfTextString(title) +
            " >>\nendobj\n";
    for (const auto& [original, renumbered] : numbers_) {
      offsets[static_cast<std::size_t>(renumbered)] = out_.size();
      writeObject(original, renumbered);
    }

    const std::size_t xref = out_.size();
    out_ += "xref\n0 " + std::to_string(next_) + "\n0000000000 65535 f\r\n";
    char entry[40];
    for (int n = 1; n < next_; ++n) {
      std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n",
                    offsets[static_cast<std::size_t>(n)]);
      out_ += entry;
    }
    out_ += "trailer\n<< /Size " + std::to_string(next_) +
            " /Root 1 0 R /Info 3 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return std::move(out_);
  }

 private:
  /// Gives `number` and everything it refers to a number in the new file. A page's parent is
  /// the new page tree; references to pages outside the range are not followed.
  void include(int number) {
    std::vector<int> pending{number};
    while (!pending.empty()) {
      const int current = pending.back();
      pending.pop_back();
      if (numbers_.count(current)) continue;
      const PdfFile::Object* object = file_.object(current);
      if (object == nullptr)
        throw std::runtime_error("objet PDF manquant : " + std::to_string(current));
      numbers_[current] = next_++;
      const int parent = pageSet_.count(current) ? referenceAfterKey(object->head, "/Parent") : 0;
      for (const PdfReference& ref : file_.references(current)) {
        if (ref.number == parent || isForeignPage(ref.number)) continue;
        pending.push_back(ref.number);
      }
    }
  }

  bool isForeignPage(int number) const { return file_.isPage(number) && !pageSet_.count(number); }

  void writeObject(int original, int renumbered) {
    const PdfFile::Object& object = *file_.object(original);
    const bool isPage = pageSet_.count(original) > 0;
    const int parent = isPage ? referenceAfterKey(object.head, "/Parent") : 0;
    out_ += std::to_string(renumbered) + " 0 obj\n";
    std::size_t copied = 0;
    for (const PdfReference& ref : file_.references(original)) {
      out_.append(object.head.substr(copied, ref.offset - copied));
      if (isPage && ref.number == parent) {
        out_ += "2 0 R";
      } else if (auto found = numbers_.find(ref.number); found != numbers_.end()) {
        out_ += std::to_string(found->second) + " 0 R";
      } else {
        out_ += "null";  // a page of another letter
      }
      copied = ref.offset + ref.length;
    }
    out_.append(object.head.substr(copied));
    if (!object.tail.empty()) {
      out_ += '\n';
      out_.append(object.tail);
    }
    out_ += "\nendobj\n";
  }

  const PdfFile& file_;
  std::set<int> pageSet_;
  std::map<int, int> numbers_;
  int next_ = 4;
  std::string out_;
};

}  // namespace

std::string extractPages(const PdfFile& file, std::size_t first, std::size_t count,
                         const std::string& title) {
  if (count == 0 || first + count > file.pages().size())
    throw std::out_of_range("pages hors du document");
  return FileBuilder(file).build(first, count, title);
}

}  // namespace trousse
