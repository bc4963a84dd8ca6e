// A well-formed plugin, for the loader's tests: one kind with a template, one without.
#include <trousse/Export.hpp>

namespace {
class GoodPlugin final : public trousse::TemplatePlugin {
 public:
  std::string id() const override { return "essai"; }
  std::string version() const override { return "0.1.0"; }
  std::vector<trousse::KindInfo> kinds() const override {
    return {{"note", "Note d'essai", "document PDF", "letters/convocation.md"},
            {"absent", "Modèle absent", "rien", "essai/absent.md"}};
  }
};
}  // namespace

TROUSSE_PLUGIN(GoodPlugin)
