#pragma once

#include <trousse/Plugin.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace trousse {

/// A kind offered by a source: how to render it, and where its template lives.
struct KindEntry {
  std::string fullName;  ///< "letters/convocation"
  KindInfo info;
  /// Renders the kind; for a template pack, a host-made TemplatePlugin. Holding it keeps the
  /// plugin's shared library loaded.
  std::shared_ptr<const Plugin> plugin;
  /// The folder `info.templateFile` is relative to, and may not leave.
  std::filesystem::path templateRoot;
};

/// Where kinds come from: loaded plugins today, template packs (a folder with a manifest and
/// templates, no C++) later. A source is read once, when the KindRegistry is built.
class KindSource {
 public:
  virtual ~KindSource() = default;
  virtual std::vector<KindEntry> kinds() const = 0;
};

/// Every kind the host offers, from all its sources; immutable once built, so any number of
/// threads may read it. When two sources offer the same kind, the first one's is kept.
class KindRegistry {
 public:
  explicit KindRegistry(const std::vector<const KindSource*>& sources);

  /// The kind, or nullptr when no source offers it.
  const KindEntry* find(const std::string& fullName) const;
  const std::map<std::string, KindEntry>& all() const { return kinds_; }

 private:
  std::map<std::string, KindEntry> kinds_;
};

}  // namespace trousse
