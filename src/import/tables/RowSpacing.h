#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How a table's rows are spaced, measured once from its body lines before RowCutter cuts them:
// the pitch of lines inside a cell (rows leave more), whether rows leave no wider gap than lines
// do, and whether every line with an anchor is a row of its own. A value type; any thread.
namespace scrutineer::parse {

struct RoleLine;

class RowSpacing final {
public:
    RowSpacing() = default;
    // `anchor` is the column a row starts in; `tracked` the columns a row's line fills beside it.
    RowSpacing(const QList<RoleLine>& lines, const QString& anchor, const QStringList& tracked);

    qreal basePitch() const { return m_basePitch; }
    bool uniform() const { return m_uniform; }
    bool singleLineRows() const { return m_singleLineRows; }
    int rowTrackedCells() const { return m_rowTrackedCells; }
    int anchored() const { return m_anchored; }
    int complete() const { return m_complete; }
    // How many of the tracked columns (due, owner, status, figures ...) the line fills.
    int trackedCells(const RoleLine& line) const;

private:
    QStringList m_tracked;
    qreal m_basePitch = 0; // the pitch of lines inside a cell; rows leave more
    bool m_uniform = true; // rows leave no wider gap than lines do
    bool m_singleLineRows = false; // every line with an anchor is a row
    int m_rowTrackedCells = 0; // how many tracked cells a row's line fills (the median)
    int m_anchored = 0; // lines with an anchor
    int m_complete = 0; // of those, lines with a tracked cell
};

} // namespace scrutineer::parse
