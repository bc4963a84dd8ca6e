#pragma once

#include "support/PdfTools.hpp"
#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace trousse::test {

/// Runs the built `trousse` in a fresh temporary folder, with the example establishment.
class CliTest : public ::testing::Test {
 protected:
  ProcessResult trousse(std::vector<std::string> args, const std::string& input = {}) {
    return run(trousseBinary().string(), args, input, dir_.path());
  }
  std::string config() const {
    return (std::filesystem::path(TROUSSE_SOURCE_DIR) / "examples" / "etablissement.properties")
        .string();
  }
  std::string testPlugins() const { return TROUSSE_TEST_PLUGIN_DIR; }
  /// The example data of a kind, as `trousse fields KIND --example` prints it.
  std::string exampleData(const std::string& kind) {
    ProcessResult example = trousse({"fields", kind, "--example"});
    EXPECT_EQ(example.exitCode, 0) << example.err;
    return example.out;
  }
  std::filesystem::path path(const std::string& name) const { return dir_ / name; }

  TempDir dir_;
};

}  // namespace trousse::test
