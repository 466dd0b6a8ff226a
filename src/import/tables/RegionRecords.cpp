#include "tables/RegionRecords.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/ClauseParser.h"
#include "minutes/NameListParser.h"
#include "tables/ActionPlanParser.h"
#include "tables/BandParser.h"
#include "tables/RoleTable.h"
#include "tables/ScorecardParser.h"
#include "tables/TableBuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

const QString kUser = QStringLiteral("user");

bool headingIn(const QString& list, const QString& heading)
{
    const QStringList words = Lexicon::headingWords(heading);
    return !words.isEmpty()
        && (Lexicon::instance().inList(list, words.join(QLatin1Char(' ')))
            || Lexicon::instance().anyWordInList(list, words));
}

QString cellOf(const RegionRow& row, const TableHeader& header, const QString& key)
{
    QStringList lines;
    for (qsizetype c = 0; c < header.columns.size() && c < row.cellLines.size(); ++c) {
        if (header.columns.at(c).key == key)
            lines += row.cellLines.at(c);
    }
    return text::collapseWhitespace(TableBuilder::joinLines(lines));
}

QRectF rowArea(const RegionRow& row, const QList<PageArea>& areas)
{
    for (const PageArea& area : areas) {
        if (area.page == row.page)
            return QRectF(area.rect.left(), row.top, area.rect.width(), std::max<qreal>(row.bottom - row.top, 1));
    }
    return {};
}

// One row as the role readers take it: cells by role, left-out columns dropped.
RoleTableResult asRoleTable(const RegionRow& row, const TableHeader& header, TableKind kind)
{
    RoleTableResult table;
    table.kind = kind;
    table.header = header;
    table.confidence = 1.0;
    for (const TableColumn& column : header.columns) {
        if (!column.key.startsWith(QLatin1Char('-')) && !table.roles.contains(column.key))
            table.roles.append(column.key);
    }
    RoleRow roleRow;
    roleRow.section = row.section;
    roleRow.row.pdfPage = row.page;
    roleRow.row.top = row.top;
    roleRow.row.lineCount = int(row.lineTops.size());
    for (qsizetype c = 0; c < header.columns.size() && c < row.cellLines.size(); ++c) {
        const QString& key = header.columns.at(c).key;
        if (!key.startsWith(QLatin1Char('-')) && !row.cellLines.at(c).isEmpty())
            roleRow.row.cells[key] += row.cellLines.at(c);
    }
    table.rows.append(roleRow);
    return table;
}

AttendanceStatus attendanceStatus(const QString& cell)
{
    const Lexicon& lexicon = Lexicon::instance();
    const QStringList words = Lexicon::headingWords(cell);
    const QString joined = words.join(QLatin1Char(' '));
    if (lexicon.inList(QStringLiteral("attendance-apologies"), joined)
        || lexicon.anyWordInList(QStringLiteral("attendance-apologies"), words))
        return AttendanceStatus::Apologies;
    if (lexicon.inList(QStringLiteral("attendance-absent"), joined)
        || lexicon.anyWordInList(QStringLiteral("attendance-absent"), words))
        return AttendanceStatus::Absent;
    if (lexicon.inList(QStringLiteral("attendance-in-attendance"), joined))
        return AttendanceStatus::InAttendance;
    return AttendanceStatus::Present;
}

void buildAttendance(RegionTableResult& result, const TableHeader& header)
{
    for (const RegionRow& row : std::as_const(result.rows)) {
        const QString name = cellOf(row, header, role::Name);
        if (name.isEmpty())
            continue;
        const AttendanceStatus status = attendanceStatus(cellOf(row, header, role::Status));
        const QString roleText = cellOf(row, header, role::RoleText);
        for (const ListedPerson& person : NameListParser::parse(name)) {
            Attendance a;
            a.name = person.name;
            a.status = status;
            a.roleText = roleText.isEmpty() ? person.roleText : roleText;
            a.pdfPage = row.page;
            result.attendance.append(a);
        }
    }
}

void buildAgenda(RegionTableResult& result, const TableHeader& header)
{
    static const QRegularExpression range(QStringLiteral("^(\\d{1,4})(?:\\s*[-\u2013]\\s*(\\d{1,4}))?$"));
    for (const RegionRow& row : std::as_const(result.rows)) {
        AgendaItem item;
        item.title = cellOf(row, header, role::Title);
        if (item.title.isEmpty())
            continue;
        item.number = cellOf(row, header, role::Ref);
        item.reportOf = cellOf(row, header, role::Owner);
        const auto m = range.match(cellOf(row, header, role::Pages));
        if (m.hasMatch()) {
            const int first = m.captured(1).toInt();
            item.packPages = PageRange {first, m.captured(2).isEmpty() ? first : m.captured(2).toInt()};
        }
        item.pdfPage = row.page;
        result.agendaItems.append(item);
    }
}

void buildScorecard(RegionTableResult& result, const TableHeader& header, const QList<PageArea>& areas)
{
    for (const RegionRow& row : std::as_const(result.rows)) {
        QList<Indicator> indicators;
        QList<Reading> readings;
        ScorecardParser::read(asRoleTable(row, header, TableKind::Scorecard), indicators, readings);
        if (indicators.isEmpty())
            continue;
        Indicator indicator = indicators.first();
        // Grade band columns ("Inadequate | Requires Improvement | Good") give its thresholds.
        for (qsizetype c = 0; c < header.columns.size() && c < row.cells.size(); ++c) {
            const TableColumn& column = header.columns.at(c);
            if (column.grade.isEmpty() || column.key.startsWith(QLatin1Char('-')) || row.cells.at(c).isEmpty())
                continue;
            indicator.thresholds.append(BandParser::makeBand(column.grade, text::collapseWhitespace(row.cells.at(c))));
        }
        if (indicator.polarity == Polarity::Unknown && !indicator.thresholds.isEmpty())
            indicator.polarity = BandParser::inferPolarity(indicator.thresholds, indicator.name);
        indicator.definedBy = kUser;
        indicator.confidence = 1.0;
        indicator.area = rowArea(row, areas);
        result.indicators.append(indicator);
        const int index = int(result.indicators.size()) - 1;
        for (Reading reading : std::as_const(readings)) {
            reading.indicatorIndex = index;
            reading.confidence = 1.0;
            result.readings.append(reading);
        }
    }
}

} // namespace

QString RegionRecords::anchorRole(MarkedKind kind)
{
    switch (kind) {
    case MarkedKind::Plan:
        return role::Action;
    case MarkedKind::Scorecard:
        return role::Measure;
    case MarkedKind::Attendance:
        return role::Name;
    case MarkedKind::Agenda:
        return role::Title;
    case MarkedKind::Resolution:
        break;
    }
    return {};
}

void RegionRecords::guessListRoles(MarkedKind kind, TableHeader& header, const QHash<QString, ColumnProfile>& profiles)
{
    struct Rule {
        QString list;
        QString role;
    };
    const QList<Rule> rules = kind == MarkedKind::Attendance
        ? QList<Rule> {{QStringLiteral("list-name-headings"), role::Name},
                       {QStringLiteral("list-status-headings"), role::Status},
                       {QStringLiteral("list-role-headings"), role::RoleText}}
        : QList<Rule> {{QStringLiteral("agenda-number-headings"), role::Ref},
                       {QStringLiteral("agenda-pages-headings"), role::Pages},
                       {QStringLiteral("agenda-owner-headings"), role::Owner},
                       {QStringLiteral("agenda-title-headings"), role::Title}};
    QStringList taken;
    for (TableColumn& column : header.columns) {
        for (const Rule& rule : rules) {
            if (!taken.contains(rule.role) && headingIn(rule.list, column.heading)) {
                column.roles = {rule.role};
                column.key = rule.role;
                taken.append(rule.role);
                break;
            }
        }
    }
    // No heading said it: by what the cells hold.
    for (qsizetype c = 0; c < header.columns.size(); ++c) {
        TableColumn& column = header.columns[c];
        if (!ColumnRoles::isUnknownKey(column.key))
            continue;
        const ColumnProfile profile = profiles.value(column.key);
        if (profile.cells == 0)
            continue;
        QString chosen;
        if (kind == MarkedKind::Agenda) {
            if (profile.share(profile.refs) > 0.6 && !taken.contains(role::Ref) && c == 0)
                chosen = role::Ref;
            else if (profile.share(profile.refs + profile.numbers) > 0.6 && !taken.contains(role::Pages))
                chosen = role::Pages;
            else if (profile.share(profile.people) > 0.6 && !taken.contains(role::Owner))
                chosen = role::Owner;
        } else if (profile.share(profile.people) > 0.6 && !taken.contains(role::RoleText)
                   && taken.contains(role::Name)) {
            chosen = role::RoleText;
        }
        if (!chosen.isEmpty()) {
            column.key = chosen;
            taken.append(chosen);
        }
    }
}

void RegionRecords::ensureAnchor(MarkedKind kind, TableHeader& header, const QHash<QString, ColumnProfile>& profiles,
                                 const QSet<int>& chosen)
{
    const QString anchor = anchorRole(kind);
    if (anchor.isEmpty() || header.has(anchor))
        return;
    int best = -1;
    double bestWords = 0;
    for (int c = 0; c < header.columns.size(); ++c) {
        const TableColumn& column = header.columns.at(c);
        if (chosen.contains(c) || !ColumnRoles::isUnknownKey(column.key))
            continue;
        const ColumnProfile profile = profiles.value(column.key);
        if (profile.cells == 0 || profile.share(profile.numbers + profile.refs) > 0.5)
            continue;
        // Plans hang on their longest text; lists and scorecards on their first text column.
        const double words = kind == MarkedKind::Plan ? profile.averageWords() : 100.0 - c;
        if (words > bestWords) {
            bestWords = words;
            best = c;
        }
    }
    if (best >= 0)
        header.columns[best].key = anchor;
}

TableKind RegionRecords::tableKind(MarkedKind kind, const TableHeader& header)
{
    const TableKind classified = ColumnRoles::classify(header);
    switch (kind) {
    case MarkedKind::Plan:
        if (!header.has(role::Action))
            return TableKind::None;
        return classified == TableKind::Tracker ? TableKind::Tracker : TableKind::Plan;
    case MarkedKind::Scorecard:
        if (!header.has(role::Measure))
            return TableKind::None;
        return classified == TableKind::Thresholds ? TableKind::Thresholds : TableKind::Scorecard;
    case MarkedKind::Attendance:
    case MarkedKind::Agenda:
    case MarkedKind::Resolution:
        break;
    }
    return TableKind::None;
}

QList<RowStart> RegionRecords::listRowStarts(MarkedKind kind, const QList<QList<layout::LayoutLine>>& body)
{
    static const QRegularExpression itemNumber(QStringLiteral("^(?:\\d{1,3}[a-z]?|[ivxlc]{1,6}|[A-Z])[.)]?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QList<RowStart> starts;
    QList<qreal> pitches;
    for (const QList<layout::LayoutLine>& lines : body) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qreal pitch = lines.at(i).top() - lines.at(i - 1).top();
            if (pitch > 0)
                pitches.append(pitch);
        }
    }
    std::sort(pitches.begin(), pitches.end());
    const qreal pitch = pitches.isEmpty() ? 0 : pitches.at((pitches.size() - 1) / 4);
    bool numbered = false;
    for (const QList<layout::LayoutLine>& lines : body) {
        for (const layout::LayoutLine& line : lines)
            numbered = numbered || (!line.words.isEmpty() && itemNumber.match(line.words.first().text).hasMatch());
    }
    for (const QList<layout::LayoutLine>& lines : body) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const layout::LayoutLine& line = lines.at(i);
            bool opens = i == 0 && starts.isEmpty();
            if (kind == MarkedKind::Attendance)
                opens = true;
            else if (kind == MarkedKind::Agenda && numbered)
                opens = opens || (!line.words.isEmpty() && itemNumber.match(line.words.first().text).hasMatch());
            else
                opens = opens || i == 0 || line.top() - lines.at(i - 1).top() > 1.4 * pitch + 0.5;
            if (opens)
                starts.append({line.pageNumber, line.top()});
        }
    }
    return starts;
}

void RegionRecords::build(RegionTableResult& result, const TableHeader& header, const QList<PageArea>& areas)
{
    const QString anchor = anchorRole(result.kind);
    if (!anchor.isEmpty() && !header.has(anchor)) {
        result.problems.append(
            result.kind == MarkedKind::Plan
                ? RegionTable::tr("No column holds the actions: give one the role \u201caction\u201d.")
                : result.kind == MarkedKind::Scorecard
                ? RegionTable::tr("No column holds the measures: give one the role \u201cmeasure\u201d.")
                : result.kind == MarkedKind::Attendance
                ? RegionTable::tr("No column holds the names: give one the role \u201cname\u201d.")
                : RegionTable::tr("No column holds the titles: give one the role \u201ctitle\u201d."));
        return;
    }
    if (result.rows.isEmpty()) {
        result.problems.append(RegionTable::tr("No rows were found inside the marked area."));
        return;
    }
    switch (result.kind) {
    case MarkedKind::Plan: {
        const TableKind kind = result.tableKind == TableKind::Tracker ? TableKind::Tracker : TableKind::Plan;
        for (const RegionRow& row : std::as_const(result.rows)) {
            for (Action action : ActionPlanParser::actions(asRoleTable(row, header, kind))) {
                action.definedBy = kUser;
                action.confidence = 1.0;
                action.area = rowArea(row, areas);
                result.actions.append(action);
            }
        }
        break;
    }
    case MarkedKind::Scorecard:
        buildScorecard(result, header, areas);
        break;
    case MarkedKind::Attendance:
        buildAttendance(result, header);
        break;
    case MarkedKind::Agenda:
        buildAgenda(result, header);
        break;
    case MarkedKind::Resolution:
        break;
    }
    if (result.recordCount() == 0)
        result.problems.append(RegionTable::tr("The rows give nothing to keep: check the columns' roles."));
}

Resolution RegionRecords::resolution(const QList<layout::LayoutLine>& lines)
{
    Resolution resolution;
    QList<ClauseLine> clauseLines;
    QStringList texts;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = text::collapseWhitespace(lines.at(i).text());
        if (i == 0) {
            // The marker is no part of what was resolved ("RESOLVED:", "Resolved - That").
            const QString marker = Lexicon::instance().firstMatch(QStringLiteral("resolution-marker"), text);
            if (!marker.isEmpty() && text.startsWith(marker)) {
                text = text.mid(marker.size()).trimmed();
                while (!text.isEmpty()
                       && (text.at(0) == QLatin1Char(':') || text.at(0) == QLatin1Char('-')
                           || text.at(0) == QChar(0x2013)))
                    text = text.mid(1).trimmed();
            }
        }
        if (text.isEmpty())
            continue;
        texts.append(text);
        clauseLines.append({text, lines.at(i).left(), lines.at(i).pageNumber});
        if (resolution.pdfPage == 0)
            resolution.pdfPage = lines.at(i).pageNumber;
    }
    resolution.text = TableBuilder::joinLines(texts);
    resolution.clauses = ClauseParser::parse(clauseLines).clauses;
    return resolution;
}

} // namespace scrutineer::parse
