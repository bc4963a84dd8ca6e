// A plugin that reads the host's catalog of practices through its render context, as the pHARe
// kits will: it never opens a file itself.
#include <trousse/Export.hpp>

namespace {
class CatalogReaderPlugin final : public trousse::Plugin {
 public:
  std::string id() const override { return "lecteur"; }
  std::string version() const override { return "0.1.0"; }
  std::vector<trousse::KindInfo> kinds() const override {
    return {{"fiche", "Fiche d'une pratique", "document PDF", "letters/convocation.md"}};
  }
  std::vector<trousse::Document> render(const std::string&, const Poco::JSON::Object&,
                                        const trousse::RenderContext& context) const override {
    const trousse::Catalog& catalog = context.catalog();
    trousse::Document document;
    document.title = "Fiche";
    const auto practice = catalog.find("methode-preoccupation-partagee");
    document.markdown = "# " + (practice ? practice->title : std::string("introuvable")) + "\n\n";
    for (const trousse::PracticeHit& hit : catalog.search("harcelement", {}, 3)) {
      document.markdown += "- " + hit.practice.id + "\n";
    }
    trousse::PracticeFilter maternelle;
    maternelle.levels = {"maternelle"};
    document.markdown +=
        "\nMaternelle : " + std::to_string(catalog.list(maternelle).size()) + " pratiques\n";
    return {document};
  }
};
}  // namespace

TROUSSE_PLUGIN(CatalogReaderPlugin)
