#pragma once

#include "plugins/letters/DateChecks.hpp"

#include <Poco/JSON/Object.h>

namespace trousse::letters {

/// Code de l'éducation, L. 131-8: four unjustified half-days in a month oblige the head of
/// school to inform the DASEN.
inline constexpr int kHalfDaysThreshold = 4;

/// Reads the `absences` of an absence letter (a date and "matin", "après-midi" or "journée
/// entière"), checks each day against the letter and the calendar, and returns a copy of
/// `data` with what the letter must say computed from the dates: `demi_journees` (a whole day
/// counts two) and `seuil_atteint` (four or more in one calendar month). A count typed in the
/// data that disagrees with the dates is an error; a typed threshold that disagrees, a warning.
Poco::JSON::Object::Ptr countAbsences(const Poco::JSON::Object& data, DateChecks& checks,
                                      const RenderContext& context);

}  // namespace trousse::letters
