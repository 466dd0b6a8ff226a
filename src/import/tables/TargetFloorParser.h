#pragma once

#include "Indicator.h"
#include "layout/LayoutPage.h"

#include <QList>

// Target/Floor KPI reporting (Kent style): a KPI title with the current rating in capitals at the
// right margin, a chart (an image: its stray labels are never readings), then
// "Latest: 82%  Target: 85%, Floor: 75%  Previous: 80% (Amber)". The bracketed rating rates the
// Previous value; the capitalised word rates the Latest. Stateless; any thread.
namespace scrutineer::parse {

class TargetFloorParser final {
public:
    // Appends one indicator per KPI block found and its Previous/Latest readings
    // (Reading::indicatorIndex indexes `indicators`).
    static void parse(const layout::LayoutDocument& document, QList<Indicator>& indicators, QList<Reading>& readings);
    static void parsePage(const layout::LayoutPage& page, QList<Indicator>& indicators, QList<Reading>& readings);
};

} // namespace scrutineer::parse
