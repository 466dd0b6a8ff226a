#include "ActionsCommand.h"

#include "ActionStore.h"
#include "ActionTally.h"
#include "CliSupport.h"
#include "Database.h"

#include <QMap>

#include <algorithm>

namespace scrutineer::cli {

namespace {

void printByOwner(QTextStream& out, const QList<ActionRecord>& actions, const QDate& today)
{
    // The report's tally (one row per person or post; several leads count once each), with the
    // command line's own words for an action that names nobody.
    for (const ActionTally::Owner& row : ActionTally::byOwner(actions, today)) {
        const QString name = row.key == ActionTally::noOwnerKey() ? tr("(owner not stated)") : row.name;
        out << QStringLiteral("%1  %2  %3").arg(row.open, 4).arg(row.overdue, 4).arg(name) << "\n";
    }
    out << tr("%n action(s); columns: actions, overdue, owner", int(actions.size())) << "\n";
}

} // namespace

int ActionsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List actions from improvement plans, resolutions and action logs."));
    const ListOptions list(tr("Only actions of bodies whose name contains TEXT."),
                           tr("Date to measure lateness from (YYYY-MM-DD; default today)."));
    const QCommandLineOption open(QStringLiteral("open"),
                                  tr("Only open actions: not complete or business as usual, and not a repeat of an "
                                     "action asked for earlier (counted at its first occurrence)."));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     tr("Only open actions whose due date has passed and which something has reported "
                                        "on in the last six months."));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only actions whose owner contains NAME."),
                                   QStringLiteral("name"));
    const QCommandLineOption byOwner(QStringLiteral("by-owner"),
                                     tr("Count the listed actions by owner, resolved to people and posts."));
    list.addTo(parser, {open, overdue, owner, byOwner});
    ActionFilter filter;
    if (const auto stop = list.parse(parser, arguments, filter.today))
        return *stop;
    filter.openOnly = parser.isSet(open);
    filter.overdueOnly = parser.isSet(overdue);
    filter.owner = parser.value(owner);
    filter.body = parser.value(list.body);
    auto database = Database::open(list.common.databasePath(parser));
    if (!database)
        return reportError(database.error());
    const QList<ActionRecord> actions = ActionStore(*database.value()).list(filter);
    QTextStream out(stdout);
    if (actions.isEmpty()) {
        out << tr("No actions match.") << "\n";
        return ExitOk;
    }
    if (parser.isSet(byOwner)) {
        printByOwner(out, actions, filter.today);
        return ExitOk;
    }
    for (const ActionRecord& r : actions) {
        const Action& a = r.action;
        out << (a.ref.isEmpty() ? QStringLiteral("-") : a.ref) << "  [" << toString(a.status) << "]  " << a.text
            << "\n";
        out << "    " << tr("owner: %1").arg(a.owner.isEmpty() ? tr("not stated") : a.owner) << "; "
            << tr("due: %1").arg(!a.due.isEmpty() ? a.due : (!a.dueText.isEmpty() ? a.dueText : tr("not stated")));
        const int late = daysOverdue(r, filter.today);
        if (noRecentEvidence(r, filter.today))
            out << "; " << tr("no recent evidence");
        else if (late > 0)
            out << "; " << tr("%n day(s) overdue", late);
        out << "; " << toString(a.origin) << ", "
            << (r.meetingDate.isValid() ? r.meetingDate.toString(Qt::ISODate) : tr("undated")) << " " << r.body;
        if (a.pdfPage > 0)
            out << ", " << tr("PDF p. %1").arg(a.pdfPage);
        if (r.isRepeat())
            out << "; " << tr("repeats action %1").arg(r.repeatOf);
        else if (r.occurrences.size() > 1)
            out << "; " << tr("asked for %n time(s)", int(r.occurrences.size()));
        out << "\n";
    }
    out << tr("%n action(s)", int(actions.size())) << "\n";
    return ExitOk;
}

} // namespace scrutineer::cli
