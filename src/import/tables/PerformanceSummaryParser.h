#pragma once

#include "Indicator.h"
#include "layout/LayoutPage.h"

#include <QList>

// Performance summary tables (Kent quarterly reports): a header such as "RAG rating | Latest |
// Previous | DoT" (also "Rating", "Current", "Last quarter", "Direction of Travel", "Target",
// "Floor"), possibly after a name heading ("KPI", "Indicator") or a section title, then one row
// per indicator: its name at the left, the printed rating, the latest and previous values and
// the direction of travel. DoT arrows are often vector graphics: an empty cell stays empty.
// Wrapped names join by line spacing. Stateless; any thread.
namespace scrutineer::parse {

class PerformanceSummaryParser final {
public:
    // Appends an indicator per row and its Previous and Latest readings (the Latest carries the
    // printed rating and direction). Reading::indicatorIndex indexes `indicators`.
    static void parse(const layout::LayoutDocument& document, QList<Indicator>& indicators, QList<Reading>& readings);
};

} // namespace scrutineer::parse
