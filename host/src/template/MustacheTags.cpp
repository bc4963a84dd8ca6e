#include "template/MustacheTags.hpp"
#include "common/Text.hpp"

#include <algorithm>

namespace trousse {
namespace {

std::string opening(const MustacheTag& tag) {
  return std::string("{{") + (tag.kind == TagKind::InvertedBegin ? "^" : "#") + tag.name + "}}";
}

}  // namespace

int lineAtOffset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::vector<MustacheTag> scanMustacheTags(std::string_view text, int firstLine) {
  std::vector<MustacheTag> tags;
  std::vector<MustacheTag> openSections;
  std::size_t position = 0;
  while ((position = text.find("{{", position)) != std::string_view::npos) {
    const int line = firstLine - 1 + lineAtOffset(text, position);
    // Like kainjow: "{{{" opens an unescaped variable that ends with "}}}".
    const bool triple = position + 2 < text.size() && text[position + 2] == '{';
    const std::size_t contentStart = position + (triple ? 3 : 2);
    const std::string_view closer = triple ? "}}}" : "}}";
    const std::size_t end = text.find(closer, contentStart);
    if (end == std::string_view::npos) {
      throw MustacheSyntaxError(line, "balise Mustache non fermée : « " +
                                          std::string(triple ? "{{{" : "{{") + " » sans « " +
                                          std::string(closer) + " »");
    }
    const std::string content(trimmed(text.substr(contentStart, end - contentStart)));
    const std::string rawTag(text.substr(position, end + closer.size() - position));
    position = end + closer.size();

    MustacheTag tag;
    tag.line = line;
    if (triple) {
      tag.kind = TagKind::Unescaped;
      tag.name = content;
    } else if (!content.empty() && content[0] == '=') {
      throw MustacheSyntaxError(
          line, "changement de délimiteurs « {{" + content + "}} » non pris en charge");
    } else {
      const char sigil = content.empty() ? '\0' : content[0];
      switch (sigil) {
        case '#':
          tag.kind = TagKind::SectionBegin;
          break;
        case '^':
          tag.kind = TagKind::InvertedBegin;
          break;
        case '/':
          tag.kind = TagKind::SectionEnd;
          break;
        case '>':
          tag.kind = TagKind::Partial;
          break;
        case '&':
          tag.kind = TagKind::Unescaped;
          break;
        case '!':
          tag.kind = TagKind::Comment;
          break;
        default:
          tag.kind = TagKind::Variable;
          break;
      }
      tag.name = tag.kind == TagKind::Variable
                     ? content
                     : std::string(trimmed(std::string_view(content).substr(1)));
    }
    if (tag.kind == TagKind::Comment) {
      tags.push_back(tag);
      continue;
    }
    if (tag.name.empty()) {
      throw MustacheSyntaxError(line, "balise Mustache sans nom « " + rawTag + " »");
    }
    if (tag.kind == TagKind::SectionBegin || tag.kind == TagKind::InvertedBegin) {
      openSections.push_back(tag);
    } else if (tag.kind == TagKind::SectionEnd) {
      if (openSections.empty()) {
        throw MustacheSyntaxError(line,
                                  "« {{/" + tag.name + "}} » ne ferme aucune section ouverte");
      }
      if (openSections.back().name != tag.name) {
        throw MustacheSyntaxError(line, "« {{/" + tag.name + "}} » ferme la section « " +
                                            opening(openSections.back()) + " » ouverte ligne " +
                                            std::to_string(openSections.back().line) + " (« {{/" +
                                            openSections.back().name + "}} » attendu)");
      }
      openSections.pop_back();
    }
    tags.push_back(tag);
  }
  if (!openSections.empty()) {
    const MustacheTag& unclosed = openSections.back();
    throw MustacheSyntaxError(unclosed.line, "section « " + opening(unclosed) +
                                                 " » jamais fermée (« {{/" + unclosed.name +
                                                 "}} » attendu)");
  }
  return tags;
}

}  // namespace trousse
