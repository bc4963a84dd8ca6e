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

  std::chrono::nanoseconds recheckInterval_;
  mutable std::shared_mutex mutex_;
  mutable std::map<std::filesystem::path, std::shared_ptr<Entry>> entries_;
};

}  // namespace trousse
