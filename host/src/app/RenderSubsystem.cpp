#include "app/RenderSubsystem.hpp"

#include "app/PluginSubsystem.hpp"
#include "common/Errors.hpp"
#include "core/InstallLayout.hpp"
#include "core/PdfOptionsConfig.hpp"

#include <Poco/Util/Application.h>

namespace trousse {

const RenderService& RenderSubsystem::service() {
  std::lock_guard lock(mutex_);
  if (!service_) {
    const InstallLayout layout = InstallLayout::ofRunningProgram();
    pluginKinds_ = std::make_unique<PluginKindSource>(
        app_->getSubsystem<PluginSubsystem>().registry(), layout.templatesDir());
    RenderServiceSettings settings;
    settings.sources = {pluginKinds_.get()};
    settings.fontsDir = layout.fontsDir();
    settings.calendarDir = layout.contentDir() / "calendrier";
    settings.localCalendarDir = app_->config().getString("calendrier.dossier_local", "");
    settings.pdfOptions = readPdfOptions(app_->config());
    settings.catalog = [this] { return std::shared_ptr<const Catalog>(sharedPractices()); };
    service_ = std::make_unique<RenderService>(std::move(settings));
  }
  return *service_;
}

const catalog::ReviewedCatalog& RenderSubsystem::practices() { return *sharedPractices(); }

const catalog::CatalogModule& RenderSubsystem::catalogModule() {
  std::lock_guard lock(catalogMutex_);
  if (!module_) {
    module_ = catalog::loadCatalogModule(InstallLayout::ofRunningProgram().catalogModule());
  }
  return *module_;
}

std::shared_ptr<const catalog::ReviewedCatalog> RenderSubsystem::sharedPractices() {
  const catalog::CatalogModule& module = catalogModule();
  std::lock_guard lock(catalogMutex_);
  if (!practices_) {
    const InstallLayout layout = InstallLayout::ofRunningProgram();
    const Poco::Util::AbstractConfiguration& config = app_->config();
    catalog::CatalogOptions options;
    options.folders.push_back(layout.contentDir() / "practices");
    if (const std::string local = config.getString("catalogue.dossier_local", ""); !local.empty()) {
      options.folders.emplace_back(local);
    }
    for (const std::filesystem::path& folder : options.folders) {
      std::error_code error;
      if (!std::filesystem::is_directory(folder, error)) {
        throw CatalogError("dossier du catalogue de pratiques introuvable ou illisible : " +
                           folder.string());
      }
    }
    const std::string cache = config.getString("catalogue.cache", "");
    options.cacheFolder =
        cache.empty() ? catalog::defaultCacheFolder() : std::filesystem::path(cache);
    options.wordList = layout.contentDir() / "mots.txt";
    practices_ = module.open(options);
  }
  return practices_;
}

void RenderSubsystem::uninitialize() {
  std::lock_guard lock(mutex_);
  service_.reset();
  std::lock_guard catalogLock(catalogMutex_);
  practices_.reset();
  module_.reset();
  pluginKinds_.reset();
}

}  // namespace trousse
