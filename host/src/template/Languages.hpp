#pragma once

#include <string>
#include <string_view>
#include <vector>

/// The languages a letter may be translated into: what the host knows of each, so that a
/// translation's page says in its language that it is one.
namespace trousse::languages {

struct Language {
  std::string_view code;          ///< ISO 639-1: "en"
  std::string_view frenchName;    ///< for messages and `trousse kinds`: "anglais"
  std::string_view notice;        ///< "Translation — only the French version is authoritative"
  std::string_view subjectLabel;  ///< "Subject:"
  /// Whether the PDF engine prints its script correctly today. Arabic needs shaping and
  /// right-to-left order, Tamil shaping and a font (issue #13): their letters are refused
  /// rather than sent to a family unreadable.
  bool printable = true;
};

/// The language of `code`, or nullptr when the host has no formats for it.
const Language* find(std::string_view code);
/// Every language the host can format, in the order they are listed to users.
const std::vector<Language>& all();
/// "en (anglais), tr (turc)": codes with their French names, for messages and listings.
std::string describe(const std::vector<std::string>& codes);

}  // namespace trousse::languages
