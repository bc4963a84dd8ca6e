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
    };
  }

  std::vector<trousse::Document> render(const std::string& kind, const Poco::JSON::Object& data,
                                        const trousse::TemplateService& templates) const override {
    std::vector<trousse::Document> letters;
    for (const Poco::JSON::Object::Ptr& letterData : trousse::letters::splitByAddress(data)) {
      letters.push_back(templates.expand(kind, *letterData));
    }
    return letters;
  }
};

}  // namespace

TROUSSE_PLUGIN(LettersPlugin)
