#include "tables/RegionRun.h"

#include "layout/LineBuilder.h"
#include "lexicon/Lexicon.h"
#include "tables/HeaderReader.h"
#include "tables/RegionRecords.h"
#include "tables/RoleTable.h"
#include "tables/RowPlacement.h"

#include <algorithm>
#include <cmath>

namespace scrutineer::parse {
namespace {

qreal medianLineHeight(const QList<layout::LayoutLine>& lines)
{
    QList<qreal> heights;
    for (const layout::LayoutLine& line : lines)
        heights.append(line.height());
    if (heights.isEmpty())
        return 10;
    std::sort(heights.begin(), heights.end());
    return heights.at(heights.size() / 2);
}

// A line of running prose across the table (a section banner, a title): one run of words.
bool isProse(const layout::LayoutLine& line, qreal width)
{
    if (line.words.size() < 4 || line.box.width() < 0.6 * width)
        return false;
    qreal widest = 0;
    for (qsizetype i = 1; i < line.words.size(); ++i)
        widest = std::max(widest, line.words.at(i).box.left() - line.words.at(i - 1).box.right());
    return widest < 0.8 * line.height();
}

// Boundaries between columns where no word of any line stands: the middles of the gutters.
QList<qreal> gutters(const QList<layout::LayoutLine>& lines, const QRectF& rect)
{
    const int bins = std::max(1, int(std::ceil(rect.width())));
    QList<int> cover(bins + 1, 0);
    int counted = 0;
    for (const layout::LayoutLine& line : lines) {
        if (isProse(line, rect.width()))
            continue;
        ++counted;
        for (const layout::LayoutWord& word : line.words) {
            const int from = std::clamp(int(std::floor(word.box.left() - rect.left())), 0, bins);
            const int to = std::clamp(int(std::ceil(word.box.right() - rect.left())), 0, bins);
            for (int x = from; x <= to; ++x)
                ++cover[x];
        }
    }
    const int allowed = counted >= 20 ? counted / 20 : 0;
    const qreal minWidth = std::max(3.0, 0.5 * medianLineHeight(lines));
    QList<qreal> result;
    int start = -1;
    for (int x = 0; x <= bins; ++x) {
        const bool empty = cover.at(x) <= allowed;
        if (empty && start < 0)
            start = x;
        if ((!empty || x == bins) && start >= 0) {
            const int end = empty ? x : x - 1;
            if (start > 0 && x < bins && end - start + 1 >= minWidth)
                result.append(rect.left() + (start + end + 1) / 2.0);
            start = -1;
        }
    }
    return result;
}

// A line whose cells are all short words that say nothing a row would (no dates, statuses,
// figures or refs): headings.
bool looksLikeHeadings(const AssignedLine& line)
{
    int cells = 0;
    for (qsizetype c = 0; c < line.cells.size(); ++c) {
        if (line.isEmpty(c))
            continue;
        ++cells;
        ColumnProfile profile;
        profile.add(line.text(c), Lexicon::instance());
        if (profile.words > 6 || profile.dates + profile.statuses + profile.numbers + profile.refs > 0)
            return false;
    }
    return cells >= 2;
}

} // namespace

RegionRun::RegionRun(const layout::LayoutDocument& document, const MarkedTableSpec& spec) : m_spec(spec)
{
    m_result.kind = spec.kind;
    for (const PageArea& area : spec.areas) {
        for (const layout::LayoutPage& page : document.pages) {
            if (page.number == area.page && area.rect.isValid())
                m_areas.append({area, RegionTable::linesIn(page, area.rect)});
        }
    }
}

RegionTableResult RegionRun::run()
{
    bool any = false;
    for (const RegionArea& area : std::as_const(m_areas))
        any = any || !area.lines.isEmpty();
    if (!any) {
        m_result.problems.append(RegionTable::tr("There are no words inside the marked area."));
        return m_result;
    }
    if (m_spec.kind == MarkedKind::Resolution) {
        QList<layout::LayoutLine> lines;
        for (const RegionArea& area : std::as_const(m_areas))
            lines += area.lines;
        m_result.resolutions.append(RegionRecords::resolution(lines));
        return m_result;
    }
    findColumns();
    settleRoles();
    cutRows();
    RegionRecords::build(m_result, m_header, areaRects());
    return m_result;
}

QList<PageArea> RegionRun::areaRects() const
{
    QList<PageArea> rects;
    for (const RegionArea& area : m_areas)
        rects.append(area.area);
    return rects;
}

TableHeader RegionRun::headerFor(int index) const
{
    TableHeader header = m_header;
    const QRectF& from = firstRect();
    const QRectF& to = m_areas.at(index).area.rect;
    const qreal scale = from.width() > 0 ? to.width() / from.width() : 1;
    for (TableColumn& column : header.columns) {
        column.left = to.left() + (column.left - from.left()) * scale;
        column.right = to.left() + (column.right - from.left()) * scale;
    }
    header.pageNumber = m_areas.at(index).area.page;
    header.top = header.bottom = to.top();
    return header;
}

void RegionRun::findColumns()
{
    const QList<layout::LayoutLine>& lines = m_areas.first().lines;
    const QRectF& rect = firstRect();
    std::optional<TableHeader> known;
    int knownAt = -1;
    if (m_spec.headerLines != 0) {
        HeaderReader reader;
        for (int i = 0; i < std::min<int>(3, int(lines.size()) - 1) && !known; ++i) {
            known = reader.read(lines, i);
            knownAt = known ? i : -1;
        }
    }
    QList<qreal> xs; // absolute boundaries
    if (!m_spec.boundaries.isEmpty()) {
        for (const double b : m_spec.boundaries)
            xs.append(rect.left() + b * rect.width());
    } else if (known && known->columns.size() >= 2) {
        for (qsizetype i = 1; i < known->columns.size(); ++i)
            xs.append(known->columns.at(i).left - TableBuilder::kEdgeTolerance);
    } else {
        xs = gutters(lines, rect);
    }
    std::sort(xs.begin(), xs.end());
    m_header = TableHeader {};
    m_header.pageNumber = m_areas.first().area.page;
    m_header.top = m_header.bottom = rect.top();
    qreal left = rect.left();
    for (qsizetype i = 0; i <= xs.size(); ++i) {
        const qreal right = i < xs.size() ? xs.at(i) : rect.right();
        m_header.columns.append(TableColumn(QString(), i == 0 ? left : left + TableBuilder::kEdgeTolerance, right));
        left = right;
    }
    for (const double x : std::as_const(xs))
        m_result.boundaries.append(rect.width() > 0 ? (x - rect.left()) / rect.width() : 0);

    // Header lines.
    if (m_spec.headerLines >= 0) {
        m_result.headerLines = std::min<int>(m_spec.headerLines, int(lines.size()));
    } else if (known) {
        m_result.headerLines = knownAt + known->lineCount;
        m_result.headerFound = true;
    } else if (lines.size() >= 2) {
        const TableBuilder builder(m_header);
        m_result.headerLines = looksLikeHeadings(builder.assign(lines.first())) ? 1 : 0;
    }
    // Headings: the header lines' words in each column.
    const TableBuilder builder(m_header);
    for (int i = 0; i < m_result.headerLines; ++i) {
        const AssignedLine assigned = builder.assign(lines.at(i));
        for (qsizetype c = 0; c < m_header.columns.size(); ++c) {
            QString& heading = m_header.columns[c].heading;
            const QString text = assigned.text(c);
            if (!text.isEmpty())
                heading = heading.isEmpty() ? text : heading + QLatin1Char(' ') + text;
        }
    }
    if (known && m_spec.boundaries.isEmpty() && known->columns.size() == m_header.columns.size()) {
        for (qsizetype c = 0; c < m_header.columns.size(); ++c) {
            const TableColumn& k = known->columns.at(c);
            TableColumn& column = m_header.columns[c];
            column.heading = k.heading;
            column.roles = k.roles;
            column.grade = k.grade;
            column.byPhrase = k.byPhrase;
        }
    } else {
        for (TableColumn& column : m_header.columns) {
            const Lexicon::Heading heading = Lexicon::instance().heading(column.heading);
            column.roles = heading.roles;
            column.grade = heading.grade;
            column.byPhrase = heading.byPhrase;
        }
    }
    // Body lines: everything but the headings, and a heading repeated at the top of a later area.
    for (qsizetype a = 0; a < m_areas.size(); ++a) {
        QList<layout::LayoutLine> body = m_areas.at(a).lines;
        if (a == 0) {
            body = body.mid(m_result.headerLines);
        } else if (m_result.headerLines > 0 && !body.isEmpty() && !lines.isEmpty()
                   && body.first().text() == lines.first().text()) {
            body = body.mid(m_result.headerLines);
        }
        m_body.append(body);
    }
}

void RegionRun::settleRoles()
{
    QHash<QString, ColumnProfile> profiles;
    const bool tableKind = m_spec.kind == MarkedKind::Plan || m_spec.kind == MarkedKind::Scorecard;
    if (tableKind)
        ColumnRoles::settleFromHeadings(m_header);
    else
        for (qsizetype c = 0; c < m_header.columns.size(); ++c)
            m_header.columns[c].key = QStringLiteral("?%1").arg(c);
    for (qsizetype a = 0; a < m_areas.size(); ++a) {
        const TableBuilder builder(headerFor(int(a)));
        for (const layout::LayoutLine& line : m_body.at(a)) {
            const AssignedLine assigned = builder.assign(line);
            for (qsizetype c = 0; c < assigned.cells.size(); ++c) {
                if (!assigned.isEmpty(c))
                    profiles[m_header.columns.at(c).key].add(assigned.text(c), Lexicon::instance());
            }
        }
    }
    if (tableKind)
        ColumnRoles::settleFromCells(m_header, profiles);
    else
        RegionRecords::guessListRoles(m_spec.kind, m_header, profiles);
    // The user's choices.
    for (qsizetype c = 0; c < m_header.columns.size() && c < m_spec.roles.size(); ++c) {
        const QString& chosen = m_spec.roles.at(c);
        if (chosen.isEmpty())
            continue;
        m_header.columns[c].key = chosen == kIgnoredRole ? QStringLiteral("-%1").arg(c) : chosen;
        m_chosen.insert(int(c));
    }
    RegionRecords::ensureAnchor(m_spec.kind, m_header, profiles, m_chosen);
    for (qsizetype c = 0; c < m_header.columns.size(); ++c) {
        TableColumn& column = m_header.columns[c];
        RegionColumn out;
        out.left = column.left;
        out.right = column.right;
        out.heading = column.heading;
        out.guesses = column.roles;
        out.chosen = m_chosen.contains(int(c));
        if (ColumnRoles::isUnknownKey(column.key) || column.key.startsWith(QLatin1Char('-')))
            column.key = QStringLiteral("-%1").arg(c); // left out, but its cells still shown
        else
            out.role = column.key;
        column.roles = out.role.isEmpty() ? QStringList {} : QStringList {column.key};
        m_result.columns.append(out);
    }
    m_result.tableKind = RegionRecords::tableKind(m_spec.kind, m_header);
}

void RegionRun::cutRows()
{
    QList<RowStart> starts = m_spec.rowStarts;
    if (starts.isEmpty() && (m_result.tableKind != TableKind::None)) {
        RoleTable table(headerFor(0),
                        m_result.tableKind == TableKind::Thresholds ? TableKind::Scorecard : m_result.tableKind,
                        QString());
        table.setBounded(true);
        for (qsizetype a = 0; a < m_areas.size(); ++a) {
            if (a > 0)
                table.repeatHeader(headerFor(int(a)));
            for (const layout::LayoutLine& line : m_body.at(a))
                table.feed(line);
        }
        const RoleTableResult read = table.finish();
        for (const RoleRow& row : read.rows) {
            starts.append({row.row.pdfPage, row.row.top});
            m_sections.append(row.section);
        }
    }
    if (starts.isEmpty())
        starts = RegionRecords::listRowStarts(m_spec.kind, m_body);
    std::sort(starts.begin(), starts.end(), [](const RowStart& a, const RowStart& b) {
        return RowPlacement::documentY(a.page, a.y) < RowPlacement::documentY(b.page, b.y);
    });
    for (qsizetype r = 0; r < starts.size(); ++r) {
        RegionRow row;
        row.page = starts.at(r).page;
        row.top = starts.at(r).y;
        row.cellLines.resize(m_header.columns.size());
        row.section = m_spec.rowStarts.isEmpty() ? m_sections.value(r) : QString();
        m_result.rows.append(row);
    }
    // Every body line to the row whose start it follows (lines above the first start: the first row).
    for (qsizetype a = 0; a < m_areas.size(); ++a) {
        const TableBuilder builder(headerFor(int(a)));
        for (const layout::LayoutLine& line : m_body.at(a)) {
            if (m_result.rows.isEmpty())
                break;
            // A section row printed across the table names the rows below; it is no cell.
            if (m_header.columns.size() >= 3 && isProse(line, m_areas.at(a).area.rect.width()))
                continue;
            const qreal y = RowPlacement::documentY(line.pageNumber, line.top());
            qsizetype r = 0;
            while (r + 1 < starts.size() && RowPlacement::documentY(starts.at(r + 1).page, starts.at(r + 1).y) <= y + 1)
                ++r;
            RegionRow& row = m_result.rows[r];
            const AssignedLine assigned = builder.assign(line);
            for (qsizetype c = 0; c < assigned.cells.size(); ++c) {
                if (!assigned.isEmpty(c))
                    row.cellLines[c].append(assigned.text(c));
            }
            row.lineTops.append(line.top());
            row.linePages.append(line.pageNumber);
            if (line.pageNumber == row.page)
                row.bottom = std::max(row.bottom, line.box.bottom());
        }
    }
    for (RegionRow& row : m_result.rows) {
        row.bottom = std::max(row.bottom, row.top);
        for (const QStringList& lines : std::as_const(row.cellLines))
            row.cells.append(TableBuilder::joinLines(lines));
    }
    // Rows with nothing in them (a start the lines have moved away from) are dropped.
    m_result.rows.removeIf([](const RegionRow& row) { return row.lineTops.isEmpty(); });
}

} // namespace scrutineer::parse
