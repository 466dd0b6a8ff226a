#pragma once

#include "layout/LayoutPage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

// Generic table reconstruction from word boxes: header rows matched against a vocabulary give
// column x-bands; body words go to the band they overlap most (so drifting cells land right);
// rows accumulate cell by cell, across lines and page breaks. The table kinds (action plans,
// threshold tables) decide where rows start and where a table ends. Value types; any thread.
namespace scrutineer::parse {

// A column heading a table kind knows: its key and the wordings it may be printed with
// (lower-case words; punctuation is ignored when matching, so "Progress / Review Date" matches
// "progress review date").
struct ColumnSpec {
    QString key;
    QStringList phrases;
    bool spanning = false; // a heading over other columns ("Thresholds"): recognised, not a column
};

struct TableColumn {
    QString key;
    qreal left = 0;
    qreal right = 0;
};

struct TableHeader {
    QList<TableColumn> columns; // left to right
    int pageNumber = 0;
    qreal top = 0;
    qreal bottom = 0;
    int lineCount = 0; // lines the header used: its first line and any continuation lines

    int indexOf(const QString& key) const;
    bool has(const QString& key) const { return indexOf(key) >= 0; }
    QStringList keys() const;
};

// Recognises header rows: lines made only of known column wordings, continued by lines just
// below (`Progress /` above `Review Date`, `Requires` above `Improvement`). A heading may wrap
// inside its cell (`What does it` above `show?`): the words below it must finish it.
class HeaderMatcher {
public:
    explicit HeaderMatcher(const QList<ColumnSpec>& specs);

    // The header starting at lines[index], or std::nullopt when that line is not a header row.
    std::optional<TableHeader> match(const QList<layout::LayoutLine>& lines, qsizetype index) const;

    // Cheap pre-test shared by several matchers: the line's first word as headings compare it
    // ("Progress" -> "progress"), and whether some heading of this matcher starts with it.
    static QString firstToken(const layout::LayoutLine& line);
    bool mayStart(const QString& token) const;

private:
    struct Phrase {
        QString key;
        QStringList words;
        bool spanning = false;
    };
    struct Group {
        QString key;
        bool spanning = false;
        qreal left = 0;
        qreal right = 0;
        QStringList pending; // a heading wrapped inside its cell: the words still expected below
        bool continued = false; // these words finish the pending heading of the column above
    };
    // `above`: the columns matched on the header's earlier lines, whose wrapped headings this
    // line may finish.
    std::optional<QList<Group>> matchLine(const layout::LayoutLine& line, const QList<Group>* above = nullptr) const;

    QList<Phrase> m_phrases; // longest first
    QStringList m_firstWords; // sorted
};

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
    bool has(const QString& key) const { return !cells.value(key).isEmpty(); }
};

// Words -> the same text a LayoutLine would print.
QString wordsText(const QList<layout::LayoutWord>& words);

// A heading printed in capitals ("HOW WE WILL KNOW OUR PRACTICE IS GOOD?"): tables end there.
bool isCapitalHeading(const layout::LayoutLine& line);

class TableBuilder {
public:
    explicit TableBuilder(const TableHeader& header);

    // A header repeated on a later page (wording may drift): its x-bands replace the old ones.
    void setHeader(const TableHeader& header);
    const TableHeader& header() const { return m_header; }

    // Each run of words (words closer than half a line height) goes to the column whose x-band
    // it overlaps most, so a cell shifted off its heading still lands whole. Column i's band runs
    // from its heading's left edge to the next heading's left edge.
    AssignedLine assign(const layout::LayoutLine& line) const;
    QList<int> columnsOf(const layout::LayoutLine& line) const; // parallel to line.words
    int columnOf(qreal left, qreal right) const;

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
    bool headerJustSeen() const { return m_headerJustSeen; }
    // True when the line's words line up with the header's columns (a headerless continuation).
    bool alignsWithColumns(const layout::LayoutLine& line, qreal tolerance = 4) const;

    // Vertically merged cells: copy the nearest non-empty cell above into empty ones.
    static void fillDown(QList<TableRow>& rows, const QStringList& keys);
    static QString joinLines(const QStringList& lines);

private:
    TableHeader m_header;
    QList<TableRow> m_rows;
    int m_lastPage = 0;
    int m_lastBodyPage = 0;
    qreal m_lastBottom = 0;
    bool m_headerJustSeen = true;
};

} // namespace scrutineer::parse
