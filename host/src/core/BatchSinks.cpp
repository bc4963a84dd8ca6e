#include "core/BatchSinks.hpp"

#include "common/Errors.hpp"
#include "common/TemporaryFiles.hpp"
#include "core/AtomicFile.hpp"
#include "pdffile/PdfFile.hpp"
#include "pdffile/PdfSplitter.hpp"

#include <Poco/Zip/Compress.h>

namespace trousse {
namespace {

PdfFile readPart(const RenderedPart& part) {
  try {
    return PdfFile(part.pdf);
  } catch (const std::exception& e) {
    throw IoError(std::string("assemblage des lettres impossible : ") + e.what());
  }
}

void writeWholeFile(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw IoError("impossible d'écrire le fichier " + file.string());
}

}  // namespace

void cutIntoFiles(RenderedPart& part, const std::filesystem::path& folder, const PdfSeal& seal) {
  const PdfFile pdf(part.pdf);
  std::size_t first = 0;
  for (std::size_t i = 0; i < part.documentPages.size(); ++i) {
    const std::filesystem::path file =
        folder / (".partie-" + std::to_string(part.sequence) + "-" + std::to_string(i) + ".pdf");
    std::string bytes = extractPages(pdf, first, part.documentPages[i], part.documentTitles[i]);
    writeWholeFile(file, seal ? seal(bytes) : bytes);
    part.documentFiles.push_back(file);
    first += part.documentPages[i];
  }
  part.pdf.clear();
}

MergedPdfSink::MergedPdfSink(std::filesystem::path file, std::string title, std::string author,
                             bool duplex, PdfSeal seal)
    : file_(std::move(file)), duplex_(duplex), seal_(std::move(seal)) {
  requireOutputFolder(file_);
  temporary_ = hiddenSibling(file_, "pdf");
  out_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!out_) throw IoError("impossible d'écrire dans le dossier de " + file_.string());
  std::ostream& joined = seal_ ? static_cast<std::ostream&>(memory_) : out_;
  joined_ = std::make_unique<PdfConcatenator>(joined, std::move(title), std::move(author));
}

MergedPdfSink::~MergedPdfSink() {
  if (!finished_) {
    out_.close();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
}

void MergedPdfSink::add(const RenderedPart& part) {
  std::vector<std::size_t> blankAfter;
  if (duplex_) {
    std::size_t page = 0;
    for (std::size_t pages : part.documentPages) {
      page += pages;
      if (pages % 2 == 1) blankAfter.push_back(page - 1);
    }
  }
  joined_->add(readPart(part), blankAfter);
  if (!out_) throw IoError("impossible d'écrire le fichier " + file_.string());
}

std::vector<std::filesystem::path> MergedPdfSink::finish() {
  try {
    joined_->finish();
  } catch (const std::exception&) {
    throw IoError("impossible d'écrire le fichier " + file_.string());
  }
  if (seal_) {
    const std::string sealed = seal_(memory_.view());
    out_.write(sealed.data(), static_cast<std::streamsize>(sealed.size()));
  }
  out_.close();
  if (!out_) throw IoError("impossible d'écrire le fichier " + file_.string());
  std::error_code error;
  std::filesystem::rename(temporary_, file_, error);
  if (error)
    throw IoError("impossible d'écrire le fichier " + file_.string() + " (" + error.message() +
                  ")");
  finished_ = true;
  return {file_};
}

LetterFilesSink::LetterFilesSink(Container container, std::filesystem::path target)
    : container_(container), target_(std::move(target)) {
  std::error_code error;
  if (container_ == Container::Folder) {
    if (!std::filesystem::is_directory(target_, error))
      throw IoError("le dossier de sortie n'existe pas : " + target_.string());
    // Letters never replace a file the user already has: its name counts as taken.
    for (const auto& entry : std::filesystem::directory_iterator(target_, error))
      allocator_.reserve(entry.path().filename().string());
    staging_ = hiddenSibling(target_ / "x", "lettres");
  } else {
    requireOutputFolder(target_);
    staging_ = hiddenSibling(target_, "zip");
  }
  if (!std::filesystem::create_directory(staging_, error) || error)
    throw IoError("impossible de créer un dossier de travail à côté de " + target_.string());
}

LetterFilesSink::~LetterFilesSink() {
  std::error_code ignored;
  std::filesystem::remove_all(staging_, ignored);
}

void LetterFilesSink::add(const RenderedPart& part) {
  // The worker wrote each letter under a provisional name; names are given here, in CSV order,
  // so that numbering of homonyms does not depend on which core finished first.
  for (std::size_t i = 0; i < part.documentFiles.size(); ++i) {
    std::string name = allocator_.allocate(part.documentNames[i]);
    std::error_code error;
    std::filesystem::rename(part.documentFiles[i], staging_ / name, error);
    if (error) throw IoError("impossible d'écrire le fichier " + (target_ / name).string());
    fileNames_.push_back(std::move(name));
  }
}

std::vector<std::filesystem::path> LetterFilesSink::finish() {
  if (container_ == Container::Zip) {
    writeZip();
    return {target_};
  }
  std::vector<std::filesystem::path> written;
  for (const std::string& name : fileNames_) {
    std::error_code error;
    std::filesystem::rename(staging_ / name, target_ / name, error);
    if (error) {
      throw IoError("impossible d'écrire le fichier " + (target_ / name).string() + " (" +
                    error.message() + ")");
    }
    written.push_back(target_ / name);
  }
  return written;
}

void LetterFilesSink::writeZip() {
  const std::filesystem::path archive = staging_ / "lettres.zip";
  {
    std::ofstream out(archive, std::ios::binary | std::ios::trunc);
    Poco::Zip::Compress zip(out, true);
    for (const std::string& name : fileNames_) {
      zip.addFile(Poco::Path((staging_ / name).string()), Poco::Path(name),
                  Poco::Zip::ZipCommon::CM_STORE);  // PDFs are compressed already
    }
    zip.close();
    out.close();
    if (!out) throw IoError("impossible d'écrire l'archive " + target_.string());
  }
  std::error_code error;
  std::filesystem::rename(archive, target_, error);
  if (error) throw IoError("impossible d'écrire l'archive " + target_.string());
}

}  // namespace trousse
