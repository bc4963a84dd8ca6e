// A plugin whose constructor throws.
#include <trousse/Export.hpp>

#include <stdexcept>

namespace {
class ThrowingFactoryPlugin final : public trousse::TemplatePlugin {
 public:
  ThrowingFactoryPlugin() { throw std::runtime_error("configuration du greffon absente"); }
  std::string id() const override { return "casse"; }
  std::string version() const override { return "0.1.0"; }
  std::vector<trousse::KindInfo> kinds() const override { return {}; }
};
}  // namespace

TROUSSE_PLUGIN(ThrowingFactoryPlugin)
