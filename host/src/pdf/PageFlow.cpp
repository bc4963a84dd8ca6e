#include "pdf/PageFlow.hpp"

#include <algorithm>

namespace trousse::pdf {
namespace {

constexpr float kQuoteRuleWidth = 2.0f;

}  // namespace

PageFlow::PageFlow(LaidOutDocument& out, const PageFrame& frame)
    : out_(out), frame_(frame), y_(frame.contentTop()), pageTop_(frame.contentTop()) {
  out_.pages.emplace_back();
}

void PageFlow::addSpace(double space) { pendingSpace_ = std::max(pendingSpace_, space); }

void PageFlow::reserve(double height) {
  const double space = atPageTop() ? 0 : pendingSpace_;
  pendingSpace_ = 0;
  if (y_ + space + height > frame_.contentBottom() + 0.01 && !atPageTop()) {
    newPage();
  } else {
    y_ += space;
  }
  for (OpenBand& open : bands_) {
    if (!open.top) open.top = y_;
  }
}

void PageFlow::newPage() {
  for (OpenBand& open : bands_) drawBand(open, y_);
  out_.pages.emplace_back();
  y_ = pageTop_ = frame_.contentTop();
  pendingSpace_ = 0;
  for (OpenBand& open : bands_) {
    if (open.top) open.top = y_;
  }
}

void PageFlow::placeLine(const Line& line, double x, std::span<const std::string> links) {
  reserve(line.height);
  emitLine(line, x, y_, links, page());
  placeMarker(y_ + line.baseline);
  y_ += line.height;
}

void PageFlow::placeMarker(double baseline) {
  for (Marker& marker : markers_) {
    TextRun& run = page().texts.emplace_back();
    run.x = marker.right - marker.width;
    run.baseline = baseline;
    run.font = marker.font;
    run.size = marker.size;
    run.text = std::move(marker.text);
  }
  markers_.clear();
}

void PageFlow::openBand(const Band& band) { bands_.push_back(OpenBand{band, std::nullopt}); }

void PageFlow::closeBand() {
  drawBand(bands_.back(), y_);
  bands_.pop_back();
}

void PageFlow::drawBand(const OpenBand& open, double bottom) {
  if (!open.top || bottom <= *open.top) return;
  const double top = *open.top;
  if (open.band.kind == Band::Kind::Rule) {
    page().rules.push_back(Rule{open.band.x, top, open.band.x, bottom, kQuoteRuleWidth, kRuleGray});
  } else {
    Box shade;
    shade.x = open.band.x;
    shade.y = top;
    shade.width = open.band.width;
    shade.height = bottom - top;
    shade.filled = true;
    shade.fill = kShade;
    page().boxes.push_back(shade);
  }
}

}  // namespace trousse::pdf
