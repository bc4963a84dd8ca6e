#include "plugins/letters/AbsenceCount.hpp"
#include "plugins/letters/DateChecks.hpp"
#include "plugins/letters/PostalAddress.hpp"
#include "plugins/letters/RecipientGroups.hpp"

#include "common/Text.hpp"

#include <trousse/Export.hpp>
#include <trousse/Plugin.hpp>

#include <Poco/JSON/Array.h>

#include <sstream>

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

  /// The facts and addresses, without expanding the letters: a mail merge's first pass.
  void check(const std::string& kind, const Poco::JSON::Object& data,
             const trousse::RenderContext& context) const override {
    checkAddresses(*checkedData(kind, data, context), context);
  }

  std::vector<trousse::Document> render(const std::string& kind, const Poco::JSON::Object& data,
                                        const trousse::RenderContext& context) const override {
    const Poco::JSON::Object::Ptr checked = checkedData(kind, data, context);
    checkAddresses(*checked, context);
    std::vector<trousse::Document> letters;
    for (const Poco::JSON::Object::Ptr& letterData : trousse::letters::splitByAddress(*checked)) {
      letters.push_back(context.expand(kind, *letterData));
    }
    return letters;
  }

 private:
  /// The data's dates checked against the letter's own date and the school calendar, and,
  /// for an absence letter, the count of half-days and the threshold computed from the dates.
  static Poco::JSON::Object::Ptr checkedData(const std::string& kind,
                                             const Poco::JSON::Object& data,
                                             const trousse::RenderContext& context) {
    using namespace trousse::letters;
    const int noticeDays = data.has("delai_prevenance")
                               ? static_cast<int>(data.get("delai_prevenance").convert<double>())
                               : kDefaultNoticeDays;
    DateChecks checks(context, letterDate(data, context), noticeDays);
    if (const auto meeting = dateAt(data, "rdv.date")) checks.upcoming("rdv.date", *meeting);
    for (const char* field :
         {"entretien.date", "signalement.date", "periode.debut", "periode.fin", "eleve.sortie"}) {
      if (const auto date = dateAt(data, field)) checks.past(field, *date);
    }
    if (const Poco::JSON::Array::Ptr followUps = data.getArray("suivis")) {
      for (std::size_t i = 0; i < followUps->size(); ++i) {
        const Poco::JSON::Object::Ptr followUp = followUps->getObject(static_cast<unsigned>(i));
        if (!followUp) continue;
        if (const auto date = dateAt(*followUp, "jour")) {
          checks.upcoming("suivis." + std::to_string(i + 1) + ".jour", *date);
        }
      }
    }
    Poco::JSON::Object::Ptr out = kind == "absences"
                                      ? countAbsences(data, checks, context)
                                      : Poco::JSON::Object::Ptr(new Poco::JSON::Object(data));
    checks.throwIfAny();
    return out;
  }

  /// Each letter's address block (the names, then the shared address) against La Poste's
  /// rules: a warning naming the first recipient's address field, refused with --strict.
  static void checkAddresses(const Poco::JSON::Object& data,
                             const trousse::RenderContext& context) {
    const Poco::JSON::Array::Ptr adults = data.getArray("responsables");
    if (!adults) return;
    for (const std::vector<std::size_t>& group : trousse::letters::addressGroups(data)) {
      std::vector<std::string> lines;
      for (std::size_t index : group) {
        const Poco::JSON::Object::Ptr adult = adults->getObject(static_cast<unsigned>(index));
        if (!adult) continue;
        std::string name;
        for (const char* key : {"civilite", "prenom", "nom"}) {
          const std::string part(trousse::trimmed(adult->optValue<std::string>(key, "")));
          if (!part.empty()) name += (name.empty() ? "" : " ") + part;
        }
        if (!name.empty()) lines.push_back(name);
      }
      const Poco::JSON::Object::Ptr first = adults->getObject(static_cast<unsigned>(group.front()));
      std::istringstream address(first ? first->optValue<std::string>("adresse", "") : "");
      for (std::string line; std::getline(address, line);) {
        if (const std::string_view kept = trousse::trimmed(line); !kept.empty())
          lines.emplace_back(kept);
      }
      const std::string field = "responsables." + std::to_string(group.front() + 1) + ".adresse";
      for (const std::string& problem : trousse::letters::postalAddressProblems(lines)) {
        context.warn(field, problem);
      }
    }
  }

  static constexpr int kDefaultNoticeDays = 3;
};

}  // namespace

TROUSSE_PLUGIN(LettersPlugin)
