#pragma once

#include <string>
#include <string_view>
#include <vector>

/// French agreement with the data: elision, contraction, gender, number and the salutation of
/// a letter. Pure functions over plain UTF-8 text; the template helpers wrap them.
namespace trousse::french {

/// The typographic apostrophe (U+2019), as French running text uses it.
inline constexpr std::string_view kApostrophe = "\u2019";

/// Whether "de", "que", "le"… elide before `word`: it starts with a vowel (accented ones and
/// other Latin scripts' included: "Aïcha", "Élodie", "İbrahim", "Œdipe"), with a mute h ("Hugo",
/// "Hélène", "heure"; not the aspirated h of "harcèlement", "hasard", "haut", "Havre"…), or
/// with a Y before a consonant ("Yves", not "Yasmine").
bool elides(std::string_view word);

/// "de" before `text`, elided or contracted: "d'Aïcha", "de Paul", "du Havre" ("de Le Havre"),
/// "des Lilas" ("de Les Lilas"), "de la Réunion". The apostrophe is `apostrophe`.
std::string withDe(std::string_view text, std::string_view apostrophe = kApostrophe);
/// "à" before `text`: "à Aïcha", "au Havre" ("à Le Havre"), "aux Lilas" ("à Les Lilas").
std::string withA(std::string_view text);
/// "que" before `text`: "qu'il", "qu'elle", "qu'Aïcha", "que Paul".
std::string withQue(std::string_view text, std::string_view apostrophe = kApostrophe);

/// The form matching a gender given as SIECLE and ONDE export it ("F" or "M", in any case;
/// "féminin", "masculin" too): `feminine`, `masculine`, or for an unknown gender the neutral
/// form: `neutral` when given, else "inscrit(e)" when the feminine adds letters to the
/// masculine, else "il ou elle".
std::string byGender(std::string_view gender, std::string_view masculine, std::string_view feminine,
                     std::string_view neutral = {});
/// Whether the gender text is one byGender understands.
bool knownGender(std::string_view gender);

/// Whether a count calls for the plural: `count` is a number ("3") or a run of the same mark
/// written once per element of a list ("111"); 2 or more is plural, 0 and 1 are singular.
bool isPlural(std::string_view count);

/// The salutation from the civilities of the recipients of one letter, without its comma:
/// "Madame", "Monsieur", "Madame, Monsieur", "Mesdames", "Messieurs"; "Madame, Monsieur"
/// when none is known. French administrative usage never names the person in it.
std::string salutation(const std::vector<std::string>& civilities);

/// Straight apostrophes (U+0027) as typographic ones (U+2019), for running text.
std::string typographicApostrophes(std::string_view text);

}  // namespace trousse::french
