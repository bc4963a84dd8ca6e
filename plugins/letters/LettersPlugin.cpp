#include "plugins/letters/RecipientGroups.hpp"

#include <trousse/Export.hpp>
#include <trousse/Plugin.hpp>

namespace {

/// Letters to families. Each kind is one template in templates/letters/ whose `responsables`
/// list holds one or two responsible adults: one letter goes to each distinct postal address.
class LettersPlugin final : public trousse::Plugin {
 public:
  std::string id() const override { return "letters"; }
  std::string version() const override { return "1.0.0"; }
  std::vector<trousse::KindInfo> kinds() const override {
    return {
        {"convocation", "Convocation des responsables légaux à un entretien",
         "lettre PDF d'une page, une par adresse de responsable", "letters/convocation.md"},
        {"absences", "Absences non justifiées – information des responsables légaux",
         "lettre PDF d'une page, une par adresse de responsable", "letters/absences.md"},
        {"assiduite", "Rappel de l'obligation d'assiduité après un premier entretien",
         "lettre PDF d'une page, une par adresse de responsable", "letters/assiduite.md"},
        {"harcelement-victime", "Harcèlement – lettre à la famille de l'élève cible",
         "lettre PDF d'une page, une par adresse de responsable", "letters/harcelement-victime.md"},
        {"harcelement-auteur", "Harcèlement – lettre à la famille d'un élève impliqué",
         "lettre PDF d'une page, une par adresse de responsable", "letters/harcelement-auteur.md"},
        {"maison-des-parents", "Invitation aux permanences de la maison des parents",
         "lettre PDF d'une page, une par adresse de responsable", "letters/maison-des-parents.md"},
        {"mlds", "Proposition d'accompagnement de la MLDS vers un retour en formation",
         "lettre PDF d'une page, une par adresse de destinataire", "letters/mlds.md"},
    };
  }

  std::vector<trousse::Document> render(const std::string& kind, const Poco::JSON::Object& data,
                                        const trousse::RenderContext& context) const override {
    std::vector<trousse::Document> letters;
    for (const Poco::JSON::Object::Ptr& letterData : trousse::letters::splitByAddress(data)) {
      letters.push_back(context.expand(kind, *letterData));
    }
    return letters;
  }
};

}  // namespace

TROUSSE_PLUGIN(LettersPlugin)
