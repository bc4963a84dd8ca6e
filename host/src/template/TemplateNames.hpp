#pragma once

#include "template/FieldSchema.hpp"

#include <string>
#include <string_view>
#include <vector>

/// Names that every template may use besides its own fields, shared by the placeholder check
/// and the expander so that what is accepted at load time is what is filled at expansion.
namespace trousse::template_names {

inline constexpr std::string_view kToday = "aujourdhui";  ///< "23 novembre 2026"
inline constexpr std::string_view kEstablishment = "etablissement";

// Helpers, used as sections: {{#date_longue}}{{rdv.date}}{{/date_longue}}.
inline constexpr std::string_view kLongDate = "date_longue";  ///< "mardi 1er décembre 2026"
inline constexpr std::string_view kDate = "date";             ///< "1er décembre 2026"
inline constexpr std::string_view kTime = "heure";            ///< "17 h 30"
inline constexpr std::string_view kUpper = "majuscules";      ///< "N'DIAYE"
// French agreement (FrenchGrammar.hpp): {{#de}}{{eleve.prenom}}{{/de}} → "d’Aïcha".
inline constexpr std::string_view kDe = "de";           ///< "d’Aïcha", "du Havre"
inline constexpr std::string_view kA = "au";            ///< "au Havre", "à Paul"
inline constexpr std::string_view kQue = "que";         ///< "qu’il", "que Paul"
inline constexpr std::string_view kGender = "accord";   ///< {{eleve.sexe}}|fils|fille[|enfant]
inline constexpr std::string_view kPlural = "pluriel";  ///< count|Sera présent|Seront présents
/// A choice's French value said in a translation's language: {{moment}}|matin=morning|…
inline constexpr std::string_view kTranslate = "traduire";

/// "Madame", "Monsieur", "Madame, Monsieur"…: the salutation of a letter from the civilities
/// of its recipients (`letter.recipients`); "Madame, Monsieur" in other documents.
inline constexpr std::string_view kSalutation = "formule_appel";

/// The field that asks for a translation after the French letter: a `choice` of ISO 639-1
/// codes, one per translation file `<kind>.<code>.md`.
inline constexpr std::string_view kLanguage = "langue";

bool isHelper(std::string_view name);

/// etablissement.nom, etablissement.adresse, …, aujourdhui: declared as fields so that
/// placeholders naming them resolve like any other.
const std::vector<Field>& builtinFields();

/// A top-level field may not be named after a builtin or a helper (its first part is checked).
bool isReservedTopLevelName(std::string_view firstPart);
/// An item field may shadow a helper (an item's "date" is natural) but not a builtin.
bool isReservedItemName(std::string_view firstPart);

}  // namespace trousse::template_names
