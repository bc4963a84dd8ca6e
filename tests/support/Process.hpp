#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace trousse::test {

struct ProcessResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

/// Runs a program with arguments (no shell) and captures its output. `input` is fed to stdin.
ProcessResult run(const std::string& program, const std::vector<std::string>& args,
                  const std::string& input = {}, const std::filesystem::path& workDir = {});

/// build/bin/trousse
std::filesystem::path trousseBinary();

/// A fresh empty folder under the test's temporary directory, removed at exit of the fixture.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::string readFile(const std::filesystem::path& file);
void writeFile(const std::filesystem::path& file, const std::string& content);

}  // namespace trousse::test
