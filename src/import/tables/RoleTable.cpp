#include "tables/RoleTable.h"

#include "TextUtil.h"
#include "tables/RefCell.h"
#include "tables/RowCues.h"
#include "tables/RowPlacement.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace scrutineer::parse {
namespace {

bool startsWithBullet(const QString& text)
{
    static const QString bullets = QStringLiteral("-\u2022\u2023\u25aa\u25ab\u25e6\u2013\u2043\u25cf\u25cb\u00b7*");
    return !text.isEmpty() && bullets.contains(text.at(0));
}

// "11.6", "8.12", "3.": a report's paragraph number.
bool isParagraphNumber(const QString& word)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,2}(?:\\.\\d{1,2})*\\.?$"));
    return number.match(word).hasMatch();
}

bool startsLikeItem(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c.isUpper() || c.isDigit() || c == QChar(0x2022) || c == QLatin1Char('-') || c == QChar(0x25aa);
}

const QStringList& mergedKeys()
{
    static const QStringList keys {role::Outcome, role::Objective, role::Plan};
    return keys;
}

QStringList trackedKeys(TableKind kind)
{
    if (kind == TableKind::Scorecard)
        return {role::Target,    role::Actual, role::Previous, role::Status, role::Floor, role::Baseline,
                role::Direction, role::Limit,  role::Period,   role::Due,    role::Owner, role::Tolerance};
    if (kind == TableKind::Responses)
        return {role::Response, role::Decision, role::Due, role::Owner, role::Commentary, role::Status};
    return {role::Due, role::Owner, role::Status, role::Completed};
}

} // namespace

RoleTable::RoleTable(const TableHeader& header, TableKind kind, const QString& section)
    : m_builder(header), m_kind(kind), m_section(section)
{
    m_headers.append(header);
}

void RoleTable::repeatHeader(const TableHeader& header)
{
    m_builder.setHeader(header);
    m_headers.append(header);
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

bool RoleTable::feed(const layout::LayoutLine& line, bool sectionRow)
{
    if (!m_bounded && (m_builder.endsTable(line, 3.5) || isHeading(line))) {
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
    Line entry;
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
    if (!sectionLabel && ref == 0 && refText.isEmpty() && m_secondCellLeft
        && line.left() < *m_secondCellLeft - 0.5 * line.height() && isSectionLabel(entry.assigned, 1))
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
    const auto filledCells = [](const Line& line) {
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
        const Line& body = m_lines.at(i);
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
    for (const Line& body : m_lines)
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

QString RoleTable::cell(const Line& line, const QString& key) const
{
    const qsizetype i = line.keys.indexOf(key);
    return i < 0 ? QString() : line.assigned.text(i);
}

bool RoleTable::anyCell(const Line& line, const QStringList& keys) const
{
    for (const QString& key : keys) {
        if (!cell(line, key).isEmpty())
            return true;
    }
    return false;
}

QList<RowPlacement::CellLine> RoleTable::cellLines() const
{
    QList<RowPlacement::CellLine> out;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines.at(i);
        if (line.spanning)
            continue;
        const layout::LayoutLine& layoutLine = line.assigned.line;
        const qreal top = RowPlacement::documentY(layoutLine.pageNumber, layoutLine.top());
        for (qsizetype c = 0; c < line.keys.size(); ++c) {
            if (!line.assigned.isEmpty(c) && !ColumnRoles::isUnknownKey(line.keys.at(c)))
                out.append({int(i), line.keys.at(c), line.assigned.text(c), top, layoutLine.height()});
        }
    }
    return out;
}

RoleTableResult RoleTable::finish()
{
    dropNoteBelowOneLineRows();
    RoleTableResult result;
    result.kind = m_kind;
    if (m_headers.isEmpty())
        return result;

    // Settle the roles by what the columns hold.
    // Only columns whose heading left their role open are profiled: unknown headings and
    // headings with several roles.
    TableHeader header = m_headers.first();
    QSet<QString> unsettled;
    for (const TableColumn& column : header.columns) {
        if (ColumnRoles::isUnknownKey(column.key) || (column.roles.size() > 1 && column.grade.isEmpty()))
            unsettled.insert(column.key);
    }
    QHash<QString, ColumnProfile> profiles;
    const Lexicon& lexicon = Lexicon::instance();
    for (const Line& line : std::as_const(m_lines)) {
        if (line.spanning || unsettled.isEmpty())
            continue;
        for (qsizetype i = 0; i < line.keys.size(); ++i) {
            if (!line.assigned.isEmpty(i) && unsettled.contains(line.keys.at(i)))
                profiles[line.keys.at(i)].add(line.assigned.text(i), lexicon);
        }
    }
    const QHash<QString, QString> renamed = ColumnRoles::settleFromCells(header, profiles);
    for (Line& line : m_lines) {
        for (QString& key : line.keys)
            key = renamed.value(key, key);
    }
    result.header = header;
    for (const TableColumn& column : header.columns) {
        if (!ColumnRoles::isUnknownKey(column.key))
            result.roles.append(column.key);
    }
    result.confidence = ColumnRoles::headerConfidence(header);

    const QString anchor = m_kind == TableKind::Scorecard ? role::Measure
        : m_kind == TableKind::Responses                  ? role::Recommendation
                                                          : role::Action;
    const QStringList tracked = [&] {
        QStringList keys;
        for (const QString& key : trackedKeys(m_kind)) {
            if (header.has(key))
                keys.append(key);
        }
        if (m_kind == TableKind::Scorecard) {
            for (const TableColumn& column : header.columns) {
                if (ColumnRoles::isPeriodValueKey(column.key))
                    keys.append(column.key);
            }
        }
        return keys;
    }();
    QStringList merged;
    for (const QString& key : mergedKeys()) {
        if (m_kind != TableKind::Scorecard && header.has(key))
            merged.append(key);
    }
    const bool hasRef = header.has(role::Ref);

    // The pitch between lines inside a cell; rows leave more.
    QList<qreal> pitches;
    QList<qreal> heights;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const layout::LayoutLine& line = m_lines.at(i).assigned.line;
        heights.append(line.height());
        if (i == 0 || m_lines.at(i).spanning || m_lines.at(i - 1).spanning || m_lines.at(i).afterHeader)
            continue;
        const layout::LayoutLine& previous = m_lines.at(i - 1).assigned.line;
        if (previous.pageNumber == line.pageNumber && line.top() > previous.top())
            pitches.append(line.top() - previous.top());
    }
    std::sort(pitches.begin(), pitches.end());
    std::sort(heights.begin(), heights.end());
    const qreal medianHeight = heights.isEmpty() ? 10 : heights.at(heights.size() / 2);
    // The pitch of lines inside a cell: the middle of the smaller half of the real line steps
    // (not superscripts or glued lines, nor a stray close pair from neighbouring cells).
    qreal basePitch = 1.3 * medianHeight;
    QList<qreal> steps;
    for (const qreal pitch : std::as_const(pitches)) {
        if (pitch >= 0.6 * medianHeight)
            steps.append(pitch);
    }
    if (!steps.isEmpty())
        basePitch = std::min(steps.at((steps.size() - 1) / 4), 1.6 * medianHeight);
    // Rows of one line each (every line with an anchor also has a tracked cell): each such line
    // is a row, whatever the spacing.
    auto trackedCells = [&](const Line& line) {
        int filled = 0;
        for (const QString& key : tracked)
            filled += cell(line, key).isEmpty() ? 0 : 1;
        return filled;
    };
    int anchored = 0;
    int complete = 0;
    QList<int> trackedPerLine;
    for (const Line& line : std::as_const(m_lines)) {
        if (line.spanning || cell(line, anchor).isEmpty())
            continue;
        ++anchored;
        complete += anyCell(line, tracked) ? 1 : 0;
        if (const int filled = trackedCells(line); filled > 0)
            trackedPerLine.append(filled);
    }
    // How many tracked cells a row's line fills (the median): a line filling under half of them
    // wraps the row above (a long measure name beside a wrapped lead officer), not a new row.
    std::sort(trackedPerLine.begin(), trackedPerLine.end());
    const int rowTrackedCells = trackedPerLine.isEmpty() ? 0 : trackedPerLine.at(trackedPerLine.size() / 2);
    // (Only where rows leave no wider gap than lines do: cells that wrap side by side also give
    // every line an anchor and a tracked cell.)
    bool uniform = true;
    for (const qreal step : std::as_const(steps))
        uniform = uniform && step <= 1.3 * basePitch + 0.5;
    const bool singleLineRows = uniform && !tracked.isEmpty() && anchored >= 2 && complete * 10 >= anchored * 9;

    QList<RoleRow> rows;
    QList<qreal> rowTops;
    QHash<QString, qreal> lastTop; // where each column last held text, down the document
    QList<std::pair<qreal, qreal>> anchorSpans; // each row's anchor cell, top to bottom, down the document
    QString section = m_section;
    QStringList spanningText;
    bool open = false;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines.at(i);
        const layout::LayoutLine& layoutLine = line.assigned.line;
        ++result.linesRead;
        if (line.spanning) {
            // A section row printed across the table: its lines name the rows that follow.
            if (i == 0 || !m_lines.at(i - 1).spanning)
                spanningText.clear();
            spanningText.append(layoutLine.text());
            section = TableBuilder::joinLines(spanningText);
            open = false;
            continue;
        }
        // A group's heading in the first row under the header or a section row, alone in the
        // first cell of a table whose rows carry tracked cells, names the rows below it
        // ("Enabler", "Climate change adaptation"): the next line starts a row of its own, after
        // the gap rows leave.
        if (!open && !hasRef && !tracked.isEmpty() && i + 1 < m_lines.size()) {
            int filled = 0;
            for (qsizetype c = 0; c < line.assigned.cells.size(); ++c)
                filled += line.assigned.isEmpty(c) ? 0 : 1;
            const Line& next = m_lines.at(i + 1);
            const layout::LayoutLine& nextLine = next.assigned.line;
            const bool gapBelow = nextLine.pageNumber == layoutLine.pageNumber
                && nextLine.top() - layoutLine.top() > 1.3 * basePitch + 0.5;
            if (filled == 1 && !cell(line, anchor).isEmpty() && !next.spanning && anyCell(next, tracked)
                && !cell(next, anchor).isEmpty() && gapBelow) {
                section = text::collapseWhitespace(layoutLine.text());
                open = false;
                continue;
            }
        }
        const QString refText = cell(line, role::Ref);
        const bool anchorText = !cell(line, anchor).isEmpty();
        const bool lineTracked = anyCell(line, tracked);
        const bool mergedText = anyCell(line, merged);
        bool newRow = false;
        if (hasRef && !refText.isEmpty()) {
            newRow = true;
        } else if (!open) {
            // Before the first ref of a ref-led table there is nothing to attach a line to.
            newRow = hasRef && merged.isEmpty() ? false : anchorText || (!merged.isEmpty() && mergedText);
        } else {
            const RoleRow& current = rows.last();
            bool rowTracked = false;
            for (const QString& key : tracked)
                rowTracked = rowTracked || current.row.has(key);
            const qreal pitch = i > 0 && m_lines.at(i - 1).assigned.line.pageNumber == layoutLine.pageNumber
                ? layoutLine.top() - m_lines.at(i - 1).assigned.line.top()
                : std::numeric_limits<qreal>::infinity();
            const bool gap = !line.pageTop && pitch > 1.3 * basePitch + 0.5;
            const bool trackedOrNone = lineTracked || tracked.isEmpty();
            if (line.pageTop) {
                // A row split by the page break carries on unless the line brings its own cells.
                if (hasRef)
                    newRow = !merged.isEmpty() && lineTracked && rowTracked;
                else
                    newRow = anchorText && (tracked.isEmpty() || (lineTracked && rowTracked))
                        && startsLikeItem(cell(line, anchor));
            } else if (gap) {
                if (!merged.isEmpty())
                    newRow = anchorText || mergedText;
                else if (hasRef)
                    newRow = anchorText && lineTracked && rowTracked; // a stacked action under the ref above
                else if (m_kind == TableKind::Scorecard && complete * 2 < anchored)
                    // A measure list, most of whose measures carry no figures: one per paragraph.
                    newRow = anchorText && startsLikeItem(cell(line, anchor)) && !startsWithBullet(cell(line, anchor));
                else
                    newRow = anchorText && trackedOrNone && !startsWithBullet(cell(line, anchor));
            } else if (singleLineRows && !hasRef && merged.isEmpty()) {
                newRow = anchorText && lineTracked && startsLikeItem(cell(line, anchor))
                    && 2 * trackedCells(line) >= rowTrackedCells;
            }
            // Without refs, a row also starts where the anchor and two other columns, one of them
            // tracked, begin together while they already hold the row's own values, ended well
            // above (rows whose gap is no wider than a paragraph break inside a cell). One column
            // alone starting again is a stacked milestone or owner inside the row; a bulleted line
            // is an item of a list inside the cell.
            // A response table's row starts where the question or recommendation column starts
            // again beside the start of a response, after lines where it was empty.
            if (!newRow && m_kind == TableKind::Responses && anchorText && lineTracked && i > 0
                && startsLikeItem(cell(line, anchor))) {
                const QString above = cell(m_lines.at(i - 1), anchor).trimmed();
                const bool ended = above.endsWith(QLatin1Char('?')) || above.endsWith(QLatin1Char('.'));
                bool answerStarts = false;
                for (const QString& key : tracked) {
                    const QString text = cell(line, key);
                    answerStarts = answerStarts || (!text.isEmpty() && text.at(0).isUpper());
                }
                newRow = above.isEmpty() || (ended && answerStarts);
            }
            if (!newRow && !hasRef && merged.isEmpty() && anchorText && !line.pageTop
                && !startsWithBullet(cell(line, anchor))) {
                int restarted = 0;
                bool trackedRestarted = false;
                const qreal here = RowPlacement::documentY(layoutLine.pageNumber, layoutLine.top());
                for (const QString& key : line.keys) {
                    if (key == anchor || ColumnRoles::isUnknownKey(key) || cell(line, key).isEmpty()
                        || !current.row.has(key))
                        continue;
                    const qreal last = lastTop.value(key, -1);
                    if (last >= 0 && here - last > 1.3 * basePitch + 0.5) {
                        ++restarted;
                        trackedRestarted = trackedRestarted || tracked.contains(key);
                    }
                }
                newRow = restarted >= 2 && trackedRestarted;
                // Values that never wrap (a date, a minute number, a ref) in two columns the row
                // already holds: the next row, even with no gap above it.
                int atomicAgain = 0;
                for (qsizetype c = 0; c < line.keys.size() && !newRow; ++c) {
                    const QString& key = line.keys.at(c);
                    if (key == anchor || ColumnRoles::isUnknownKey(key) || !current.row.has(key))
                        continue;
                    atomicAgain += isAtomicValue(line.assigned.text(c)) ? 1 : 0;
                }
                newRow = newRow || atomicAgain >= 2;
            }
        }
        if (newRow) {
            RoleRow row;
            row.row.pdfPage = layoutLine.pageNumber;
            row.row.top = layoutLine.top();
            row.section = section;
            rows.append(row);
            rowTops.append(RowPlacement::documentY(layoutLine.pageNumber, layoutLine.top()));
            open = true;
        }
        for (qsizetype c = 0; c < line.keys.size(); ++c) {
            if (!line.assigned.isEmpty(c))
                lastTop.insert(line.keys.at(c), RowPlacement::documentY(layoutLine.pageNumber, layoutLine.top()));
        }
        for (qsizetype c = 0; c < line.keys.size(); ++c) {
            const QString& key = line.keys.at(c);
            if (line.assigned.isEmpty(c) || ColumnRoles::isUnknownKey(key) || merged.contains(key))
                continue;
            if (open)
                rows.last().row.cells[key].append(line.assigned.text(c));
        }
        if (open)
            ++rows.last().row.lineCount;
        if (open && anchorText) {
            const qreal top = RowPlacement::documentY(layoutLine.pageNumber, layoutLine.top());
            if (anchorSpans.size() < rows.size())
                anchorSpans.append({top, top + layoutLine.height()});
            else
                anchorSpans.last().second = top + layoutLine.height();
        }
    }
    const RowPlacement placement(cellLines(), basePitch);
    // (A response sits at the top of its cell beside its question, however far it runs down.)
    if (!hasRef && merged.isEmpty() && anchorSpans.size() == rows.size() && m_kind != TableKind::Responses)
        placement.placeByCentre(rows, anchorSpans, anchor, uniform);
    for (const QString& key : merged)
        placement.assignMerged(rows, rowTops, key);
    // Refs merged down beside stacked actions, or left empty under the ref above.
    QStringList carried;
    for (RoleRow& row : rows) {
        if (row.row.has(role::Ref)) {
            carried = row.row.cells.value(role::Ref);
        } else if (!carried.isEmpty() && hasRef) {
            row.row.cells.insert(role::Ref, carried);
            row.refFilled = true;
        }
    }
    if (!m_lines.isEmpty()) {
        result.firstPage = m_lines.first().assigned.line.pageNumber;
        result.lastPage = m_lines.last().assigned.line.pageNumber;
    } else {
        result.firstPage = result.lastPage = m_headers.first().pageNumber;
    }
    result.rows = rows;
    return result;
}

} // namespace scrutineer::parse
