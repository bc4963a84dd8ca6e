#pragma once

#include <trousse/Document.hpp>

#include <Poco/Util/AbstractConfiguration.h>

namespace trousse {

/// Reads the establishment's identity from the `etablissement.*` keys of the configuration.
/// Values are taken as written; a relative logo path is relative to the working folder.
Establishment readEstablishment(const Poco::Util::AbstractConfiguration& config);

}  // namespace trousse
