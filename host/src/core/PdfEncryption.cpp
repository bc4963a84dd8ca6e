#include "core/PdfEncryption.hpp"

#include "common/Errors.hpp"

#include "core/InstallLayout.hpp"

#include <boost/dll/shared_library.hpp>

#include <fstream>
#include <memory>
#include <mutex>

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

namespace {

using EncryptFunction = bool(const std::string&, const std::string&, std::string&, std::string&);

/// The encryption module, loaded once, on first use, and kept for the life of the process.
EncryptFunction& encryptionModule() {
  static std::once_flag loaded;
  static std::shared_ptr<boost::dll::shared_library> library;  // written once, under the flag
  static EncryptFunction* encrypt = nullptr;
  std::call_once(loaded, [] {
    const std::filesystem::path file = InstallLayout::ofRunningProgram().encryptionModule();
    auto candidate = std::make_shared<boost::dll::shared_library>();
    boost::dll::fs::error_code error;
    candidate->load(file.string(), boost::dll::load_mode::rtld_lazy, error);
    if (error || !candidate->has("trousse_encrypt_pdf")) return;
    encrypt = &candidate->get_alias<EncryptFunction>("trousse_encrypt_pdf");
    library = std::move(candidate);
  });
  if (encrypt == nullptr) {
    throw IoError("module de chiffrement introuvable ou illisible : " +
                  InstallLayout::ofRunningProgram().encryptionModule().string());
  }
  return *encrypt;
}

}  // namespace

std::string encryptPdf(std::string_view pdf, const std::string& password) {
  std::string out, error;
  if (!encryptionModule()(std::string(pdf), password, out, error)) {
    throw IoError("chiffrement du PDF impossible : " + error);
  }
  return out;
}

}  // namespace trousse
