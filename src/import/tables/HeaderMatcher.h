#pragma once

#include "layout/LayoutPage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Table headers from word boxes: a header row is a line made only of column wordings a table
// kind knows, continued by lines just below; its columns give the x-bands TableBuilder assigns
// body words to. Value types; any thread.
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

} // namespace scrutineer::parse
