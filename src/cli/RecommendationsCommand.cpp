#include "RecommendationsCommand.h"

#include "CliSupport.h"
#include "Database.h"
#include "RecommendationStore.h"

namespace scrutineer::cli {

int RecommendationsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List scrutiny recommendations with the executive's response and the latest progress."));
    const ListOptions list(tr("Only recommendations of bodies whose name contains TEXT."),
                           tr("Date to measure waiting from (YYYY-MM-DD; default today)."));
    const QCommandLineOption awaiting(
        QStringLiteral("awaiting"),
        tr("Only recommendations with no response more than two months after they were made."));
    const QCommandLineOption noUpdate(
        QStringLiteral("no-update"), tr("Only accepted recommendations with no progress reported since the response."));
    list.addTo(parser, {awaiting, noUpdate});
    RecommendationFilter filter;
    if (const auto stop = list.parse(parser, arguments, filter.today))
        return *stop;
    filter.awaitingOnly = parser.isSet(awaiting);
    filter.acceptedWithoutUpdateOnly = parser.isSet(noUpdate);
    filter.body = parser.value(list.body);
    auto database = Database::open(list.common.databasePath(parser));
    if (!database)
        return reportError(database.error());
    const QList<RecommendationRecord> records = RecommendationStore(*database.value()).list(filter);
    QTextStream out(stdout);
    if (records.isEmpty()) {
        out << tr("No recommendations match.") << "\n";
        return ExitOk;
    }
    for (const RecommendationRecord& r : records) {
        const Recommendation& rec = r.recommendation;
        out << (rec.number.isEmpty() ? QStringLiteral("-") : rec.number) << "  [" << toString(r.decision()) << "]  "
            << rec.text << "\n";
        out << "    " << (r.meetingDate.isValid() ? r.meetingDate.toString(Qt::ISODate) : tr("undated")) << " "
            << (rec.madeBy.isEmpty() ? r.body : rec.madeBy);
        out << " " << (rec.addressedTo.isEmpty() ? tr("(addressee unknown)") : tr("to %1").arg(rec.addressedTo));
        out << ", " << r.fileName;
        if (rec.pdfPage > 0)
            out << ", " << tr("PDF p. %1").arg(rec.pdfPage);
        out << "\n";
        if (const auto response = r.response()) {
            out << "    "
                << tr("response: %1").arg(response->text.isEmpty() ? toString(response->decision) : response->text);
            if (!response->lead.isEmpty())
                out << "; " << tr("lead: %1").arg(response->lead);
            const QString due = response->due.isEmpty() ? response->dueText : response->due;
            if (!due.isEmpty())
                out << "; " << tr("due: %1").arg(due);
            out << "\n";
        }
        if (const auto update = r.latestUpdate()) {
            out << "    "
                << tr("latest update%1: %2")
                       .arg(update->date.isValid() ? QStringLiteral(" ") + update->date.toString(Qt::ISODate)
                                                   : QString(),
                            update->text)
                << "\n";
        }
    }
    out << tr("%n recommendation(s)", int(records.size())) << "\n";
    return ExitOk;
}

} // namespace scrutineer::cli
