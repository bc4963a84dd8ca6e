#pragma once

#include <string_view>

namespace trousse {

/// A Markdown source cut at its YAML front matter: the text between a first line "---" and the
/// next "---" line (spaces after the dashes allowed), and the body after it. Lines end in "\n"
/// (a "\r" before it is left to the YAML and Markdown readers, which accept it).
struct FrontMatterSplit {
  enum class Kind {
    None,      ///< the text does not start with a "---" line: all of it is the body
    Closed,    ///< front matter and body
    Unclosed,  ///< a first "---" line that no other closes: all of it is the body
  };
  Kind kind = Kind::None;
  std::string_view yaml;  ///< empty unless Closed
  std::string_view body;
  int yamlLine = 2;  ///< line of the text where the YAML starts
  int bodyLine = 1;  ///< line of the text where the body starts

  bool closed() const { return kind == Kind::Closed; }
};

/// Views into `text`, which must outlive the result.
FrontMatterSplit splitFrontMatter(std::string_view text);

}  // namespace trousse
