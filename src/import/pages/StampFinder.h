#pragma once

#include "layout/LayoutPage.h"

#include <QList>
#include <QSizeF>
#include <QStringList>

#include <algorithm>
#include <optional>

// Finds one page's stamps among its margin words only (never in the text flow): "Agenda Item N"
// (top margin, or running down the right edge of a landscape page), "Page N" (foot of the page,
// or running down the left margin) and bare page numbers alone at the foot. Words are chained by
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
    // Words this near an edge are margin words: a share of the page's narrower side, the 60 pt
    // an A4 page has always had (62 on US Letter, 85 on A3), so that the zone grows with the page
    // and its type. (An eighth, 74 pt on A4, let content moved 25 pt in keep its running lines,
    // but moved content out of the zone on another layout: the edge zone cannot follow a shift.)
    static constexpr double kMarginShare = 60.0 / 595.0;
    static qreal marginFor(const QSizeF& pageSize)
    {
        const QSizeF size = pageSize.isEmpty() ? QSizeF(595, 842) : pageSize;
        return kMarginShare * std::min(size.width(), size.height());
    }

    static StampScan scan(const layout::LayoutPage& page);
};

} // namespace scrutineer::parse
