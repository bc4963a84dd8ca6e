#pragma once

#include "pdf/layout/LayoutContext.hpp"
#include "pdf/layout/PageContent.hpp"

#include <trousse/Document.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace trousse::pdf {

/// Places a document's parts around its Markdown body, page by page.
using LayoutFunction = LaidOutDocument (*)(const Document&, LayoutContext&);

/// The layouts a document may ask for by name: the one list that the PDF writer, the template
/// checks and the messages read. Immutable.
class LayoutRegistry {
 public:
  struct Layout {
    std::string name;  ///< "letter", as written in a template's `layout:`
    LayoutFunction layOut;
  };

  /// letter, document (the default, also for an empty name), handout, certificate, slides.
  static const LayoutRegistry& builtin();

  /// The layout, or nullptr when none has this name.
  const Layout* find(std::string_view name) const;
  /// "letter, document, handout, certificate ou slides", for messages.
  std::string namesForMessage() const;

 private:
  explicit LayoutRegistry(std::vector<Layout> layouts) : layouts_(std::move(layouts)) {}
  std::vector<Layout> layouts_;
};

}  // namespace trousse::pdf
