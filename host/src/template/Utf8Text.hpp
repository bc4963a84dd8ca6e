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

/// "U+0007", for messages.
std::string codePointName(char32_t codePoint);

/// `text` cut to at most `maxCodePoints`, with "…" when cut; for quoting values in messages.
std::string shortened(std::string_view text, std::size_t maxCodePoints = 60);

}  // namespace trousse::utf8
