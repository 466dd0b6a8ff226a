#include "CliSupport.h"

#include "Database.h"
#include "Log.h"

namespace scrutineer::cli {

bool parseOrExit(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        std::exit(ExitOk);
    }
    return true;
}

int usageError(const QCommandLineParser& parser, const QString& message)
{
    QTextStream(stderr) << "scrutineer-cli: " << message << "\n\n" << parser.helpText();
    return ExitUsage;
}

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case Error::Code::InputRejected: return ExitRejected;
    case Error::Code::Cancelled: return ExitInternal;
    case Error::Code::Database:
    case Error::Code::Conflict:
    case Error::Code::Internal: return ExitInternal;
    }
    return ExitInternal;
}

int reportError(const Error& error)
{
    QTextStream(stderr) << "scrutineer-cli: " << error.describe() << "\n";
    return exitCodeFor(error);
}

QString CommonOptions::databasePath(const QCommandLineParser& parser) const
{
    return parser.isSet(db) ? parser.value(db) : Database::defaultPath();
}

ListOptions::ListOptions(const QString& bodyHelp, const QString& todayHelp)
    : body(QStringLiteral("body"), bodyHelp, QStringLiteral("text")), today(QStringLiteral("today"), todayHelp, QStringLiteral("date"))
{
}

void ListOptions::addTo(QCommandLineParser& parser, const QList<QCommandLineOption>& filters) const
{
    parser.addHelpOption();
    common.addTo(parser);
    parser.addOptions(filters);
    parser.addOptions({body, today});
}

std::optional<int> ListOptions::parse(QCommandLineParser& parser, const QStringList& arguments, QDate& todayValue) const
{
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    common.applyLogging(parser);
    todayValue = QDate::currentDate();
    if (parser.isSet(today)) {
        todayValue = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!todayValue.isValid())
            return usageError(parser, tr("--today needs a date like 2019-01-31"));
    }
    return std::nullopt;
}

void CommonOptions::applyLogging(const QCommandLineParser& parser) const
{
    log::Options options;
    options.verbose = parser.isSet(verbose);
    options.console = options.verbose; // the CLI reports errors itself; the log file keeps the detail
    options.logFile = log::defaultLogFile();
    log::init(options);
    log::installQtMessageBridge();
}

} // namespace scrutineer::cli
