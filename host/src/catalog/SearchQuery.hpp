#pragma once

#include <string>

namespace trousse::catalog {

/// A user's text as an FTS5 query that means "every word, as a prefix": each run of letters or
/// digits becomes a quoted string with `*` ("médiat" → "médiat"*). Quotes, operators (AND, OR,
/// NOT, NEAR), columns, `-`, `*` and parentheses are never syntax. Empty when the text has no
/// word.
std::string searchQuery(const std::string& text);

}  // namespace trousse::catalog
