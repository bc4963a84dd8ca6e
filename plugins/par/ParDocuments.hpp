#pragma once

#include "plugins/par/ParChecks.hpp"

#include <trousse/Plugin.hpp>

#include <Poco/JSON/Object.h>

#include <vector>

namespace trousse::par {

/// The documents of a PAR, each expanded from its part template (`templates/par/documents/`)
/// with the data file and what the plugin computed (initials, calendar, commitments by party).
/// Every document is titled "Confidentiel – A. N. – …", the running header of its pages, and
/// named with the initials only.
class ParDocuments {
 public:
  ParDocuments(const Poco::JSON::Object& data, const ParData& par, const Schedule& schedule,
               const RenderContext& context);

  Document informationSheet() const;             ///< par/recueil
  std::vector<Document> invitations() const;     ///< par/convocation-signature, one per address
  Document protocol() const;                     ///< par/protocole
  Document stepReview(std::size_t index) const;  ///< bilans[index]
  Document finalReview() const;                  ///< par/bilan-final

 private:
  Poco::JSON::Object::Ptr commonView() const;
  Document finish(Document document, const std::string& fileName) const;

  const Poco::JSON::Object& data_;
  const ParData& par_;
  const Schedule& schedule_;
  const RenderContext& context_;
  std::string initials_;
};

}  // namespace trousse::par
