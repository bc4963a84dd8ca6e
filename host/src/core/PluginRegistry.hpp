#pragma once

#include "core/KindSource.hpp"

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

/// Loads every plugin found in the plugin folders. A bad plugin is refused with a precise
/// reason and the others still load. Each plugin object keeps its shared library loaded.
/// Scanned once at start-up, then only read.
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

/// The kinds of loaded plugins, whose templates live in the host's templates folder.
class PluginKindSource final : public KindSource {
 public:
  PluginKindSource(const PluginRegistry& registry, std::filesystem::path templatesDir)
      : registry_(registry), templatesDir_(std::move(templatesDir)) {}
  std::vector<KindEntry> kinds() const override;

 private:
  const PluginRegistry& registry_;
  std::filesystem::path templatesDir_;
};

}  // namespace trousse
