#pragma once

namespace trousse {

/// Prints the exception being handled as a French message on stderr and returns the exit
/// code documented for it. Call only from inside a catch block.
int reportCurrentException();

}  // namespace trousse
