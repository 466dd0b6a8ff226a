#include "tables/RowPlacement.h"

#include "tables/Figure.h"
#include "tables/RoleTable.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scrutineer::parse {

RowPlacement::RowPlacement(QList<CellLine> cells, qreal basePitch) : m_cells(std::move(cells)), m_basePitch(basePitch)
{
}

void RowPlacement::assignMerged(QList<RoleRow>& rows, const QList<qreal>& rowTops, const QString& key) const
{
    // Blocks: consecutive lines of the merged column with no row gap between them.
    struct Block {
        QStringList lines;
        qreal top = 0;
        qreal bottom = 0;
    };
    QList<Block> blocks;
    qreal lastY = -1;
    int lastLine = -1;
    for (const CellLine& cell : m_cells) {
        if (cell.key != key || cell.line == lastLine)
            continue; // (a line's first cell of that role only)
        lastLine = cell.line;
        if (blocks.isEmpty() || rowGap(cell.top - lastY))
            blocks.append(Block {{}, cell.top, cell.top});
        blocks.last().lines.append(cell.text);
        blocks.last().bottom = cell.top + cell.height;
        lastY = cell.top;
    }
    if (blocks.isEmpty() || rows.isEmpty())
        return;
    // Top-aligned cells start on a row's first line; centred ones sit somewhere inside their rows.
    int aligned = 0;
    for (const Block& block : blocks) {
        for (const qreal top : rowTops)
            aligned += std::abs(top - block.top) < 1.0 ? 1 : 0;
    }
    const bool centred = aligned * 2 < blocks.size();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const qreal top = rowTops.at(r);
        const qreal bottom = r + 1 < rowTops.size() ? rowTops.at(r + 1) : top + m_basePitch;
        int chosen = -1;
        if (centred) {
            qreal best = std::numeric_limits<qreal>::max();
            const qreal middle = (top + bottom) / 2;
            for (int b = 0; b < blocks.size(); ++b) {
                const qreal distance = std::abs((blocks.at(b).top + blocks.at(b).bottom) / 2 - middle);
                if (distance < best) {
                    best = distance;
                    chosen = b;
                }
            }
        } else {
            for (int b = 0; b < blocks.size(); ++b) {
                if (blocks.at(b).top < bottom - 0.5)
                    chosen = b;
            }
        }
        if (chosen >= 0)
            rows[r].row.cells.insert(key, blocks.at(chosen).lines);
    }
}

void RowPlacement::placeByCentre(QList<RoleRow>& rows, const QList<std::pair<qreal, qreal>>& anchorSpans,
                                 const QString& anchor, bool uniform) const
{
    // Word processors centre cells in their rows: a tall lead's cell starts above a short action
    // beside it. Each other column's blocks (its lines at the pitch of one cell) go to the row
    // whose stretch holds the block's middle, provided the block reaches down beside that anchor.
    if (rows.isEmpty())
        return; // a header with no row under it: nothing to place the cells in
    QList<qreal> boundaries; // boundaries[r]: where row r starts
    for (qsizetype r = 0; r < anchorSpans.size(); ++r) {
        boundaries.append(r == 0 ? -std::numeric_limits<qreal>::infinity()
                                 : (anchorSpans.at(r - 1).second + anchorSpans.at(r).first) / 2);
    }
    struct Block {
        QStringList lines;
        qreal top = 0;
        qreal bottom = 0;
        bool lastLevelWithAnchor = false;
    };
    QHash<QString, QList<Block>> blocks;
    for (const CellLine& cell : m_cells) {
        if (cell.key == anchor)
            continue;
        QList<Block>& list = blocks[cell.key];
        // A block ends at a gap, or, where rows leave no gap between them, on the line where a
        // row's anchor starts (top-aligned cells of neighbouring rows).
        // A figure never wraps, and a line level with a row's first line whose block's last line
        // was level with another row's first line is not that cell's second line (single-line
        // rows, 'High' over 'Low', with no gap between them).
        bool levelWithAnchor = false;
        for (const auto& span : anchorSpans)
            levelWithAnchor = levelWithAnchor || std::abs(span.first - cell.top) < 1;
        const bool startsRow = levelWithAnchor
            && (uniform || isFigureAlone(cell.text) || (!list.isEmpty() && list.last().lastLevelWithAnchor));
        if (list.isEmpty() || rowGap(cell.top - list.last().bottom + cell.height) || startsRow)
            list.append(Block {{}, cell.top, cell.top, false});
        list.last().lines.append(cell.text);
        list.last().bottom = cell.top + cell.height;
        list.last().lastLevelWithAnchor = levelWithAnchor;
    }
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        for (RoleRow& row : rows)
            row.row.cells.remove(it.key());
        for (const Block& block : it.value()) {
            const qreal middle = (block.top + block.bottom) / 2;
            qsizetype r = 0;
            while (r + 1 < boundaries.size() && boundaries.at(r + 1) <= middle)
                ++r;
            // A block wholly above the anchor of the row it would join, beside none of its lines,
            // is a second entry stacked in the row above (a further lead under the first).
            if (r > 0 && block.bottom <= anchorSpans.at(r).first + 1)
                --r;
            rows[r].row.cells[it.key()] += block.lines;
        }
    }
}

} // namespace scrutineer::parse
