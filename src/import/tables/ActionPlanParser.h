#pragma once

#include "Action.h"
#include "tables/RoleTable.h"

#include <QCoreApplication>
#include <QList>

// Actions from a plan or action log read by column role (RoleTable): the action, its ref, owner,
// due date and status as printed, the section it sits under, the roles the table was read with
// and how sure the reading is. Plans give improvement-plan actions, action logs (a meeting or a
// "reported complete" column) actions arising. Also the document-wide ref checks. Stateless; any
// thread.
namespace scrutineer::parse {

class ActionPlanParser final {
    Q_DECLARE_TR_FUNCTIONS(ActionPlanParser)

public:
    // The table's rows as actions; `filledRefs` (parallel to the result) is true where the ref came
    // from a merged or stacked cell above.
    static QList<Action> actions(const RoleTableResult& table, QList<bool>* filledRefs = nullptr);
    // A response table that follows each recommendation to done like an action, printing who leads
    // it, when it is due and how it stands ("Recommendation | Cabinet response | Lead | Target date
    // | Progress update | Status"): a monitoring schedule, whose rows are tracked actions as well as
    // answered recommendations. Its recommendations read as actions; none for a response table
    // that tracks nothing (no lead, due date or status column).
    static QList<Action> monitoredRecommendations(const RoleTableResult& table);

    // The date a due cell names, at its printed precision ("2025-03-31", "2025-03"), or the last
    // month of the financial quarter it names ("Q1 2025/26" -> "2025-06"); empty when none.
    static QString dueDate(const QString& dateText);
    // Sets an action's due date and status from its due and status cells as printed, for table rows
    // and labelled blocks alike: the status cell's words; else a status written where the date
    // would be ("Complete"); else Open, as nothing printed says otherwise.
    static void readDueAndStatus(Action& action, const QString& dueCell, const QString& statusCell);

    // Document-wide ref checks, flags only: refs outside their section ("1.2.23" under 1.1),
    // two-level refs in a three-level plan, duplicates, gaps, empty and malformed refs.
    static void flagRefs(QList<Action>& actions, const QList<bool>& filledRefs);
};

} // namespace scrutineer::parse
