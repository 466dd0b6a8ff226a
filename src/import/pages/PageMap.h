#pragma once

#include "AgendaItem.h"
#include "layout/LayoutPage.h"

#include <QList>
#include <QStringList>

#include <optional>

// Printed pack page <-> physical PDF page for every page of a document, from the printed
// numbers the furniture pass found (dominant offset, outliers flagged, gaps interpolated),
// or calibrated from "Agenda Item k" stamps against the agenda's ranges. Any thread.
namespace scrutineer::parse {

struct PageMapResult {
    QList<std::optional<int>> packPages; // index = physical page - 1
    QStringList evidence;                // per page: "stamp", "interpolated", "offset", ""
    std::optional<int> offset;           // dominant (physical - printed), when there is one
    QStringList flags;                   // outliers and disagreements, user-facing

    std::optional<int> physicalFor(int packPage) const;
};

class PageMap final {
public:
    static PageMapResult build(const layout::LayoutDocument& document, const QList<AgendaItem>& agenda);
};

} // namespace scrutineer::parse
