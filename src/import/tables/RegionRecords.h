#pragma once

#include "tables/ColumnRoles.h"
#include "tables/RegionTable.h"

#include <QHash>
#include <QList>
#include <QSet>

// The parts of reading a marked region that depend on what the user said it is: the roles of
// attendance lists and agendas (which the table lexicon does not cover), the column a kind's rows
// hang on, where rows of a list start, and the records (actions, indicators with readings and
// bands, attendance, agenda items, a resolution) the rows become. Stateless; any thread.
namespace scrutineer::parse {

class RegionRecords final {
public:
    // Roles for the columns of an attendance list or an agenda, from headings and cells.
    static void guessListRoles(MarkedKind kind, TableHeader& header, const QHash<QString, ColumnProfile>& profiles);
    // Gives the kind's anchor role (action, measure, name, title) to the likeliest column the user
    // has not named, when no column has it.
    static void ensureAnchor(MarkedKind kind, TableHeader& header, const QHash<QString, ColumnProfile>& profiles,
                             const QSet<int>& chosen);
    // The table kind the roles make, within what the user said the table is.
    static TableKind tableKind(MarkedKind kind, const TableHeader& header);
    // Row starts for lists and for tables the role reader cut no rows in: a line per attendee,
    // an agenda item per printed number, else a row per block of lines.
    static QList<RowStart> listRowStarts(MarkedKind kind, const QList<QList<layout::LayoutLine>>& body);
    // The rows as records, marked as defined by the user, each with its row's area.
    static void build(RegionTableResult& result, const TableHeader& header, const QList<PageArea>& areas);
    // A resolution from the marked lines: its text after the RESOLVED marker, and its clauses.
    static Resolution resolution(const QList<layout::LayoutLine>& lines);
    // The anchor role of a kind.
    static QString anchorRole(MarkedKind kind);
};

} // namespace scrutineer::parse
