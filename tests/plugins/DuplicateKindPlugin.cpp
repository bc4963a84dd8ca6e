// A second plugin claiming the kind letters/convocation that the letters plugin offers.
#include <trousse/Export.hpp>

namespace {
class DuplicateKindPlugin final : public trousse::TemplatePlugin {
 public:
  std::string id() const override { return "letters"; }
  std::string version() const override { return "9.9.9"; }
  std::vector<trousse::KindInfo> kinds() const override {
    return {{"convocation", "Doublon", "rien", "letters/convocation.md"}};
  }
};
}  // namespace

TROUSSE_PLUGIN(DuplicateKindPlugin)
