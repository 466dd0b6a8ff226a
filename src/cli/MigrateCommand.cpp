#include "MigrateCommand.h"

#include "CliSupport.h"
#include "Database.h"
#include "LibraryCopy.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace scrutineer::cli {

int MigrateCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy a library — everything imported and everything you added: notes, statuses, corrections, resolutions, "
           "thresholds and readings — into an empty database, usually a team database on PostgreSQL. It is one "
           "transaction: all of it arrives, or nothing. Notes and edits become yours in the team database."));
    parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"), tr("The library to copy (a SQLite file)."),
                                  QStringLiteral("file"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Where to copy it: postgresql://user@host:port/name (password from ~/.pgpass or "
                                   "PGPASSWORD), or a new SQLite file."),
                                QStringLiteral("url"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log debug messages to stderr."));
    parser.addOptions({from, to, verbose});
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    CommonOptions common;
    common.applyLogging(parser);
    if (!parser.isSet(from) || !parser.isSet(to))
        return usageError(parser, tr("migrate needs --from and --to"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, tr("migrate takes no positional arguments"));
    const QString source = parser.value(from);
    if (Database::isServerLocation(source) || !QFileInfo(source).isFile())
        return reportError(Error {Error::Code::InputRejected, source, tr("no such library file")});

    auto fromDatabase = Database::open(source);
    if (!fromDatabase)
        return reportError(fromDatabase.error());
    auto toDatabase = Database::open(parser.value(to));
    if (!toDatabase)
        return reportError(toDatabase.error());

    QTextStream out(stdout);
    QElapsedTimer clock;
    clock.start();
    LibraryCopy copy(*fromDatabase.value(), *toDatabase.value());
    const auto copied = copy.run([&out](const LibraryCopy::Table& table) {
        if (table.rows > 0)
            out << tr("  %1: %n row(s)", table.rows).arg(table.name) << Qt::endl;
    });
    if (!copied)
        return reportError(copied.error());
    int rows = 0;
    for (const LibraryCopy::Table& table : *copied)
        rows += table.rows;
    out << tr("Copied %n row(s) from %1 into %2 in %3 s.", rows)
               .arg(QFileInfo(source).fileName(), toDatabase.value()->displayName())
               .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
        << "\n";
    return ExitOk;
}

} // namespace scrutineer::cli
