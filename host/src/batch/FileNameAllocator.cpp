#include "batch/FileNameAllocator.hpp"

#include "batch/SafeFileName.hpp"

#include <Poco/UTF8String.h>

namespace trousse::batch {

FileNameAllocator::FileNameAllocator(std::string extension) : extension_(std::move(extension)) {}

void FileNameAllocator::reserve(std::string_view fileName) {
  taken_.insert(Poco::UTF8::toLower(std::string(fileName)));
}

bool FileNameAllocator::take(const std::string& fileName) {
  return taken_.insert(Poco::UTF8::toLower(fileName)).second;
}

std::string FileNameAllocator::allocate(std::string_view stem) {
  const std::string safe = safeFileStem(stem);
  if (std::string name = safe + extension_; take(name)) return name;
  for (unsigned number = 2;; ++number) {
    if (std::string name = safe + "-" + std::to_string(number) + extension_; take(name)) {
      return name;
    }
  }
}

}  // namespace trousse::batch
