#include "ExportCommand.h"

#include "ActionStore.h"
#include "CliSupport.h"
#include "Csv.h"
#include "Database.h"
#include "JsonExporter.h"
#include "RecommendationStore.h"

#include <QFile>
#include <QSaveFile>

namespace scrutineer::cli {

QByteArray actionsCsv(Database& database)
{
    const Transaction snapshot(database.connection(), Transaction::Kind::Read); // one consistent view
    QString text = csv::row({QStringLiteral("id"), QStringLiteral("origin"), QStringLiteral("ref"), QStringLiteral("text"),
                             QStringLiteral("owner"), QStringLiteral("due"), QStringLiteral("due_text"),
                             QStringLiteral("status"), QStringLiteral("status_text"), QStringLiteral("meeting_date"),
                             QStringLiteral("body"), QStringLiteral("document_id"), QStringLiteral("pdf_page")});
    for (const ActionRecord& r : ActionStore(database).list()) {
        const Action& a = r.action;
        text += csv::row({QString::number(r.id), toString(a.origin), a.ref, a.text, a.owner, a.due, a.dueText,
                          toString(a.status), a.statusText, r.meetingDate.toString(Qt::ISODate), r.body,
                          r.documentId > 0 ? QString::number(r.documentId) : QString(),
                          a.pdfPage > 0 ? QString::number(a.pdfPage) : QString()});
    }
    return text.toUtf8();
}

int ExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the whole database as JSON (the scrutineer-export v1 contract), or the "
                                        "actions or recommendations as CSV."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default) or csv (actions)."), QStringLiteral("format"),
                                    QStringLiteral("json"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output file; '-' or none writes to stdout."),
                                       QStringLiteral("file"), QStringLiteral("-"));
    const QCommandLineOption table(QStringLiteral("table"), tr("With --format csv: actions (default) or recommendations."),
                                   QStringLiteral("name"), QStringLiteral("actions"));
    parser.addOptions({format, outOption, table});
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    common.applyLogging(parser);
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("json") && kind != QLatin1String("csv"))
        return usageError(parser, tr("unknown format '%1' (json or csv)").arg(kind));
    const QString tableName = parser.value(table).toLower();
    if (tableName != QLatin1String("actions") && tableName != QLatin1String("recommendations"))
        return usageError(parser, tr("unknown table '%1' (actions or recommendations)").arg(tableName));
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, tr("export takes no positional arguments"));

    const QString path = common.databasePath(parser);
    if (parser.isSet(common.db) && !Database::isServerLocation(path) && !QFile::exists(path))
        return reportError(Error{Error::Code::InputRejected, path, tr("no such database")});
    auto database = Database::open(path);
    if (!database)
        return reportError(database.error());
    const QByteArray data = kind == QLatin1String("json")                 ? JsonExporter(*database.value()).toJson()
                            : tableName == QLatin1String("recommendations") ? recommendationsCsv(
                                                                                RecommendationStore(*database.value()).list())
                                                                          : actionsCsv(*database.value());

    const QString out = parser.value(outOption);
    if (out == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size())
            return reportError(Error{Error::Code::Internal, QString(), tr("cannot write to standard output")});
        return ExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return reportError(Error{Error::Code::Internal, out, tr("cannot write the export: %1").arg(file.errorString())});
    return ExitOk;
}

} // namespace scrutineer::cli
