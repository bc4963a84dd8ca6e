#include "template/FrenchGrammar.hpp"

#include "common/Utf8.hpp"

#include <Poco/Unicode.h>

#include <optional>

namespace trousse::french {
namespace {

char32_t lower(char32_t cp) {
  return static_cast<char32_t>(Poco::Unicode::toLower(static_cast<int>(cp)));
}

/// A vowel of French or of the Latin scripts names come in (accents, Vietnamese, Turkish).
bool isVowel(char32_t cp) {
  cp = lower(cp);
  if (std::u32string_view(U"aeiouàâäáãåæèéêëìíîïıİòóôöõøœùúûüūāēīōőűũųąęǎǐǒǔơư").find(cp) !=
      std::u32string_view::npos) {
    return true;
  }
  return cp >= 0x1EA0 && cp <= 0x1EF1;  // Vietnamese vowels with two marks (Ắ … ự)
}

bool isLetter(char32_t cp) { return Poco::Unicode::isAlpha(static_cast<int>(cp)); }

/// Words whose initial h is aspirated: no elision ("de harcèlement", "du Havre"). Prefixes of
/// the lowercase word.
constexpr std::u32string_view kAspiratedH[] = {
    U"hache",  U"haie",  U"haine",    U"hall",     U"halte",  U"hamac",    U"hameau",
    U"hanche", U"handi", U"hangar",   U"hant",     U"harcel", U"harcèl",   U"hardi",
    U"hareng", U"hargn", U"haricot",  U"harpe",    U"hasard", U"hâte",     U"hausse",
    U"haut",   U"havre", U"hennir",   U"hérisson", U"hernie", U"héros",    U"hêtre",
    U"heurt",  U"hibou", U"hiérarch", U"hocher",   U"hockey", U"hollande", U"homard",
    U"hongr",  U"honte", U"hoquet",   U"hors",     U"hotte",  U"houle",    U"housse",
    U"hublot", U"huée",  U"huit",     U"hurl",     U"hutte",  U"hyène",    U"hall"};

std::u32string lowered(const std::vector<char32_t>& cps) {
  std::u32string out;
  for (char32_t cp : cps) out += lower(cp);
  return out;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

/// Whether `text` opens with the article `article` ("le", "les"), capitalised or not, and a space.
bool startsWithArticle(std::string_view text, std::string_view article) {
  if (text.size() <= article.size() + 1) return false;
  const char first = text[0];
  if (first != article[0] && first != static_cast<char>(article[0] - 'a' + 'A')) return false;
  return text.substr(1, article.size() - 1) == article.substr(1) && text[article.size()] == ' ';
}

/// "Le Havre" → {"du", "Havre"} for `de`; nothing when the text opens with no article.
std::optional<std::string> contracted(std::string_view text, std::string_view singular,
                                      std::string_view plural) {
  if (startsWithArticle(text, "les"))
    return std::string(plural) + " " + std::string(text.substr(4));
  if (startsWithArticle(text, "le"))
    return std::string(singular) + " " + std::string(text.substr(3));
  return std::nullopt;
}

std::string folded(std::string_view text) {
  std::string out;
  for (char c : trimmed(text)) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

}  // namespace

bool elides(std::string_view word) {
  word = trimmed(word);
  const auto decoded = utf8::decode(word);
  if (!decoded || decoded->empty()) return false;
  const std::vector<char32_t>& cps = *decoded;
  const char32_t first = lower(cps.front());
  if (isVowel(first)) return true;
  if (first == U'y') {
    // "Yves", "Ysé": the y is a vowel; "Yasmine", "Yann", "yaourt": a consonant.
    return cps.size() > 1 && isLetter(cps[1]) && !isVowel(cps[1]);
  }
  if (first == U'h') {
    const std::u32string lower = lowered(cps);
    for (std::u32string_view aspirated : kAspiratedH) {
      if (lower.starts_with(aspirated)) return false;
    }
    return cps.size() > 1 && isLetter(cps[1]);
  }
  return false;
}

std::string withDe(std::string_view text, std::string_view apostrophe) {
  text = trimmed(text);
  if (text.empty()) return "de";
  if (auto article = contracted(text, "du", "des")) return *article;
  if (elides(text)) return "d" + std::string(apostrophe) + std::string(text);
  return "de " + std::string(text);
}

std::string withA(std::string_view text) {
  text = trimmed(text);
  if (text.empty()) return "à";
  if (auto article = contracted(text, "au", "aux")) return *article;
  return "à " + std::string(text);
}

std::string withQue(std::string_view text, std::string_view apostrophe) {
  text = trimmed(text);
  if (text.empty()) return "que";
  if (elides(text)) return "qu" + std::string(apostrophe) + std::string(text);
  return "que " + std::string(text);
}

bool knownGender(std::string_view gender) {
  const std::string g = folded(gender);
  return g == "f" || g == "m" || g == "féminin" || g == "masculin" || g == "feminin";
}

std::string byGender(std::string_view gender, std::string_view masculine, std::string_view feminine,
                     std::string_view neutral) {
  const std::string g = folded(gender);
  if (g == "f" || g == "féminin" || g == "feminin") return std::string(feminine);
  if (g == "m" || g == "masculin") return std::string(masculine);
  if (!neutral.empty()) return std::string(neutral);
  if (feminine.size() > masculine.size() && feminine.starts_with(masculine)) {
    return std::string(masculine) + "(" + std::string(feminine.substr(masculine.size())) + ")";
  }
  return std::string(masculine) + " ou " + std::string(feminine);
}

bool isPlural(std::string_view count) {
  count = trimmed(count);
  if (!count.empty() && count.find_first_not_of("0123456789") == std::string_view::npos) {
    // "11", written once per element of two, reads as 11: plural either way.
    const std::size_t significant = count.find_first_not_of('0');
    if (significant == std::string_view::npos) return false;  // zero
    return count.size() - significant > 1 || count.back() >= '2';
  }
  const auto decoded = utf8::decode(count);
  return decoded && decoded->size() >= 2;
}

std::string salutation(const std::vector<std::string>& civilities) {
  int women = 0, men = 0;
  for (const std::string& civility : civilities) {
    const std::string c = folded(civility);
    if (c == "madame" || c == "mademoiselle" || c == "mme") ++women;
    if (c == "monsieur" || c == "m." || c == "m") ++men;
  }
  if (women + men != static_cast<int>(civilities.size()) || civilities.empty()) {
    return "Madame, Monsieur";
  }
  if (men == 0) return women == 1 ? "Madame" : "Mesdames";
  if (women == 0) return men == 1 ? "Monsieur" : "Messieurs";
  if (women == 1 && men == 1) return "Madame, Monsieur";
  return "Mesdames, Messieurs";
}

std::string typographicApostrophes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\'') {
      out += kApostrophe;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace trousse::french
