#include "batch/CsvReader.hpp"

#include "common/Errors.hpp"

#include "BatchTestSupport.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::batch {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using Cells = std::vector<std::vector<std::string>>;
using test::cellsOf;
using test::readRows;

TEST(CsvReader, ReadsSemicolonUtf8WithTrimmedHeaderAndLineNumbers) {
  std::vector<std::string> header;
  const auto rows =
      readRows(" Nom ;Prénom;Classe \nN'Diaye;Aïcha;4e B\nNguyễn;Văn;3e A\n", {}, &header);
  EXPECT_THAT(header, ElementsAre("Nom", "Prénom", "Classe"));
  EXPECT_EQ(cellsOf(rows), (Cells{{"N'Diaye", "Aïcha", "4e B"}, {"Nguyễn", "Văn", "3e A"}}));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 2u);
  EXPECT_EQ(rows[0].index, 1u);
  EXPECT_EQ(rows[1].line, 3u);
  EXPECT_EQ(rows[1].index, 2u);
  EXPECT_TRUE(rows[0].ok());
}

TEST(CsvReader, StripsTheUtf8ByteOrderMark) {
  std::istringstream in("\xEF\xBB\xBFNom;Prénom\r\nMartin;Léa\r\n");
  CsvReader reader(in, "eleves.csv");
  EXPECT_TRUE(reader.hadByteOrderMark());
  EXPECT_EQ(reader.encoding(), CsvEncoding::Utf8);
  EXPECT_THAT(reader.header(), ElementsAre("Nom", "Prénom"));
  EXPECT_THAT(reader.next()->cells, ElementsAre("Martin", "Léa"));
  EXPECT_FALSE(reader.next().has_value());
}

TEST(CsvReader, DetectsWindows1252AndConvertsToUtf8) {
  // What Excel writes on a French Windows: É, è, œ, €, the typographic apostrophe.
  std::istringstream in("NOM;Pr\xE9nom;Remarque\r\nL\x92H\xC9RIT\xC9;\xC9l\xE8ve;C\x9Cur \x80\r\n");
  CsvReader reader(in, "eleves.csv");
  EXPECT_EQ(reader.encoding(), CsvEncoding::Windows1252);
  EXPECT_FALSE(reader.hadByteOrderMark());
  EXPECT_THAT(reader.header(), ElementsAre("NOM", "Prénom", "Remarque"));
  const auto row = reader.next();
  ASSERT_TRUE(row);
  EXPECT_THAT(row->cells, ElementsAre("L’HÉRITÉ", "Élève", "Cœur €"));
  EXPECT_TRUE(row->ok());
}

TEST(CsvReader, ForcedEncodingWinsOverDetection) {
  CsvReader::Options windows1252;
  windows1252.encoding = CsvEncoding::Windows1252;
  // UTF-8 "é" (C3 A9) read as Windows-1252 is "Ã©": forcing is obeyed, even when wrong.
  EXPECT_EQ(cellsOf(readRows("Nom\nLéa\n", windows1252)), (Cells{{"LÃ©a"}}));

  CsvReader::Options utf8;
  utf8.encoding = CsvEncoding::Utf8;
  const auto rows = readRows(
      "Nom;Pr\xE9nom\nMartin;L\xE9"
      "a\n",
      utf8);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells[1],
            "L\xEF\xBF\xBD"
            "a");  // U+FFFD where the bad byte was
  ASSERT_EQ(rows[0].problems.size(), 1u);
  EXPECT_EQ(rows[0].problems[0].column, "Pr\xEF\xBF\xBDnom");
  EXPECT_THAT(rows[0].problems[0].message, HasSubstr("texte mal encodé"));
  EXPECT_THAT(rows[0].problems[0].message, HasSubstr("windows-1252"));
}

TEST(CsvReader, AnAsciiStartDefersTheEncodingToTheFirstAccentedCell) {
  // 70 KiB of plain ASCII rows, then a Windows-1252 "é": the whole file reads as 1252.
  std::string csv = "Nom;Classe\n";
  while (csv.size() < 70 * 1024) csv += "MARTIN;3e A\n";
  csv += "B\xC9RANGER;4e B\n";
  std::istringstream in(csv);
  CsvReader reader(in, "eleves.csv");
  EXPECT_EQ(reader.encoding(), CsvEncoding::Utf8);  // ASCII so far
  std::optional<CsvRow> last;
  while (auto row = reader.next()) {
    EXPECT_TRUE(row->ok()) << "ligne " << row->line;
    last = std::move(row);
  }
  ASSERT_TRUE(last);
  EXPECT_EQ(last->cells[0], "BÉRANGER");
  EXPECT_EQ(reader.encoding(), CsvEncoding::Windows1252);
}

TEST(CsvReader, InvalidUtf8AfterTheFirstChunkIsAProblemOfItsRow) {
  std::string csv = "Nom;Prénom\nNguyễn;Văn\n";  // valid UTF-8 with accents: UTF-8 it is
  while (csv.size() < 70 * 1024) csv += "MARTIN;Léa\n";
  const std::size_t badLine =
      2 + static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')) - 1;
  csv += "B\xC9RANGER;Zoé\nDUPONT;Jean\n";
  const auto rows = readRows(csv);
  const auto bad = std::find_if(rows.begin(), rows.end(), [](const CsvRow& r) { return !r.ok(); });
  ASSERT_NE(bad, rows.end());
  EXPECT_EQ(bad->line, badLine);
  ASSERT_EQ(bad->problems.size(), 1u);
  EXPECT_EQ(bad->problems[0].column, "Nom");
  EXPECT_EQ(bad->cells[1], "Zoé");
  EXPECT_TRUE(rows.back().ok());
  EXPECT_EQ(rows.back().cells[0], "DUPONT");
}

TEST(CsvReader, AUtf8CharacterCutByTheFirstChunkStillReadsAsUtf8) {
  // Place "é" (2 bytes) across the 64 KiB boundary of the detection chunk.
  std::string csv = "Nom\n";
  while (csv.size() < 64 * 1024 - 1 - 20) csv += "MARTIN\n";
  csv += std::string(64 * 1024 - 1 - csv.size(), 'a');
  csv += "é\n";
  ASSERT_EQ(static_cast<unsigned char>(csv[64 * 1024 - 1]), 0xC3u);
  std::istringstream in(csv);
  CsvReader reader(in, "eleves.csv");
  EXPECT_EQ(reader.encoding(), CsvEncoding::Utf8);
  std::optional<CsvRow> last;
  while (auto row = reader.next()) last = std::move(row);
  ASSERT_TRUE(last);
  EXPECT_TRUE(last->ok());
  EXPECT_EQ(last->cells[0].substr(last->cells[0].size() - 2), "é");
}

TEST(CsvReader, DetectsEachDelimiterFromTheHeader) {
  std::istringstream semicolon("Nom;Prénom;Classe\nA;B;C\n");
  EXPECT_EQ(CsvReader(semicolon, "a.csv").delimiter(), ';');
  std::istringstream comma("Nom,Prénom,Classe\nA,B,C\n");
  CsvReader commaReader(comma, "a.csv");
  EXPECT_EQ(commaReader.delimiter(), ',');
  EXPECT_THAT(commaReader.next()->cells, ElementsAre("A", "B", "C"));
  std::istringstream tab("Nom\tPrénom 1\tDate de naissance\nA\tB\t01/02/2012\n");
  CsvReader tabReader(tab, "a.csv");
  EXPECT_EQ(tabReader.delimiter(), '\t');
  EXPECT_THAT(tabReader.next()->cells, ElementsAre("A", "B", "01/02/2012"));
}

TEST(CsvReader, DelimitersInsideQuotesDoNotCountAndTiesGoToSemicolon) {
  std::istringstream quoted("\"Nom, prénom, classe\";Date\nx;y\n");
  EXPECT_EQ(CsvReader(quoted, "a.csv").delimiter(), ';');
  std::istringstream tie("Nom, prénom;Classe\nx;y\n");
  EXPECT_EQ(CsvReader(tie, "a.csv").delimiter(), ';');
  std::istringstream single("Nom\nMartin\n");
  CsvReader one(single, "a.csv");
  EXPECT_EQ(one.delimiter(), ';');
  EXPECT_THAT(one.next()->cells, ElementsAre("Martin"));
}

TEST(CsvReader, ForcedDelimiterAndExcelSepLine) {
  CsvReader::Options comma;
  comma.delimiter = ',';
  EXPECT_EQ(cellsOf(readRows("Nom;Prénom,Classe\nA;B,C\n", comma)), (Cells{{"A;B", "C"}}));

  std::istringstream sep("sep=,\r\nNom;x,Classe\r\nA;y,B\r\n");
  CsvReader reader(sep, "a.csv");
  EXPECT_EQ(reader.delimiter(), ',');
  EXPECT_EQ(reader.headerLine(), 2u);
  EXPECT_THAT(reader.header(), ElementsAre("Nom;x", "Classe"));
  const auto row = reader.next();
  EXPECT_EQ(row->line, 3u);
  EXPECT_THAT(row->cells, ElementsAre("A;y", "B"));
}

TEST(CsvReader, AnUnsupportedForcedDelimiterIsAUsageError) {
  CsvReader::Options quote;
  quote.delimiter = '"';
  std::istringstream in("Nom\nMartin\n");
  EXPECT_THROW(CsvReader(in, "eleves.csv", quote), UsageError);
}

TEST(CsvReader, QuotedMultiLineAddressesKeepTheirLinesAndTheLineCount) {
  const std::string csv =
      "Nom;Adresse;Classe\r\n"
      "N'Diaye;\"12, rue des Lilas\r\nBâtiment C\r\n93100 Montreuil\";4e B\r\n"
      "Martin;\"3 allée des Pins\n75011 Paris\";3e A\r\n"
      "Durand;\"\";5e C\r\n";
  const auto rows = readRows(csv);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells[1], "12, rue des Lilas\nBâtiment C\n93100 Montreuil");
  EXPECT_EQ(rows[0].line, 2u);
  EXPECT_EQ(rows[1].cells[1], "3 allée des Pins\n75011 Paris");
  EXPECT_EQ(rows[1].line, 5u);
  EXPECT_EQ(rows[2].line, 7u);
  EXPECT_EQ(rows[2].cells[1], "");
  EXPECT_EQ(rows[2].index, 3u);
}

TEST(CsvReader, DoubledQuotesAndExcelLeniencies) {
  const auto rows = readRows(
      "Nom;Surnom;Note\n"
      "\"Le \"\"Petit\"\" Prince\";\"a;b\";\"\"\"\"\n"
      "O\"Brien;\"abc\"def;x\n");
  EXPECT_EQ(cellsOf(rows),
            (Cells{{"Le \"Petit\" Prince", "a;b", "\""}, {"O\"Brien", "abcdef", "x"}}));
}

TEST(CsvReader, LineEndsCrLfLfAndLoneCr) {
  const auto rows = readRows("Nom;Classe\r\nA;1\nB;2\rC;3\r\n\"D\r\nE\";4\rF;5");
  EXPECT_EQ(cellsOf(rows), (Cells{{"A", "1"}, {"B", "2"}, {"C", "3"}, {"D\nE", "4"}, {"F", "5"}}));
  std::vector<std::size_t> lines;
  for (const auto& row : rows) lines.push_back(row.line);
  EXPECT_THAT(lines, ElementsAre(2u, 3u, 4u, 5u, 7u));
}

TEST(CsvReader, WrongLengthRowsAreProblemsOfTheirRowNotFatal) {
  const auto rows = readRows(
      "Nom;Prénom;Classe\n"
      "Martin;Léa\n"                // one short
      "Durand;Paul;3e A;en trop\n"  // one too many, not empty
      "Petit;Zoé;4e B;;\n"          // trailing delimiters: fine
      "Roux;Tom;5e C\n");
  ASSERT_EQ(rows.size(), 4u);
  ASSERT_EQ(rows[0].problems.size(), 1u);
  EXPECT_EQ(rows[0].problems[0].column, "");
  EXPECT_EQ(rows[0].problems[0].message,
            "cette ligne compte 2 colonnes au lieu des 3 de l'en-tête");
  ASSERT_EQ(rows[1].problems.size(), 1u);
  EXPECT_THAT(rows[1].problems[0].message, HasSubstr("4 colonnes au lieu des 3"));
  EXPECT_THAT(rows[1].problems[0].message, HasSubstr("point-virgule"));
  EXPECT_TRUE(rows[2].ok());
  EXPECT_THAT(rows[2].cells, ElementsAre("Petit", "Zoé", "4e B"));
  EXPECT_TRUE(rows[3].ok());
}

TEST(CsvReader, HeaderWithTrailingDelimiterHasNoEmptyColumn) {
  std::vector<std::string> header;
  const auto rows = readRows("Nom;Prénom;\nMartin;Léa\nDurand;Paul;\n", {}, &header);
  EXPECT_THAT(header, ElementsAre("Nom", "Prénom"));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_TRUE(rows[0].ok());
  EXPECT_TRUE(rows[1].ok());
}

TEST(CsvReader, BlankLinesAreSkippedWithoutShiftingLineNumbers) {
  const auto rows = readRows("\n\r\nNom;Classe\n\nMartin;3e\n;\n  ; \nDurand;4e\n\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 5u);
  EXPECT_EQ(rows[0].index, 1u);
  EXPECT_EQ(rows[1].line, 8u);
  EXPECT_EQ(rows[1].index, 2u);
}

TEST(CsvReader, AHeaderWithoutRowsYieldsNoRow) {
  std::istringstream in("Nom;Prénom;Classe\r\n");
  CsvReader reader(in, "eleves.csv");
  EXPECT_THAT(reader.header(), ElementsAre("Nom", "Prénom", "Classe"));
  EXPECT_FALSE(reader.next().has_value());
  EXPECT_FALSE(reader.next().has_value());
}

TEST(CsvReader, LastRecordWithoutLineEnd) {
  EXPECT_EQ(cellsOf(readRows("Nom;Classe\nMartin;3e")), (Cells{{"Martin", "3e"}}));
  EXPECT_EQ(cellsOf(readRows("Nom;Classe\nMartin;\"3e\"")), (Cells{{"Martin", "3e"}}));
}

TEST(CsvReader, StreamsFiftyThousandRowsFromAGeneratedStream) {
  const std::string row = "MARTIN;Léa;\"12 rue des Lilas\n93100 Montreuil\";4e B\n";
  const std::size_t rowCount = 50'000;
  test::GeneratedStreamBuf source("Nom;Prénom;Adresse;Classe\n", rowCount * row.size(),
                                  [&](std::size_t i) { return row[i % row.size()]; });
  std::istream in(&source);
  CsvReader reader(in, "eleves.csv");
  std::size_t count = 0;
  std::size_t lastLine = 0;
  while (auto next = reader.next()) {
    ++count;
    ASSERT_TRUE(next->ok());
    lastLine = next->line;
    if (count == 1) {
      // Streaming: the first record comes after one 64 KiB chunk, not after the 2.9 MB file.
      EXPECT_LE(source.served(), std::size_t{80} * 1024);
    }
  }
  EXPECT_EQ(count, rowCount);
  EXPECT_EQ(lastLine, 2 + 2 * (rowCount - 1));  // each record spans two lines
}

TEST(CsvReader, EncodingNames) {
  EXPECT_EQ(parseCsvEncoding("UTF-8"), CsvEncoding::Utf8);
  EXPECT_EQ(parseCsvEncoding("utf8"), CsvEncoding::Utf8);
  EXPECT_EQ(parseCsvEncoding("Windows-1252"), CsvEncoding::Windows1252);
  EXPECT_EQ(parseCsvEncoding("cp1252"), CsvEncoding::Windows1252);
  EXPECT_EQ(parseCsvEncoding("auto"), CsvEncoding::Auto);
  EXPECT_FALSE(parseCsvEncoding("utf-16").has_value());
  EXPECT_EQ(csvEncodingName(CsvEncoding::Windows1252), "Windows-1252");
}

}  // namespace
}  // namespace trousse::batch
