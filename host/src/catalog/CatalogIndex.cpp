#include "catalog/CatalogIndex.hpp"

#include "common/TemporaryFiles.hpp"

#include "catalog/BodyText.hpp"
#include "catalog/FrenchText.hpp"
#include "catalog/ReadSessions.hpp"
#include "catalog/SearchSnippet.hpp"
#include "catalog/Vocabulary.hpp"
#include "common/Errors.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include <algorithm>
#include <thread>

namespace trousse::catalog {
namespace {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;

// Bump when the tables or what is stored in them change: an older index is then rebuilt.
constexpr const char* kSchemaVersion = "2";

constexpr char kItem = '\x1f';  // between the items of a list
constexpr char kPart = '\x1e';  // between the parts of an item (a source's title and address)

const char* const kCreate[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE files(path TEXT NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL)",
    "CREATE TABLE practices(file TEXT NOT NULL, body_line INTEGER NOT NULL, key_lines TEXT "
    "NOT NULL, id TEXT, title TEXT, summary TEXT, pillars TEXT, levels TEXT, audiences TEXT, "
    "duration INTEGER, participants TEXT, material TEXT, objectives TEXT, related TEXT, sources "
    "TEXT, status TEXT, author TEXT, reviewer TEXT, review_date TEXT, version TEXT, origin TEXT, "
    "markdown TEXT)",
    "CREATE TABLE problems(file TEXT NOT NULL, line INTEGER NOT NULL, message TEXT NOT NULL)",
    // Title, summary, then the body's prose with the objectives and material.
    "CREATE VIRTUAL TABLE search USING fts5(title, summary, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    // What searches filter on, joined to the matches by rowid: bits as valueBits() gives them.
    // The length (words of title, summary and body) is bm25's document length.
    "CREATE TABLE filters(rowid INTEGER PRIMARY KEY, pillars INTEGER NOT NULL, levels INTEGER "
    "NOT NULL, audiences INTEGER NOT NULL, status INTEGER NOT NULL, duration INTEGER NOT NULL, "
    "length INTEGER NOT NULL)",
    // The indexed words and the number of practices holding each: bm25's document frequency.
    "CREATE TABLE terms(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID",
};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += kItem;
    out += items[i];
  }
  return out;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> items;
  if (text.empty()) return items;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    items.push_back(text.substr(start, end - start));
    if (end == std::string::npos) return items;
    start = end + 1;
  }
}

std::string sourcesText(const std::vector<PracticeSource>& sources) {
  std::vector<std::string> items;
  for (const PracticeSource& source : sources) {
    items.push_back(source.title + kPart + source.reference);
  }
  return joined(items);
}

std::vector<PracticeSource> sourcesFrom(const std::string& text) {
  std::vector<PracticeSource> sources;
  for (const std::string& item : split(text, kItem)) {
    const auto parts = split(item, kPart);
    sources.push_back({parts.empty() ? "" : parts[0], parts.size() > 1 ? parts[1] : ""});
  }
  return sources;
}

std::string keyLinesText(const std::map<std::string, int>& lines) {
  std::vector<std::string> items;
  for (const auto& [key, line] : lines) items.push_back(key + kPart + std::to_string(line));
  return joined(items);
}

std::map<std::string, int> keyLinesFrom(const std::string& text) {
  std::map<std::string, int> lines;
  for (const std::string& item : split(text, kItem)) {
    const auto parts = split(item, kPart);
    if (parts.size() == 2) lines[parts[0]] = std::stoi(parts[1]);
  }
  return lines;
}

/// The body column: what a reader looks for beyond the title and summary.
std::string searchBody(const Practice& p) {
  std::string body = joined(p.objectives) + "\n" + joined(p.material) + "\n" +
                     BodyText::read(p.markdown).plainText();
  std::replace(body.begin(), body.end(), kItem, '\n');
  return body;
}

std::vector<FileStamp> storedListing(Poco::Data::Session& session) {
  std::vector<std::string> paths;
  std::vector<Poco::Int64> sizes, mtimes;
  session << "SELECT path, size, mtime FROM files ORDER BY rowid", into(paths), into(sizes),
      into(mtimes), now;
  std::vector<FileStamp> listing;
  for (std::size_t i = 0; i < paths.size(); ++i) listing.push_back({paths[i], sizes[i], mtimes[i]});
  return listing;
}

}  // namespace

std::vector<FileStamp> listPracticeFiles(const std::vector<fs::path>& folders) {
  std::vector<FileStamp> listing;
  for (const fs::path& folder : folders) {
    std::vector<FileStamp> inFolder;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      const fs::path& path = it->path();
      if (path.extension() != ".md" || !it->is_regular_file(error)) continue;
      const auto size = fs::file_size(path, error);
      const auto mtime = fs::last_write_time(path, error);
      if (error) continue;
      inFolder.push_back({path.string(), static_cast<long long>(size),
                          static_cast<long long>(mtime.time_since_epoch().count())});
    }
    std::sort(inFolder.begin(), inFolder.end(),
              [](const FileStamp& a, const FileStamp& b) { return a.path < b.path; });
    listing.insert(listing.end(), inFolder.begin(), inFolder.end());
  }
  return listing;
}

CatalogIndex::CatalogIndex(const fs::path& cacheFolder) : file_(cacheFolder / "catalogue.sqlite") {
  Poco::Data::SQLite::Connector::registerConnector();
  std::error_code error;
  fs::create_directories(cacheFolder, error);
  if (error || !fs::is_directory(cacheFolder)) {
    throw IoError("dossier de cache « " + cacheFolder.string() +
                  " » impossible à créer : " + error.message());
  }
}

CatalogIndex::~CatalogIndex() = default;

void CatalogIndex::openReaders() {
  // One session per reader thread, up to twice the cores: searches are short.
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  readers_ = std::make_unique<ReadSessions>(file_.string(), std::max<std::size_t>(4, 2 * cores));
  std::vector<std::string> terms;
  std::vector<Poco::Int64> docs;
  Poco::Int64 practices = 0;
  double averageLength = 0;
  try {
    Poco::Data::Session session(Poco::Data::SQLite::Connector::KEY, file_.string());
    session << "SELECT term, docs FROM terms ORDER BY term", into(terms), into(docs), now;
    session << "SELECT count(*), coalesce(avg(length), 0) FROM filters", into(practices),
        into(averageLength), now;
  } catch (const Poco::Exception& failure) {
    throw IoError("index du catalogue illisible (" + file_.string() +
                  ") : " + failure.displayText());
  }
  std::vector<std::pair<std::string, long long>> counted;
  counted.reserve(terms.size());
  for (std::size_t i = 0; i < terms.size(); ++i) counted.emplace_back(terms[i], docs[i]);
  terms_ = IndexTerms(std::move(counted), practices);
  averageLength_ = std::max(1.0, averageLength);
}

std::optional<CatalogContents> CatalogIndex::load(const std::vector<FileStamp>& listing) {
  std::error_code error;
  if (!fs::is_regular_file(file_, error)) return std::nullopt;
  CatalogContents contents;
  try {
    Poco::Data::Session session(Poco::Data::SQLite::Connector::KEY, file_.string());
    // A damaged file is rebuilt rather than trusted; quick_check reads every page once.
    std::string integrity;
    session << "PRAGMA quick_check", into(integrity), now;
    if (integrity != "ok") return std::nullopt;
    std::string version;
    session << "SELECT value FROM meta WHERE key = 'schema'", into(version), now;
    if (version != kSchemaVersion || storedListing(session) != listing) return std::nullopt;

    std::vector<std::string> file, keyLines, id, title, summary, pillars, levels, audiences,
        participants, material, objectives, related, sources, status, author, reviewer, reviewDate,
        versionOf, origin, markdown;
    std::vector<int> bodyLine, duration;
    session << "SELECT file, body_line, key_lines, id, title, summary, pillars, levels, "
               "audiences, duration, participants, material, objectives, related, sources, "
               "status, author, reviewer, review_date, version, origin, markdown FROM practices "
               "ORDER BY rowid",
        into(file), into(bodyLine), into(keyLines), into(id), into(title), into(summary),
        into(pillars), into(levels), into(audiences), into(duration), into(participants),
        into(material), into(objectives), into(related), into(sources), into(status), into(author),
        into(reviewer), into(reviewDate), into(versionOf), into(origin), into(markdown), now;
    for (std::size_t i = 0; i < file.size(); ++i) {
      PracticeFile f;
      f.file = file[i];
      f.bodyLine = bodyLine[i];
      f.keyLines = keyLinesFrom(keyLines[i]);
      Practice& p = f.practice;
      p.id = id[i];
      p.title = title[i];
      p.summary = summary[i];
      p.pillars = split(pillars[i], kItem);
      p.levels = split(levels[i], kItem);
      p.audiences = split(audiences[i], kItem);
      p.durationMinutes = duration[i];
      p.participants = participants[i];
      p.material = split(material[i], kItem);
      p.objectives = split(objectives[i], kItem);
      p.related = split(related[i], kItem);
      p.sources = sourcesFrom(sources[i]);
      p.status = status[i];
      p.author = author[i];
      p.reviewer = reviewer[i];
      p.reviewDate = reviewDate[i];
      p.version = versionOf[i];
      p.origin = origin[i];
      p.markdown = markdown[i];
      contents.files.push_back(std::move(f));
    }
    std::vector<std::string> problemFile, message;
    std::vector<int> line;
    session << "SELECT file, line, message FROM problems ORDER BY rowid", into(problemFile),
        into(line), into(message), now;
    for (std::size_t i = 0; i < problemFile.size(); ++i) {
      contents.problems.push_back({problemFile[i], line[i], message[i]});
    }
  } catch (const Poco::Exception&) {
    return std::nullopt;  // not a database, damaged, or of another shape: rebuilt
  }
  openReaders();
  return contents;
}

void CatalogIndex::rebuild(const std::vector<FileStamp>& listing, const CatalogContents& contents) {
  readers_.reset();
  const fs::path temporary = hiddenSibling(file_, "index");
  std::error_code error;
  try {
    Poco::Data::Session session(Poco::Data::SQLite::Connector::KEY, temporary.string());
    // A cache written to a new file and renamed when complete: no journal is needed.
    std::string mode;
    session << "PRAGMA journal_mode = OFF", into(mode), now;
    session << "PRAGMA synchronous = OFF", now;
    for (const char* statement : kCreate) session << statement, now;
    session.begin();
    std::string version = kSchemaVersion;
    session << "INSERT INTO meta VALUES('schema', ?)", use(version), now;

    std::vector<std::string> paths;
    std::vector<Poco::Int64> sizes, mtimes;
    for (const FileStamp& stamp : listing) {
      paths.push_back(stamp.path);
      sizes.push_back(stamp.size);
      mtimes.push_back(stamp.mtime);
    }
    if (!paths.empty()) {
      session << "INSERT INTO files VALUES(?, ?, ?)", use(paths), use(sizes), use(mtimes), now;
    }

    std::vector<std::string> file, keyLines, id, title, summary, pillars, levels, audiences,
        participants, material, objectives, related, sources, status, author, reviewer, reviewDate,
        versionOf, origin, markdown, body;
    std::vector<int> bodyLine, duration, rowid, pillarBits, levelBits, audienceBits, statusBits,
        length;
    for (const PracticeFile& f : contents.files) {
      const Practice& p = f.practice;
      rowid.push_back(static_cast<int>(rowid.size()) + 1);
      file.push_back(f.file.string());
      bodyLine.push_back(f.bodyLine);
      keyLines.push_back(keyLinesText(f.keyLines));
      id.push_back(p.id);
      title.push_back(p.title);
      summary.push_back(p.summary);
      pillars.push_back(joined(p.pillars));
      levels.push_back(joined(p.levels));
      audiences.push_back(joined(p.audiences));
      duration.push_back(p.durationMinutes);
      participants.push_back(p.participants);
      material.push_back(joined(p.material));
      objectives.push_back(joined(p.objectives));
      related.push_back(joined(p.related));
      sources.push_back(sourcesText(p.sources));
      status.push_back(p.status);
      author.push_back(p.author);
      reviewer.push_back(p.reviewer);
      reviewDate.push_back(p.reviewDate);
      versionOf.push_back(p.version);
      origin.push_back(p.origin);
      markdown.push_back(p.markdown);
      body.push_back(searchBody(p));
      pillarBits.push_back(static_cast<int>(valueBits(p.pillars, catalog::pillars())));
      levelBits.push_back(static_cast<int>(valueBits(p.levels, catalog::levels())));
      audienceBits.push_back(static_cast<int>(valueBits(p.audiences, catalog::audiences())));
      statusBits.push_back(static_cast<int>(valueBits({p.status}, statuses())));
      length.push_back(static_cast<int>(wordSpansOf(p.title).size() +
                                        wordSpansOf(p.summary).size() +
                                        wordSpansOf(body.back()).size()));
    }
    if (!file.empty()) {
      session << "INSERT INTO practices(rowid, file, body_line, key_lines, id, title, summary, "
                 "pillars, levels, audiences, duration, participants, material, objectives, "
                 "related, sources, status, author, reviewer, review_date, version, origin, "
                 "markdown) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?)",
          use(rowid), use(file), use(bodyLine), use(keyLines), use(id), use(title), use(summary),
          use(pillars), use(levels), use(audiences), use(duration), use(participants),
          use(material), use(objectives), use(related), use(sources), use(status), use(author),
          use(reviewer), use(reviewDate), use(versionOf), use(origin), use(markdown), now;
      session << "INSERT INTO search(rowid, title, summary, body) VALUES(?, ?, ?, ?)", use(rowid),
          use(title), use(summary), use(body), now;
      session << "INSERT INTO filters VALUES(?, ?, ?, ?, ?, ?, ?)", use(rowid), use(pillarBits),
          use(levelBits), use(audienceBits), use(statusBits), use(duration), use(length), now;
      session << "CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, search, row)", now;
      session << "INSERT INTO terms SELECT term, doc FROM temp.search_terms", now;
    }
    std::vector<std::string> problemFile, message;
    std::vector<int> line;
    for (const CatalogProblem& problem : contents.problems) {
      problemFile.push_back(problem.file.string());
      line.push_back(problem.line);
      message.push_back(problem.message);
    }
    if (!problemFile.empty()) {
      session << "INSERT INTO problems VALUES(?, ?, ?)", use(problemFile), use(line), use(message),
          now;
    }
    session.commit();
    session.close();
    fs::rename(temporary, file_);  // readers of the old file keep it until they close it
  } catch (const Poco::Exception& failure) {
    fs::remove(temporary, error);
    throw IoError("index du catalogue impossible à écrire dans " + file_.string() + " : " +
                  failure.displayText());
  } catch (const fs::filesystem_error& failure) {
    fs::remove(temporary, error);
    throw IoError("index du catalogue impossible à écrire dans " + file_.string() + " : " +
                  failure.what());
  }
  openReaders();
}

std::vector<CatalogIndex::Hit> CatalogIndex::search(const SearchQuery& query,
                                                    const IndexFilter& filter,
                                                    std::size_t limit) const {
  if (!readers_ || query.words.empty() || limit == 0) return {};
  const FtsQuery fts = ftsQuery(query, terms_);
  RankInputs inputs;
  inputs.averageLength = averageLength_;
  inputs.phraseWords = fts.phraseWords;
  for (const std::string& word : query.words) {
    inputs.idf.push_back(
        inverseDocumentFrequency(terms_.practicesWithPrefix(word), terms_.practices()));
  }
  const auto lease = readers_->lease();
  std::vector<Hit> hits;
  for (const SearchConnection::Ranked& row : (*lease).rank(fts.text, inputs, filter, limit)) {
    // Snippets for the rows kept only, from their stored text: FTS5's snippet() would expand
    // each prefix over the whole index again for every row.
    hits.push_back({static_cast<std::size_t>(row.rowid - 1), row.score,
                    searchSnippet((*lease).texts(row.rowid), query.words)});
  }
  return hits;
}

}  // namespace trousse::catalog
