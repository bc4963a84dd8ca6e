#include "core/BatchJob.hpp"

#include "batch/RowToData.hpp"
#include "common/Errors.hpp"
#include "pdffile/PdfFile.hpp"
#include "pdffile/PdfSplitter.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>

namespace trousse {
namespace {

void writeWholeFile(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw IoError("impossible d'écrire le fichier " + file.string());
}

std::ifstream openCsv(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::exists(file, error))
    throw IoError("fichier introuvable : " + file.string());
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

  BatchCheck result{
      request_.map
          ? batch::ColumnMapping::fromFile(*request_.map, reader.header(), csvName, fields)
          : batch::ColumnMapping::automatic(knownHeaders_, reader.header(), csvName, fields),
      batch::BatchReport(csvName),
      0,
      {}};
  if (result.mapping.empty()) {
    throw DataError(csvName +
                        " : aucune colonne n'a été reconnue ; indiquez la correspondance "
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

namespace {

/// Rows waiting to be rendered together by one worker.
struct PartRows {
  std::size_t sequence = 0;
  std::vector<Poco::JSON::Object::Ptr> rows;
};

/// Renders parts on worker threads and gives them back in sequence order. Bounded: at most
/// `inFlight` parts are queued or done-but-not-taken, so memory does not grow with the CSV.
class PartWorkers {
 public:
  using Render = std::function<RenderedPart(PartRows&)>;

  PartWorkers(Render render, std::size_t threads)
      : render_(std::move(render)), inFlight_(threads * 2) {
    for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
  }
  ~PartWorkers() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

  /// Queues a part, first handing finished parts to `take` while the queue is full.
  void submit(PartRows part, const std::function<void(RenderedPart&)>& take) {
    std::unique_lock lock(mutex_);
    for (;;) {
      rethrowFailure();
      drainReady(lock, take);
      if (pending_.size() + running_ + done_.size() < inFlight_) break;
      changed_.wait(lock);
    }
    pending_.push_back(std::move(part));
    changed_.notify_all();
  }

  /// Waits for every part and hands them to `take` in order.
  void finish(const std::function<void(RenderedPart&)>& take) {
    std::unique_lock lock(mutex_);
    for (;;) {
      rethrowFailure();
      drainReady(lock, take);
      if (pending_.empty() && running_ == 0 && done_.empty()) return;
      changed_.wait(lock);
    }
  }

 private:
  void work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [this] { return stopping_ || (!pending_.empty() && !failure_); });
      if (stopping_) return;
      PartRows part = std::move(pending_.front());
      pending_.pop_front();
      ++running_;
      lock.unlock();
      std::optional<RenderedPart> rendered;
      std::exception_ptr failure;
      try {
        rendered = render_(part);
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      --running_;
      if (failure) {
        if (!failure_) failure_ = failure;
      } else {
        done_.emplace(rendered->sequence, std::move(*rendered));
      }
      changed_.notify_all();
    }
  }

  void drainReady(std::unique_lock<std::mutex>& lock,
                  const std::function<void(RenderedPart&)>& take) {
    while (!done_.empty() && done_.begin()->first == nextToTake_) {
      RenderedPart part = std::move(done_.begin()->second);
      done_.erase(done_.begin());
      ++nextToTake_;
      lock.unlock();
      take(part);
      lock.lock();
      rethrowFailure();
    }
  }

  void rethrowFailure() {
    if (failure_) std::rethrow_exception(failure_);
  }

  Render render_;
  std::size_t inFlight_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<PartRows> pending_;
  std::map<std::size_t, RenderedPart> done_;
  std::size_t running_ = 0;
  std::size_t nextToTake_ = 0;
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::vector<std::thread> threads_;
};

}  // namespace

std::size_t BatchJob::produce(const BatchCheck& check, const PdfWriter& writer,
                              const batch::FileNamePattern& names, BatchSink& sink,
                              const ProgressCallback& progress) const {
  const std::string csvName = request_.csv.string();
  std::ifstream in = openCsv(request_.csv);
  batch::CsvReader reader(in, csvName, request_.csvOptions);
  const batch::RowToData toData(check.mapping);
  schema();  // loads the template before the workers share the pipeline read-only

  auto render = [&](PartRows& part) {
    RenderedPart rendered;
    rendered.sequence = part.sequence;
    std::vector<Document> documents;
    for (const Poco::JSON::Object::Ptr& data : part.rows) {
      const std::string stem = names.expand(*data);
      for (Document& document : pipeline_.render(request_.kind, *data)) {
        rendered.documentNames.push_back(stem);
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
    if (const std::filesystem::path folder = sink.letterFolder(); !folder.empty()) {
      const PdfFile pdf(rendered.pdf);
      std::size_t first = 0;
      for (std::size_t i = 0; i < rendered.documentPages.size(); ++i) {
        const std::filesystem::path file = folder / (".partie-" + std::to_string(part.sequence) +
                                                     "-" + std::to_string(i) + ".pdf");
        writeWholeFile(
            file, extractPages(pdf, first, rendered.documentPages[i], rendered.documentTitles[i]));
        rendered.documentFiles.push_back(file);
        first += rendered.documentPages[i];
      }
      rendered.pdf.clear();
    }
    return rendered;
  };
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  BatchProgress state{0, check.rows};
  auto take = [&](RenderedPart& part) {
    sink.add(part);
    state.rowsDone = std::min(check.rows, (part.sequence + 1) * rowsPerPart);
    if (progress) progress(state);
  };

  std::size_t produced = 0;
  PartWorkers workers(render, threads);
  PartRows part;
  while (std::optional<batch::CsvRow> row = reader.next()) {
    const std::size_t index = row->index;
    if (index == 0 || index > check.usable.size()) {
      throw IoError(csvName + " a changé pendant le traitement ; relancez la commande");
    }
    if (!check.usable[index - 1]) continue;
    part.rows.push_back(toData.build(*row, request_.commonData.get()).data);
    ++produced;
    if (part.rows.size() == rowsPerPart) {
      const std::size_t next = part.sequence + 1;
      workers.submit(std::move(part), take);
      part = PartRows{next, {}};
    }
  }
  if (!part.rows.empty()) workers.submit(std::move(part), take);
  workers.finish(take);
  return produced;
}

}  // namespace trousse
