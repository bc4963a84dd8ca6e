#include "plugins/phare/Workshop.hpp"

#include "plugins/phare/FrenchText.hpp"
#include "plugins/phare/JsonValues.hpp"
#include "plugins/phare/PracticeLookup.hpp"

#include <algorithm>

namespace trousse::phare {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

class WorkshopReader {
 public:
  WorkshopReader(const Poco::JSON::Object& data, const RenderContext& context)
      : data_(data), context_(context) {}

  Workshop read() {
    workshop_.title = textAt(data_, "titre");
    workshop_.theme = textAt(data_, "theme");
    workshop_.date = textAt(data_, "date_atelier");
    workshop_.place = textAt(data_, "lieu");
    workshop_.organiser = textAt(data_, "circonscription_ou_ecole");
    for (const auto& trainer : objectsAt(data_, "formateurs")) {
      workshop_.trainers.push_back({textAt(*trainer, "nom"), textAt(*trainer, "fonction")});
    }
    workshop_.audiences = textsAt(data_, "public");
    workshop_.signatory = {textAt(data_, "signataire.nom"), textAt(data_, "signataire.qualite")};
    workshop_.fullDay = flagAt(data_, "journee_complete");
    readItems();
    readParticipants();
    checkTimes();
    warnOfThePast();
    if (!problems_.empty()) throw InvalidData(problems_);
    return std::move(workshop_);
  }

 private:
  void readItems() {
    const auto items = objectsAt(data_, "items");
    std::vector<int> durations;
    for (std::size_t index = 0; index < items.size(); ++index) {
      const Poco::JSON::Object& item = *items[index];
      const std::string path = "items." + std::to_string(index + 1);
      WorkshopItem read;
      const std::string type = textAt(item, "type");
      const std::optional<int> minutes = minutesOf(item, path);
      if (type == "pratique") {
        read.type = WorkshopItem::Type::Practice;
        const std::string id = textAt(item, "pratique");
        if (id.empty()) {
          problems_.push_back({path + ".pratique",
                               "identifiant de pratique manquant pour une séquence de type "
                               "« pratique »"});
        } else {
          read.practice = publishedPractice(context_.catalog(), id, path + ".pratique", problems_);
        }
        read.title = read.practice ? read.practice->title : id;
        read.minutes = minutes.value_or(read.practice ? read.practice->durationMinutes : 0);
      } else if (type == "pause") {
        read.type = WorkshopItem::Type::Break;
        read.title = textAt(item, "titre");
        if (read.title.empty()) read.title = "Pause";
        read.minutes = required(minutes, path, "une pause");
      } else {
        read.type = WorkshopItem::Type::Free;
        read.title = textAt(item, "titre");
        read.description = textAt(item, "description");
        if (read.title.empty()) {
          problems_.push_back(
              {path + ".titre", "titre manquant pour une séquence de type « libre »"});
        }
        read.minutes = required(minutes, path, "une séquence de type « libre »");
      }
      if (read.title.empty()) read.title = "séquence " + std::to_string(index + 1);
      durations.push_back(read.minutes);
      workshop_.items.push_back(std::move(read));
    }
    const std::optional<int> start = parseClock(textAt(data_, "heure_debut"));
    workshop_.schedule = scheduleOf(start.value_or(0), durations);
    workshop_.announcedEnd = parseClock(textAt(data_, "heure_fin_annoncee"));
  }

  /// The item's own duration, when it gives a valid one.
  std::optional<int> minutesOf(const Poco::JSON::Object& item, const std::string& path) {
    if (valueAt(item, "duree").isEmpty()) return std::nullopt;
    if (const auto text = valueAt(item, "duree");
        text.isString() && textAt(item, "duree").empty()) {
      return std::nullopt;
    }
    const std::optional<long> minutes = wholeNumberAt(item, "duree");
    if (!minutes || *minutes <= 0 || *minutes > kMinutesPerDay) {
      problems_.push_back(
          {path + ".duree",
           "durée invalide : un nombre entier de minutes, de 1 à 1440, est attendu"});
      return std::nullopt;
    }
    return static_cast<int>(*minutes);
  }

  int required(const std::optional<int>& minutes, const std::string& path,
               const std::string& what) {
    if (!minutes && !hasProblemAt(path + ".duree")) {
      problems_.push_back({path + ".duree", "durée en minutes manquante pour " + what});
    }
    return minutes.value_or(0);
  }

  bool hasProblemAt(const std::string& field) const {
    return std::any_of(problems_.begin(), problems_.end(),
                       [&](const DataProblem& problem) { return problem.field == field; });
  }

  void readParticipants() {
    for (const auto& person : objectsAt(data_, "participants")) {
      workshop_.participants.push_back({textAt(*person, "nom"), textAt(*person, "prenom"),
                                        textAt(*person, "fonction"), textAt(*person, "ecole")});
    }
    std::stable_sort(workshop_.participants.begin(), workshop_.participants.end(),
                     [](const Participant& a, const Participant& b) {
                       return frenchNameLess(a.name, a.firstName, b.name, b.firstName);
                     });
    if (workshop_.participants.empty()) {
      context_.warn("participants",
                    "aucun participant : la feuille d'émargement n'a que des lignes vierges et "
                    "aucune attestation de présence n'est produite");
    }
  }

  void checkTimes() {
    const Schedule& schedule = workshop_.schedule;
    if (const auto& announced = workshop_.announcedEnd) {
      if (*announced <= schedule.start) {
        problems_.push_back({"heure_fin_annoncee", "la fin annoncée (" + clockTime(*announced) +
                                                       ") ne vient pas après le début (" +
                                                       clockTime(schedule.start) + ")"});
      } else {
        for (std::size_t i = 0; i < schedule.slots.size(); ++i) {
          const int late = schedule.slots[i].end - *announced;
          if (late <= 0) continue;
          problems_.push_back({"items." + std::to_string(i + 1),
                               "la séquence « " + workshop_.items[i].title + " » finit à " +
                                   clockTime(schedule.slots[i].end % kMinutesPerDay) + ", " +
                                   minutesInWords(late) + " après la fin annoncée (" +
                                   clockTime(*announced) +
                                   ") : raccourcissez ou retirez des séquences"});
        }
      }
    }
    if (schedule.end() > kMinutesPerDay) {
      problems_.push_back({"items", "le programme finit après minuit (" +
                                        duration(schedule.totalMinutes()) + " à partir de " +
                                        clockTime(schedule.start) + ")"});
    }
  }

  void warnOfThePast() {
    const auto date = isoDate(workshop_.date);
    if (date && *date < context_.today()) {
      context_.warn("date_atelier", "l'atelier est daté du " + frenchDate(*date) +
                                        ", avant aujourd'hui (" + frenchDate(context_.today()) +
                                        ") : vérifiez la date");
    }
  }

  const Poco::JSON::Object& data_;
  const RenderContext& context_;
  Workshop workshop_;
  std::vector<DataProblem> problems_;
};

}  // namespace

Workshop readWorkshop(const Poco::JSON::Object& data, const RenderContext& context) {
  return WorkshopReader(data, context).read();
}

}  // namespace trousse::phare
