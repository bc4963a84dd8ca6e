#include "template/Languages.hpp"

namespace trousse::languages {

const std::vector<Language>& all() {
  // The headings say "Translation — only the French version is authoritative" in each
  // language, as the closing words of a school's own translated letters do.
  static const std::vector<Language> kLanguages = {
      {"en", "anglais", "Translation — only the French version is authoritative", "Subject:"},
      {"ar", "arabe", "ترجمة — النص الفرنسي وحده هو المعتمد", "الموضوع:", false},
      {"zh", "chinois simplifié", "译文——仅以法文版本为准", "事由："},
      {"ta", "tamoul", "மொழிபெயர்ப்பு — பிரெஞ்சு மொழிப் பதிப்பு மட்டுமே அதிகாரப்பூர்வமானது",
       "பொருள்:", false},
      {"tr", "turc", "Çeviri — yalnızca Fransızca metin geçerlidir", "Konu:"},
  };
  return kLanguages;
}

const Language* find(std::string_view code) {
  for (const Language& language : all()) {
    if (language.code == code) return &language;
  }
  return nullptr;
}

std::string describe(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& code : codes) {
    out += (out.empty() ? "" : ", ") + code;
    if (const Language* language = find(code))
      out += " (" + std::string(language->frenchName) + ")";
  }
  return out;
}

}  // namespace trousse::languages
