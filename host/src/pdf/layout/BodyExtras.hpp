#pragma once

#include <vector>

#include "pdf/layout/DocumentImages.hpp"
#include "pdf/text/LineBreaker.hpp"
#include "pdf/layout/PageFlow.hpp"

struct cmark_node;

namespace trousse::pdf {

/// How a layout wants its body laid out, beyond the type size.
struct BodySettings {
  double bodySize = kBodySize;
  Align paragraphAlign = Align::Justify;
  Align headingAlign = Align::Left;
  /// Headings of this level or higher (1 is highest) start a new page: slides. 0: none.
  int newPageHeadingLevel = 0;
  /// Tallest an image in the body is drawn, in points.
  double imageMaxHeight = 0;
};

/// What a layout adds to BlockLayout's walk besides text: paragraphs of images, headings
/// recorded as bookmarks (and starting pages, for slides), the alignment of text. BlockLayout
/// calls it where these happen; the layout owns it.
class BodyExtras {
 public:
  BodyExtras(LayoutContext& context, DocumentImages& images, std::vector<Bookmark>& bookmarks,
             const BodySettings& settings);

  const BodySettings& settings() const { return settings_; }
  bool startsPage(int headingLevel) const { return headingLevel <= settings_.newPageHeadingLevel; }

  /// Lays out a paragraph made of images only, in rows across `width`, each image scaled
  /// down to fit; false (nothing done) for a paragraph with text.
  bool placeImages(cmark_node* paragraph, double x, double width, PageFlow& flow);
  /// Records a heading just placed at the flow's cursor as a bookmark.
  void headingPlaced(cmark_node* heading, int level, const PageFlow& flow);

 private:
  struct Item {
    const ImageStore::Entry* image = nullptr;  ///< nullptr: a placeholder
    ImageSize size;
    std::vector<Line> placeholderLines;  ///< the description and the file's name
  };
  Item measure(cmark_node* image, double width);
  void placeRow(const std::vector<Item>& row, double x, double width, PageFlow& flow);

  LayoutContext& context_;
  DocumentImages& images_;
  std::vector<Bookmark>& bookmarks_;
  BodySettings settings_;
};

/// The text of a node's inline content, without markup: a heading's bookmark title.
std::string plainText(cmark_node* node);

}  // namespace trousse::pdf
