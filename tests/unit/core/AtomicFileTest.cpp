#include "common/Errors.hpp"
#include "common/Utf8.hpp"
#include "core/AtomicFile.hpp"
#include "core/JsonData.hpp"

#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse {
namespace {

using test::readFile;
using test::TempDir;
using test::writeFile;
using ::testing::HasSubstr;

TEST(AtomicFile, WritesEveryFileAndLeavesNoTemporary) {
  TempDir dir;
  writeFilesAtomically({{dir / "a.pdf", "A"}, {dir / "b.html", "B"}});
  EXPECT_EQ(readFile(dir / "a.pdf"), "A");
  EXPECT_EQ(readFile(dir / "b.html"), "B");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 2);
}

TEST(AtomicFile, AFailureKeepsWhatTheUserHad) {
  TempDir dir;
  writeFile(dir / "a.pdf", "ancien");
  EXPECT_THROW(writeFilesAtomically({{dir / "a.pdf", "nouveau"}, {dir / "absent" / "b.html", "B"}}),
               IoError);
  EXPECT_EQ(readFile(dir / "a.pdf"), "ancien");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(JsonData, InvalidUtf8IsFoundOnItsLine) {
  EXPECT_EQ(utf8::firstInvalidLine("{\n\"a\": \"é\"\n}"), 0u);
  EXPECT_EQ(utf8::firstInvalidLine("{\n\n\"a\": \"\xE9\"\n}"), 3u);
  EXPECT_EQ(utf8::firstInvalidLine("\xF0\x9F\x98"), 1u);  // truncated sequence
  EXPECT_EQ(utf8::firstInvalidLine("\xC0\xAF"), 1u);      // overlong encoding of '/'
  EXPECT_EQ(utf8::firstInvalidLine("Nguyễn 🙂 ok"), 0u);
}

TEST(JsonData, ErrorsNameTheSource) {
  try {
    parseJsonData("{\"a\": ", "donnees.json");
    FAIL();
  } catch (const DataError& error) {
    EXPECT_THAT(error.what(), HasSubstr("donnees.json : JSON mal formé"));
  }
  EXPECT_THROW(parseJsonData("42", "x.json"), DataError);
  EXPECT_EQ(parseJsonData("{\"nom\": \"Zoé\"}", "x.json")->getValue<std::string>("nom"), "Zoé");
}

}  // namespace
}  // namespace trousse
