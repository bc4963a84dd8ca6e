// A letter's translations: read with the French template's fields, and kept in step with its
// `langue` field.
#include "core/TemplateStore.hpp"

#include "common/Errors.hpp"
#include "support/Process.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse::test {
namespace {

using ::testing::HasSubstr;

const std::string kFrench = R"(---
title: Convocation
layout: letter
fields:
  - name: eleve.nom
    label: Nom
    type: text
    required: true
  - name: langue
    label: Langue
    type: choice
    choices: [en]
letter:
  subject: "Convocation de {{eleve.nom}}"
---
Madame, Monsieur, {{eleve.nom}}.
)";

const std::string kEnglish = R"(---
title: Invitation
letter:
  subject: "Invitation about {{eleve.nom}}"
---
Dear Madam, Dear Sir, {{eleve.nom}}.
)";

class TemplateTranslations : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::string& name, const std::string& content) {
    const std::filesystem::path file = dir_.path() / "letters" / name;
    std::filesystem::create_directories(file.parent_path());
    writeFile(file, content);
    return file;
  }
  /// The message of the TemplateError that getting `language` (or the French, if empty) throws.
  std::string errorOf(const std::string& language) {
    try {
      if (language.empty()) {
        store_.get(dir_.path() / "letters" / "convocation.md");
      } else {
        store_.translation(dir_.path() / "letters" / "convocation.md", language);
      }
    } catch (const TemplateError& error) {
      return error.what();
    }
    ADD_FAILURE() << "no TemplateError";
    return {};
  }

  TempDir dir_;
  TemplateStore store_{std::chrono::milliseconds(0)};
};

TEST_F(TemplateTranslations, ATranslationHasTheFrenchFieldsAndItsOwnTexts) {
  const auto french = write("convocation.md", kFrench);
  write("convocation.en.md", kEnglish);
  const auto english = store_.translation(french, "en");
  EXPECT_EQ(english->language, "en");
  EXPECT_EQ(english->title, "Invitation");
  EXPECT_EQ(english->layout, "letter");
  EXPECT_EQ(english->letter.subject, "Invitation about {{eleve.nom}}");
  ASSERT_EQ(english->schema.fields().size(), 2u);
  EXPECT_EQ(english->schema.fields().front().name, "eleve.nom");
}

TEST_F(TemplateTranslations, ATranslationMayNotDeclareFields) {
  write("convocation.md", kFrench);
  write("convocation.en.md", "---\nfields:\n  - name: autre\n    type: text\n---\nHello\n");
  const std::string message = errorOf("en");
  EXPECT_THAT(message, HasSubstr("convocation.en.md:3"));
  EXPECT_THAT(message, HasSubstr("« fields » n'a pas sa place dans une traduction"));
}

TEST_F(TemplateTranslations, ATranslationUsesOnlyTheFrenchFields) {
  write("convocation.md", kFrench);
  write("convocation.en.md", "---\ntitle: Invitation\n---\nDear {{eleve.prenom}}\n");
  const std::string message = errorOf("en");
  EXPECT_THAT(message, HasSubstr("convocation.en.md:4"));
  EXPECT_THAT(message, HasSubstr("eleve.prenom"));
}

TEST_F(TemplateTranslations, AFieldAddedInFrenchReachesTheTranslation) {
  const auto french = write("convocation.md", kFrench);
  write("convocation.en.md", "---\ntitle: Invitation\n---\nDear {{eleve.prenom}}\n");
  EXPECT_THAT(errorOf("en"), HasSubstr("eleve.prenom"));
  std::string withFirstName = kFrench;
  withFirstName.replace(withFirstName.find("  - name: langue"), 0,
                        "  - name: eleve.prenom\n    label: Prénom\n    type: text\n");
  write("convocation.md", withFirstName);
  EXPECT_EQ(store_.translation(french, "en")->schema.fields().size(), 3u);
}

TEST_F(TemplateTranslations, EveryChoiceHasItsFileAndEveryFileItsChoice) {
  write("convocation.md", kFrench);
  EXPECT_THAT(errorOf(""), HasSubstr("convocation.en.md » est introuvable"));
  write("convocation.en.md", kEnglish);
  write("convocation.tr.md", kEnglish);
  EXPECT_THAT(errorOf(""), HasSubstr("convocation.tr.md » n'est pas parmi les choix"));
}

TEST_F(TemplateTranslations, ALanguageTheHostCannotFormatIsRefused) {
  std::string german = kFrench;
  german.replace(german.find("[en]"), 4, "[de]");
  write("convocation.md", german);
  write("convocation.de.md", kEnglish);
  const std::string message = errorOf("");
  EXPECT_THAT(message, HasSubstr("langue « de » inconnue"));
  EXPECT_THAT(message, HasSubstr("en (anglais), ar (arabe), zh (chinois simplifié), ta (tamoul)"));
}

TEST_F(TemplateTranslations, TranslationsNeedTheLanguageField) {
  std::string noField = kFrench;
  noField.erase(noField.find("  - name: langue"),
                noField.find("letter:") - noField.find("  - name: langue"));
  write("convocation.md", noField);
  write("convocation.en.md", kEnglish);
  EXPECT_THAT(errorOf(""), HasSubstr("ne déclare pas le champ « langue »"));
}

}  // namespace
}  // namespace trousse::test
