#pragma once

#include "template/Template.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <shared_mutex>
#include <vector>

namespace trousse {

/// Templates loaded once and shared by every request, reloaded when their file (or one of their
/// partials) changes, so that an admin can fix a template without restarting a server. Many
/// threads read at once; a reload replaces the shared template, and requests already holding
/// the old one finish with it.
class TemplateStore {
 public:
  /// Files are looked at again at most once per `recheckInterval` (0: at every call).
  explicit TemplateStore(std::chrono::milliseconds recheckInterval = std::chrono::seconds(1));

  /// The template in `file`, checked (Template::load, and a layout the PDF writer knows).
  /// Throws TemplateError or IoError; a template that became invalid is not served.
  std::shared_ptr<const Template> get(const std::filesystem::path& file) const;
  /// The translation of the template in `original` into `language` (`<kind>.<code>.md`),
  /// read with the original's fields (Template::loadTranslation); reloaded when either file
  /// changes. Throws TemplateError or IoError.
  std::shared_ptr<const Template> translation(const std::filesystem::path& original,
                                              const std::string& language) const;

 private:
  struct FileStamp {
    std::filesystem::path file;
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    bool operator==(const FileStamp&) const = default;
  };
  struct Entry {
    std::shared_ptr<const Template> loaded;
    std::vector<FileStamp> stamps;           ///< the template's file and its partials', when loaded
    std::atomic<std::int64_t> checkedAt{0};  ///< steady clock, nanoseconds
  };

  static std::vector<FileStamp> stampsOf(const std::vector<std::filesystem::path>& files);
  std::shared_ptr<Entry> load(const std::filesystem::path& file) const;
  std::shared_ptr<Entry> loadTranslation(const std::filesystem::path& file,
                                         const std::filesystem::path& original,
                                         const std::string& language) const;
  /// The entry of `file` if it is loaded and unchanged, else one made by `load`.
  template <class Load>
  std::shared_ptr<const Template> cached(const std::filesystem::path& file, Load load) const;

  std::chrono::nanoseconds recheckInterval_;
  mutable std::shared_mutex mutex_;
  mutable std::map<std::filesystem::path, std::shared_ptr<Entry>> entries_;
};

}  // namespace trousse
