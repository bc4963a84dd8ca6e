#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trousse::utf8 {

/// The code points of `text`, or nullopt when it is not well-formed UTF-8
/// (overlong forms, surrogates and values past U+10FFFF are refused).
std::optional<std::vector<char32_t>> decode(std::string_view text);
bool isValid(std::string_view text);
std::string encode(char32_t codePoint);
std::string encode(const std::vector<char32_t>& codePoints);

/// C0 and C1 control characters and DEL. Tab and line breaks are controls too.
bool isControl(char32_t codePoint);

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

/// The 1-based line of the first byte that is not well-formed UTF-8, or 0 when all is.
std::size_t firstInvalidLine(std::string_view text);

/// "U+0007", for messages.
std::string codePointName(char32_t codePoint);

/// The number of characters (code points) of valid UTF-8 text: the bytes that start one.
std::size_t length(std::string_view text);

/// `text` cut to at most `maxCodePoints`, with "…" when cut; for quoting values in messages.
std::string shortened(std::string_view text, std::size_t maxCodePoints = 60);

}  // namespace trousse::utf8
