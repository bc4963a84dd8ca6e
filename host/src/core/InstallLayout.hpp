#pragma once

#include <filesystem>

namespace trousse {

/// Where an installed (or built) Trousse keeps its parts, found relative to the executable:
/// <prefix>/bin/trousse, <prefix>/lib/trousse/plugins, <prefix>/share/trousse/{templates,…}.
/// The build tree has the same shape, so build/bin/trousse runs with no flag.
class InstallLayout {
 public:
  /// The layout around the running executable.
  static InstallLayout ofRunningProgram();
  explicit InstallLayout(std::filesystem::path prefix);

  const std::filesystem::path& prefix() const { return prefix_; }
  std::filesystem::path pluginDir() const;
  /// The catalog's module, loaded on first use.
  /// The encryption module (libqpdf), loaded when a password is given.
  std::filesystem::path encryptionModule() const {
    return pluginDir().parent_path() / "libtrousse-encryption.so";
  }
  std::filesystem::path catalogModule() const {
    return pluginDir().parent_path() / "libtrousse-catalog.so";
  }
  std::filesystem::path dataDir() const;
  std::filesystem::path templatesDir() const { return dataDir() / "templates"; }
  std::filesystem::path contentDir() const { return dataDir() / "content"; }
  std::filesystem::path fontsDir() const { return dataDir() / "fonts"; }
  std::filesystem::path examplesDir() const { return dataDir() / "examples"; }
  std::filesystem::path defaultConfig() const { return dataDir() / "trousse.properties"; }

 private:
  std::filesystem::path prefix_;
};

}  // namespace trousse
