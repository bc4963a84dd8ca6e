// A well-formed plugin with one kind, for the loader's tests.
#include <trousse/Export.hpp>

namespace {
class GoodPlugin final : public trousse::TemplatePlugin {
 public:
  std::string id() const override { return "essai"; }
  std::string version() const override { return "0.1.0"; }
  std::vector<trousse::KindInfo> kinds() const override {
    return {{"note", "Note d'essai", "document PDF", "letters/convocation.md"}};
  }
};
}  // namespace

TROUSSE_PLUGIN(GoodPlugin)
