#pragma once

#include "Action.h"
#include "tables/TableBuilder.h"

#include <QList>
#include <QString>

// One improvement-plan action table, fed line by line across pages. Shape A: Ref | Action |
// Progress / Review Date | Lead | Update Commentary, a row starting where the Ref column gets a
// ref and page-split rows resuming with an empty Ref. Shape B: Outcomes | Action Ref | Objective |
// Actions | … | Lead | RAG rating | Milestone, outcome/ref/objective/plan cells vertically merged
// (filled down) and stacked actions split at paragraph gaps. Action trackers (Action Number |
// Meeting Date | Action | Owner | … | Due date | Reported complete) read the same way, their rows
// being actions arising from meetings. One instance per table; any thread.
namespace scrutineer::parse {

class ActionPlanParser final {
public:
    static const HeaderMatcher& matcher();
    static bool accepts(const TableHeader& header); // a ref and an action column, and a date, lead or status
    static const HeaderMatcher& trackerMatcher();
    static bool acceptsTracker(const TableHeader& header);

    ActionPlanParser(const TableHeader& header, const QString& section,
                     ActionOrigin origin = ActionOrigin::ImprovementPlan);

    ActionOrigin origin() const { return m_origin; }
    void repeatHeader(const TableHeader& header);
    // False when the line is not part of the table (the table has ended before it).
    bool feed(const layout::LayoutLine& line);
    QList<Action> finish();
    // Parallel to finish(): true where the ref came from a vertically merged cell above.
    const QList<bool>& filledRefs() const { return m_filledRefs; }

    // Document-wide ref checks, flags only: refs outside their section ("1.2.23" under 1.1),
    // two-level refs in a three-level plan, duplicates, gaps, empty and malformed refs.
    static void flagRefs(QList<Action>& actions, const QList<bool>& filledRefs);

private:
    bool mergedCells() const; // Shape B: outcome/objective/plan columns present

    TableBuilder m_builder;
    QString m_section;
    ActionOrigin m_origin;
    QList<bool> m_filledRefs;
};

} // namespace scrutineer::parse
