#include "plugins/phare/KitDocuments.hpp"

#include "plugins/phare/FrenchText.hpp"
#include "plugins/phare/JsonValues.hpp"
#include "plugins/phare/PracticeSections.hpp"

#include <set>

namespace trousse::phare {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

/// Blank lines left at the end of the sign-in sheet for people who come unannounced.
constexpr int kBlankSignInLines = 5;

/// Room to write in a table cell: tables are as wide as their text, so an empty cell is a
/// narrow one. A run of no-break spaces makes a signature column wide, and a notes row as wide
/// as the page and a few lines high.
std::string writingRoom(int spaces) {
  std::string room;
  for (int i = 0; i < spaces; ++i) room += "\u00A0";
  return room;
}
const std::string kSignatureRoom = writingRoom(36);
const std::string kNotesRoom = writingRoom(520);

bool isBreak(const WorkshopItem& item) { return item.type == WorkshopItem::Type::Break; }

/// "9 h 00 – 9 h 45", kept on one line.
std::string span(int start, int end) { return clockTime(start) + "\u00A0–\u00A0" + clockTime(end); }

/// "a", "a et b", "a, b et c".
std::string frenchList(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == items.size() ? " et " : ", ") + items[i];
  }
  return out;
}

/// What every document of the kit prints about the workshop: its `atelier.*` fields.
Object::Ptr workshopData(const Workshop& workshop) {
  Object::Ptr data = new Object;
  setAt(*data, "atelier.titre", workshop.title);
  setAt(*data, "atelier.theme", workshop.theme);
  setAt(*data, "atelier.date", workshop.date);
  setAt(*data, "atelier.horaires", span(workshop.schedule.start, workshop.schedule.end()));
  setAt(*data, "atelier.duree", duration(workshop.schedule.totalMinutes()));
  setAt(*data, "atelier.lieu", workshop.place);
  setAt(*data, "atelier.organisateur", workshop.organiser);
  setAt(*data, "atelier.public", frenchList(workshop.audiences));
  std::vector<std::string> trainers;
  for (const Person& trainer : workshop.trainers) {
    trainers.push_back(trainer.function.empty() ? trainer.name
                                                : trainer.name + " (" + trainer.function + ")");
  }
  setAt(*data, "atelier.formateurs", frenchList(trainers));
  return data;
}

/// The fields every part prints of one item.
Object::Ptr itemData(const Workshop& workshop, std::size_t index) {
  const WorkshopItem& item = workshop.items[index];
  const Schedule::Slot& slot = workshop.schedule.slots[index];
  Object::Ptr data = new Object;
  data->set("titre", item.title);
  data->set("horaires", span(slot.start, slot.end));
  data->set("duree", duration(slot.minutes));
  data->set("est_pause", isBreak(item));
  data->set("est_pratique", item.practice.has_value());
  if (!item.description.empty()) data->set("description", item.description);
  if (item.practice) {
    data->set("resume", item.practice->summary);
    data->set("objectifs", textArray(item.practice->objectives));
  }
  return data;
}

Document expanded(const RenderContext& context, const std::string& part, const Object& data,
                  std::string fileName) {
  Document document = context.expandPart("atelier/" + part + ".md", data);
  document.fileName = std::move(fileName);
  return document;
}

Document programme(const Workshop& workshop, const RenderContext& context) {
  Object::Ptr data = workshopData(workshop);
  Array::Ptr items = new Array;
  for (std::size_t i = 0; i < workshop.items.size(); ++i) items->add(itemData(workshop, i));
  data->set("sequences", items);
  data->set("fin", clockTime(workshop.schedule.end()));
  data->set("duree_totale", duration(workshop.schedule.totalMinutes()));
  if (workshop.announcedEnd) data->set("fin_annoncee", clockTime(*workshop.announcedEnd));
  return expanded(context, "programme", *data, "programme");
}

Document guide(const Workshop& workshop, const RenderContext& context) {
  Object::Ptr data = workshopData(workshop);
  Array::Ptr items = new Array;
  Array::Ptr sources = new Array;
  std::set<std::string> cited;
  int number = 0;
  for (std::size_t i = 0; i < workshop.items.size(); ++i) {
    const WorkshopItem& item = workshop.items[i];
    Object::Ptr entry = itemData(workshop, i);
    if (!isBreak(item)) entry->set("numero", std::to_string(++number));
    if (const auto& practice = item.practice) {
      const PracticeSections sections = sectionsOf(practice->markdown);
      entry->set("etapes", textArray(sections.steps));
      entry->set("vigilance", textArray(sections.vigilance));
      entry->set("reussite", textArray(sections.success));
      entry->set("materiel", textArray(practice->material));
      entry->set("participants_pratique", practice->participants);
      entry->set("duree_catalogue", duration(practice->durationMinutes));
      if (cited.insert(practice->id).second) {
        for (const PracticeSource& source : practice->sources) {
          Object::Ptr cite = new Object;
          cite->set("pratique", practice->title);
          cite->set("titre", source.title);
          cite->set("reference", source.reference);
          sources->add(cite);
        }
      }
    }
    items->add(entry);
  }
  data->set("sequences", items);
  data->set("sources", sources);
  return expanded(context, "guide-animateur", *data, "guide-animateur");
}

/// The workshop's data with its sequences (breaks left out) and room for notes: what the
/// participants' handout and the evaluation form both show.
Object::Ptr sequencesWithRoomForNotes(const Workshop& workshop) {
  Object::Ptr data = workshopData(workshop);
  Array::Ptr items = new Array;
  for (std::size_t i = 0; i < workshop.items.size(); ++i) {
    if (!isBreak(workshop.items[i])) items->add(itemData(workshop, i));
  }
  data->set("sequences", items);
  data->set("zone_notes", kNotesRoom);
  return data;
}

Document handout(const Workshop& workshop, const RenderContext& context) {
  Object::Ptr data = sequencesWithRoomForNotes(workshop);
  return expanded(context, "support-participant", *data, "support-participant");
}

Document signInSheet(const Workshop& workshop, const RenderContext& context) {
  Object::Ptr data = workshopData(workshop);
  Array::Ptr rows = new Array;
  for (const Participant& participant : workshop.participants) {
    Object::Ptr row = new Object;
    row->set("nom", participant.name);
    row->set("prenom", participant.firstName);
    row->set("fonction", participant.function);
    row->set("ecole", participant.school);
    rows->add(row);
  }
  data->set("inscrits", rows);
  data->set("nombre_inscrits", std::to_string(workshop.participants.size()));
  Array::Ptr blanks = new Array;
  for (int i = 1; i <= kBlankSignInLines; ++i) {
    Object::Ptr blank = new Object;
    blank->set("ligne", std::to_string(i));
    blanks->add(blank);
  }
  data->set("lignes_vierges", blanks);
  data->set("journee_complete", workshop.fullDay);
  data->set("case_signature", kSignatureRoom);
  return expanded(context, "emargement", *data, "emargement");
}

Document evaluation(const Workshop& workshop, const RenderContext& context) {
  Object::Ptr data = sequencesWithRoomForNotes(workshop);
  return expanded(context, "evaluation", *data, "evaluation");
}

/// One certificate per participant: the certificate layout prints one document on one sheet.
std::vector<Document> certificates(const Workshop& workshop, const RenderContext& context) {
  std::vector<Document> documents;
  for (const Participant& participant : workshop.participants) {
    Object::Ptr data = workshopData(workshop);
    setAt(*data, "participant.nom", participant.name);
    setAt(*data, "participant.prenom", participant.firstName);
    setAt(*data, "participant.fonction", participant.function);
    setAt(*data, "participant.ecole", participant.school);
    setAt(*data, "signataire.nom", workshop.signatory.name);
    setAt(*data, "signataire.qualite", workshop.signatory.function);
    std::string fileName = "attestation-" + participant.name;
    if (!participant.firstName.empty()) fileName += "-" + participant.firstName;
    documents.push_back(expanded(context, "attestation", *data, std::move(fileName)));
  }
  return documents;
}

Document slides(const Workshop& workshop, const RenderContext& context) {
  Object::Ptr data = workshopData(workshop);
  Array::Ptr items = new Array;
  for (std::size_t i = 0; i < workshop.items.size(); ++i) items->add(itemData(workshop, i));
  data->set("sequences", items);
  data->set("fin", clockTime(workshop.schedule.end()));
  return expanded(context, "diaporama", *data, "diaporama");
}

}  // namespace

std::vector<Document> kitDocuments(const Workshop& workshop, const RenderContext& context) {
  std::vector<Document> documents;
  documents.push_back(programme(workshop, context));
  documents.push_back(guide(workshop, context));
  documents.push_back(handout(workshop, context));
  documents.push_back(signInSheet(workshop, context));
  documents.push_back(evaluation(workshop, context));
  for (Document& certificate : certificates(workshop, context)) {
    documents.push_back(std::move(certificate));
  }
  documents.push_back(slides(workshop, context));
  return documents;
}

}  // namespace trousse::phare
