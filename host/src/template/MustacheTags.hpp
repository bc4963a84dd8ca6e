#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace trousse {

enum class TagKind {
  Variable,
  Unescaped,
  SectionBegin,
  InvertedBegin,
  SectionEnd,
  Partial,
  Comment
};

/// One Mustache tag of a text, as kainjow reads it.
struct MustacheTag {
  TagKind kind = TagKind::Variable;
  std::string name;  ///< trimmed, without its sigil
  int line = 1;      ///< line in the file the text comes from
};

/// A Mustache syntax error, with a French message and the line (within the text) it is on.
class MustacheSyntaxError : public std::runtime_error {
 public:
  MustacheSyntaxError(int line, const std::string& message)
      : std::runtime_error(message), line_(line) {}
  int line() const { return line_; }  ///< line in the file

 private:
  int line_;
};

/// The tags of `text`, in order, with sections checked to open and close in pairs.
/// `firstLine` is the line of its file where `text` starts: tags and errors carry file lines.
/// Changing delimiters ({{=<% %>=}}) is refused: it would hide tags from the checks.
/// Throws MustacheSyntaxError.
std::vector<MustacheTag> scanMustacheTags(std::string_view text, int firstLine = 1);

/// The line of a byte offset in `text`, 1-based; for kainjow's "… at 123" messages.
int lineAtOffset(std::string_view text, std::size_t offset);

}  // namespace trousse
