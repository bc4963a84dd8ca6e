#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "pdf/text/BreakElements.hpp"

namespace trousse::pdf {

/// Total-fit line breaking (Knuth and Plass, "Breaking paragraphs into lines", 1981), as TeX
/// does it: of all the ways to break a paragraph, the one whose lines are the most evenly
/// spaced, counting each line's badness (how far its spaces stretch or shrink), hyphens
/// (fewer, never two lines in a row if avoidable, never on the line before the last) and
/// sudden changes from a tight line to a loose one. Three passes, as TeX's:
///  1. without hyphenation, spaces stretched at most to 1.5 times their width;
///  2. with hyphenation, a little looser;
///  3. anything that fits, the loosest lines weighed by how loose they are (TeX's badness
///     stops growing at 10000), and words cut where they must be.
///
/// Returns the indices of the elements the lines end at, the last being the final forced
/// break. Runs in O(n·k): k, the active breakpoints, is bounded by the breaks one line can
/// hold.
std::vector<std::size_t> optimalBreaks(const std::vector<Element>& elements, double lineWidth);

/// One of those passes alone (BreakLevel::Always is the first): the breaks, or nothing when
/// the pass cannot set the paragraph. Lets a caller hyphenate only when the first fails.
std::optional<std::vector<std::size_t>> breaksInPass(const std::vector<Element>& elements,
                                                     double lineWidth, BreakLevel pass);

/// First fit, for ragged text (left, centred, right): each line takes as many words as fit,
/// without hyphenating; a word wider than a line is cut where the line is full. No line
/// ends at a compound's hyphen when the rest would be the last line ("rendez-" / "vous.").
std::vector<std::size_t> firstFitBreaks(const std::vector<Element>& elements, double lineWidth);

/// How far a line's spaces stretch (ratio > 0) or shrink (ratio < 0) relative to what they
/// may; TeX's badness is 100·|ratio|³.
double badness(double ratio);

}  // namespace trousse::pdf
