#pragma once

#include "LayoutPage.h"

// Groups a page's horizontal words into visual lines (shared y-band, sorted by x).
// Vertical words are left out: the furniture pass reads them separately. Stateless; any thread.
namespace scrutineer::layout {

QList<LayoutLine> buildLines(const QList<LayoutWord>& words, int pageNumber);

} // namespace scrutineer::layout
