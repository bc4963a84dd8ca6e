#pragma once

#include "core/PluginRegistry.hpp"
#include "core/RenderService.hpp"

#include <chrono>
#include <filesystem>
#include <memory>

namespace trousse::test {

inline std::filesystem::path builtTemplates() {
  return std::filesystem::path(TROUSSE_BUILD_DIR) / "share" / "trousse" / "templates";
}

/// The built plugins and the test plugins, as a render service sees them.
struct ServiceFixture {
  explicit ServiceFixture(std::filesystem::path templates = builtTemplates(),
                          std::chrono::milliseconds recheck = std::chrono::seconds(1),
                          std::function<std::shared_ptr<const Catalog>()> catalog = {})
      : pluginKinds(registry, std::move(templates)) {
    registry.scan({std::filesystem::path(TROUSSE_BUILD_DIR) / "lib" / "trousse" / "plugins",
                   TROUSSE_TEST_PLUGIN_DIR});
    RenderServiceSettings settings;
    settings.sources = {&pluginKinds};
    settings.fontsDir = std::filesystem::path(TROUSSE_BUILD_DIR) / "share" / "trousse" / "fonts";
    settings.templateRecheck = recheck;
    settings.catalog = std::move(catalog);
    service = std::make_unique<RenderService>(std::move(settings));
  }

  RenderRequest request(const std::string& kind, std::chrono::year_month_day today) const {
    RenderRequest r;
    r.kind = kind;
    r.data = service->templateOf(kind)->schema.example();
    r.today = today;
    r.establishment.name = "Collège Jean-Jaurès";
    r.establishment.city = "Montreuil";
    return r;
  }

  PluginRegistry registry;
  PluginKindSource pluginKinds;
  std::unique_ptr<RenderService> service;
};

}  // namespace trousse::test
