#include "template/LocalSalutation.hpp"

#include "template/FrenchGrammar.hpp"

namespace trousse::local {
namespace {

struct Civilities {
  int women = 0, men = 0;
  bool allKnown = true;
};

Civilities count(const std::vector<std::string>& civilities) {
  Civilities out;
  for (const std::string& civility : civilities) {
    if (civility == "Madame" || civility == "Mademoiselle") {
      ++out.women;
    } else if (civility == "Monsieur") {
      ++out.men;
    } else {
      out.allKnown = false;
    }
  }
  out.allKnown = out.allKnown && !civilities.empty();
  return out;
}

}  // namespace

std::string salutation(std::string_view language, const std::vector<std::string>& civilities) {
  const Civilities c = count(civilities);
  const bool oneWoman = c.allKnown && c.women == 1 && c.men == 0;
  const bool oneMan = c.allKnown && c.men == 1 && c.women == 0;
  if (language == "en") {
    if (oneWoman) return "Dear Madam";
    if (oneMan) return "Dear Sir";
    if (c.allKnown && c.men == 0) return "Dear Mesdames";
    if (c.allKnown && c.women == 0) return "Dear Sirs";
    return "Dear Madam, Dear Sir";
  }
  if (language == "ar") {
    // "Honoured guardian", agreed with the recipient; both parents: "honoured guardians".
    if (oneWoman) return "حضرة وليّة الأمر المحترمة";
    if (oneMan) return "حضرة وليّ الأمر المحترم";
    return "حضرات أولياء الأمور المحترمين";
  }
  // Schools in these languages write to "the parent" whoever reads: "Dear parent".
  if (language == "tr") return "Sayın Veli";
  if (language == "zh") return "尊敬的家长";
  if (language == "ta") return "மதிப்பிற்குரிய பெற்றோருக்கு";
  return french::salutation(civilities);
}

}  // namespace trousse::local
