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
    // Words this near an edge are margin words: a share of the page's narrower side (74 pt on
    // A4, 77 on US Letter), so that the zone grows with the page and its type, and holds stamps
    // and running lines printed a little further in than a fixed number of points would allow.
    static constexpr double kMarginShare = 0.125;
    static qreal marginFor(const QSizeF& pageSize)
    {
        const QSizeF size = pageSize.isEmpty() ? QSizeF(595, 842) : pageSize;
        return kMarginShare * std::min(size.width(), size.height());
    }

    static StampScan scan(const layout::LayoutPage& page);
};

} // namespace scrutineer::parse
