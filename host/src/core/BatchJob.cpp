#include "core/BatchJob.hpp"

#include "batch/RowToData.hpp"
#include "common/Errors.hpp"
#include "core/BatchSinks.hpp"
#include "core/OrderedTasks.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <utility>

namespace trousse {
CsvOpener csvFileOpener(std::filesystem::path file) {
  return [file = std::move(file)]() -> std::unique_ptr<std::istream> {
    std::error_code error;
    if (!std::filesystem::exists(file, error))
      throw IoError("fichier introuvable : " + file.string());
    if (std::filesystem::is_directory(file, error))
      throw IoError("c'est un dossier, pas un fichier : " + file.string());
    auto in = std::make_unique<std::ifstream>(file, std::ios::binary);
    if (!*in) throw IoError("impossible de lire le fichier : " + file.string());
    return in;
  };
}

namespace {

std::vector<FieldProblem> asFieldProblems(const std::vector<Problem>& problems) {
  std::vector<FieldProblem> out;
  out.reserve(problems.size());
  for (const Problem& problem : problems) out.push_back({problem.field, problem.message});
  return out;
}

}  // namespace

std::size_t BatchCheck::usableRows() const {
  return static_cast<std::size_t>(std::count(usable.begin(), usable.end(), true));
}

std::size_t BatchCheck::warnedRows() const {
  return static_cast<std::size_t>(std::count(warned.begin(), warned.end(), true));
}

BatchJob::BatchJob(const RenderService& service, const batch::KnownHeaders& knownHeaders,
                   BatchRequest request)
    : service_(service),
      knownHeaders_(knownHeaders),
      request_(std::move(request)),
      template_(service.templateOf(request_.kind)),
      scope_(service.scope(request_.establishment, request_.today)) {}

namespace {

/// One row of the check pass: read on the caller's thread, checked on a worker.
struct CheckedRow {
  batch::CsvRow row;
  std::optional<batch::RowData> data;  ///< none when the reader already found it unusable
  std::vector<FieldProblem> problems;
  std::vector<FieldProblem> warnings;
};

/// Consecutive rows checked together by one worker, handed back in CSV order.
struct CheckPart {
  std::vector<CheckedRow> rows;
};

}  // namespace

BatchCheck BatchJob::check(const ProgressCallback& progress) const {
  const FieldSchema& fields = schema();
  const std::string& csvName = request_.csvName;
  const std::unique_ptr<std::istream> in = request_.openCsv();
  batch::CsvReader reader(*in, csvName, request_.csvOptions);

  BatchCheck result{
      request_.map
          ? batch::ColumnMapping::fromFile(*request_.map, reader.header(), csvName, fields)
          : batch::ColumnMapping::automatic(knownHeaders_, reader.header(), csvName, fields),
      batch::BatchReport(csvName),
      0,
      {},
      {}};
  if (result.mapping.empty()) return result;  // nothing to read the rows with
  const batch::RowToData toData(result.mapping);

  // Each row: the schema, then the plugin's own checks (dates against the calendar, addresses
  // against La Poste's rules), so that nothing is printed from a row the plugin would refuse
  // halfway. On every core: a plugin that does not say how to check cheaply renders to check.
  auto checkPart = [&](CheckPart part) {
    for (CheckedRow& checked : part.rows) {
      if (!checked.data) continue;
      checked.problems = fields.check(*checked.data->data);
      if (!checked.problems.empty()) continue;
      std::vector<Problem> warnings;
      try {
        scope_.checkDocuments(request_.kind, *checked.data->data, &warnings);
      } catch (const RequestProblems& refused) {
        checked.problems = asFieldProblems(refused.fieldProblems());
        continue;
      }
      checked.warnings = asFieldProblems(warnings);
    }
    return part;
  };
  BatchProgress state;
  auto take = [&](CheckPart& part) {
    for (const CheckedRow& checked : part.rows) {
      result.report.addReaderProblems(checked.row);
      bool usable = checked.data.has_value() && checked.problems.empty();
      if (checked.data && !checked.problems.empty()) {
        result.report.addFieldProblems(checked.row, checked.problems, *checked.data);
      }
      const bool warned = usable && !checked.warnings.empty();
      if (warned) result.report.addFieldWarnings(checked.row, checked.warnings, *checked.data);
      result.usable.push_back(usable);
      result.warned.push_back(warned);
    }
    state.rowsDone += part.rows.size();
    if (progress) progress(state);
  };

  JobExecutor& executor = service_.executor();
  OrderedTasks<CheckPart> parts(executor, executor.threadCount() * 2);
  auto submit = [&](CheckPart part) {
    parts.submit(
        [&checkPart, part = std::move(part)]() mutable { return checkPart(std::move(part)); },
        take);
  };
  CheckPart part;
  while (std::optional<batch::CsvRow> row = reader.next()) {
    ++result.rows;
    CheckedRow checked{std::move(*row), std::nullopt, {}, {}};
    if (checked.row.ok()) checked.data = toData.build(checked.row, request_.commonData.get());
    part.rows.push_back(std::move(checked));
    if (part.rows.size() == rowsPerPart) submit(std::exchange(part, CheckPart{}));
  }
  if (!part.rows.empty()) submit(std::move(part));
  parts.finish(take);
  return result;
}

namespace {

/// Rows waiting to be rendered together by one worker.
struct PartRows {
  std::size_t sequence = 0;
  std::vector<Poco::JSON::Object::Ptr> rows;
  std::vector<std::size_t> lines;  ///< each row's line in the CSV
};

}  // namespace

BatchProduction BatchJob::produce(const BatchCheck& check, const batch::FileNamePattern& names,
                                  BatchSink& sink, const ProgressCallback& progress,
                                  CancellationToken cancel) const {
  const std::string& csvName = request_.csvName;
  const std::unique_ptr<std::istream> in = request_.openCsv();
  batch::CsvReader reader(*in, csvName, request_.csvOptions);
  const batch::RowToData toData(check.mapping);
  const PdfWriter& writer = service_.pdfWriter(/*strictImages=*/true);

  auto render = [&](const PartRows& part) {
    RenderedPart rendered;
    rendered.sequence = part.sequence;
    std::vector<Document> documents;
    for (std::size_t row = 0; row < part.rows.size(); ++row) {
      const Poco::JSON::Object& data = *part.rows[row];
      const std::string stem = names.expand(data);
      for (Document& document : scope_.documents(request_.kind, data)) {
        rendered.documentNames.push_back(stem);
        rendered.documentLines.push_back(part.lines[row]);
        rendered.documentLanguages.push_back(
            document.translations.empty() ? std::string() : document.translations.front().language);
        rendered.documentTitles.push_back(document.letter.recipient.empty()
                                              ? document.title
                                              : document.title + " – " +
                                                    document.letter.recipient.front());
        documents.push_back(std::move(document));
      }
    }
    RenderReport report;
    rendered.pdf = writer.write(documents, &report);
    rendered.documentPages = std::move(report.documentPages);
    rendered.translationPages = std::move(report.translationPages);
    if (const std::filesystem::path folder = sink.letterFolder(); !folder.empty()) {
      cutIntoFiles(rendered, folder);
    }
    return rendered;
  };
  BatchProgress state{0, check.rows};
  BatchProduction production;
  auto take = [&](RenderedPart& part) {
    for (std::size_t i = 0; i < part.documentPages.size() && i < part.documentLines.size(); ++i) {
      // A translation's pages follow the letter: only the French letter should keep to one.
      const std::size_t translated =
          i < part.translationPages.size() ? part.translationPages[i] : 0;
      if (part.documentPages[i] - translated > 1) {
        production.longLetterLines.push_back(part.documentLines[i]);
      }
    }
    for (const std::string& language : part.documentLanguages) {
      ++production.lettersByLanguage[language];
    }
    sink.add(part);
    state.rowsDone = std::min(check.rows, (part.sequence + 1) * rowsPerPart);
    if (progress) progress(state);
  };

  JobExecutor& executor = service_.executor();
  std::size_t& produced = production.rows;
  // Two parts per thread in flight: every thread has the next part ready when it finishes one.
  OrderedTasks<RenderedPart> parts(executor, executor.threadCount() * 2, cancel);
  auto submit = [&](PartRows rows) {
    parts.submit([&render, rows = std::move(rows)] { return render(rows); }, take);
  };
  PartRows part;
  while (std::optional<batch::CsvRow> row = reader.next()) {
    if (cancel.cancelled()) throw CancelledError();
    const std::size_t index = row->index;
    if (index == 0 || index > check.usable.size()) {
      throw IoError(csvName + " a changé pendant le traitement ; relancez la commande");
    }
    if (!check.usable[index - 1]) continue;
    part.rows.push_back(toData.build(*row, request_.commonData.get()).data);
    part.lines.push_back(row->line);
    ++produced;
    if (part.rows.size() == rowsPerPart) {
      const std::size_t next = part.sequence + 1;
      submit(std::move(part));
      part = PartRows{next, {}, {}};
    }
  }
  if (!part.rows.empty()) submit(std::move(part));
  parts.finish(take);
  return production;
}

}  // namespace trousse
