#include "core/PdfEncryption.hpp"

#include "common/Errors.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <fstream>
#include <memory>

namespace trousse {

std::string readPasswordFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw IoError("impossible de lire le fichier du mot de passe : " + file.string());
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty()) {
    throw UsageError(
        "le fichier du mot de passe est vide (le mot de passe est sa première ligne) : " +
        file.string());
  }
  for (unsigned char c : line) {
    if (c < 0x20 || c == 0x7f) {
      throw UsageError("le mot de passe contient un caractère de contrôle (" + file.string() + ")");
    }
  }
  return line;
}

std::string encryptPdf(std::string_view pdf, const std::string& password) {
  try {
    // Both objects own what they allocate (RAII); the input buffer is only read during write().
    QPDF input;
    input.setSuppressWarnings(true);
    input.processMemoryFile("document", pdf.data(), pdf.size());
    QPDFWriter writer(input);
    writer.setOutputMemory();
    writer.setR6EncryptionParameters(password.c_str(), password.c_str(),
                                     /*allow_accessibility=*/true, /*allow_extract=*/true,
                                     /*allow_assemble=*/true, /*allow_annotate_and_form=*/true,
                                     /*allow_form_filling=*/true, /*allow_modify_other=*/true,
                                     qpdf_r3p_full, /*encrypt_metadata_aes=*/true);
    writer.write();
    const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(out->getBuffer()), out->getSize());
  } catch (const std::exception& e) {
    throw IoError(std::string("chiffrement du PDF impossible : ") + e.what());
  }
}

}  // namespace trousse
