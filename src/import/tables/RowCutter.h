#pragma once

#include "tables/ColumnRoles.h"
#include "tables/RowPlacement.h"
#include "tables/RowSpacing.h"
#include "tables/TableBuilder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace scrutineer::parse {

// One body line of a table read by role, as RoleTable collected it. A value type; any thread.
struct RoleLine {
    AssignedLine assigned;
    QStringList keys; // column keys when the line was read (parallel to assigned.cells)
    bool spanning = false; // one run across several columns: a section row
    bool pageTop = false; // first body line on its page
    bool afterHeader = false;

    // The text of the cell under the column with this key; empty when there is none.
    QString cell(const QString& key) const;
    bool anyCell(const QStringList& cellKeys) const;
};

// A row of a table read by role.
struct RoleRow {
    TableRow row; // cells by role
    QString section; // the section row or banner above it, and merged outcome/objective cells
    bool refFilled = false; // the ref came from a merged or stacked cell above
};

// Cuts a table's lines into rows once its columns' roles are settled: where the ref column gets a
// ref, where the anchor column (the action, the measure, the recommendation) starts after the gap
// rows leave between them, where two columns start their next values together, one row a line
// when every line is a row; section rows and group headings name the rows below them. Then places
// merged and centred cells (RowPlacement) and carries refs down beside stacked actions. Measures
// the rows' spacing first (RowSpacing). One instance per table being finished; any thread.
class RowCutter final {
public:
    RowCutter(const QList<RoleLine>& lines, const TableHeader& header, TableKind kind, const QString& section);
    QList<RoleRow> cut() const;

private:
    // The non-empty cells of known columns, for placing merged and centred cells in rows.
    QList<RowPlacement::CellLine> cellLines() const;
    void placeMergedAndRefs(QList<RoleRow>& rows, const QList<qreal>& rowTops,
                            const QList<std::pair<qreal, qreal>>& anchorSpans) const;

    const QList<RoleLine>& m_lines;
    TableKind m_kind;
    QString m_section;
    QString m_anchor; // the column a row starts in: the action, the measure or the recommendation
    QStringList m_tracked; // the columns a row's line fills beside the anchor
    QStringList m_merged; // columns merged down beside several rows (outcome, objective, plan)
    bool m_hasRef = false;
    RowSpacing m_spacing;
};

} // namespace scrutineer::parse
