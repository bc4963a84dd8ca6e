#include "app/PluginSubsystem.hpp"

#include <Poco/Util/Application.h>

namespace trousse {

void PluginSubsystem::initialize(Poco::Util::Application&) { registry_.scan(folders_); }

void PluginSubsystem::uninitialize() { registry_ = PluginRegistry(); }

}  // namespace trousse
