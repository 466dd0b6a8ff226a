#include "tables/RowCutter.h"

#include "TextUtil.h"
#include "tables/Figure.h"
#include "tables/RowCues.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scrutineer::parse {
namespace {

bool startsWithBullet(const QString& text)
{
    static const QString bullets = QStringLiteral("-\u2022\u2023\u25aa\u25ab\u25e6\u2013\u2043\u25cf\u25cb\u00b7*");
    return !text.isEmpty() && bullets.contains(text.at(0));
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

QString RoleLine::cell(const QString& key) const
{
    const qsizetype i = keys.indexOf(key);
    return i < 0 ? QString() : assigned.text(i);
}

bool RoleLine::anyCell(const QStringList& cellKeys) const
{
    for (const QString& key : cellKeys) {
        if (!cell(key).isEmpty())
            return true;
    }
    return false;
}

RowCutter::RowCutter(const QList<RoleLine>& lines, const TableHeader& header, TableKind kind, const QString& section)
    : m_lines(lines), m_kind(kind), m_section(section)
{
    m_anchor = m_kind == TableKind::Scorecard ? role::Measure
        : m_kind == TableKind::Responses      ? role::Recommendation
                                              : role::Action;
    m_tracked = [&] {
        QStringList keys;
        for (const QString& key : trackedKeys(m_kind)) {
            if (header.has(key))
                keys.append(key);
        }
        if (m_kind == TableKind::Scorecard) {
            for (const TableColumn& column : header.columns) {
                if (ColumnRoles::isPeriodValueKey(column.key) || ColumnRoles::isCumulativeValueKey(column.key))
                    keys.append(column.key);
            }
        }
        return keys;
    }();
    for (const QString& key : mergedKeys()) {
        if (m_kind != TableKind::Scorecard && header.has(key))
            m_merged.append(key);
    }
    m_hasRef = header.has(role::Ref);
    m_spacing = RowSpacing(m_lines, m_anchor, m_tracked);
}

QList<RowPlacement::CellLine> RowCutter::cellLines() const
{
    QList<RowPlacement::CellLine> out;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const RoleLine& line = m_lines.at(i);
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

QList<RoleRow> RowCutter::cut() const
{
    const QString& anchor = m_anchor;
    const QStringList& tracked = m_tracked;
    const QStringList& merged = m_merged;
    const bool hasRef = m_hasRef;
    const qreal basePitch = m_spacing.basePitch();
    const bool singleLineRows = m_spacing.singleLineRows();
    const int rowTrackedCells = m_spacing.rowTrackedCells();
    const int complete = m_spacing.complete();
    const int anchored = m_spacing.anchored();
    QList<RoleRow> rows;
    QList<qreal> rowTops;
    QHash<QString, qreal> lastTop; // where each column last held text, down the document
    QList<std::pair<qreal, qreal>> anchorSpans; // each row's anchor cell, top to bottom, down the document
    QString section = m_section;
    QStringList spanningText;
    bool open = false;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const RoleLine& line = m_lines.at(i);
        const layout::LayoutLine& layoutLine = line.assigned.line;
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
        // So does a short one (a few words, not a wrapped measure's first line) after a gap,
        // right above a row that carries its own tracked cells: a section row printed in the
        // first cell only ("Customer Services" over "Calls answered ... | 80% | 76% ...").
        if (!hasRef && !tracked.isEmpty() && i + 1 < m_lines.size()) {
            int filled = 0;
            for (qsizetype c = 0; c < line.assigned.cells.size(); ++c)
                filled += line.assigned.isEmpty(c) ? 0 : 1;
            const RoleLine& next = m_lines.at(i + 1);
            const layout::LayoutLine& nextLine = next.assigned.line;
            const bool gapBelow = nextLine.pageNumber == layoutLine.pageNumber
                && nextLine.top() - layoutLine.top() > 1.3 * basePitch + 0.5;
            const layout::LayoutLine* previousLine = i > 0 ? &m_lines.at(i - 1).assigned.line : nullptr;
            // (Measured in the pitch alone, so that type printed smaller keeps its gaps.)
            const bool gapAbove = line.afterHeader || previousLine == nullptr
                || previousLine->pageNumber != layoutLine.pageNumber
                || layoutLine.top() - previousLine->top() > 1.25 * basePitch;
            const QString title = line.cell(anchor).trimmed();
            const bool shortTitle = gapAbove && startsLikeItem(title)
                && title.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 4
                && startsLikeItem(next.cell(anchor).trimmed());
            if (filled == 1 && !title.isEmpty() && !next.spanning && next.anyCell(tracked)
                && !next.cell(anchor).isEmpty() && ((!open && gapBelow) || shortTitle)) {
                section = text::collapseWhitespace(layoutLine.text());
                open = false;
                continue;
            }
        }
        const QString refText = line.cell(role::Ref);
        const bool anchorText = !line.cell(anchor).isEmpty();
        const bool lineTracked = line.anyCell(tracked);
        const bool mergedText = line.anyCell(merged);
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
                        && startsLikeItem(line.cell(anchor));
            } else if (gap) {
                if (!merged.isEmpty())
                    newRow = anchorText || mergedText;
                else if (hasRef)
                    newRow = anchorText && lineTracked && rowTracked; // a stacked action under the ref above
                else if (m_kind == TableKind::Scorecard && complete * 2 < anchored)
                    // A measure list, most of whose measures carry no figures: one per paragraph.
                    newRow = anchorText && startsLikeItem(line.cell(anchor)) && !startsWithBullet(line.cell(anchor));
                else
                    newRow = anchorText && trackedOrNone && !startsWithBullet(line.cell(anchor));
            } else if (singleLineRows && !hasRef && merged.isEmpty()) {
                newRow = anchorText && lineTracked && startsLikeItem(line.cell(anchor))
                    && 2 * m_spacing.trackedCells(line) >= rowTrackedCells;
            }
            // Without refs, a row also starts where the anchor and two other columns, one of them
            // tracked, begin together while they already hold the row's own values, ended well
            // above (rows whose gap is no wider than a paragraph break inside a cell). One column
            // alone starting again is a stacked milestone or owner inside the row; a bulleted line
            // is an item of a list inside the cell.
            // A response table's row starts where the question or recommendation column starts
            // again beside the start of a response, after lines where it was empty.
            if (!newRow && m_kind == TableKind::Responses && anchorText && lineTracked && i > 0
                && startsLikeItem(line.cell(anchor))) {
                const QString above = m_lines.at(i - 1).cell(anchor).trimmed();
                const bool ended = above.endsWith(QLatin1Char('?')) || above.endsWith(QLatin1Char('.'));
                bool answerStarts = false;
                for (const QString& key : tracked) {
                    const QString text = line.cell(key);
                    answerStarts = answerStarts || (!text.isEmpty() && text.at(0).isUpper());
                }
                newRow = above.isEmpty() || (ended && answerStarts);
            }
            if (!newRow && !hasRef && merged.isEmpty() && anchorText && !line.pageTop
                && !startsWithBullet(line.cell(anchor))) {
                int restarted = 0;
                bool trackedRestarted = false;
                const qreal here = RowPlacement::documentY(layoutLine.pageNumber, layoutLine.top());
                for (const QString& key : line.keys) {
                    if (key == anchor || ColumnRoles::isUnknownKey(key) || line.cell(key).isEmpty()
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
                    // (So does a bare figure in a scorecard's tracked column: "76%", "22.4".)
                    const QString text = line.assigned.text(c);
                    atomicAgain += isAtomicValue(text)
                            || (m_kind == TableKind::Scorecard && tracked.contains(key) && isFigureAlone(text))
                        ? 1
                        : 0;
                }
                newRow = newRow || atomicAgain >= 2;
            }
        }
        // A ref beside a measure going on in lower case ("answered within 15 working days") sits
        // on the second line of its row's cells, set in the middle of the row: the measure-column
        // line just above, alone in its row, starts this row's name, not the row above's.
        QString nameStartAbove;
        if (newRow && hasRef && open && i > 0 && startsLowerCase(line.cell(anchor))) {
            const RoleLine& above = m_lines.at(i - 1);
            const auto aboveName = rows.last().row.cells.find(anchor);
            if (!above.spanning && above.assigned.line.pageNumber == layoutLine.pageNumber
                && onlyCellFilled(above.assigned, above.keys.indexOf(anchor))
                && aboveName != rows.last().row.cells.end() && aboveName->size() >= 2
                && aboveName->last() == above.cell(anchor)) {
                nameStartAbove = aboveName->takeLast();
                --rows.last().row.lineCount;
            }
        }
        if (newRow) {
            RoleRow row;
            row.row.pdfPage = layoutLine.pageNumber;
            row.row.top = layoutLine.top();
            row.section = section;
            if (!nameStartAbove.isEmpty()) {
                row.row.cells[anchor].append(nameStartAbove);
                ++row.row.lineCount;
            }
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
    placeMergedAndRefs(rows, rowTops, anchorSpans);
    return rows;
}

void RowCutter::placeMergedAndRefs(QList<RoleRow>& rows, const QList<qreal>& rowTops,
                                   const QList<std::pair<qreal, qreal>>& anchorSpans) const
{
    const QString& anchor = m_anchor;
    const QStringList& merged = m_merged;
    const bool hasRef = m_hasRef;
    const qreal basePitch = m_spacing.basePitch();
    const bool uniform = m_spacing.uniform();
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
}

} // namespace scrutineer::parse
