#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trousse::batch {

/// A file name stem (no extension) made from data, that stays a plain name inside the output
/// folder on Linux, Windows and macOS, and inside a zip opened anywhere:
///
/// - path separators and the characters Windows forbids (/ \ : * ? " < > |), control characters
///   (NUL, line breaks, tabs…) and spaces of any kind become "-"; invisible format characters
///   (zero-width, bidirectional overrides that could disguise a name) are removed;
/// - runs of "-" become one "-", runs of "." one "." (no ".."); no "." or "-" at either end (no
///   hidden file, nothing that looks like an option, no trailing dot Windows would drop);
/// - accents, apostrophes, hyphens, case and letters of every script are kept: "N'Diaye-Lefèvre",
///   "Nguyễn", "Öztürk", "王";
/// - at most `maxBytes` bytes, cut between characters, never inside a UTF-8 sequence;
/// - the names Windows reserves (CON, NUL, COM1…) get a leading "_";
/// - invalid UTF-8 bytes become "-"; an empty result becomes "document".
std::string safeFileStem(std::string_view raw, std::size_t maxBytes = 100);

}  // namespace trousse::batch
