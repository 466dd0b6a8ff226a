#include "tables/RoleTable.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/RefCell.h"
#include "tables/RowCues.h"
#include "tables/RowCutter.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace scrutineer::parse {
namespace {

// "11.6", "8.12", "3.": a report's paragraph number.
bool isParagraphNumber(const QString& word)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,2}(?:\\.\\d{1,2})*\\.?$"));
    return number.match(word).hasMatch();
}

} // namespace

RoleTable::RoleTable(const TableHeader& header, TableKind kind, const QString& section)
    : m_builder(header), m_kind(kind), m_section(section)
{
    m_headers.append(header);
}

void RoleTable::repeatHeader(const TableHeader& header)
{
    if (titledAbove(header)) {
        m_lines.erase(
            std::remove_if(m_lines.begin(), m_lines.end(),
                           [&](const RoleLine& line) { return line.assigned.line.pageNumber == header.pageNumber; }),
            m_lines.end());
        // The row split by the page break may carry on under the header.
        m_builder.setLastBodyPage(m_lines.isEmpty() ? 0 : m_lines.last().assigned.line.pageNumber);
    }
    m_builder.setHeader(header);
    m_headers.append(header);
}

bool RoleTable::titledAbove(const TableHeader& header) const
{
    bool above = false;
    for (const RoleLine& body : m_lines) {
        const layout::LayoutLine& line = body.assigned.line;
        if (line.pageNumber < header.pageNumber)
            continue;
        if (line.pageNumber > header.pageNumber || line.top() >= header.top || !isContinuedTitle(line))
            return false;
        above = true;
    }
    return above;
}

bool RoleTable::isContinuedTitle(const layout::LayoutLine& line) const
{
    // A title printed again without saying so may head the next table of the same columns (one
    // table per priority, each page titled alike): only the words decide.
    if (!Lexicon::instance().matches(QStringLiteral("table-continued"), text::collapseWhitespace(line.text())))
        return false;
    // A title is set at least this much larger than the rows (a bold 11 pt title over 8 pt rows).
    constexpr qreal kTitleScale = 1.2;
    QList<qreal> heights;
    for (const RoleLine& body : m_lines) {
        if (body.assigned.line.pageNumber < line.pageNumber)
            heights.append(body.assigned.line.height());
    }
    if (heights.isEmpty())
        return false;
    std::sort(heights.begin(), heights.end());
    return line.height() >= kTitleScale * heights.at(heights.size() / 2);
}

bool RoleTable::isSpanning(const layout::LayoutLine& line) const
{
    const QList<TableColumn>& columns = m_builder.header().columns;
    if (columns.size() < 3 || line.words.isEmpty())
        return false;
    // One run of words across two column boundaries: no gap wider than half a line height, or
    // justified prose whose stretched spaces stay narrower than a column gap and whose words run
    // over a column's edge (a table's cells never straddle one).
    const qreal height = line.height();
    qreal widest = 0;
    for (qsizetype i = 1; i < line.words.size(); ++i)
        widest = std::max(widest, line.words.at(i).box.left() - line.words.at(i - 1).box.right());
    if (widest > 1.5 * height)
        return false;
    const qreal left = line.words.first().box.left();
    const qreal right = line.words.last().box.right();
    int crossed = 0;
    int straddled = 0;
    for (qsizetype c = 1; c < columns.size(); ++c) {
        const qreal boundary = columns.at(c).left - 2;
        if (left < boundary - 3 && right > boundary + height)
            ++crossed;
        for (const layout::LayoutWord& word : line.words) {
            if (word.box.left() < boundary - 0.3 * word.box.width()
                && word.box.right() > boundary + 0.3 * word.box.width()) {
                ++straddled;
                break;
            }
        }
    }
    // Prose starting left of the table's first column is the page's running text.
    const bool outdented = left < columns.first().left - 0.5 * height;
    return crossed >= 2 && (widest <= 0.5 * height || straddled >= 1 || outdented);
}

// The first line of a page after the table's, saying a section goes on ("Response (continued)",
// cue `table-continued`) and set where the table's section rows were set (the same left edge and
// type size): the table goes on under it though its header is not repeated.
bool RoleTable::opensPageUnderSection(const layout::LayoutLine& line) const
{
    constexpr int kMaxSectionWords = 8;
    if (!m_builder.firstBodyLineOnPage(line) || m_builder.headerJustSeen() || line.words.isEmpty()
        || line.words.size() > kMaxSectionWords
        || !Lexicon::instance().matches(QStringLiteral("table-continued"), text::collapseWhitespace(line.text())))
        return false;
    return std::any_of(m_lines.cbegin(), m_lines.cend(), [&line](const RoleLine& body) {
        const layout::LayoutLine& seen = body.assigned.line;
        return body.spanning && seen.pageNumber < line.pageNumber
            && std::abs(seen.left() - line.left()) <= 0.5 * line.height()
            && std::abs(seen.height() - line.height()) <= 0.2 * seen.height();
    });
}

bool RoleTable::feed(const layout::LayoutLine& line, bool sectionRow)
{
    if (!m_bounded && (m_builder.endsTable(line, 3.5) || isHeading(line)) && !opensPageUnderSection(line)) {
        // A response cell may hold a table or a figure of its own, leaving a wide gap in the
        // column beside it: the table goes on where the next line keeps to its columns.
        const qreal gap = m_builder.gapAbove(line);
        const QList<TableColumn>& columns = m_builder.header().columns;
        const bool besideFirstColumn
            = columns.size() >= 2 && line.left() > (columns.at(0).left + columns.at(1).left) / 2;
        const bool pageTop = m_builder.firstBodyLineOnPage(line);
        if (m_kind != TableKind::Responses || isCapitalHeading(line) || (!pageTop && gap > 12 * line.height())
            || !(m_builder.alignsWithColumns(line) || besideFirstColumn))
            return false;
    }
    RoleLine entry;
    entry.assigned = m_builder.assign(line);
    entry.keys = m_builder.header().keys();
    entry.pageTop = m_builder.firstBodyLineOnPage(line);
    entry.afterHeader = m_builder.headerJustSeen();

    const int ref = m_builder.header().indexOf(role::Ref);
    const QString refText = entry.assigned.text(ref);
    bool sectionLabel = sectionRow;
    if (!sectionRow && !refText.isEmpty() && !RefCell::isRefList(refText) && !(ref == 0 && m_bounded)) {
        // A short title alone where refs should be heads the rows below it ("Housing" over the
        // housing measures); anything else there is prose or another table.
        sectionLabel = ref == 0 && isSectionLabel(entry.assigned, ref);
        if (ref == 0 && !sectionLabel)
            return false;
        if (!sectionLabel) {
            // A word drifting over from the column on the ref column's left.
            entry.assigned.cells[ref - 1] += entry.assigned.cells.at(ref);
            entry.assigned.cells[ref].clear();
        }
    }
    // A short title set out left of where the rows' text after the ref column starts, with
    // nothing in the ref column ("Supporting residents" printed between the ref and measure
    // columns), heads the rows below it as one printed in the ref column does: a cell's own
    // lines keep to the cell's left edge.
    // Before any row, where the heading of the column after the refs starts stands in for the
    // rows' text: the first group's title sits right under the header.
    const QList<TableColumn>& headerColumns = m_builder.header().columns;
    const bool headedSecond = headerColumns.size() >= 2 && !headerColumns.at(1).heading.isEmpty();
    const bool secondKnown = m_secondCellLeft.has_value() || headedSecond;
    const qreal secondCellLeft = m_secondCellLeft.value_or(headedSecond ? headerColumns.at(1).left : 0.0);
    if (!sectionLabel && ref == 0 && refText.isEmpty() && secondKnown
        && line.left() < secondCellLeft - 0.5 * line.height() && isSectionLabel(entry.assigned, 1))
        sectionLabel = true;
    entry.spanning = sectionLabel || isSpanning(line);
    // A numbered paragraph across the table, its number hanging in the margin well left of the
    // rows read so far ("11.6 Principal sums invested …"), is the page's running text going on
    // under the table, not a section row: the table has ended. Measured against the rows, not the
    // header: a measure column with no heading has no left edge of its own.
    if (!m_bounded && entry.spanning && !sectionLabel && m_rowsLeft && line.left() < *m_rowsLeft - 1.5 * line.height()
        && isParagraphNumber(line.words.first().text))
        return false;
    // The last line of a section row's paragraph may stop short of the next column: it still
    // belongs to the paragraph when it follows at the paragraph's own pitch and fills no other cell.
    if (!entry.spanning && !m_lines.isEmpty() && m_lines.last().spanning && !entry.pageTop) {
        const layout::LayoutLine& previous = m_lines.last().assigned.line;
        bool firstColumnOnly = true;
        for (qsizetype i = 1; i < entry.assigned.cells.size(); ++i)
            firstColumnOnly = firstColumnOnly && entry.assigned.isEmpty(i);
        entry.spanning = firstColumnOnly && line.top() - previous.top() <= 1.2 * previous.height()
            && std::abs(line.left() - previous.left()) < previous.height();
    }
    bool anyText = false;
    for (qsizetype i = 0; i < entry.assigned.cells.size(); ++i)
        anyText = anyText || !entry.assigned.isEmpty(i);
    if (!anyText)
        return true;
    int filled = 0;
    for (qsizetype i = 0; i < entry.assigned.cells.size(); ++i)
        filled += entry.assigned.isEmpty(i) ? 0 : 1;
    if (!entry.spanning && filled >= 2) {
        m_rowsLeft = std::min(m_rowsLeft.value_or(line.left()), line.left());
        if (ref == 0 && !entry.assigned.isEmpty(1)) {
            const qreal left = entry.assigned.cells.at(1).first().box.left();
            m_secondCellLeft = std::min(m_secondCellLeft.value_or(left), left);
        }
    }
    m_lines.append(entry);
    m_builder.markBodyLine(line);
    return true;
}

void RoleTable::dropNoteBelowOneLineRows()
{
    // A table whose rows are one line each (every line fills two cells or more) ends at a gap
    // wider by a third than any its rows left (what the row reader counts as a gap between rows
    // where rows leave none), where only lines filling one cell at most follow:
    // a note or the next paragraph under the table, not a last row. The gap is measured against
    // the rows' own pitch, not the line's height, so the font does not decide it; a group's
    // heading between rows is followed by rows and stays.
    const auto filledCells = [](const RoleLine& line) {
        int filled = 0;
        for (qsizetype c = 0; c < line.assigned.cells.size(); ++c)
            filled += line.assigned.isEmpty(c) ? 0 : 1;
        return filled;
    };
    qsizetype end = m_lines.size();
    while (end > 0 && !m_lines.at(end - 1).spanning && filledCells(m_lines.at(end - 1)) <= 1)
        --end;
    if (end < 2 || end == m_lines.size())
        return;
    qreal widest = 0;
    for (qsizetype i = 0; i < end; ++i) {
        const RoleLine& body = m_lines.at(i);
        if (body.spanning || filledCells(body) < 2)
            return;
        const layout::LayoutLine& previous = m_lines.at(std::max<qsizetype>(i - 1, 0)).assigned.line;
        if (i > 0 && previous.pageNumber == body.assigned.line.pageNumber)
            widest = std::max(widest, body.assigned.line.top() - previous.top());
    }
    const layout::LayoutLine& last = m_lines.at(end - 1).assigned.line;
    const layout::LayoutLine& note = m_lines.at(end).assigned.line;
    if (widest > 0 && note.pageNumber == last.pageNumber && note.top() - last.top() > 1.3 * widest + 0.5)
        m_lines.resize(end);
}

bool RoleTable::isHeading(const layout::LayoutLine& line) const
{
    // Printed larger than the table's body, after a gap, and not laid out in its columns: the
    // heading of what comes next (the next priority's title), not a row.
    if (m_lines.size() < 2)
        return false;
    QList<qreal> heights;
    for (const RoleLine& body : m_lines)
        heights.append(body.assigned.line.height());
    std::sort(heights.begin(), heights.end());
    const qreal body = heights.at(heights.size() / 2);
    const qreal gap = m_builder.gapAbove(line);
    if (line.height() < 1.2 * body || gap < 0.8 * body)
        return false;
    const QList<int> columns = m_builder.columnsOf(line);
    for (const int column : columns) {
        if (column != columns.first())
            return false;
    }
    return true;
}

RoleTableResult RoleTable::finish()
{
    dropNoteBelowOneLineRows();
    RoleTableResult result;
    result.kind = m_kind;
    if (m_headers.isEmpty())
        return result;

    // Settle the roles by what the columns hold.
    // Only columns whose heading left their role open are profiled: unknown headings, headings
    // with several roles, and a decision heading ("Agreed"), which over dates says when.
    TableHeader header = m_headers.first();
    QSet<QString> unsettled;
    for (const TableColumn& column : header.columns) {
        if (ColumnRoles::isUnknownKey(column.key) || (column.roles.size() > 1 && column.grade.isEmpty())
            || column.key == role::Decision)
            unsettled.insert(column.key);
    }
    QHash<QString, ColumnProfile> profiles;
    const Lexicon& lexicon = Lexicon::instance();
    for (const RoleLine& line : std::as_const(m_lines)) {
        if (line.spanning || unsettled.isEmpty())
            continue;
        for (qsizetype i = 0; i < line.keys.size(); ++i) {
            if (!line.assigned.isEmpty(i) && unsettled.contains(line.keys.at(i)))
                profiles[line.keys.at(i)].add(line.assigned.text(i), lexicon);
        }
    }
    const QHash<QString, QString> renamed = ColumnRoles::settleFromCells(header, profiles);
    for (RoleLine& line : m_lines) {
        for (QString& key : line.keys)
            key = renamed.value(key, key);
    }
    // A plan whose cells showed the meeting each action was agreed at is an action log.
    if (m_kind == TableKind::Plan && ColumnRoles::classify(header) == TableKind::Tracker)
        m_kind = TableKind::Tracker;
    result.kind = m_kind;
    result.header = header;
    for (const TableColumn& column : header.columns) {
        if (!ColumnRoles::isUnknownKey(column.key))
            result.roles.append(column.key);
    }
    result.confidence = ColumnRoles::headerConfidence(header);

    result.linesRead = int(m_lines.size());
    result.rows = RowCutter(m_lines, header, m_kind, m_section).cut();
    if (!m_lines.isEmpty()) {
        result.firstPage = m_lines.first().assigned.line.pageNumber;
        result.lastPage = m_lines.last().assigned.line.pageNumber;
    } else {
        result.firstPage = result.lastPage = m_headers.first().pageNumber;
    }
    return result;
}

} // namespace scrutineer::parse
