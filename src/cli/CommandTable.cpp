#include "CommandTable.h"

#include "ActionsCommand.h"
#include "CliSupport.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "IndicatorsCommand.h"
#include "InspectCommand.h"
#include "LayoutCommand.h"
#include "MeetingsCommand.h"
#include "MigrateCommand.h"
#include "RecommendationsCommand.h"
#include "SearchCommand.h"

#include <QTextStream>

#include <algorithm>

#include <functional>

namespace scrutineer::cli {
namespace {

struct Command {
    const char* name;
    const char* summary;
    std::function<int(const QStringList&)> run;
};

const QList<Command>& commands()
{
    static const QList<Command> all {
        {"import", QT_TRANSLATE_NOOP("scrutineer-cli", "Import agenda packs and minutes (PDF files or folders)."),
         ImportCommand::run},
        {"export", QT_TRANSLATE_NOOP("scrutineer-cli", "Export the database as JSON, or actions as CSV."),
         ExportCommand::run},
        {"search", QT_TRANSLATE_NOOP("scrutineer-cli", "Full-text search across every imported pack."),
         SearchCommand::run},
        {"meetings", QT_TRANSLATE_NOOP("scrutineer-cli", "List meetings with their documents and open actions."),
         MeetingsCommand::run},
        {"actions", QT_TRANSLATE_NOOP("scrutineer-cli", "List actions: --open, --overdue, --owner NAME."),
         ActionsCommand::run},
        {"recommendations",
         QT_TRANSLATE_NOOP("scrutineer-cli", "List scrutiny recommendations and responses: --awaiting, --body NAME."),
         RecommendationsCommand::run},
        {"indicators", QT_TRANSLATE_NOOP("scrutineer-cli", "List indicators, bands, readings and ratings: --breaches."),
         IndicatorsCommand::run},
        {"inspect",
         QT_TRANSLATE_NOOP("scrutineer-cli", "Show page by page what a PDF is read as, and what is not understood."),
         InspectCommand::run},
        {"migrate",
         QT_TRANSLATE_NOOP("scrutineer-cli", "Copy a library into an empty team database: --from FILE --to URL."),
         MigrateCommand::run},
        {"layout", QT_TRANSLATE_NOOP("scrutineer-cli", "Print the layout model of a PDF (for checking the parsers)."),
         LayoutCommand::run},
    };
    return all;
}

QString overallHelp()
{
    QString text;
    QTextStream out(&text);
    out << tr("Usage: scrutineer-cli COMMAND [options]") << "\n\n"
        << tr("Scrutineer turns council agenda packs into searchable meetings, decisions and actions.") << "\n\n"
        << tr("Commands:") << "\n";
    qsizetype width = 0; // the longest command name, so every summary starts in one column
    for (const Command& c : commands())
        width = std::max<qsizetype>(width, qsizetype(qstrlen(c.name)));
    for (const Command& c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(width + 2) << tr(c.summary) << "\n";
    out << "\n"
        << tr("Run 'scrutineer-cli COMMAND --help' for a command's options.") << "\n"
        << tr("Exit codes: 0 success, 1 bad usage, 2 input rejected, 3 internal failure.") << "\n";
    return text;
}

} // namespace

int CommandTable::dispatch(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        (name.isEmpty() ? QTextStream(stderr) : QTextStream(stdout)) << overallHelp();
        return name.isEmpty() ? ExitUsage : ExitOk;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        QTextStream(stdout) << "scrutineer-cli " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name)) {
            QStringList rest = arguments;
            rest.removeAt(1);
            rest[0] = QStringLiteral("scrutineer-cli ") + name;
            return c.run(rest);
        }
    }
    QTextStream(stderr) << "scrutineer-cli: " << tr("unknown command '%1'").arg(name) << "\n\n" << overallHelp();
    return ExitUsage;
}

} // namespace scrutineer::cli
