#include "plugins/par/ParChecks.hpp"

#include <map>
#include <string>

namespace trousse::par {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

std::size_t characters(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string item(const std::string& list, std::size_t index) {
  return list + "." + std::to_string(index + 1);
}

class Problems {
 public:
  void add(std::string field, std::string message) {
    problems_.push_back({std::move(field), std::move(message)});
  }
  void throwIfAny() const {
    if (!problems_.empty()) throw InvalidData(problems_);
  }

 private:
  std::vector<DataProblem> problems_;
};

constexpr const char* kRequiredForProtocol = "obligatoire pour le protocole";

void checkConvocation(const ParData& par, Problems& problems) {
  if (par.responsibleAdults == 0) {
    problems.add("responsables",
                 "au moins un responsable légal est nécessaire pour la convocation");
  }
  if (!par.meetingSet) {
    problems.add("signature",
                 "la date, l'heure et le lieu de l'entretien de signature sont nécessaires pour "
                 "la convocation (signature.date, signature.heure, signature.lieu)");
  }
}

void checkParties(const ParData& par, Problems& problems) {
  if (par.parties.empty()) problems.add("parties", kRequiredForProtocol);
  std::map<std::string, std::size_t> ids;
  for (std::size_t i = 0; i < par.parties.size(); ++i) {
    const Party& party = par.parties[i];
    if (blank(party.id)) {
      problems.add(item("parties", i) + ".id",
                   "identifiant manquant : les engagements désignent "
                   "leur partie par cet identifiant");
    } else if (auto [at, inserted] = ids.emplace(party.id, i); !inserted) {
      problems.add(item("parties", i) + ".id",
                   "identifiant déjà utilisé par la partie " + std::to_string(at->second + 1));
    }
    if (party.signatories == 0) {
      problems.add(item("parties", i) + ".signataires",
                   "partie sans signataire : indiquez au moins une personne qui signe pour elle");
    }
  }
  if (par.commitments.empty()) problems.add("engagements", kRequiredForProtocol);
  for (std::size_t i = 0; i < par.commitments.size(); ++i) {
    const Commitment& commitment = par.commitments[i];
    if (blank(commitment.party)) {
      problems.add(item("engagements", i) + ".partie",
                   "engagement sans partie : indiquez l'identifiant de la partie qui s'engage");
    } else if (!ids.contains(commitment.party)) {
      problems.add(item("engagements", i) + ".partie",
                   "ne désigne aucune des parties (identifiants de parties.*.id)");
    }
  }
}

/// The milestones as given: each a school day after the signature, within the duration, in
/// order.
void checkGivenMilestones(const ParData& par, const SchoolCalendar& calendar,
                          const Schedule& schedule, Problems& problems) {
  std::optional<year_month_day> previous;
  for (std::size_t i = 0; i < par.milestones.size(); ++i) {
    const std::string field = item("jalons", i) + ".date";
    const auto& date = par.milestones[i];
    if (!date) {
      problems.add(field, "date manquante");
      continue;
    }
    if (sys_days(*date) <= sys_days(*par.signature)) {
      problems.add(field, "l'étape doit suivre la date de signature (signature.date)");
    } else if (sys_days(*date) > sys_days(schedule.end)) {
      problems.add(field, "l'étape tombe après la fin du protocole (signature.date + duree_mois)");
    } else if (!calendar.knows(*date)) {
      problems.add(field, calendar.whatIsMissing(*date));
    } else if (std::string why = whyNotSchoolDay(*date, calendar); !why.empty()) {
      problems.add(field, "l'étape tombe " + why + " : choisissez un jour de classe");
    }
    if (previous && sys_days(*date) <= sys_days(*previous)) {
      problems.add(field, "les étapes doivent se suivre dans l'ordre des dates");
    }
    previous = date;
  }
}

void checkReviews(const ParData& par, const Schedule& schedule, Problems& problems) {
  const std::size_t steps = schedule.milestones.size();
  for (std::size_t i = 0; i < par.reviews.size(); ++i) {
    const Review& review = par.reviews[i];
    if (!review.milestone) {
      problems.add(item("bilans", i) + ".etape", "numéro d'étape manquant ou non entier");
    } else if (*review.milestone < 1 || static_cast<std::size_t>(*review.milestone) > steps) {
      problems.add(item("bilans", i) + ".etape",
                   "cette étape n'existe pas : le calendrier de suivi compte " +
                       std::to_string(steps) + " étape" + (steps > 1 ? "s" : "") +
                       " avant le bilan final");
    }
    for (std::size_t j = 0; j < review.commitmentNumbers.size(); ++j) {
      const auto& number = review.commitmentNumbers[j];
      if (!number || *number < 1 || static_cast<std::size_t>(*number) > par.commitments.size()) {
        problems.add(item(item("bilans", i) + ".engagements", j) + ".numero",
                     "ne désigne aucun engagement : le protocole en compte " +
                         std::to_string(par.commitments.size()) + " (numérotés à partir de 1)");
      }
    }
  }
}

}  // namespace

Schedule checkPar(const ParData& par, const Needs& needs, const SchoolCalendar& calendar) {
  Problems problems;
  Schedule schedule;
  if (needs.convocation) checkConvocation(par, problems);
  if (needs.protocol || needs.stepReviews || needs.finalReview) {
    if (!par.signature) problems.add("signature.date", kRequiredForProtocol);
    const bool durationOk = par.durationMonths && *par.durationMonths >= 1 &&
                            *par.durationMonths <= 12 &&
                            *par.durationMonths == static_cast<int>(*par.durationMonths);
    if (!par.durationMonths) {
      problems.add("duree_mois", kRequiredForProtocol);
    } else if (!durationOk) {
      problems.add("duree_mois", "durée en mois entiers, de 1 à 12");
    }
    const std::optional<Rhythm> rhythm = parseRhythm(par.rhythm);
    if (par.milestones.empty() && !rhythm) {
      problems.add("rythme", "sans étapes données (jalons), le rythme des bilans est obligatoire");
    }
    if (blank(par.situation)) {
      problems.add("situation", kRequiredForProtocol);
    } else if (const std::size_t length = characters(par.situation);
               length > kSituationMaxCharacters) {
      problems.add("situation",
                   "texte trop long : " + std::to_string(length) + " caractères, au plus " +
                       std::to_string(kSituationMaxCharacters) + " ; résumez les faits");
    }
    if (par.objectives == 0) problems.add("objectifs", kRequiredForProtocol);
    checkParties(par, problems);

    if (par.signature && durationOk) {
      const int months = static_cast<int>(*par.durationMonths);
      if (calendar.zone().empty()) {
        problems.add("etablissement.zone", calendar.whatIsMissing(*par.signature));
      } else if (par.milestones.empty() && rhythm) {
        const FollowUp followUp = computeFollowUp(*par.signature, months, *rhythm, calendar);
        if (followUp.unknownDate) {
          problems.add("signature.date", "calendrier de suivi impossible à calculer : " +
                                             calendar.whatIsMissing(*followUp.unknownDate));
        } else {
          schedule = {followUp.milestones, followUp.end, followUp.finalReview, true};
        }
      } else if (!par.milestones.empty()) {
        const FollowUp bounds = computeFollowUp(*par.signature, months, Rhythm{0, 12}, calendar);
        schedule.end = bounds.end;
        schedule.finalReview = bounds.finalReview;
        if (bounds.unknownDate) {
          problems.add("duree_mois", "fin du protocole hors du calendrier connu : " +
                                         calendar.whatIsMissing(*bounds.unknownDate));
        }
        checkGivenMilestones(par, calendar, schedule, problems);
        for (const auto& date : par.milestones) {
          if (date) schedule.milestones.push_back(*date);
        }
        if (!schedule.milestones.empty() && !bounds.unknownDate &&
            sys_days(schedule.milestones.back()) >= sys_days(schedule.finalReview)) {
          problems.add(item("jalons", par.milestones.size() - 1) + ".date",
                       "la dernière étape doit précéder le bilan final (dernier jour de classe "
                       "de la durée)");
        }
      }
    }
    // Reviews are checked against the calendar: not when it could not be made.
    if (schedule.end.ok()) checkReviews(par, schedule, problems);
    if (needs.stepReviews && par.reviews.empty()) {
      problems.add("bilans", "aucun bilan d'étape : ajoutez le bilan de l'étape à imprimer");
    }
    if (needs.finalReview && !par.finalReview) {
      problems.add("bilan_final.date", "obligatoire pour le bilan final");
    }
  }
  problems.throwIfAny();
  return schedule;
}

}  // namespace trousse::par
