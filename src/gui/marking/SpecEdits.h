#pragma once

#include "MarkedTable.h"
#include "tables/RegionTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace scrutineer::gui {

// The edits the mark-table dialog makes to how a marked table is read: its kind, its heading
// lines, a column's role, the column boundaries and the row starts. Each gives the spec after the
// edit and the undo text, or nothing when the edit does not apply; `boundaries` and `starts` are
// the columns and rows the user sees now (the spec's own, else the reader's). Stateless; GUI thread.
class SpecEdits final {
    Q_DECLARE_TR_FUNCTIONS(SpecEdits)

public:
    struct Edit {
        MarkedTableSpec spec;
        QString text;
    };

    static Edit kind(MarkedTableSpec spec, MarkedKind kind);
    static Edit headingLines(MarkedTableSpec spec, int lines);
    static std::optional<Edit> columnRole(MarkedTableSpec spec, const QList<double>& boundaries, int column,
                                          const QString& role);
    static std::optional<Edit> moveBoundary(MarkedTableSpec spec, const QList<double>& boundaries, int index,
                                            double fraction);
    static std::optional<Edit> splitColumn(MarkedTableSpec spec, const QList<double>& boundaries, int column);
    static std::optional<Edit> mergeColumns(MarkedTableSpec spec, const QList<double>& boundaries, int column);
    static std::optional<Edit> joinRows(MarkedTableSpec spec, QList<RowStart> starts, int first, int last);
    static std::optional<Edit> splitRow(MarkedTableSpec spec, QList<RowStart> starts,
                                        const QList<parse::RegionRow>& rows, int row);
    // A row starts at the line nearest (page, y) of the rows read, or stops starting there.
    static std::optional<Edit> toggleRowStart(MarkedTableSpec spec, QList<RowStart> starts,
                                              const QList<parse::RegionRow>& rows, int page, qreal y);
};

} // namespace scrutineer::gui
