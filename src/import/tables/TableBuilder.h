#pragma once

#include "layout/LayoutPage.h"
#include "tables/HeaderReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

// Generic table reconstruction from word boxes: header rows read by HeaderReader give
// column x-bands; body words go to the band they overlap most (so drifting cells land right);
// rows accumulate cell by cell, across lines and page breaks. The table kinds (action plans,
// threshold tables) decide where rows start and where a table ends. Value types; any thread.
namespace scrutineer::parse {

// One line's words split into the header's columns (parallel to TableHeader::columns).
struct AssignedLine {
    layout::LayoutLine line;
    QList<QList<layout::LayoutWord>> cells;

    QString text(qsizetype column) const;
    bool isEmpty(qsizetype column) const { return column < 0 || column >= cells.size() || cells.at(column).isEmpty(); }
};

// A table row as printed: each column's text lines, in order, plus where the row started.
struct TableRow {
    QHash<QString, QStringList> cells;
    int pdfPage = 0;
    qreal top = 0;
    int lineCount = 0;
    bool bandsOnFirstLine = false; // for kinds that care where their key cells sit

    QString text(const QString& key) const; // the cell's lines joined (line-end hyphens kept)
    QString line(const QString& key) const; // the same on one line, runs of white space collapsed
    bool has(const QString& key) const { return !cells.value(key).isEmpty(); }
};

// Words -> the same text a LayoutLine would print.
QString wordsText(const QList<layout::LayoutWord>& words);

// A heading printed in capitals ("HOW WE WILL KNOW OUR PRACTICE IS GOOD?"): tables end there.
bool isCapitalHeading(const layout::LayoutLine& line);

class TableBuilder {
public:
    // Words may start this far left of their heading: a column's band starts there (for a
    // region the user marked, whose boundaries are drawn, in points).
    static constexpr qreal kEdgeTolerance = 2.0;
    // For the words of a line, a share of their height, so that the bands do not change with
    // the size of the page and its type (2 pt for 9 pt type, 2.5 pt for 11 pt).
    static constexpr qreal kEdgeToleranceShare = 0.22;
    // A word lines up with a column when its left edge is this share of its line's height from
    // the column's: 4 pt for 9.25 pt type, and so at any scale of the page.
    static constexpr qreal kAlignShare = 0.43;
    // A word starts on a column's edge when its left edge is this share of its height from the
    // heading's: under half a point, as a cell's text stands at the cell's padding on every row.
    static constexpr qreal kOnEdgeShare = 0.06;

    explicit TableBuilder(const TableHeader& header);

    // A header repeated on a later page (wording may drift): its x-bands replace the old ones.
    void setHeader(const TableHeader& header);
    const TableHeader& header() const { return m_header; }

    // Each run of words (words closer than half a line height) goes to the column whose x-band
    // it overlaps most, so a cell shifted off its heading still lands whole. Column i's band runs
    // from its heading's left edge to the next heading's left edge.
    AssignedLine assign(const layout::LayoutLine& line) const;
    QList<int> columnsOf(const layout::LayoutLine& line) const; // parallel to line.words
    int columnOf(qreal left, qreal right, qreal textHeight) const;

    void startRow(const layout::LayoutLine& line); // an empty row beginning at this line
    void appendToRow(const AssignedLine& line); // cell by cell; starts a row when there is none
    void appendCell(const QString& key, const QString& text);
    void markBodyLine(const layout::LayoutLine& line); // a line that joined the current row
    bool hasRow() const { return !m_rows.isEmpty(); }
    TableRow& currentRow() { return m_rows.last(); }
    const QList<TableRow>& rows() const { return m_rows; }
    QList<TableRow> takeRows();

    // Remember the last line seen, for gaps and page breaks (also lines the kind dropped).
    void noteLine(const layout::LayoutLine& line);
    // Blank space between the last line seen on this page and this line; infinite after a page break.
    qreal gapAbove(const layout::LayoutLine& line) const;
    // True until a body line of this page joined a row: the line may continue a row split by the page break.
    bool firstBodyLineOnPage(const layout::LayoutLine& line) const { return line.pageNumber != m_lastBodyPage; }
    // The body lines last seen were on `page`, or none yet (0): a line taken back from the table.
    void setLastBodyPage(int page) { m_lastBodyPage = page; }
    bool headerJustSeen() const { return m_headerJustSeen; }
    // True when the line's words line up with the header's columns (a headerless continuation):
    // their left edges within kAlignShare of the line's height of the columns'.
    bool alignsWithColumns(const layout::LayoutLine& line) const;
    // True when the line cannot belong to the open table: a capitals heading, a new page whose
    // first line does not line up with the columns, or more blank space above it than
    // `maxGapLines` of its own height.
    bool endsTable(const layout::LayoutLine& line, qreal maxGapLines) const;

    // Vertically merged cells: copy the nearest non-empty cell above into empty ones.
    static void fillDown(QList<TableRow>& rows, const QStringList& keys);
    static QString joinLines(const QStringList& lines);

private:
    // Where a run of words from `start` to `end` ends: before a word that starts on the left edge
    // of the next column, as that column's cells and heading do, when the run crosses that one edge.
    qsizetype runEndAtColumnEdge(const layout::LayoutLine& line, qsizetype start, qsizetype end) const;

    TableHeader m_header;
    QList<TableRow> m_rows;
    int m_lastPage = 0;
    int m_lastBodyPage = 0;
    qreal m_lastBottom = 0;
    bool m_headerJustSeen = true;
};

} // namespace scrutineer::parse
