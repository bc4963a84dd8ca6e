#include "core/TemplateStore.hpp"

#include "common/Errors.hpp"
#include "core/TemplateTranslations.hpp"
#include "pdf/layout/LayoutRegistry.hpp"

#include <mutex>

namespace trousse {
namespace {

std::int64_t steadyNow() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void checkLayout(const Template& tmpl) {
  const pdf::LayoutRegistry& layouts = pdf::LayoutRegistry::builtin();
  if (layouts.find(tmpl.layout) == nullptr) {
    throw TemplateError(tmpl.file.string() + ":" + std::to_string(tmpl.layoutLine) +
                        " : mise en page « " + tmpl.layout + " » inconnue (" +
                        layouts.namesForMessage() + ")");
  }
}

}  // namespace

TemplateStore::TemplateStore(std::chrono::milliseconds recheckInterval)
    : recheckInterval_(recheckInterval) {}

std::vector<TemplateStore::FileStamp> TemplateStore::stampsOf(
    const std::vector<std::filesystem::path>& files) {
  std::vector<FileStamp> stamps;
  for (const std::filesystem::path& file : files) {
    std::error_code error;
    FileStamp stamp{file, std::filesystem::last_write_time(file, error), 0};
    if (!error) stamp.size = std::filesystem::file_size(file, error);
    stamps.push_back(std::move(stamp));  // a file gone stamps as its error's values: a change
  }
  return stamps;
}

std::shared_ptr<TemplateStore::Entry> TemplateStore::load(const std::filesystem::path& file) const {
  // Stamped before reading: a change made while the file is read is seen at the next check.
  std::vector<FileStamp> before = stampsOf({file});
  auto entry = std::make_shared<Entry>();
  auto loaded = std::make_shared<Template>(Template::load(file));
  checkLayout(*loaded);
  translations::check(*loaded);
  std::vector<std::filesystem::path> partials;
  for (const auto& [name, path] : loaded->partialFiles) partials.push_back(path);
  entry->stamps = std::move(before);
  for (FileStamp& stamp : stampsOf(partials)) entry->stamps.push_back(std::move(stamp));
  entry->loaded = std::move(loaded);
  entry->checkedAt = steadyNow();
  return entry;
}

std::shared_ptr<TemplateStore::Entry> TemplateStore::loadTranslation(
    const std::filesystem::path& file, const std::filesystem::path& original,
    const std::string& language) const {
  std::vector<FileStamp> before = stampsOf({file});
  const std::shared_ptr<const Template> french = get(original);
  auto entry = std::make_shared<Entry>();
  entry->loaded = std::make_shared<Template>(Template::loadTranslation(file, *french, language));
  // The original's files too: a field added in French is seen by its translations.
  std::vector<std::filesystem::path> originals{original};
  for (const auto& [name, path] : french->partialFiles) originals.push_back(path);
  entry->stamps = std::move(before);
  for (FileStamp& stamp : stampsOf(originals)) entry->stamps.push_back(std::move(stamp));
  entry->checkedAt = steadyNow();
  return entry;
}

template <class Load>
std::shared_ptr<const Template> TemplateStore::cached(const std::filesystem::path& file,
                                                      Load load) const {
  std::shared_ptr<Entry> entry;
  {
    std::shared_lock lock(mutex_);
    if (auto found = entries_.find(file); found != entries_.end()) entry = found->second;
  }
  if (entry) {
    const std::int64_t now = steadyNow();
    if (now - entry->checkedAt.load(std::memory_order_relaxed) < recheckInterval_.count()) {
      return entry->loaded;
    }
    std::vector<std::filesystem::path> files;
    for (const FileStamp& stamp : entry->stamps) files.push_back(stamp.file);
    if (stampsOf(files) == entry->stamps) {
      entry->checkedAt.store(now, std::memory_order_relaxed);
      return entry->loaded;
    }
  }
  // Loaded outside the lock: other templates stay available while this one is read. Two
  // threads may load the same file at once; the last one stored wins, both are correct.
  std::shared_ptr<Entry> fresh = load();
  std::unique_lock lock(mutex_);
  entries_[file] = fresh;
  return fresh->loaded;
}

std::shared_ptr<const Template> TemplateStore::get(const std::filesystem::path& file) const {
  return cached(file, [&] { return load(file); });
}

std::shared_ptr<const Template> TemplateStore::translation(const std::filesystem::path& original,
                                                           const std::string& language) const {
  const std::filesystem::path file = translations::fileFor(original, language);
  return cached(file, [&] { return loadTranslation(file, original, language); });
}

}  // namespace trousse
