#pragma once

#include "tables/RegionTable.h"
#include "tables/TableBuilder.h"

#include <QList>
#include <QRectF>
#include <QSet>
#include <QStringList>

namespace scrutineer::parse {

// One marked area and the lines inside it.
struct RegionArea {
    PageArea area;
    QList<layout::LayoutLine> lines;
};

// Reads one table the user marked (RegionTable::read): finds its columns (the user's boundaries,
// the header the HeaderReader knows, or the gutters between the words), settles their roles, cuts
// the rows and builds the records. One instance per read; any thread.
class RegionRun final {
public:
    RegionRun(const layout::LayoutDocument& document, const MarkedTableSpec& spec);
    RegionTableResult run();

private:
    const QRectF& firstRect() const { return m_areas.first().area.rect; }
    QList<PageArea> areaRects() const;
    // The header in an area's coordinates: the first area's columns scaled into its rectangle.
    TableHeader headerFor(int index) const;
    // Columns from the user's boundaries, the header the HeaderReader knows, or the gutters; the
    // header lines from the user, the HeaderReader or the look of the first line.
    void findColumns();
    void settleRoles();
    void cutRows();

    const MarkedTableSpec& m_spec;
    QList<RegionArea> m_areas;
    QList<QList<layout::LayoutLine>> m_body; // per area: the lines below the headings
    TableHeader m_header; // in the first area's coordinates, keys settled
    QSet<int> m_chosen; // columns whose role the user chose
    QStringList m_sections; // per row the reader cut: the section naming it
    RegionTableResult m_result;
};

} // namespace scrutineer::parse
