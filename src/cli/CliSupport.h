#pragma once

#include "Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTextStream>

#include <optional>

// Shared pieces of the CLI commands: exit codes, error reporting, the common options.
// Main thread only.
namespace scrutineer::cli {

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitRejected = 2, ExitInternal = 3 };

inline QString tr(const char* text, int n = -1) { return QCoreApplication::translate("scrutineer-cli", text, nullptr, n); }

// Parses; on --help prints help and returns false with exit code 0 semantics handled by caller.
bool parseOrExit(QCommandLineParser& parser, const QStringList& arguments);
int usageError(const QCommandLineParser& parser, const QString& message);
int reportError(const Error& error);
int exitCodeFor(const Error& error);

// --db FILE|URL and --verbose, added to every command that opens the database.
struct CommonOptions {
    QCommandLineOption db{QStringLiteral("db"),
                          tr("Database file, or a PostgreSQL team database as postgresql://user@host:port/name "
                             "(password from ~/.pgpass or PGPASSWORD). Default: the embedded database in the "
                             "application data folder."),
                          QStringLiteral("file|url")};
    QCommandLineOption verbose{QStringLiteral("verbose"), tr("Log debug messages to stderr.")};
    void addTo(QCommandLineParser& parser) const { parser.addOptions({db, verbose}); }
    // The database path from --db, or the embedded default.
    QString databasePath(const QCommandLineParser& parser) const;
    void applyLogging(const QCommandLineParser& parser) const;
};

// What the list commands (actions, recommendations) share: --help, the common options, their own
// filters, then --body TEXT and --today DATE; parsing them, and the date lateness is measured from.
struct ListOptions {
    // The help of --body and --today, in the words of what is listed.
    ListOptions(const QString& bodyHelp, const QString& todayHelp);
    CommonOptions common;
    QCommandLineOption body;
    QCommandLineOption today;
    void addTo(QCommandLineParser& parser, const QList<QCommandLineOption>& filters) const;
    // Parses and sets up logging; returns the exit code to stop with (bad usage, or --today not a
    // date), or nothing to go on. `todayValue` is --today, or the current date.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, QDate& todayValue) const;
};

} // namespace scrutineer::cli
