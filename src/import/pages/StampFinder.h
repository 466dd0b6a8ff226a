#pragma once

#include "layout/LayoutPage.h"

#include <QList>
#include <QStringList>

#include <optional>

// Finds one page's stamps among its margin words only (MarginZone; never in the text flow):
// "Agenda Item N" (top margin, or running down the right edge of a landscape page), "Page N" (foot
// of the page, or running down the left margin) and bare page numbers alone at the foot. Words are chained by
// geometry and style (same height, adjacent, same baseline or stacked) before matching, so a
// stamp split over words or lines, glued to a body word ("PageReport") or sitting in a table row
// is still found, and only its own words are taken out. Stateless; any thread.
namespace scrutineer::parse {

struct StampScan {
    std::optional<int> agendaStamp;
    std::optional<int> printedPage;
    bool printedPageIsBare = false; // the number came from a bare footer number, not a "Page N"
    QList<bool> furniture; // per word of the page: part of a stamp or page number
    QStringList removedLines; // tagged entries (FurnitureKinds.h), in the order found
};

class StampFinder final {
public:
    static StampScan scan(const layout::LayoutPage& page);
};

} // namespace scrutineer::parse
