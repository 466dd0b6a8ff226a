#include "ActionsCommand.h"

#include "ActionStore.h"
#include "CliSupport.h"
#include "Database.h"

namespace scrutineer::cli {

int ActionsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List actions from improvement plans, resolutions and action logs."));
    const ListOptions list(tr("Only actions of bodies whose name contains TEXT."),
                           tr("Date to measure lateness from (YYYY-MM-DD; default today)."));
    const QCommandLineOption open(QStringLiteral("open"), tr("Only outstanding actions (not complete or business as usual)."));
    const QCommandLineOption overdue(QStringLiteral("overdue"), tr("Only outstanding actions whose due date has passed."));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only actions whose owner contains NAME."), QStringLiteral("name"));
    list.addTo(parser, {open, overdue, owner});
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
    for (const ActionRecord& r : actions) {
        const Action& a = r.action;
        out << (a.ref.isEmpty() ? QStringLiteral("-") : a.ref) << "  [" << toString(a.status) << "]  " << a.text << "\n";
        out << "    " << tr("owner: %1").arg(a.owner.isEmpty() ? tr("not stated") : a.owner) << "; "
            << tr("due: %1").arg(!a.due.isEmpty() ? a.due : (!a.dueText.isEmpty() ? a.dueText : tr("not stated")));
        const int late = daysOverdue(r, filter.today);
        if (late > 0)
            out << "; " << tr("%n day(s) overdue", late);
        out << "; " << toString(a.origin) << ", "
            << (r.meetingDate.isValid() ? r.meetingDate.toString(Qt::ISODate) : tr("undated")) << " " << r.body;
        if (a.pdfPage > 0)
            out << ", " << tr("PDF p. %1").arg(a.pdfPage);
        out << "\n";
    }
    out << tr("%n action(s)", int(actions.size())) << "\n";
    return ExitOk;
}

} // namespace scrutineer::cli
