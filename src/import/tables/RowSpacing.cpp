#include "tables/RowSpacing.h"

#include "tables/RowCutter.h"

#include <algorithm>

namespace scrutineer::parse {

RowSpacing::RowSpacing(const QList<RoleLine>& lines, const QString& anchor, const QStringList& tracked)
    : m_tracked(tracked)
{
    // The pitch between lines inside a cell; rows leave more.
    QList<qreal> pitches;
    QList<qreal> heights;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const layout::LayoutLine& line = lines.at(i).assigned.line;
        heights.append(line.height());
        if (i == 0 || lines.at(i).spanning || lines.at(i - 1).spanning || lines.at(i).afterHeader)
            continue;
        const layout::LayoutLine& previous = lines.at(i - 1).assigned.line;
        if (previous.pageNumber == line.pageNumber && line.top() > previous.top())
            pitches.append(line.top() - previous.top());
    }
    std::sort(pitches.begin(), pitches.end());
    std::sort(heights.begin(), heights.end());
    const qreal medianHeight = heights.isEmpty() ? 10 : heights.at(heights.size() / 2);
    // The pitch of lines inside a cell: the middle of the smaller half of the real line steps
    // (not superscripts or glued lines, nor a stray close pair from neighbouring cells).
    qreal basePitch = 1.3 * medianHeight;
    QList<qreal> steps;
    for (const qreal pitch : std::as_const(pitches)) {
        if (pitch >= 0.6 * medianHeight)
            steps.append(pitch);
    }
    if (!steps.isEmpty())
        basePitch = std::min(steps.at((steps.size() - 1) / 4), 1.6 * medianHeight);
    // Rows of one line each (every line with an anchor also has a tracked cell): each such line
    // is a row, whatever the spacing.
    int anchored = 0;
    int complete = 0;
    QList<int> trackedPerLine;
    for (const RoleLine& line : lines) {
        if (line.spanning || line.cell(anchor).isEmpty())
            continue;
        ++anchored;
        complete += line.anyCell(tracked) ? 1 : 0;
        if (const int filled = trackedCells(line); filled > 0)
            trackedPerLine.append(filled);
    }
    // How many tracked cells a row's line fills (the median): a line filling under half of them
    // wraps the row above (a long measure name beside a wrapped lead officer), not a new row.
    std::sort(trackedPerLine.begin(), trackedPerLine.end());
    const int rowTrackedCells = trackedPerLine.isEmpty() ? 0 : trackedPerLine.at(trackedPerLine.size() / 2);
    // (Only where rows leave no wider gap than lines do: cells that wrap side by side also give
    // every line an anchor and a tracked cell.)
    bool uniform = true;
    for (const qreal step : std::as_const(steps))
        uniform = uniform && step <= 1.3 * basePitch + 0.5;
    const bool singleLineRows = uniform && !tracked.isEmpty() && anchored >= 2 && complete * 10 >= anchored * 9;

    m_basePitch = basePitch;
    m_uniform = uniform;
    m_singleLineRows = singleLineRows;
    m_rowTrackedCells = rowTrackedCells;
    m_anchored = anchored;
    m_complete = complete;
}

int RowSpacing::trackedCells(const RoleLine& line) const
{
    int filled = 0;
    for (const QString& key : m_tracked)
        filled += line.cell(key).isEmpty() ? 0 : 1;
    return filled;
}

} // namespace scrutineer::parse
