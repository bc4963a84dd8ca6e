#pragma once

#include <trousse/Plugin.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trousse {

/// What the loader made of one plugin file: loaded, or refused with the reason.
struct PluginRecord {
  std::filesystem::path file;
  std::string id;
  std::string version;
  std::vector<std::string> kinds;  ///< full names, "letters/convocation"
  bool loaded = false;
  std::string refusal;  ///< French reason, when refused
};

/// A kind offered by a loaded plugin.
struct KindEntry {
  std::string fullName;  ///< "letters/convocation"
  KindInfo info;
  std::shared_ptr<const Plugin> plugin;
};

/// Loads every plugin found in the plugin folders. A bad plugin is refused with a precise
/// reason and the others still load. Each plugin object keeps its shared library loaded.
class PluginRegistry {
 public:
  /// Scans `folders` in order; files are tried in name order within a folder.
  void scan(const std::vector<std::filesystem::path>& folders);

  const std::vector<PluginRecord>& records() const { return records_; }
  const std::map<std::string, KindEntry>& kinds() const { return kinds_; }
  /// The kind, or nullptr when no loaded plugin offers it.
  const KindEntry* findKind(const std::string& fullName) const;

 private:
  void load(const std::filesystem::path& file);

  std::vector<PluginRecord> records_;
  std::map<std::string, KindEntry> kinds_;
};

}  // namespace trousse
