#include "tables/RegionTable.h"

#include "layout/LineBuilder.h"
#include "tables/RegionRun.h"
#include "tables/RoleTable.h"

namespace scrutineer::parse {

int RegionTableResult::recordCount() const
{
    return int(actions.size() + indicators.size() + attendance.size() + agendaItems.size() + resolutions.size());
}

QList<layout::LayoutLine> RegionTable::linesIn(const layout::LayoutPage& page, const QRectF& rect)
{
    QList<layout::LayoutWord> words;
    for (const layout::LayoutWord& word : page.words) {
        if (!word.vertical && rect.contains(word.box.center()))
            words.append(word);
    }
    return layout::buildLines(words, page.number);
}

QStringList RegionTable::rolesFor(MarkedKind kind)
{
    switch (kind) {
    case MarkedKind::Plan:
        return {role::Ref,       role::Outcome, role::Objective,  role::Action,     role::Evidence,
                role::Owner,     role::Due,     role::Status,     role::Commentary, role::Meeting,
                role::Completed, role::Plan,    role::Directorate};
    case MarkedKind::Scorecard:
        return {role::Measure,  role::Description, role::Target,     role::Floor,  role::Actual,
                role::Previous, role::Status,      role::Direction,  role::Period, role::Baseline,
                role::Unit,     role::Polarity,    role::Comparator, role::Owner};
    case MarkedKind::Attendance:
        return {role::Name, role::Status, role::RoleText};
    case MarkedKind::Agenda:
        return {role::Ref, role::Title, role::Owner, role::Pages};
    case MarkedKind::Resolution:
        break;
    }
    return {};
}

RegionTableResult RegionTable::read(const layout::LayoutDocument& document, const MarkedTableSpec& spec)
{
    RegionRun run(document, spec);
    return run.run();
}

TableTemplate RegionTable::makeTemplate(const RegionTableResult& result, const MarkedTableSpec& spec,
                                        const QSizeF& firstPageSize)
{
    TableTemplate t;
    t.kind = spec.kind;
    const qreal width = firstPageSize.width() > 0 ? firstPageSize.width() : 1;
    const qreal height = firstPageSize.height() > 0 ? firstPageSize.height() : 1;
    for (const RegionColumn& column : result.columns)
        t.columns.append({column.heading.simplified(), column.role, column.left / width, column.right / width});
    if (!spec.areas.isEmpty()) {
        t.top = spec.areas.first().rect.top() / height;
        t.bottom = spec.areas.first().rect.bottom() / height;
    }
    return t;
}

} // namespace scrutineer::parse
