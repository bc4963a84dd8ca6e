#include "plugins/phare/Kinds.hpp"
#include "plugins/phare/KitDocuments.hpp"
#include "plugins/phare/Workshop.hpp"

#include <trousse/Export.hpp>
#include <trousse/Plugin.hpp>

namespace trousse::phare {

std::vector<Document> renderWorkshopKit(const Poco::JSON::Object& data,
                                        const RenderContext& context) {
  return kitDocuments(readWorkshop(data, context), context);
}

}  // namespace trousse::phare

namespace {

/// The pHARe anti-bullying programme: workshop kits for pair experts, a school's prevention
/// plan, the follow-up sheet of a situation, and the booklet of practices. Templates are in
/// templates/phare/; the kits' documents are the part templates of templates/phare/atelier/.
class PharePlugin final : public trousse::Plugin {
 public:
  std::string id() const override { return "phare"; }
  std::string version() const override { return "1.0.0"; }
  std::vector<trousse::KindInfo> kinds() const override {
    return {
        {"atelier", "Kit d'atelier pHARe (formation entre pairs)",
         "programme, guide de l'animateur, support participant, feuille d'émargement, "
         "évaluation, une attestation par participant et diaporama",
         "phare/atelier.md", "ateliers"},
        {"plan-prevention", "Plan de prévention et de lutte contre le harcèlement d'une école",
         "document PDF de quelques pages", "phare/plan-prevention.md"},
        {"suivi-situation",
         "Fiche de suivi d'une situation (méthode de la préoccupation partagée), confidentielle",
         "document PDF confidentiel", "phare/suivi-situation.md"},
        {"livret", "Livret des pratiques du catalogue, par pilier, filtré",
         "document PDF, une partie par pilier", "phare/livret.md"},
    };
  }

  std::vector<trousse::Document> render(const std::string& kind, const Poco::JSON::Object& data,
                                        const trousse::RenderContext& context) const override {
    using namespace trousse::phare;
    if (kind == "atelier") return renderWorkshopKit(data, context);
    if (kind == "plan-prevention") return renderPreventionPlan(data, context);
    if (kind == "suivi-situation") return renderSituationFollowUp(data, context);
    if (kind == "livret") return renderBooklet(data, context);
    throw std::invalid_argument("type inconnu du greffon phare : " + kind);
  }
};

}  // namespace

TROUSSE_PLUGIN(PharePlugin)
