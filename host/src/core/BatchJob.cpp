#include "core/BatchJob.hpp"

#include "batch/RowToData.hpp"
#include "common/Errors.hpp"

#include <algorithm>
#include <fstream>

namespace trousse {
namespace {

std::ifstream openCsv(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::exists(file, error)) throw IoError("fichier introuvable : " + file.string());
  if (std::filesystem::is_directory(file, error))
    throw IoError("c'est un dossier, pas un fichier : " + file.string());
  std::ifstream in(file, std::ios::binary);
  if (!in) throw IoError("impossible de lire le fichier : " + file.string());
  return in;
}

}  // namespace

std::size_t BatchCheck::usableRows() const {
  return static_cast<std::size_t>(std::count(usable.begin(), usable.end(), true));
}

BatchJob::BatchJob(RenderPipeline& pipeline, const batch::KnownHeaders& knownHeaders,
                   BatchRequest request)
    : pipeline_(pipeline), knownHeaders_(knownHeaders), request_(std::move(request)) {}

const FieldSchema& BatchJob::schema() const {
  return pipeline_.templateOf(pipeline_.kind(request_.kind)).schema;
}

BatchCheck BatchJob::check(const ProgressCallback& progress) const {
  const FieldSchema& fields = schema();
  const std::string csvName = request_.csv.string();
  std::ifstream in = openCsv(request_.csv);
  batch::CsvReader reader(in, csvName, request_.csvOptions);

  BatchCheck result{request_.map ? batch::ColumnMapping::fromFile(*request_.map, reader.header(),
                                                                  csvName, fields)
                                 : batch::ColumnMapping::automatic(knownHeaders_, reader.header(),
                                                                   csvName, fields),
                    batch::BatchReport(csvName), 0, {}};
  if (result.mapping.empty()) {
    throw DataError(csvName + " : aucune colonne n'a été reconnue ; indiquez la correspondance "
                              "des colonnes avec --map (voir docs/guide-publipostage.md)",
                    {});
  }
  const batch::RowToData toData(result.mapping);
  BatchProgress state;
  while (std::optional<batch::CsvRow> row = reader.next()) {
    ++result.rows;
    bool usable = row->ok();
    result.report.addReaderProblems(*row);
    if (usable) {
      batch::RowData rowData = toData.build(*row, request_.commonData.get());
      std::vector<FieldProblem> problems = fields.check(*rowData.data);
      if (!problems.empty()) {
        result.report.addFieldProblems(*row, problems, rowData);
        usable = false;
      }
    }
    result.usable.push_back(usable);
    if (progress && ++state.rowsDone % 256 == 0) progress(state);
  }
  return result;
}

std::size_t BatchJob::produce(const BatchCheck& check, BatchSink& sink,
                              const ProgressCallback& progress) const {
  const std::string csvName = request_.csv.string();
  std::ifstream in = openCsv(request_.csv);
  batch::CsvReader reader(in, csvName, request_.csvOptions);
  const batch::RowToData toData(check.mapping);
  BatchProgress state{0, check.rows};
  std::size_t produced = 0;
  while (std::optional<batch::CsvRow> row = reader.next()) {
    const std::size_t index = row->index;
    if (index == 0 || index > check.usable.size()) {
      throw IoError(csvName + " a changé pendant le traitement ; relancez la commande");
    }
    if (check.usable[index - 1]) {
      batch::RowData rowData = toData.build(*row, request_.commonData.get());
      sink.add(BatchLetter{index, rowData.data, pipeline_.render(request_.kind, *rowData.data)});
      ++produced;
    }
    ++state.rowsDone;
    if (progress) progress(state);
  }
  return produced;
}

}  // namespace trousse
