#include "app/RenderSubsystem.hpp"

#include "app/PluginSubsystem.hpp"
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
    settings.pdfOptions = readPdfOptions(app_->config());
    service_ = std::make_unique<RenderService>(std::move(settings));
  }
  return *service_;
}

void RenderSubsystem::uninitialize() {
  std::lock_guard lock(mutex_);
  service_.reset();
  pluginKinds_.reset();
}

}  // namespace trousse
