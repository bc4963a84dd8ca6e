#pragma once

#include "pdf/fonts/FontBook.hpp"
#include "pdf/layout/PageFlow.hpp"

struct cmark_node;

namespace trousse::pdf {

class BodyExtras;

/// Where blocks go across the page: a horizontal span, and the list context.
struct Region {
  double x = 0, width = 0;
  int listDepth = 0;
  bool tight = false;  ///< in an item of a tight list: paragraphs close together
};

/// Lays out Markdown blocks down a PageFlow, walking the cmark-gfm tree as cmark's own
/// renderers do: one method per kind of block, children laid out in a narrower region.
/// The walk is recursive: the tree must have gone through limitNesting (NestingLimit.hpp).
class BlockLayout {
 public:
  /// `extras`, when given, draws image paragraphs, records bookmarks, aligns text.
  BlockLayout(PageFlow& flow, FontBook& fonts, double bodySize, BodyExtras* extras = nullptr);

  /// Every block of a parsed document, across the frame's text width.
  void layOut(cmark_node* document);
  void layOutChildren(cmark_node* parent, const Region& region);

 private:
  void block(cmark_node* node, const Region& region);
  void paragraph(cmark_node* node, const Region& region);
  void heading(cmark_node* node, const Region& region);
  void preformatted(const char* text, const Region& region, bool shaded);
  void thematicBreak(const Region& region);
  void blockQuote(cmark_node* node, const Region& region);
  void list(cmark_node* node, const Region& region);
  /// A new page, unless the current one is still empty.
  void breakPage();
  /// The region for content indented by `indent`, unless that leaves it too narrow.
  Region indented(const Region& region, double indent) const;
  double em(double factor) const { return factor * size_; }

  PageFlow& flow_;
  FontBook& fonts_;
  double size_;
  BodyExtras* extras_;
};

}  // namespace trousse::pdf
