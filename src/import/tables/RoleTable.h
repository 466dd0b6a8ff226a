#pragma once

#include "tables/ColumnRoles.h"
#include "tables/RowCutter.h"
#include "tables/TableBuilder.h"

#include <QList>
#include <QString>

#include <optional>

// One table read by the role of its columns, fed line by line across pages: repeated or drifting
// headers, headerless continuation pages, rows split by page breaks, section rows printed across
// the table, cells merged down beside several rows (centred or top-aligned). At the end the
// columns' roles are settled by what they hold and RowCutter cuts the lines into rows. One
// instance per table; any thread.
namespace scrutineer::parse {

struct RoleTableResult {
    TableKind kind = TableKind::None;
    TableHeader header; // keys settled
    QList<RoleRow> rows;
    QStringList roles; // the roles recognised, left to right
    double confidence = 0; // of the header reading
    int firstPage = 0;
    int lastPage = 0;
    int linesRead = 0;
};

class RoleTable final {
public:
    RoleTable(const TableHeader& header, TableKind kind, const QString& section);

    TableKind kind() const { return m_kind; }
    int lastPage() const
    {
        return m_lines.isEmpty() ? m_headers.last().pageNumber : m_lines.last().assigned.line.pageNumber;
    }
    // A header repeated on a later page (wording and x-positions may drift). The page's title
    // the table took above it (see titledAbove) is given back: it is no row.
    void repeatHeader(const TableHeader& header);
    // True when every line the table took on `header`'s page lies above the header and is a
    // continued title (below): the header repeats the table's.
    bool titledAbove(const TableHeader& header) const;
    // True when the line is a page's title saying the table goes on: set larger than the rows the
    // table took on the pages before, and saying so ("Appendix 1 (continued)", cue `table-continued`).
    bool isContinuedTitle(const layout::LayoutLine& line) const;
    // A table whose extent is known (a region the user marked): every line fed belongs to it,
    // whatever gaps, page breaks or larger lines it meets.
    void setBounded(bool bounded) { m_bounded = bounded; }
    // False when the line cannot belong to the table (it ended before this line).
    // `sectionRow`: the caller knows the line for a section banner printed across the rows.
    bool feed(const layout::LayoutLine& line, bool sectionRow = false);
    RoleTableResult finish();

private:
    bool isSpanning(const layout::LayoutLine& line) const;
    bool isHeading(const layout::LayoutLine& line) const;
    bool opensPageUnderSection(const layout::LayoutLine& line) const;
    void dropNoteBelowOneLineRows();

    TableBuilder m_builder;
    TableKind m_kind;
    QString m_section;
    QList<RoleLine> m_lines;
    QList<TableHeader> m_headers;
    bool m_bounded = false;
    std::optional<qreal> m_rowsLeft; // of the rows read so far: lines filling two cells or more
    std::optional<qreal> m_secondCellLeft; // where those rows' text after the ref column starts
};

} // namespace scrutineer::parse
