#pragma once

#include <filesystem>
#include <string_view>

namespace trousse {

/// A hidden, unused name beside `target` (".trousse-<what>-<random>"), in the same folder so
/// that moving it onto `target` at the end is a rename. Safe to call from any thread.
std::filesystem::path hiddenSibling(const std::filesystem::path& target, std::string_view what);

/// Removes a file or a folder with everything in it, ignoring errors: for clean-up paths.
void removeQuietly(const std::filesystem::path& path) noexcept;

}  // namespace trousse
