#pragma once

#include "template/Template.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

/// Where a template's translations live (`<kind>.<code>.md` beside `<kind>.md`) and how its
/// `langue` field must list them.
namespace trousse::translations {

/// `convocation.md`, "en" → `convocation.en.md` in the same folder.
std::filesystem::path fileFor(const std::filesystem::path& original, std::string_view language);
/// The codes of the translation files beside `original`, sorted.
std::vector<std::string> filesBeside(const std::filesystem::path& original);
/// The codes the template's `langue` field offers, in its order; empty when it has none.
std::vector<std::string> declaredLanguages(const Template& original);
/// A `langue` field must be an optional `choice` of languages the host formats, each with its
/// file, and every translation file must be one of its choices: TemplateError otherwise,
/// naming the file.
void check(const Template& original);

}  // namespace trousse::translations
