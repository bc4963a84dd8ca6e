#include "core/BatchSinks.hpp"

#include "common/Errors.hpp"
#include "core/AtomicFile.hpp"

#include <Poco/Zip/Compress.h>

#include <fstream>
#include <random>

namespace trousse {
namespace {

std::filesystem::path stagingFolderFor(const std::filesystem::path& target) {
  static std::mt19937_64 random{std::random_device{}()};
  std::filesystem::path parent = target.parent_path().empty() ? "." : target.parent_path();
  return parent / (".trousse-" + std::to_string(random() % 1000000000));
}

void writeWholeFile(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw IoError("impossible d'écrire le fichier " + file.string());
}

}  // namespace

MergedPdfSink::MergedPdfSink(std::filesystem::path file, const PdfWriter& writer)
    : file_(std::move(file)), writer_(writer) {
  requireOutputFolder(file_);
}

void MergedPdfSink::add(BatchLetter letter) {
  for (Document& document : letter.documents) documents_.push_back(std::move(document));
}

std::vector<std::filesystem::path> MergedPdfSink::finish() {
  const std::string pdf = writer_.write(documents_);
  writeFilesAtomically({{file_, pdf}});
  return {file_};
}

LetterFilesSink::LetterFilesSink(Container container, std::filesystem::path target,
                                 batch::FileNamePattern names, const PdfWriter& writer)
    : container_(container), target_(std::move(target)), names_(std::move(names)), writer_(writer) {
  std::error_code error;
  if (container_ == Container::Folder) {
    if (!std::filesystem::is_directory(target_, error))
      throw IoError("le dossier de sortie n'existe pas : " + target_.string());
    // Letters never replace a file the user already has: its name counts as taken.
    for (const auto& entry : std::filesystem::directory_iterator(target_, error))
      allocator_.reserve(entry.path().filename().string());
    staging_ = stagingFolderFor(target_ / "x");
  } else {
    requireOutputFolder(target_);
    staging_ = stagingFolderFor(target_);
  }
  if (!std::filesystem::create_directory(staging_, error) || error)
    throw IoError("impossible de créer un dossier de travail à côté de " + target_.string());
}

LetterFilesSink::~LetterFilesSink() {
  std::error_code ignored;
  std::filesystem::remove_all(staging_, ignored);
}

void LetterFilesSink::add(BatchLetter letter) {
  const std::string stem = names_.expand(*letter.data);
  for (Document& document : letter.documents) {
    std::string name = allocator_.allocate(stem);
    writeWholeFile(staging_ / name, writer_.write({document}));
    fileNames_.push_back(std::move(name));
  }
}

std::vector<std::filesystem::path> LetterFilesSink::finish() {
  if (container_ == Container::Folder) {
    writeFolder();
    std::vector<std::filesystem::path> written;
    for (const std::string& name : fileNames_) written.push_back(target_ / name);
    return written;
  }
  writeZip();
  return {target_};
}

void LetterFilesSink::writeFolder() {
  // Every file is complete in the staging folder: moving them in is a rename each.
  for (const std::string& name : fileNames_) {
    std::error_code error;
    std::filesystem::rename(staging_ / name, target_ / name, error);
    if (error) {
      throw IoError("impossible d'écrire le fichier " + (target_ / name).string() + " (" +
                    error.message() + ")");
    }
  }
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
