#pragma once

#include "core/PluginRegistry.hpp"
#include "template/Template.hpp"
#include "template/TemplateExpander.hpp"

#include <trousse/Document.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace trousse {

/// The spine of Trousse: data for a kind → schema check → the plugin (which expands its
/// templates) → documents ready for a writer. Templates are loaded once and kept.
class RenderPipeline {
 public:
  RenderPipeline(const PluginRegistry& registry, std::filesystem::path templatesDir,
                 Establishment establishment);

  /// The kind, or a UsageError naming it when no loaded plugin offers it.
  const KindEntry& kind(const std::string& fullName) const;
  /// The template of a kind, loaded and checked on first use.
  const Template& templateOf(const KindEntry& kind);

  /// Checks `data` against the kind's schema (DataError listing every problem), then has the
  /// plugin render it. A plugin failure becomes a PluginError naming the plugin and the kind.
  std::vector<Document> render(const std::string& fullName, const Poco::JSON::Object& data);

  const Establishment& establishment() const { return establishment_; }

 private:
  class PluginTemplates;

  const PluginRegistry& registry_;
  std::filesystem::path templatesDir_;
  Establishment establishment_;
  TemplateExpander expander_;
  std::map<std::string, Template> templates_;  ///< by full kind name
};

}  // namespace trousse
