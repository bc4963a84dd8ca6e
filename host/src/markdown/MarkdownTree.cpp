#include "MarkdownTree.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>
#include <stdexcept>

namespace trousse {
namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

void registerExtensionsOnce() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

}  // namespace

void MarkdownTree::NodeDeleter::operator()(cmark_node* node) const { cmark_node_free(node); }

MarkdownTree MarkdownTree::parse(std::string_view markdown) {
  registerExtensionsOnce();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(
      cmark_parser_new(CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8));
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  cmark_node* root = cmark_parser_finish(parser.get());
  if (root == nullptr) {
    throw std::runtime_error("cmark-gfm could not parse the document");
  }
  return MarkdownTree(root);
}

}  // namespace trousse
