#include "common/TemporaryFiles.hpp"

#include <random>
#include <string>

namespace trousse {

std::filesystem::path hiddenSibling(const std::filesystem::path& target, std::string_view what) {
  // One engine per thread: the names of two threads never share a sequence nor a lock.
  thread_local std::mt19937_64 random{std::random_device{}()};
  const std::filesystem::path parent = target.parent_path().empty() ? "." : target.parent_path();
  std::filesystem::path candidate;
  std::error_code error;
  do {
    candidate = parent / (".trousse-" + std::string(what) + "-" + std::to_string(random()));
  } while (std::filesystem::exists(candidate, error));
  return candidate;
}

void removeQuietly(const std::filesystem::path& path) noexcept {
  std::error_code ignored;
  std::filesystem::remove_all(path, ignored);
}

}  // namespace trousse
