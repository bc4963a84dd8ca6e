// A plugin that claims to be built for another version of the plugin interface.
#include <trousse/Plugin.hpp>

#include <boost/dll/alias.hpp>

#include <memory>

namespace wrong_api {
class OldPlugin final : public trousse::TemplatePlugin {
 public:
  std::string id() const override { return "ancien"; }
  std::string version() const override { return "0.0.1"; }
  std::vector<trousse::KindInfo> kinds() const override { return {}; }
};
std::unique_ptr<trousse::Plugin> create() { return std::make_unique<OldPlugin>(); }
int apiVersion() { return 0; }  // a version the host never had
}  // namespace wrong_api

BOOST_DLL_ALIAS(wrong_api::create, trousse_create_plugin)
BOOST_DLL_ALIAS(wrong_api::apiVersion, trousse_api_version)
