// A plugin that loads well but throws while rendering.
#include <trousse/Export.hpp>

#include <stdexcept>

namespace {
class ThrowingRenderPlugin final : public trousse::Plugin {
 public:
  std::string id() const override { return "fragile"; }
  std::string version() const override { return "0.1.0"; }
  std::vector<trousse::KindInfo> kinds() const override {
    return {{"panne", "Document en panne", "rien", "letters/convocation.md"}};
  }
  std::vector<trousse::Document> render(const std::string&, const Poco::JSON::Object&,
                                        const trousse::RenderContext&) const override {
    throw std::runtime_error("division par zéro simulée");
  }
};
}  // namespace

TROUSSE_PLUGIN(ThrowingRenderPlugin)
