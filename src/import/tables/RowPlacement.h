#pragma once

#include <QList>
#include <QString>

#include <utility>

// Cells that join rows by where they sit rather than by the line they are printed on: a column
// merged down beside several rows (an outcome or objective), and cells a word processor centred
// in tall rows. Pure geometry over a table's cell lines, with positions down the document; one
// instance per table being finished, any thread.
namespace scrutineer::parse {

struct RoleRow;

class RowPlacement final {
public:
    struct CellLine {
        int line = 0; // index of the table line it is on
        QString key; // the column's role
        QString text;
        qreal top = 0; // down the document (documentY)
        qreal height = 0;
    };

    // A position down the document, comparable across pages.
    static qreal documentY(int page, qreal y) { return page * 100000.0 + y; }

    // cells: the table's non-empty cells of known columns, line by line, top to bottom.
    // basePitch: the pitch of lines inside one cell (rows leave more).
    RowPlacement(QList<CellLine> cells, qreal basePitch);

    // Gives each row the block of the merged column `key` beside it: top-aligned blocks go to the
    // rows they start in, centred ones to the row whose middle is nearest.
    void assignMerged(QList<RoleRow>& rows, const QList<qreal>& rowTops, const QString& key) const;
    // Moves every column's blocks other than the anchor's to the row whose stretch (from the middle
    // of the gap above its anchor cell to the middle of the gap below) holds the block's middle.
    void placeByCentre(QList<RoleRow>& rows, const QList<std::pair<qreal, qreal>>& anchorSpans, const QString& anchor,
                       bool uniform) const;

private:
    bool rowGap(qreal step) const { return step > 1.3 * m_basePitch + 0.5; }

    QList<CellLine> m_cells;
    qreal m_basePitch;
};

} // namespace scrutineer::parse
