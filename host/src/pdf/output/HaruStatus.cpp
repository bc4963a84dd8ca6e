#include "pdf/output/HaruStatus.hpp"

#include <cstdio>

namespace trousse::pdf {

std::string HaruStatus::describe() const {
  char text[64];
  std::snprintf(text, sizeof text, "erreur 0x%04X, détail %u", static_cast<unsigned>(code),
                static_cast<unsigned>(detail));
  return text;
}

void HPDF_STDCALL recordHaruError(HPDF_STATUS code, HPDF_STATUS detail, void* userData) {
  auto* status = static_cast<HaruStatus*>(userData);
  if (!status->failed()) {
    status->code = code;
    status->detail = detail;
  }
}

}  // namespace trousse::pdf
