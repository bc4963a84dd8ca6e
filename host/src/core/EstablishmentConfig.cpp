#include "core/EstablishmentConfig.hpp"

#include <sstream>

namespace trousse {
namespace {

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

Establishment readEstablishment(const Poco::Util::AbstractConfiguration& config) {
  auto get = [&](const std::string& key) { return config.getString("etablissement." + key, ""); };
  Establishment e;
  e.name = get("nom");
  e.addressLines = splitLines(get("adresse"));
  e.phone = get("telephone");
  e.email = get("courriel");
  e.city = get("ville");
  e.signatoryName = get("signataire.nom");
  e.signatoryTitle = get("signataire.qualite");
  e.logoPath = get("logo");
  e.signatureImage = get("signature");
  e.stampImage = get("cachet");
  e.qrAddress = get("site");
  e.zone = get("zone");
  return e;
}

}  // namespace trousse
