#pragma once

#include "app/PluginSubsystem.hpp"
#include "app/RenderSubsystem.hpp"

#include <Poco/Util/Application.h>

#include <exception>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trousse {

class InstallLayout;

/// The `trousse` command: a Poco application whose subcommands list plugins and kinds and
/// render documents. Configuration is layered: installed defaults < user file < --config.
class TrousseApp final : public Poco::Util::Application {
 public:
  TrousseApp();

 protected:
  void defineOptions(Poco::Util::OptionSet& options) override;
  void handleOption(const std::string& name, const std::string& value) override;
  void initialize(Poco::Util::Application& self) override;
  int main(const std::vector<std::string>& args) override;

 private:
  /// Options given on the command line, checked by each subcommand.
  struct CommandOptions {
    std::vector<std::filesystem::path> pluginDirs;
    std::optional<std::string> configFile;
    std::optional<std::string> data;
    std::optional<std::string> out;
    std::optional<std::string> html;
    std::optional<std::string> csv;
    std::optional<std::string> map;
    std::optional<std::string> outDir;
    std::optional<std::string> zip;
    std::optional<std::string> report;
    std::optional<std::string> encoding;
    std::optional<std::string> names;
    std::optional<std::string> participants;
    std::optional<std::string> passwordFile;  // render --mot-de-passe-fichier
    std::optional<std::string> pillar, level, audience, maxDuration, status;  // catalog filters
    bool all = false;                                                         // --tous
    bool check = false;
    bool strict = false;
    bool duplex = false;
    bool example = false;
    bool help = false;
    bool version = false;
  };

  void loadConfigurationLayers();
  int dispatch(const std::vector<std::string>& args);
  void printHelp() const;
  const PluginRegistry& registry() const;
  const RenderService& service();
  /// The kind, or a UsageError that tells how to list the kinds.
  const KindEntry& kindNamed(const std::string& fullName);
  /// Establishment and today's date from the configuration and the clock, for one command.
  RenderScope scope();

  // Subcommands, in ListCommands.cpp and RenderCommands.cpp.
  int listPlugins() const;
  int listKinds();
  int showFields(const std::vector<std::string>& args);
  int renderKind(const std::vector<std::string>& args);
  int renderMarkdown(const std::vector<std::string>& args);
  void addParticipants(Poco::JSON::Object& data, const std::string& kind);
  void writeDocumentsApart(const RenderResult& result, const Template& tmpl,
                           const Establishment& establishment, const std::string& password);
  int runBatch(const std::vector<std::string>& args);    // BatchCommand.cpp
  int runCatalog(const std::vector<std::string>& args);  // CatalogCommands.cpp
  PracticeFilter practiceFilter() const;
  const catalog::ReviewedCatalog& practiceCatalog();
  std::optional<std::filesystem::path> catalogLocalFolder() const;

  CommandOptions options_;
  std::exception_ptr initializationError_;
};

}  // namespace trousse
