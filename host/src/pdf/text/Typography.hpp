#pragma once

namespace trousse::pdf {

/// Whether the text being laid out on this thread follows French typography: French spacing
/// (FrenchSpacing.hpp) and French hyphenation. True, except while a translation into another
/// language is laid out ("Subject:" keeps its colon tight, English words are not cut by
/// French patterns). Line caches put it in their keys.
bool frenchTypography();

/// Lays out without French typography for as long as it lives, on this thread. The layouts
/// read the flag deep in the line breaker: a scope is simpler than passing a language down
/// every call, and each PDF is laid out on one thread.
class NonFrenchTypography {
 public:
  NonFrenchTypography();
  ~NonFrenchTypography();
  NonFrenchTypography(const NonFrenchTypography&) = delete;
  NonFrenchTypography& operator=(const NonFrenchTypography&) = delete;

 private:
  bool previous_;
};

}  // namespace trousse::pdf
