#include "core/PluginRegistry.hpp"

#include <boost/dll/shared_library.hpp>

#include <algorithm>
#include <set>

namespace trousse {
namespace {

using Factory = std::unique_ptr<Plugin>();
using ApiVersionFunction = int();

bool looksLikePluginFile(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  return std::filesystem::is_regular_file(file) && name.ends_with(".so");
}

/// The plugin object owns its library: the deleter holds it until the object is destroyed.
std::shared_ptr<const Plugin> adoptPlugin(std::unique_ptr<Plugin> plugin,
                                          std::shared_ptr<boost::dll::shared_library> library) {
  return std::shared_ptr<const Plugin>(plugin.release(), [library](const Plugin* p) { delete p; });
}

}  // namespace

void PluginRegistry::scan(const std::vector<std::filesystem::path>& folders) {
  std::set<std::filesystem::path> seen;
  for (const auto& folder : folders) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) continue;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
      if (looksLikePluginFile(entry.path())) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      auto canonical = std::filesystem::weakly_canonical(file, error);
      if (seen.insert(canonical).second) load(file);
    }
  }
}

void PluginRegistry::load(const std::filesystem::path& file) {
  PluginRecord record;
  record.file = file;
  auto refuse = [&](std::string reason) {
    record.refusal = std::move(reason);
    records_.push_back(std::move(record));
  };

  auto library = std::make_shared<boost::dll::shared_library>();
  boost::dll::fs::error_code error;
  library->load(file.string(), boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local,
                error);
  if (error) {
    return refuse("ce n'est pas une bibliothèque partagée chargeable (" + error.message() + ")");
  }
  if (!library->has("trousse_create_plugin") || !library->has("trousse_api_version")) {
    return refuse("la bibliothèque n'exporte pas de fabrique de greffon (TROUSSE_PLUGIN absent)");
  }
  const int apiVersion = library->get_alias<ApiVersionFunction>("trousse_api_version")();
  if (apiVersion != kApiVersion) {
    return refuse("greffon compilé pour la version " + std::to_string(apiVersion) +
                  " de l'interface, l'hôte attend la version " + std::to_string(kApiVersion));
  }

  std::shared_ptr<const Plugin> plugin;
  try {
    plugin = adoptPlugin(library->get_alias<Factory>("trousse_create_plugin")(), library);
    if (!plugin) return refuse("la fabrique du greffon n'a rien créé");
    record.id = plugin->id();
    record.version = plugin->version();
    for (const KindInfo& kind : plugin->kinds())
      record.kinds.push_back(record.id + "/" + kind.name);
  } catch (const std::exception& e) {
    return refuse(std::string("la fabrique du greffon a levé une exception : ") + e.what());
  } catch (...) {
    return refuse("la fabrique du greffon a levé une exception inconnue");
  }

  if (record.id.empty()) return refuse("le greffon n'a pas d'identifiant");
  for (const std::string& kind : record.kinds) {
    if (auto clash = kinds_.find(kind); clash != kinds_.end()) {
      return refuse("le type « " + kind + " » est déjà fourni par le greffon « " +
                    clash->second.plugin->id() + " »");
    }
  }
  for (const PluginRecord& other : records_) {
    if (other.loaded && other.id == record.id) {
      return refuse("un greffon d'identifiant « " + record.id + " » est déjà chargé depuis " +
                    other.file.string());
    }
  }

  for (const KindInfo& kind : plugin->kinds()) {
    std::string fullName = record.id + "/" + kind.name;
    kinds_.emplace(fullName, KindEntry{fullName, kind, plugin, {}});
  }
  record.loaded = true;
  records_.push_back(std::move(record));
}

const KindEntry* PluginRegistry::findKind(const std::string& fullName) const {
  auto found = kinds_.find(fullName);
  return found == kinds_.end() ? nullptr : &found->second;
}

std::vector<KindEntry> PluginKindSource::kinds() const {
  std::vector<KindEntry> out;
  for (const auto& [name, entry] : registry_.kinds()) {
    out.push_back(entry);
    out.back().templateRoot = templatesDir_;
  }
  return out;
}

}  // namespace trousse
