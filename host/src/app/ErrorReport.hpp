#pragma once

#include "core/RenderService.hpp"

#include <string>
#include <vector>

namespace trousse {

/// Prints the exception being handled as a French message on stderr and returns the exit
/// code documented for it. Call only from inside a catch block.
int reportCurrentException();

/// The data problems of a request for `kind`, as the CLI reports them: one line per field.
[[noreturn]] void throwDataProblems(const std::string& kind, const std::vector<Problem>& problems);

}  // namespace trousse
