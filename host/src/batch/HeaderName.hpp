#pragma once

#include <string>
#include <string_view>

namespace trousse::batch {

/// A CSV header name reduced to what varies least between exports, so that "Prénom resp.
/// légal1", "PRENOM RESP LEGAL 1" and "prénom_resp_légal_1" compare equal:
/// lower case, Latin accents removed (é → e, œ → oe), every run of characters other than
/// letters and digits turned into one space, a space between letters and digits ("légal1" →
/// "legal 1"), no space at either end. Letters of other scripts are kept (lower-cased).
std::string normaliseHeader(std::string_view header);

}  // namespace trousse::batch
