#pragma once

#include "core/PluginRegistry.hpp"

#include <Poco/Util/Subsystem.h>

#include <filesystem>
#include <vector>

namespace trousse {

/// The part of the host that owns the plugins: scans the plugin folders when the application
/// starts, and unloads every plugin when it stops.
class PluginSubsystem final : public Poco::Util::Subsystem {
 public:
  explicit PluginSubsystem(std::vector<std::filesystem::path> folders)
      : folders_(std::move(folders)) {}

  const char* name() const override { return "trousse.plugins"; }
  const PluginRegistry& registry() const { return registry_; }

 protected:
  void initialize(Poco::Util::Application& app) override;
  void uninitialize() override;

 private:
  std::vector<std::filesystem::path> folders_;
  PluginRegistry registry_;
};

}  // namespace trousse
