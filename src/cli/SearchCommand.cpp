#include "SearchCommand.h"

#include "CliSupport.h"
#include "Database.h"
#include "SearchIndex.h"

namespace scrutineer::cli {

int SearchCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Search every imported pack: pages, agenda items, resolutions, actions and notes. "
                                        "Words must all match; use \"quotes\" for a phrase, word* for a prefix, OR, and "
                                        "-word to exclude."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Most hits to show (default 20)."), QStringLiteral("n"),
                                   QStringLiteral("20"));
    const QCommandLineOption body(QStringLiteral("body"), tr("Only meetings of bodies whose name contains TEXT."),
                                  QStringLiteral("text"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Only one kind: pages, items, resolutions, actions, notes."),
                                  QStringLiteral("kind"));
    parser.addOptions({limit, body, kind});
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to look for."), QStringLiteral("QUERY..."));
    if (!parseOrExit(parser, arguments))
        return ExitUsage;
    common.applyLogging(parser);
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return usageError(parser, tr("search needs a query"));

    auto database = Database::open(common.databasePath(parser));
    if (!database)
        return reportError(database.error());
    SearchIndex::Filter filter;
    filter.limit = std::max(1, parser.value(limit).toInt());
    filter.body = parser.value(body);
    if (parser.isSet(kind)) {
        const QString k = parser.value(kind).toLower();
        static const QList<QPair<QString, SearchIndex::Kind>> kinds{
            {QStringLiteral("pages"), SearchIndex::Kind::Page},
            {QStringLiteral("items"), SearchIndex::Kind::AgendaItem},
            {QStringLiteral("resolutions"), SearchIndex::Kind::Resolution},
            {QStringLiteral("actions"), SearchIndex::Kind::Action},
            {QStringLiteral("notes"), SearchIndex::Kind::Note}};
        for (const auto& [name, value] : kinds) {
            if (name.startsWith(k))
                filter.kinds.insert(value);
        }
        if (filter.kinds.isEmpty())
            return usageError(parser, tr("unknown kind '%1'").arg(k));
    }
    const QList<SearchIndex::Hit> hits = SearchIndex(*database.value()).search(query + QLatin1Char(' '), filter);
    QTextStream out(stdout);
    if (hits.isEmpty()) {
        out << tr("No matches for %1.").arg(query) << "\n";
        return ExitOk;
    }
    int n = 0;
    for (const SearchIndex::Hit& hit : hits) {
        QString where = hit.packPage ? tr("Page %1 · PDF p. %2").arg(*hit.packPage).arg(hit.pdfPage)
                                     : (hit.pdfPage > 0 ? tr("PDF p. %1").arg(hit.pdfPage) : QString());
        out << ++n << ". [" << SearchIndex::kindName(hit.kind) << "] "
            << (hit.meetingDate.isValid() ? hit.meetingDate.toString(Qt::ISODate) : tr("undated")) << " "
            << (hit.body.isEmpty() ? tr("(body unknown)") : hit.body);
        if (!hit.title.isEmpty())
            out << " — " << hit.title;
        if (!where.isEmpty())
            out << " — " << where;
        out << "\n   " << SearchIndex::snippetAsPlainText(hit.snippet) << "\n";
    }
    return ExitOk;
}

} // namespace scrutineer::cli
