#pragma once

#include <trousse/Api.hpp>
#include <trousse/Plugin.hpp>

#include <boost/dll/alias.hpp>

#include <memory>

namespace trousse::detail {

template <class P>
std::unique_ptr<Plugin> createPlugin() {
  return std::make_unique<P>();
}

inline int apiVersion() { return kApiVersion; }

}  // namespace trousse::detail

/// Exports the factory of plugin class `P` and the API version it was built against.
/// Use once per plugin library, at namespace scope.
#define TROUSSE_PLUGIN(P)                                                  \
  BOOST_DLL_ALIAS(trousse::detail::createPlugin<P>, trousse_create_plugin) \
  BOOST_DLL_ALIAS(trousse::detail::apiVersion, trousse_api_version)
