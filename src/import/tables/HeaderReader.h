#pragma once

#include "layout/LayoutPage.h"
#include "lexicon/Lexicon.h"
#include "tables/HeadingSplitter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Table headers from word boxes, by the role of each column: a header row is a line of separate
// headings, most of which the lexicon knows (as whole phrases or by a cue word), continued by the
// lines just below where headings wrap inside their cells ("How we will" above "know", "Progress /"
// above "Review Date", "Timescal" above "e"). Headings the lexicon does not know still make
// columns; the table readers give them a role from their cells. HeadingSplitter splits each line
// into headings. Value types; any thread.
namespace scrutineer::parse {

struct TableColumn {
    TableColumn() = default;
    TableColumn(QString columnKey, qreal columnLeft, qreal columnRight)
        : key(std::move(columnKey)), left(columnLeft), right(columnRight)
    {
    }

    QString key; // the role the table reader settled on ("action", "owner" ...), a band's grade, or empty
    qreal left = 0;
    qreal right = 0;
    QString heading; // as printed, its lines joined
    QStringList roles; // what the heading says, most likely first; empty when it says nothing
    QString grade; // threshold band columns: the grade ("Good")
    bool byPhrase = false; // the whole heading is a known phrase
    bool political = false; // the heading names a political lead ("Lead member"), not who acts
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
    int knownColumns() const; // columns whose heading the lexicon knows
};

class HeaderReader final {
public:
    explicit HeaderReader(const Lexicon& lexicon = Lexicon::instance());

    // The header starting at lines[index], or std::nullopt when that line is no header row.
    // Columns carry their heading's roles; `key` is the heading's most likely role (or grade).
    std::optional<TableHeader> read(const QList<layout::LayoutLine>& lines, qsizetype index) const;

private:
    using Group = HeadingSplitter::Group;
    using Fit = HeadingSplitter::Fit;
    struct Column {
        qreal left = 0;
        qreal right = 0;
        QString text;
        bool spanning = false;
        QString period; // printed under the heading ("30/09/2024"); no part of what names the role
    };

    // Folds a continuation line into the columns; false (columns untouched) when the line is no
    // part of the header.
    bool continueWith(const layout::LayoutLine& line, QList<Column>& columns) const;
    // The same for a line above the header's first line, whose headings the first line finishes.
    bool precedeWith(const layout::LayoutLine& line, QList<Column>& columns) const;

    const Lexicon& m_lexicon;
    HeadingSplitter m_headings;
};

} // namespace scrutineer::parse
