#pragma once

// Small helpers shared by the template stage's tests.

#include "markdown/MarkdownTree.hpp"
#include "support/Process.hpp"

#include <cmark-gfm.h>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace trousse::test {

inline Poco::JSON::Object::Ptr json(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

/// The HTML cmark-gfm makes of `markdown`, with the parser the writers use.
inline std::string markdownToHtml(const std::string& markdown) {
  const auto tree = MarkdownTree::parse(markdown);
  std::unique_ptr<char, decltype(&std::free)> html(
      cmark_render_html(tree.root(), CMARK_OPT_DEFAULT, nullptr), &std::free);
  return html.get();
}

/// Writes `content` to `dir/relative`, creating folders; returns the file's path.
inline std::filesystem::path writeTemplate(const TempDir& dir, const std::string& relative,
                                           const std::string& content) {
  const auto file = dir.path() / relative;
  std::filesystem::create_directories(file.parent_path());
  writeFile(file, content);
  return file;
}

}  // namespace trousse::test
