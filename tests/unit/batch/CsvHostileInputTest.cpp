// Files that are not what a CSV reader hopes for: each must end with a clear French error
// naming the file and the line, quickly and in bounded memory.

#include "batch/CsvReader.hpp"
#include "common/Errors.hpp"

#include "BatchTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <random>

namespace trousse::batch {
namespace {

using test::errorMessage;
using ::testing::HasSubstr;
using ::testing::StartsWith;

/// Reads the whole of `csv`; returns the error message, "" when none.
std::string readAllError(const std::string& csv, CsvReader::Options options = {}) {
  return errorMessage([&] {
    std::istringstream in(csv);
    CsvReader reader(in, "eleves.csv", options);
    while (reader.next()) {
    }
  });
}

TEST(CsvHostileInput, EmptyFile) {
  EXPECT_EQ(readAllError(""), "eleves.csv, ligne 1 : le fichier CSV est vide");
  EXPECT_EQ(readAllError("\xEF\xBB\xBF"), "eleves.csv, ligne 1 : le fichier CSV est vide");
  EXPECT_EQ(readAllError("\r\n\n  \n;;\n"), "eleves.csv, ligne 1 : le fichier CSV est vide");
  EXPECT_EQ(readAllError("sep=;\n"), "eleves.csv, ligne 1 : le fichier CSV est vide");
}

TEST(CsvHostileInput, ErrorsAreDataErrors) {
  std::istringstream in("");
  try {
    CsvReader reader(in, "eleves.csv");
    FAIL() << "an empty file must be refused";
  } catch (const DataError& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Data);
  }
}

TEST(CsvHostileInput, NulBytesInTheFirstChunk) {
  EXPECT_EQ(readAllError(std::string("Nom;Classe\nMar\0tin;3e\n", 22)),
            "eleves.csv, ligne 1 : ce fichier ne semble pas être un CSV texte (il contient des "
            "octets nuls)");
}

TEST(CsvHostileInput, NulByteFurtherOnNamesItsLine) {
  std::string csv = "Nom;Classe\n";
  std::size_t lines = 1;
  while (csv.size() < 100 * 1024) {
    csv += "MARTIN;3e\n";
    ++lines;
  }
  csv += std::string("DUR\0AND;4e\n", 11);
  EXPECT_EQ(readAllError(csv), "eleves.csv, ligne " + std::to_string(lines + 1) +
                                   " : ce fichier ne semble pas être un CSV texte (il contient un "
                                   "octet nul)");
}

TEST(CsvHostileInput, ControlCharactersWithoutNul) {
  std::string garbage;
  for (int i = 0; i < 400; ++i) garbage += static_cast<char>(i % 2 ? 0x01 : 'a');
  EXPECT_THAT(readAllError(garbage), HasSubstr("ne semble pas être un CSV texte"));
  // A stray control character in a cell is the schema check's business, not a reason to refuse.
  EXPECT_EQ(readAllError("Nom;Classe\nMar\x07tin;3e\n"), "");
}

TEST(CsvHostileInput, RandomBinaryData) {
  std::mt19937 random(42);
  std::string bytes(200 * 1024, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random() & 0xFF);
  EXPECT_THAT(readAllError(bytes), StartsWith("eleves.csv, ligne 1 : ce fichier ne semble pas"));
  // The same without any NUL byte still reads as binary.
  for (char& byte : bytes) {
    if (byte == '\0') byte = 'x';
  }
  EXPECT_THAT(readAllError(bytes), StartsWith("eleves.csv, ligne 1 : ce fichier ne semble pas"));
}

TEST(CsvHostileInput, WorkbooksPdfAndUtf16AreNamed) {
  EXPECT_THAT(readAllError(std::string("PK\x03\x04\x14\0\x06\0", 8) + "[Content_Types].xml"),
              HasSubstr("classeur (.xlsx, .ods) ou une archive ZIP, pas un CSV"));
  EXPECT_THAT(readAllError("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), HasSubstr("(.xls)"));
  EXPECT_THAT(readAllError("%PDF-1.7\n"), HasSubstr("est un PDF"));
  EXPECT_THAT(readAllError(std::string("\xFF\xFEN\0o\0m\0", 8)), HasSubstr("UTF-16"));
}

TEST(CsvHostileInput, AHundredMegabyteLineStopsAtTheCapQuickly) {
  const auto start = std::chrono::steady_clock::now();
  test::GeneratedStreamBuf source(
      "Nom;Classe\nMartin;3e\n", std::size_t{100} << 20, [](std::size_t) { return 'a'; }, "\n");
  std::istream in(&source);
  const std::string message = errorMessage([&] {
    CsvReader reader(in, "eleves.csv");
    while (reader.next()) {
    }
  });
  EXPECT_EQ(message,
            "eleves.csv, ligne 3 : ligne de plus de 1 Mio : ce fichier ne semble pas être un CSV "
            "texte");
  EXPECT_LT(source.served(), std::size_t{2} << 20) << "the reader must stop at the cap";
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(CsvHostileInput, AHugeQuotedFieldNamesTheLineWhereTheQuoteOpened) {
  // An opening quote on line 3, then 100 MB of lines: the quote was never meant to span them.
  test::GeneratedStreamBuf source("Nom;Adresse\nMartin;ok\nDurand;\"12 rue\n",
                                  std::size_t{100} << 20,
                                  [](std::size_t i) { return i % 50 == 49 ? '\n' : 'x'; });
  std::istream in(&source);
  const std::string message = errorMessage([&] {
    CsvReader reader(in, "eleves.csv");
    while (reader.next()) {
    }
  });
  EXPECT_EQ(message,
            "eleves.csv, ligne 3 : la valeur entre guillemets qui commence à cette ligne dépasse 1 "
            "Mio : il manque sans doute un guillemet fermant");
  EXPECT_LT(source.served(), std::size_t{2} << 20);
}

TEST(CsvHostileInput, UnterminatedQuoteAtEndOfFileNamesItsOpeningLine) {
  EXPECT_EQ(readAllError("Nom;Adresse\nMartin;ok\nDurand;\"12 rue des Lilas\n93100 Montreuil\n"
                         "Petit;3 allée\n"),
            "eleves.csv, ligne 3 : guillemet jamais refermé : la valeur entre guillemets qui "
            "commence à cette ligne va jusqu'à la fin du fichier");
  EXPECT_EQ(readAllError("\"Nom;Classe\n"),
            "eleves.csv, ligne 1 : guillemet jamais refermé : la valeur entre guillemets qui "
            "commence à cette ligne va jusqu'à la fin du fichier");
}

TEST(CsvHostileInput, RowsReadBeforeAnErrorWereGiven) {
  std::istringstream in("Nom;Adresse\nMartin;ok\nDurand;\"12 rue\n");
  CsvReader reader(in, "eleves.csv");
  ASSERT_TRUE(reader.next());
  EXPECT_THROW(reader.next(), DataError);
}

TEST(CsvHostileInput, TooManyColumns) {
  CsvReader::Options options;
  options.maxColumns = 10;
  EXPECT_EQ(readAllError("a;b\n" + std::string(20, ';') + "\n", options),
            "eleves.csv, ligne 2 : plus de 10 colonnes : ce fichier ne semble pas être un CSV, ou "
            "le séparateur (point-virgule) n'est pas le bon");
  // The default cap: a million delimiters on one line is refused before it becomes a million cells.
  EXPECT_THAT(readAllError("a;b\n" + std::string(1'000'000, ';') + "\n"),
              HasSubstr("plus de 1000 colonnes"));
}

TEST(CsvHostileInput, ARecordCapOfAFewBytes) {
  CsvReader::Options options;
  options.maxRecordBytes = 16;
  EXPECT_EQ(readAllError("Nom;Classe\nMartin;3e\nUn nom bien trop long;3e\n", options),
            "eleves.csv, ligne 3 : ligne de plus de 16 octets : ce fichier ne semble pas être un "
            "CSV texte");
}

}  // namespace
}  // namespace trousse::batch
