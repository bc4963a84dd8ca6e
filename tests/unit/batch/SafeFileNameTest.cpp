#include "batch/FileNameAllocator.hpp"
#include "batch/FileNamePattern.hpp"
#include "batch/SafeFileName.hpp"
#include "common/Errors.hpp"
#include "common/Utf8.hpp"

#include "BatchTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

namespace trousse::batch {
namespace {

using test::json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

/// True when `name` used as a file name in `folder` can only designate a file directly in it.
bool staysIn(const std::filesystem::path& folder, const std::string& name) {
  const auto path = (folder / name).lexically_normal();
  return path.parent_path() == folder && path.filename() == name && name != "." && name != "..";
}

TEST(SafeFileName, PathsCannotEscapeTheOutputFolder) {
  const std::filesystem::path folder = "/tmp/lettres";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"../../etc/passwd", "etc-passwd"},
      {"/abs", "abs"},
      {"/etc/cron.d/x", "etc-cron.d-x"},
      {"..", "document"},
      {".", "document"},
      {"a/../../b", "a-.-.-b"},
      {"..\\..\\Windows\\System32", "Windows-System32"},
      {std::string("nul\0byte", 8), "nul-byte"},
      {"ligne1\nligne2\r\n", "ligne1-ligne2"},
      {"C:\\Users\\x", "C-Users-x"},
      {"~/.ssh/id_rsa", "~-.ssh-id_rsa"},
      {".cache", "cache"},
      {"...", "document"},
      {"-rf", "rf"},
      {"", "document"},
      {"   ", "document"},
  };
  for (const auto& [raw, expected] : cases) {
    const std::string safe = safeFileStem(raw);
    EXPECT_EQ(safe, expected) << raw;
    EXPECT_TRUE(staysIn(folder, safe + ".pdf")) << raw;
    EXPECT_EQ(safe.find(".."), std::string::npos) << raw;
    EXPECT_EQ(safe.find('/'), std::string::npos) << raw;
    EXPECT_NE(safe.front(), '.') << raw;
  }
}

TEST(SafeFileName, KeepsNamesAsFamiliesWriteThem) {
  EXPECT_EQ(safeFileStem("N'Diaye-Lefèvre-Aïcha"), "N'Diaye-Lefèvre-Aïcha");
  EXPECT_EQ(safeFileStem("Nguyễn-Văn Thành"), "Nguyễn-Văn-Thành");
  EXPECT_EQ(safeFileStem("ÖZTÜRK-Ayşe"), "ÖZTÜRK-Ayşe");
  EXPECT_EQ(safeFileStem("王-小明"), "王-小明");
  EXPECT_EQ(safeFileStem("محمد-علي"), "محمد-علي");
  EXPECT_EQ(safeFileStem("Le Gall - Marie"), "Le-Gall-Marie");
  EXPECT_EQ(safeFileStem("Dupont\xC2\xA0Jean"), "Dupont-Jean");  // no-break space
}

TEST(SafeFileName, WindowsForbiddenCharactersAndReservedNames) {
  EXPECT_EQ(safeFileStem("a<b>c:d\"e|f?g*h"), "a-b-c-d-e-f-g-h");
  EXPECT_EQ(safeFileStem("CON"), "_CON");
  EXPECT_EQ(safeFileStem("nul.txt"), "_nul.txt");
  EXPECT_EQ(safeFileStem("com1"), "_com1");
  EXPECT_EQ(safeFileStem("Conan"), "Conan");
  EXPECT_EQ(safeFileStem("fin."), "fin");
}

TEST(SafeFileName, InvisibleAndBidirectionalCharactersAreRemoved) {
  // U+202E would display "martin\u202Efdp.exe" as "martinexe.pdf".
  EXPECT_EQ(safeFileStem("martin\xE2\x80\xAE"
                         "fdp.exe"),
            "martinfdp.exe");
  EXPECT_EQ(safeFileStem("le\xE2\x80\x8Bna"), "lena");  // zero-width space
  EXPECT_EQ(safeFileStem("\xEF\xBB\xBFmartin"), "martin");
}

TEST(SafeFileName, LengthCapNeverCutsACharacter) {
  std::string accents;
  for (int i = 0; i < 80; ++i) accents += "é";  // 160 bytes
  const std::string safe = safeFileStem(accents);
  EXPECT_EQ(safe.size(), 100u);
  EXPECT_TRUE(utf8::isValid(safe));
  const std::string mixed = "a" + accents;  // "a" then two-byte characters: 100 would cut one
  const std::string cut = safeFileStem(mixed);
  EXPECT_EQ(cut.size(), 99u);
  EXPECT_TRUE(utf8::isValid(cut));
  EXPECT_EQ(safeFileStem(std::string(60, 'a') + "-" + std::string(60, 'b'), 61),
            std::string(60, 'a'));
  EXPECT_EQ(safeFileStem("abcdef", 3), "abc");
}

TEST(SafeFileName, InvalidUtf8BytesBecomeDashes) {
  const std::string safe = safeFileStem(
      "Mart\xE9n-L\xE9"
      "a");
  EXPECT_EQ(safe, "Mart-n-L-a");
  EXPECT_TRUE(utf8::isValid(safe));
}

TEST(FileNameAllocator, NumbersCollisionsWithoutRegardToCase) {
  FileNameAllocator names;
  EXPECT_EQ(names.allocate("martin-lea"), "martin-lea.pdf");
  EXPECT_EQ(names.allocate("martin-lea"), "martin-lea-2.pdf");
  EXPECT_EQ(names.allocate("MARTIN-Lea"), "MARTIN-Lea-3.pdf");
  EXPECT_EQ(names.allocate("martin-lea-2"), "martin-lea-2-2.pdf");
  EXPECT_EQ(names.allocate("../martin-lea"), "martin-lea-4.pdf");
  EXPECT_EQ(names.allocate(""), "document.pdf");
  EXPECT_EQ(names.allocate("/"), "document-2.pdf");
}

TEST(FileNameAllocator, ReservedNamesAreSkipped) {
  FileNameAllocator names(".html");
  names.reserve("Durand-Paul.html");
  EXPECT_EQ(names.allocate("durand-paul"), "durand-paul-2.html");
}

TEST(FileNamePattern, ExpandsFieldsFromTheData) {
  const auto data = json(R"({"eleve": {"nom": "N'Diaye", "prenom": "Aïcha", "classe": "4e B"},
      "responsables": [{"nom": "Lefèvre"}, {"nom": "Ba"}], "absences": 12, "urgent": true,
      "motif": "ligne 1\nligne 2"})");
  EXPECT_EQ(FileNamePattern().expand(*data), "N'Diaye-Aïcha");
  EXPECT_EQ(FileNamePattern("{eleve.classe}/{eleve.nom}").expand(*data), "4e B/N'Diaye");
  EXPECT_EQ(FileNamePattern("{responsables.2.nom}_{absences}_{urgent}").expand(*data), "Ba_12_oui");
  EXPECT_EQ(FileNamePattern("{ eleve.nom }").expand(*data), "N'Diaye");
  EXPECT_EQ(FileNamePattern("{responsables.3.nom}{responsables}{inconnu}").expand(*data), "");
  EXPECT_EQ(safeFileStem(FileNamePattern("{eleve.classe}/{eleve.nom}").expand(*data)),
            "4e-B-N'Diaye");
  EXPECT_EQ(safeFileStem(FileNamePattern("{motif}").expand(*data)), "ligne-1-ligne-2");
  EXPECT_THAT(FileNamePattern("{eleve.nom}-{responsables.1.nom}").fields(),
              ElementsAre("eleve.nom", "responsables.1.nom"));
}

TEST(FileNamePattern, HostileValuesEndSafe) {
  const auto data = json(R"({"eleve": {"nom": "../../etc/passwd", "prenom": "\u0000\n.."}})");
  FileNameAllocator names;
  const std::string name = names.allocate(FileNamePattern().expand(*data));
  EXPECT_EQ(name, "etc-passwd.pdf");
}

TEST(FileNamePattern, MalformedPatternsAndUnknownFields) {
  EXPECT_THAT(test::errorMessage([] { FileNamePattern("{eleve.nom"); }),
              HasSubstr("« { » sans « } »"));
  EXPECT_THAT(test::errorMessage([] { FileNamePattern("eleve.nom}"); }),
              HasSubstr("« } » sans « { »"));
  EXPECT_THAT(test::errorMessage([] { FileNamePattern("{}"); }), HasSubstr("« {} » vide"));
  EXPECT_THAT(test::errorMessage([] { FileNamePattern("{a{b}}"); }),
              HasSubstr("« { » dans « {…} »"));
  EXPECT_THROW(FileNamePattern("{"), UsageError);
  EXPECT_THAT(FileNamePattern("{eleve.nom}-{responsables.1.nom}-{eleve.nmo}-{etablissement.nom}")
                  .unknownFields(test::letterSchema()),
              ElementsAre("eleve.nmo", "etablissement.nom"));
}

}  // namespace
}  // namespace trousse::batch
