#include "tables/TemplateReader.h"

#include "lexicon/Lexicon.h"
#include "tables/ColumnRoles.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace scrutineer::parse {
namespace {

const QString kTemplate = QStringLiteral("template");

QString normalised(const QString& heading)
{
    return Lexicon::headingWords(heading).join(QLatin1Char(' '));
}

bool isAnchor(const QString& role)
{
    return role == role::Action || role == role::Measure;
}

// Rows of the plan result some template's reading replaces.
struct Removal {
    QSet<int> actions;
    QSet<int> indicators;
};

// The plan result without the removed rows; readings follow their indicators and every table's
// ranges are recounted.
PlanResult without(const PlanResult& plan, const Removal& removal)
{
    PlanResult kept;
    QHash<int, int> actionIndex;
    QHash<int, int> indicatorIndex;
    for (int i = 0; i < plan.actions.size(); ++i) {
        if (removal.actions.contains(i))
            continue;
        actionIndex.insert(i, int(kept.actions.size()));
        kept.actions.append(plan.actions.at(i));
    }
    for (int i = 0; i < plan.indicators.size(); ++i) {
        if (removal.indicators.contains(i))
            continue;
        indicatorIndex.insert(i, int(kept.indicators.size()));
        kept.indicators.append(plan.indicators.at(i));
    }
    for (Reading reading : plan.readings) {
        if (!indicatorIndex.contains(reading.indicatorIndex))
            continue;
        reading.indicatorIndex = indicatorIndex.value(reading.indicatorIndex);
        kept.readings.append(reading);
    }
    for (TableReport report : plan.tables) {
        auto recount = [](const QHash<int, int>& index, int& first, int& count) {
            int newFirst = -1;
            int newCount = 0;
            for (int i = first; i < first + count; ++i) {
                if (!index.contains(i))
                    continue;
                newFirst = newFirst < 0 ? index.value(i) : newFirst;
                ++newCount;
            }
            first = std::max(newFirst, 0);
            count = newCount;
        };
        recount(actionIndex, report.firstAction, report.actionCount);
        recount(indicatorIndex, report.firstIndicator, report.indicatorCount);
        kept.tables.append(report);
    }
    return kept;
}

// Puts the table a template read in place of the importer's reading of it (same page, same
// header position), or beside the other tables when the importer saw nothing there.
void take(PlanResult& plan, Removal& removal, const PlanResult& taught, const TableReport& report,
          const TableTemplate& tableTemplate)
{
    int same = -1;
    for (int k = 0; k < plan.tables.size() && same < 0; ++k) {
        const TableReport& existing = plan.tables.at(k);
        if (existing.firstPage == report.firstPage && std::abs(existing.top - report.top) < 4)
            same = k;
    }
    if (same >= 0) {
        const TableReport& existing = plan.tables.at(same);
        if (!existing.readWith.isEmpty())
            return; // an earlier template read it already
        for (int i = existing.firstAction; i < existing.firstAction + existing.actionCount; ++i)
            removal.actions.insert(i);
        for (int i = existing.firstIndicator; i < existing.firstIndicator + existing.indicatorCount; ++i)
            removal.indicators.insert(i);
    }
    TableReport placed = report;
    placed.readWith = tableTemplate.name;
    placed.firstAction = int(plan.actions.size());
    placed.firstIndicator = int(plan.indicators.size());
    for (int i = report.firstAction; i < report.firstAction + report.actionCount; ++i) {
        Action action = taught.actions.at(i);
        action.definedBy = kTemplate;
        action.templateId = tableTemplate.id;
        action.templateName = tableTemplate.name;
        plan.actions.append(action);
    }
    QHash<int, int> indicatorIndex;
    for (int i = report.firstIndicator; i < report.firstIndicator + report.indicatorCount; ++i) {
        Indicator indicator = taught.indicators.at(i);
        indicator.definedBy = kTemplate;
        indicator.templateId = tableTemplate.id;
        indicator.templateName = tableTemplate.name;
        indicatorIndex.insert(i, int(plan.indicators.size()));
        plan.indicators.append(indicator);
    }
    for (Reading reading : taught.readings) {
        if (!indicatorIndex.contains(reading.indicatorIndex))
            continue;
        reading.indicatorIndex = indicatorIndex.value(reading.indicatorIndex);
        plan.readings.append(reading);
    }
    placed.actionCount = int(plan.actions.size()) - placed.firstAction;
    placed.indicatorCount = int(plan.indicators.size()) - placed.firstIndicator;
    if (same >= 0)
        plan.tables[same] = placed;
    else
        plan.tables.append(placed);
}

} // namespace

bool TemplateReader::headingsMatch(const TableTemplate& tableTemplate, const QStringList& headings)
{
    QSet<QString> printed;
    for (const QString& heading : headings)
        printed.insert(normalised(heading));
    int headed = 0;
    int matched = 0;
    for (const TemplateColumn& column : tableTemplate.columns) {
        const QString heading = normalised(column.heading);
        if (heading.isEmpty())
            continue;
        ++headed;
        const bool found = printed.contains(heading);
        matched += found ? 1 : 0;
        if (isAnchor(column.role) && !found)
            return false;
    }
    if (headed == 0)
        return false;
    const int needed = headed == 1 ? 1 : std::max(2, int(std::ceil(0.6 * headed)));
    return matched >= needed;
}

void TemplateReader::apply(const layout::LayoutDocument& document, const QList<TableTemplate>& templates,
                           PlanResult& plan)
{
    Removal removal;
    for (const TableTemplate& tableTemplate : templates) {
        if (tableTemplate.kind != MarkedKind::Plan && tableTemplate.kind != MarkedKind::Scorecard)
            continue;
        QList<std::pair<QString, QString>> headingRoles;
        for (const TemplateColumn& column : tableTemplate.columns) {
            if (!column.heading.trimmed().isEmpty() && !column.role.isEmpty() && column.role != kIgnoredRole)
                headingRoles.append({column.heading, column.role});
        }
        if (headingRoles.isEmpty())
            continue;
        const Lexicon lexicon = Lexicon::instance().withHeadings(headingRoles);
        const PlanResult taught = PlanParser::parse(document, lexicon);
        for (const TableReport& report : taught.tables) {
            if (report.read() && headingsMatch(tableTemplate, report.headings))
                take(plan, removal, taught, report, tableTemplate);
        }
    }
    if (!removal.actions.isEmpty() || !removal.indicators.isEmpty())
        plan = without(plan, removal);
}

} // namespace scrutineer::parse
