#include "core/AtomicFile.hpp"

#include "common/Errors.hpp"
#include "common/TemporaryFiles.hpp"

#include <cstdio>
#include <fstream>

namespace trousse {
void requireOutputFolder(const std::filesystem::path& file) {
  std::filesystem::path folder = file.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    throw IoError("le dossier de sortie n'existe pas : " + folder.string());
  }
  if (std::filesystem::is_directory(file, error)) {
    throw IoError("la sortie est un dossier, pas un fichier : " + file.string());
  }
}

void writeFilesAtomically(const std::vector<FileContent>& files) {
  std::vector<std::filesystem::path> temporaries;
  auto discard = [&] {
    for (const auto& tmp : temporaries) removeQuietly(tmp);
  };
  for (const FileContent& content : files) requireOutputFolder(content.file);
  for (const FileContent& content : files) {
    std::filesystem::path tmp = hiddenSibling(content.file, "tmp");
    temporaries.push_back(tmp);
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(content.bytes.data(), static_cast<std::streamsize>(content.bytes.size()));
    out.close();
    if (!out) {
      discard();
      throw IoError("impossible d'écrire le fichier " + content.file.string());
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::error_code error;
    std::filesystem::rename(temporaries[i], files[i].file, error);
    if (error) {
      discard();
      throw IoError("impossible d'écrire le fichier " + files[i].file.string() + " (" +
                    error.message() + ")");
    }
  }
}

}  // namespace trousse
