#include "MeetingsCommand.h"

#include "CliSupport.h"
#include "Database.h"
#include "MeetingStore.h"

#include <optional>
#include <utility>

namespace scrutineer::cli {

int MeetingsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List meetings by body and date with their documents, agenda items, minutes and "
           "open actions."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    common.applyLogging(parser);
    auto database = Database::open(common.databasePath(parser));
    if (!database)
        return reportError(database.error());
    const auto meetings = MeetingStore(*database.value()).meetings();
    QTextStream out(stdout);
    if (meetings.isEmpty()) {
        out << tr("No meetings yet. Import a pack with: scrutineer-cli import FILE.pdf") << "\n";
        return ExitOk;
    }
    // One heading per stored body: two councils' "Cabinet"s that name no council are two bodies.
    std::optional<std::pair<qint64, QString>> lastBody;
    for (const auto& m : meetings) {
        const QString body = m.body.isEmpty() ? tr("(body unknown)") : m.body;
        if (!lastBody || lastBody->first != m.bodyId || lastBody->second != body) {
            out << body << (m.authority.isEmpty() ? QString() : QStringLiteral(" — ") + m.authority) << "\n";
            lastBody = std::pair {m.bodyId, body};
        }
        out << "  " << (m.date.isValid() ? m.date.toString(Qt::ISODate) : tr("undated")) << "  "
            << (m.time.isValid() ? m.time.toString(QStringLiteral("HH:mm")) : QStringLiteral("     ")) << "  "
            << tr("%n document(s)", m.documents) << ", " << tr("%n agenda item(s)", m.agendaItems) << ", "
            << tr("%n minute(s)", m.minutes) << ", " << tr("%n open action(s)", m.openActions);
        if (!m.venue.isEmpty())
            out << "  @ " << m.venue;
        out << "  [id " << m.id << "]\n";
    }
    return ExitOk;
}

} // namespace scrutineer::cli
