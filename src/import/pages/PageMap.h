#pragma once

#include "AgendaItem.h"
#include "layout/LayoutPage.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// Printed pack page <-> physical PDF page for every page of a document, from the printed
// numbers the furniture pass found (dominant offset, outliers flagged, gaps interpolated),
// or calibrated from "Agenda Item k" stamps against the agenda's ranges. Any thread.
namespace scrutineer::parse {

struct PageMapResult {
    QList<std::optional<int>> packPages; // index = physical page - 1
    // Per page, how its pack page is known: "stamp" (printed on it), "interpolated" (between
    // stamps of one numbering), "offset" (extrapolated from the numbering's offset), "label"
    // (the PDF's page label), "agenda-calibrated" (first "Agenda Item k" page = start of item
    // k's range), or "" (unknown).
    QStringList evidence;
    std::optional<int> offset; // dominant (physical - printed), when there is one
    QStringList flags; // outliers and disagreements, user-facing

    std::optional<int> physicalFor(int packPage) const;
};

class PageMap final {
    Q_DECLARE_TR_FUNCTIONS(PageMap)

public:
    static PageMapResult build(const layout::LayoutDocument& document, const QList<AgendaItem>& agenda);
};

} // namespace scrutineer::parse
