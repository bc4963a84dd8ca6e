#include "core/InstallLayout.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

namespace trousse {

InstallLayout InstallLayout::ofRunningProgram() {
  std::filesystem::path exe(boost::dll::program_location().string());
  return InstallLayout(exe.parent_path().parent_path());
}

InstallLayout::InstallLayout(std::filesystem::path prefix) : prefix_(std::move(prefix)) {}

std::filesystem::path InstallLayout::pluginDir() const { return prefix_ / TROUSSE_PLUGIN_SUBDIR; }

std::filesystem::path InstallLayout::dataDir() const { return prefix_ / TROUSSE_DATA_SUBDIR; }

}  // namespace trousse
