#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace trousse {

/// The password of `--mot-de-passe-fichier`: the first line of the file, without its line end.
/// Throws IoError when the file cannot be read, UsageError when the line is empty or has
/// characters a PDF reader may not let the user type (control characters).
std::string readPasswordFile(const std::filesystem::path& file);

/// The PDF `pdf`, encrypted with AES-256 (PDF 2.0 security handler, revision 6) through qpdf:
/// opening it asks for `password`; once opened, every use is allowed. Throws IoError when
/// qpdf cannot read the PDF.
std::string encryptPdf(std::string_view pdf, const std::string& password);

}  // namespace trousse
