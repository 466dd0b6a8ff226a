#pragma once

#include "minutes/MinutesLines.h"

#include <QList>
#include <QStringList>

#include <optional>

// The header of minutes printed as a table, one row a minute: the line (or two, when headings
// wrap) that names the columns, and the role of each column told by its heading against the
// lexicon's minutes-column-* entries: the row's number or reference, the item's subject, the
// decision, the interests declared, or another column beside them (reasons, alternatives, lead).
// A line is the header when it names a number, a subject and a decision column, in any order, and
// (nearly) all its cells are headings. Stateless; any thread.
namespace scrutineer::parse {

enum class MinutesColumnRole { Number, Subject, Decision, Declarations, Other };

struct MinutesColumn {
    qreal left = 0;
    MinutesColumnRole role = MinutesColumnRole::Other;
};

struct MinutesTableHeader {
    qsizetype line = -1; // the header's first line
    QStringList keys; // each header line's text, normalised, to know the header when it is repeated
    QList<MinutesColumn> columns; // left to right

    // The column a cell starting at `left` sits in: the last whose left edge it reaches (cells are
    // set flush left in their columns); -1 left of the table.
    qsizetype columnOf(qreal left, qreal height) const;
    qreal leftOf(MinutesColumnRole role) const; // the first such column's left edge; 0 when none
};

class MinutesTableColumns final {
public:
    // The first header among `lines`; nothing when no line names the three columns.
    static std::optional<MinutesTableHeader> find(const QList<MinutesLine>& lines);
};

} // namespace scrutineer::parse
