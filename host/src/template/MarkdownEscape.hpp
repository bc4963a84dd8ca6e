#pragma once

#include <string>
#include <string_view>
#include <vector>

/// Turning data values into Markdown that reads as literal text and never as structure.
namespace trousse::markdown_escape {

/// One line of text: line breaks become spaces, control characters are dropped, surrounding
/// blanks are trimmed, and every ASCII punctuation character gets a backslash (CommonMark reads
/// "\x" as a literal x for any ASCII punctuation x), so no emphasis, link, HTML, heading,
/// list, table, code or Mustache tag can arise from the value.
std::string escapeLine(std::string_view text);

/// Several lines: each line escaped as by escapeLine, lines joined by Markdown hard breaks
/// (backslash + newline), so the value stays inside the paragraph it is placed in: a blank
/// line, "# Titre", "- x" or "    code" in the value cannot open a block.
std::string escapeLines(std::string_view text);

/// Lines of a plain value: "\r\n" and "\r" as "\n", controls dropped, each line trimmed,
/// leading and trailing empty lines dropped.
std::vector<std::string> plainLines(std::string_view text);

/// One plain line: line breaks as spaces, controls dropped, trimmed.
std::string plainLine(std::string_view text);

/// A backslash before every ASCII punctuation character of text already plain (one line
/// from plainLine or plainLines): escapeLine(x) is escapePunctuation(plainLine(x)).
std::string escapePunctuation(std::string_view plain);

/// Lines already plain (from plainLines), escaped and joined as by escapeLines:
/// escapeLines(x) is escapedLines(plainLines(x)).
std::string escapedLines(const std::vector<std::string>& plain);

/// Undoes the escapes above: "\x" for ASCII punctuation x gives x, a hard break gives "\n".
/// Used by helpers that must see the value itself (a date, a name) before formatting it.
std::string unescape(std::string_view markdown);

bool isAsciiPunctuation(char c);

}  // namespace trousse::markdown_escape
