#include "plugins/par/ParChecks.hpp"
#include "plugins/par/ParData.hpp"
#include "plugins/par/ParDocuments.hpp"

#include <trousse/Export.hpp>
#include <trousse/Plugin.hpp>

namespace {

using trousse::Document;
using trousse::par::Needs;

/// The protocole d'accompagnement et de responsabilisation des parents (PAR), from one data
/// file: the information sheet, the invitation to sign, the protocol, each milestone's review,
/// the final review, and the whole dossier.
class ParPlugin final : public trousse::Plugin {
 public:
  std::string id() const override { return "par"; }
  std::string version() const override { return "1.0.0"; }
  std::vector<trousse::KindInfo> kinds() const override {
    return {
        {"recueil", "PAR – fiche de recueil d'informations",
         "document PDF à compléter, pour l'établissement et les partenaires", "par/recueil.md"},
        {"convocation-signature", "PAR – invitation des responsables à l'entretien de signature",
         "lettre PDF, une par adresse de responsable", "par/convocation-signature.md"},
        {"protocole", "PAR – le protocole à signer", "document PDF", "par/protocole.md"},
        {"bilan-etape", "PAR – bilan d'étape (le dernier bilan du fichier)", "document PDF",
         "par/bilan-etape.md"},
        {"bilan-final", "PAR – bilan final", "document PDF", "par/bilan-final.md"},
        {"dossier", "PAR – le dossier complet : chaque document produit jusqu'ici, dans l'ordre",
         "plusieurs documents : un PDF avec signets (--out), un dossier (--out-dir) ou un ZIP",
         "par/dossier.md"},
    };
  }

  std::vector<Document> render(const std::string& kind, const Poco::JSON::Object& data,
                               const trousse::RenderContext& context) const override {
    const trousse::par::ParData par = trousse::par::ParData::read(data);
    Needs needs;
    const bool dossier = kind == "dossier";
    needs.convocation = kind == "convocation-signature" || (dossier && par.meetingSet);
    needs.protocol = kind == "protocole" || (dossier && !par.parties.empty());
    needs.stepReviews = kind == "bilan-etape" || (dossier && !par.reviews.empty());
    needs.finalReview = kind == "bilan-final" || (dossier && par.finalReview);
    const trousse::par::Schedule schedule = trousse::par::checkPar(par, needs, context.calendar());
    const trousse::par::ParDocuments documents(data, par, schedule, context);

    if (kind == "recueil") return {documents.informationSheet()};
    if (kind == "convocation-signature") return documents.invitations();
    if (kind == "protocole") return {documents.protocol()};
    if (kind == "bilan-etape") return {documents.stepReview(par.reviews.size() - 1)};
    if (kind == "bilan-final") return {documents.finalReview()};
    // The dossier: every document the data file has reached so far, in the order of its life.
    std::vector<Document> all{documents.informationSheet()};
    if (needs.convocation) {
      for (Document& letter : documents.invitations()) all.push_back(std::move(letter));
    }
    if (needs.protocol) all.push_back(documents.protocol());
    for (std::size_t i = 0; needs.stepReviews && i < par.reviews.size(); ++i) {
      all.push_back(documents.stepReview(i));
    }
    if (needs.finalReview) all.push_back(documents.finalReview());
    return all;
  }
};

}  // namespace

TROUSSE_PLUGIN(ParPlugin)
