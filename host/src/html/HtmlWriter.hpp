#pragma once

#include <trousse/Document.hpp>

#include <string>
#include <vector>

namespace trousse {

/// Writes documents as one standalone HTML page (the preview): cmark-gfm's HTML for each body,
/// with the letter's parts around it. Raw HTML in a body is never passed through.
class HtmlWriter {
 public:
  std::string write(const std::vector<Document>& documents) const;
};

}  // namespace trousse
