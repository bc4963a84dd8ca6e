#pragma once

#include <hpdf.h>

#include <string>

namespace trousse::pdf {

/// The first error libharu reported. libharu calls its error handler from inside C code, where
/// an exception must not pass; the handler records the error here, and C++ code checks it
/// after the calls that may fail.
struct HaruStatus {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;

  bool failed() const { return code != HPDF_OK; }
  /// "erreur 0x1017, détail 0", for messages.
  std::string describe() const;
};

/// The handler given to HPDF_New; `userData` is the HaruStatus to fill.
void HPDF_STDCALL recordHaruError(HPDF_STATUS code, HPDF_STATUS detail, void* userData);

}  // namespace trousse::pdf
