#include "plugins/par/ParDocuments.hpp"

#include "plugins/letters/RecipientGroups.hpp"

#include <Poco/JSON/Array.h>

namespace trousse::par {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Array::Ptr arrayOf(const Object& object, const std::string& key) {
  return object.has(key) ? object.getArray(key) : Array::Ptr();
}

std::string textOf(const Object& object, const std::string& key) {
  if (!object.has(key) || object.isNull(key)) return {};
  return object.get(key).convert<std::string>();
}

Object::Ptr entry(const std::string& label, std::chrono::year_month_day date) {
  Object::Ptr row = new Object;
  row->set("libelle", label);
  row->set("date", isoDate(date));
  return row;
}

std::string stepLabel(std::size_t number) { return "Bilan d'étape " + std::to_string(number); }

}  // namespace

ParDocuments::ParDocuments(const Object& data, const ParData& par, const Schedule& schedule,
                           const RenderContext& context)
    : data_(data),
      par_(par),
      schedule_(schedule),
      context_(context),
      initials_(initialsOf(par.firstName, par.lastName)) {}

Object::Ptr ParDocuments::commonView() const {
  Object::Ptr view = new Object(data_);  // top-level copy: the data file is never changed
  view->set("initiales", initials_);
  if (par_.signature) {
    Array::Ptr calendar = new Array;
    for (std::size_t i = 0; i < schedule_.milestones.size(); ++i) {
      calendar->add(entry(stepLabel(i + 1), schedule_.milestones[i]));
    }
    calendar->add(entry("Bilan final", schedule_.finalReview));
    view->set("calendrier", calendar);
    view->set("fin", isoDate(schedule_.end));
  }
  return view;
}

Document ParDocuments::finish(Document document, const std::string& fileName) const {
  document.title = "Confidentiel – " + initials_ + " – " + document.title;
  // A letter's first page has no running header: the marking puts it there too.
  document.letter.marking = "Confidentiel – PAR " + initials_;
  document.fileName = "PAR-" + compactInitials(initials_) + "-" + fileName;
  return document;
}

Document ParDocuments::informationSheet() const {
  return finish(context_.expandPart("documents/recueil.md", *commonView()), "recueil");
}

std::vector<Document> ParDocuments::invitations() const {
  std::vector<Document> letters;
  Object::Ptr view = commonView();
  // "Participera" or "Participeront": the letter's lead sentence agrees with the list.
  if (const Object::Ptr signature = view->getObject("signature")) {
    const Array::Ptr present = signature->getArray("presents");
    if (present && present->size() > 0) {
      view->set("presents_annonce", present->size() > 1 ? "Participeront à cet entretien :"
                                                        : "Participera à cet entretien :");
    }
  }
  for (const Object::Ptr& one : letters::splitByAddress(*view)) {
    letters.push_back(
        finish(context_.expandPart("documents/convocation-signature.md", *one), "convocation"));
  }
  return letters;
}

Document ParDocuments::protocol() const {
  Object::Ptr view = commonView();
  // Each party with its own commitments, in the order of the data file.
  Array::Ptr parties = new Array;
  if (Array::Ptr given = arrayOf(data_, "parties")) {
    for (std::size_t i = 0; i < given->size(); ++i) {
      const Object::Ptr party = given->getObject(static_cast<unsigned>(i));
      Object::Ptr copy = new Object(*party);
      Array::Ptr commitments = new Array;
      for (const Commitment& commitment : par_.commitments) {
        if (commitment.party == par_.parties[i].id) commitments->add(commitment.text);
      }
      copy->set("engagements", commitments);
      parties->add(copy);
    }
  }
  view->set("parties", parties);
  return finish(context_.expandPart("documents/protocole.md", *view), "protocole");
}

Document ParDocuments::stepReview(std::size_t index) const {
  Object::Ptr view = commonView();
  const Object::Ptr review = arrayOf(data_, "bilans")->getObject(static_cast<unsigned>(index));
  const std::size_t step = static_cast<std::size_t>(*par_.reviews[index].milestone);
  Object::Ptr shown = new Object(*review);
  shown->set("etape", std::to_string(step));
  shown->set("date_prevue", isoDate(schedule_.milestones[step - 1]));
  // Each assessed commitment with its text and its party's name.
  Array::Ptr rows = new Array;
  if (Array::Ptr assessed = arrayOf(*review, "engagements")) {
    for (std::size_t j = 0; j < assessed->size(); ++j) {
      const Object::Ptr one = assessed->getObject(static_cast<unsigned>(j));
      const std::size_t number =
          static_cast<std::size_t>(*par_.reviews[index].commitmentNumbers[j]);
      const Commitment& commitment = par_.commitments[number - 1];
      std::string partyName;
      for (const Party& party : par_.parties) {
        if (party.id == commitment.party) partyName = party.name;
      }
      Object::Ptr row = new Object;
      row->set("numero", std::to_string(number));
      row->set("engagement", commitment.text);
      row->set("partie", partyName);
      row->set("tenu", textOf(*one, "tenu"));
      row->set("observations", textOf(*one, "observations"));
      rows->add(row);
    }
  }
  shown->set("engagements", rows);
  if (step < schedule_.milestones.size()) {
    shown->set("prochaine", entry(stepLabel(step + 1), schedule_.milestones[step]));
  } else {
    shown->set("prochaine", entry("Bilan final", schedule_.finalReview));
  }
  view->set("bilan", shown);
  Document document = context_.expandPart("documents/bilan-etape.md", *view);
  document.title += " " + std::to_string(step);  // "Bilan d'étape 2"
  return finish(std::move(document), "bilan-etape-" + std::to_string(step));
}

Document ParDocuments::finalReview() const {
  return finish(context_.expandPart("documents/bilan-final.md", *commonView()), "bilan-final");
}

}  // namespace trousse::par
