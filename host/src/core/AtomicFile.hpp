#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace trousse {

/// Content to write to a file, and the file to write it to.
struct FileContent {
  std::filesystem::path file;
  std::string_view bytes;
};

/// Writes each file to a temporary name in its own folder, then renames them all into place,
/// so that a failure never leaves a half-written file nor replaces the user's file with one.
/// Throws IoError naming the file.
void writeFilesAtomically(const std::vector<FileContent>& files);

/// Throws IoError when the folder that would hold `file` does not exist or is not a folder.
void requireOutputFolder(const std::filesystem::path& file);

}  // namespace trousse
