#pragma once

#include "Indicator.h"

// Whether a measure read on one page is one already read on another: an exception report after the
// scorecard prints the measure again, its code before the name or a qualifier after it.
namespace scrutineer::parse {

bool sameMeasureRepeated(const Indicator& existing, const Indicator& candidate);

} // namespace scrutineer::parse
