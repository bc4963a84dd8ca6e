#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trousse::pdf {

inline constexpr char32_t kReplacementChar = 0xFFFD;

/// Decodes the code point starting at `pos` and moves `pos` past it. A byte that does not
/// start a valid sequence (truncated, overlong, surrogate, beyond U+10FFFF) decodes as
/// U+FFFD and advances by one byte, so a scan always moves forward.
char32_t nextCodePoint(std::string_view text, std::size_t& pos);

/// Text that libharu can draw: valid UTF-8 of the Basic Multilingual Plane (its UTF-8 encoder
/// maps code points to 16-bit CIDs), without control characters. Invalid bytes and
/// characters beyond U+FFFF become U+FFFD; controls are dropped, except tab and line feed,
/// which callers treat as white space.
std::string printable(std::string_view text);

}  // namespace trousse::pdf
