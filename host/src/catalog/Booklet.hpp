#pragma once

#include <trousse/Catalog.hpp>

#include <string>
#include <vector>

namespace trousse::catalog {

/// One Markdown document (`layout: document`) of practices for the PDF writer: a heading per
/// pHARe pillar in pillar order, under it each practice with a summary table (duration,
/// levels, audiences, group, material), its body (headings one level down), related practices
/// by title (looked up in `catalog`) and sources. A practice with several pillars is printed
/// once, under its first; each of its other pillars opens with a line "Voir aussi : <titre>
/// (pilier N)" naming it and where it is printed. The writer has no table of contents with page
/// numbers: headings become the PDF's bookmarks.
std::string bookletMarkdown(const std::string& title, const std::vector<Practice>& practices,
                            const Catalog& catalog);

}  // namespace trousse::catalog
