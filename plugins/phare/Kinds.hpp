#pragma once

#include <trousse/Document.hpp>
#include <trousse/Plugin.hpp>

#include <Poco/JSON/Object.h>

#include <vector>

namespace trousse::phare {

// One function per kind of the plugin, each given the kind's checked data.

/// `phare/atelier`: the seven documents of a workshop kit (see KitDocuments.hpp).
std::vector<Document> renderWorkshopKit(const Poco::JSON::Object& data,
                                        const RenderContext& context);
/// `phare/plan-prevention`: a school's prevention plan, its actions grouped by pillar.
std::vector<Document> renderPreventionPlan(const Poco::JSON::Object& data,
                                           const RenderContext& context);
/// `phare/suivi-situation`: the confidential follow-up sheet of one situation.
std::vector<Document> renderSituationFollowUp(const Poco::JSON::Object& data,
                                              const RenderContext& context);
/// `phare/livret`: the booklet of published practices, filtered.
std::vector<Document> renderBooklet(const Poco::JSON::Object& data, const RenderContext& context);

}  // namespace trousse::phare
