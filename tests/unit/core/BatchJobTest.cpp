#include "RenderServiceSupport.hpp"

#include "batch/KnownHeaders.hpp"
#include "core/BatchJob.hpp"
#include "core/BatchSinks.hpp"
#include "core/OrderedTasks.hpp"
#include "support/PdfTools.hpp"
#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

namespace trousse {
namespace {

using ::testing::HasSubstr;
using namespace std::chrono;

const char* const kHeader =
    "Nom;Prénom;Classe;Civilité resp. légal1;Nom resp. légal1;Prénom resp. légal1;"
    "Adresse ligne 1 resp. légal1;Code postal resp. légal1;Commune resp. légal1\n";

std::string csvOf(int rows) {
  std::string csv = kHeader;
  for (int i = 1; i <= rows; ++i) {
    csv += "Élève" + std::to_string(i) + ";Lina;4e B;Mme;Parent" + std::to_string(i) +
           ";Awa;12, rue des Lilas;93100;Montreuil\n";
  }
  return csv;
}

class BatchJobTest : public ::testing::Test {
 protected:
  BatchRequest requestFor(std::string csv) const {
    BatchRequest request;
    request.kind = "letters/convocation";
    request.csvName = "envoi.csv";
    // An upload held in memory: each pass reads it from the start.
    request.openCsv = [csv = std::move(csv)] { return std::make_unique<std::istringstream>(csv); };
    request.commonData = new Poco::JSON::Object;
    const Poco::JSON::Object::Ptr example =
        f_.service->templateOf("letters/convocation")->schema.example();
    request.commonData->set("rdv", example->getObject("rdv"));
    request.commonData->set("motif", example->get("motif"));
    request.today = year{2026} / November / 23;
    return request;
  }
  test::ServiceFixture f_;
  const batch::KnownHeaders known_ =
      batch::KnownHeaders::load(test::builtTemplates() / "csv-headers.json");
  test::TempDir dir_;
};

TEST_F(BatchJobTest, ReadsItsCsvFromAnyStream) {
  BatchJob job(*f_.service, known_, requestFor(csvOf(3)));
  const BatchCheck check = job.check();
  ASSERT_EQ(check.rows, 3u);
  ASSERT_EQ(check.usableRows(), 3u) << check.report.texts().front();
  MergedPdfSink sink(dir_ / "lettres.pdf", "Convocations", "Collège", false);
  EXPECT_EQ(job.produce(check, batch::FileNamePattern("{eleve.nom}"), sink).rows, 3u);
  sink.finish();
  const std::string text = test::pdfText(dir_ / "lettres.pdf");
  EXPECT_THAT(text, HasSubstr("ÉLÈVE1"));
  EXPECT_THAT(text, HasSubstr("ÉLÈVE3"));
}

TEST_F(BatchJobTest, ACancelledJobStopsAndLeavesNoFile) {
  BatchJob job(*f_.service, known_, requestFor(csvOf(2000)));
  const BatchCheck check = job.check();
  CancellationToken cancel;
  int parts = 0;
  {
    MergedPdfSink sink(dir_ / "lettres.pdf", "Convocations", "Collège", false);
    EXPECT_THROW(job.produce(
                     check, batch::FileNamePattern("{eleve.nom}"), sink,
                     [&](const BatchProgress&) {
                       if (++parts == 1) cancel.cancel();
                     },
                     cancel),
                 CancelledError);
  }
  EXPECT_EQ(parts, 1);
  EXPECT_TRUE(std::filesystem::is_empty(dir_.path())) << "a cancelled merge leaves nothing";
}

}  // namespace
}  // namespace trousse
