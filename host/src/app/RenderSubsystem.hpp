#pragma once

#include "catalogapi/CatalogModule.hpp"
#include "core/PluginRegistry.hpp"
#include "core/RenderService.hpp"

#include <Poco/Util/Subsystem.h>

#include <memory>
#include <mutex>

namespace trousse {

/// The part of the host that owns the process's one RenderService, over the plugins of the
/// PluginSubsystem and the layered configuration. The service is built on first use, so that
/// a command that renders nothing pays nothing, and a configuration error is reported by the
/// command like any other; it is destroyed when the application stops, before the plugins.
class RenderSubsystem final : public Poco::Util::Subsystem {
 public:
  const char* name() const override { return "trousse.render"; }
  const RenderService& service();
  /// The catalog of practices the service gives plugins, with what the CLI also needs of it
  /// (problems, closest ids). Built on first use; throws CatalogError when its folder is missing.
  const catalog::ReviewedCatalog& practices();
  /// The catalog's module (booklet, skeleton of a practice), loaded on first use.
  const catalog::CatalogModule& catalogModule();

 protected:
  void initialize(Poco::Util::Application& app) override { app_ = &app; }
  void uninitialize() override;

 private:
  std::shared_ptr<const catalog::ReviewedCatalog> sharedPractices();

  Poco::Util::Application* app_ = nullptr;  ///< not owned: the application owns this subsystem
  std::mutex mutex_;
  std::unique_ptr<PluginKindSource> pluginKinds_;
  std::unique_ptr<RenderService> service_;
  std::mutex catalogMutex_;
  std::shared_ptr<const catalog::CatalogModule> module_;
  std::shared_ptr<const catalog::ReviewedCatalog> practices_;
};

}  // namespace trousse
