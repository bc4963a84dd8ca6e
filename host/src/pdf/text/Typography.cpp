#include "pdf/text/Typography.hpp"

namespace trousse::pdf {
namespace {

thread_local bool french = true;

}  // namespace

bool frenchTypography() { return french; }

NonFrenchTypography::NonFrenchTypography() : previous_(french) { french = false; }

NonFrenchTypography::~NonFrenchTypography() { french = previous_; }

}  // namespace trousse::pdf
