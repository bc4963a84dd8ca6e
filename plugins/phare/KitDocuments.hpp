#pragma once

#include "plugins/phare/Workshop.hpp"

#include <trousse/Document.hpp>
#include <trousse/Plugin.hpp>

#include <vector>

namespace trousse::phare {

/// The documents of a workshop kit, in order: programme, facilitator's guide, participants'
/// handout, sign-in sheet, evaluation form, one attendance certificate per participant, slides.
/// Each is one of the part templates `templates/phare/atelier/*.md`, expanded with data built
/// here, and has its file name.
std::vector<Document> kitDocuments(const Workshop& workshop, const RenderContext& context);

}  // namespace trousse::phare
