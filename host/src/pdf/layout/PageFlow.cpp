#include "pdf/layout/PageFlow.hpp"

#include <algorithm>

namespace trousse::pdf {
namespace {

constexpr float kQuoteRuleWidth = 2.0f;

}  // namespace

PageFlow::PageFlow(LaidOutDocument& out, const PageFrame& frame)
    : out_(out), frame_(frame), y_(frame.contentTop()), pageTop_(frame.contentTop()) {
  out_.pages.emplace_back();
}

void PageFlow::addSpace(double space) {
  pendingSpace_ = std::max(pendingSpace_, space * spaceScale_);
}

void PageFlow::reserve(double height) {
  const double space = atPageTop() ? 0 : pendingSpace_;
  pendingSpace_ = 0;
  if (y_ + space + height > frame_.contentBottom() + 0.01 && !atPageTop()) {
    turnPage();
  } else {
    y_ += space;
  }
  if (keep_ && keep_->open && !keep_->started) {
    const PageContent& current = page();
    keep_->started = true;
    keep_->page = out_.pages.size() - 1;
    keep_->top = y_;
    keep_->boxes = current.boxes.size();
    keep_->images = current.images.size();
    keep_->rules = current.rules.size();
    keep_->texts = current.texts.size();
    keep_->links = current.links.size();
    keep_->bookmarks = out_.bookmarks.size();
  } else if (keep_ && !keep_->open) {
    keep_.reset();  // what follows the kept content is placed: they are together
  }
  for (OpenBand& open : bands_) {
    if (!open.top) open.top = y_;
  }
}

void PageFlow::newPage() {
  keep_.reset();
  turnPage();
}

void PageFlow::turnPage() {
  const bool moveKeep = keep_ && keep_->started && keep_->page + 1 == out_.pages.size() &&
                        keep_->top > pageTop_ + 0.01;
  for (OpenBand& open : bands_) drawBand(open, moveKeep ? keep_->top : y_);
  const double keptHeight = moveKeep ? y_ - keep_->top : 0;
  out_.pages.emplace_back();
  y_ = pageTop_ = frame_.contentTop();
  pendingSpace_ = 0;
  for (OpenBand& open : bands_) {
    if (open.top) open.top = y_;
  }
  if (moveKeep) {
    moveKept(out_.pages[out_.pages.size() - 2]);
    y_ += keptHeight;
  }
}

void PageFlow::startKeep() {
  if (!keep_) keep_ = Keep{};
  keep_->open = true;  // a keep still waiting for what follows grows to include this one
}

void PageFlow::endKeep() {
  if (keep_) keep_->open = false;
}

void PageFlow::moveKept(PageContent& from) {
  Keep& keep = *keep_;
  PageContent& to = page();
  const double dy = pageTop_ - keep.top;
  // Moves the items from `first` on, shifted by dy, and forgets them where they were.
  auto transfer = [](auto& source, auto& target, std::size_t first, auto shift) {
    for (std::size_t i = first; i < source.size(); ++i) {
      shift(source[i]);
      target.push_back(std::move(source[i]));
    }
    source.resize(std::min(first, source.size()));
  };
  transfer(from.boxes, to.boxes, keep.boxes, [dy](Box& box) { box.y += dy; });
  transfer(from.images, to.images, keep.images, [dy](PlacedImage& image) { image.y += dy; });
  transfer(from.rules, to.rules, keep.rules, [dy](Rule& rule) { rule.y1 += dy, rule.y2 += dy; });
  transfer(from.texts, to.texts, keep.texts, [dy](TextRun& run) { run.baseline += dy; });
  transfer(from.links, to.links, keep.links, [dy](LinkArea& link) { link.y += dy; });
  for (std::size_t i = keep.bookmarks; i < out_.bookmarks.size(); ++i) {
    Bookmark& bookmark = out_.bookmarks[i];
    if (bookmark.page != keep.page) continue;
    bookmark.page = out_.pages.size() - 1;
    bookmark.y += dy;
  }
  keep.page = out_.pages.size() - 1;
  keep.top = pageTop_;
  keep.boxes = keep.images = keep.rules = keep.texts = keep.links = 0;
}

void PageFlow::placeLine(const Line& line, double x, std::span<const std::string> links) {
  reserve(line.height);
  emitLine(line, x, y_, links, page());
  placeMarker(y_ + line.baseline);
  y_ += line.height;
}

std::size_t PageFlow::linesThatFit(std::span<const Line> lines, std::size_t first) const {
  double y = y_ + (atPageTop() ? 0 : pendingSpace_);
  std::size_t count = 0;
  for (std::size_t i = first; i < lines.size(); ++i, ++count) {
    y += lines[i].height;
    if (y > frame_.contentBottom() + 0.01) break;
  }
  return count;
}

void PageFlow::placeLines(std::span<const Line> lines, double x,
                          std::span<const std::string> links) {
  constexpr std::size_t kMinLines = 2;  // at the foot of a page, and at the head of the next
  std::size_t next = 0;
  while (next < lines.size()) {
    const std::size_t rest = lines.size() - next;
    const std::size_t fit = linesThatFit(lines, next);
    std::size_t take = rest;
    if (fit < rest) {
      // Leave at least two lines for the next page, and put at least two on this one.
      take = rest >= fit + kMinLines ? fit : (rest > kMinLines ? rest - kMinLines : 0);
      if (take < kMinLines) take = atPageTop() ? std::max<std::size_t>(fit, 1) : 0;
    }
    for (std::size_t i = 0; i < take; ++i) placeLine(lines[next + i], x, links);
    next += take;
    if (next < lines.size()) turnPage();
  }
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
