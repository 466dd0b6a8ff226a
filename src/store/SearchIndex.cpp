#include "SearchIndex.h"

#include "SearchBackend.h"
#include "SearchQuery.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>

namespace scrutineer {
namespace {

constexpr int kRankWindow = 2000;

// Each source is a table the search indexes, with the way from its row to the meeting (m) and
// body (b) the filters need, and the details a hit shows.
QList<SearchSource> sources()
{
    const QString meeting = QStringLiteral(" LEFT JOIN meeting m ON m.id = x.meeting_id LEFT JOIN body b ON b.id = m.body_id");
    return {
        {SearchIndex::Kind::Page, QStringLiteral("page"), QStringLiteral("p"),
         QStringLiteral(" JOIN document x ON x.id = p.document_id") + meeting,
         QStringLiteral("x.meeting_id, p.document_id, p.pdf_page, ''"), QStringLiteral("p.text"), QStringLiteral("page_fts")},
        {SearchIndex::Kind::AgendaItem, QStringLiteral("agenda_item"), QStringLiteral("x"), meeting,
         QStringLiteral("x.meeting_id, x.document_id, COALESCE(x.pdf_first, x.pdf_page), x.number || '. ' || x.title"),
         QStringLiteral("x.title || ' ' || COALESCE(x.report_of, '')"), QStringLiteral("agenda_fts")},
        {SearchIndex::Kind::Resolution, QStringLiteral("resolution"), QStringLiteral("x"),
         QStringLiteral(" JOIN minute mi ON mi.id = x.minute_id") + meeting,
         QStringLiteral("x.meeting_id, x.document_id, x.pdf_page, COALESCE(mi.number || '. ', '') || COALESCE(mi.title, '')"),
         QStringLiteral("x.text"), QStringLiteral("resolution_fts")},
        {SearchIndex::Kind::Action, QStringLiteral("action"), QStringLiteral("x"), meeting,
         QStringLiteral("x.meeting_id, x.document_id, x.pdf_page, COALESCE(x.ref, '')"),
         QStringLiteral("x.text || ' ' || COALESCE(x.owner, '')"), QStringLiteral("action_fts")},
        {SearchIndex::Kind::Note, QStringLiteral("note"), QStringLiteral("x"), meeting,
         QStringLiteral("x.meeting_id, (SELECT id FROM document WHERE sha256 = x.document_sha256), x.pdf_page, "
                        "COALESCE(x.agenda_number, '')"),
         QStringLiteral("x.body"), QStringLiteral("note_fts")},
    };
}

} // namespace

QString SearchIndex::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Page: return QCoreApplication::translate("SearchIndex", "Page");
    case Kind::AgendaItem: return QCoreApplication::translate("SearchIndex", "Agenda item");
    case Kind::Resolution: return QCoreApplication::translate("SearchIndex", "Resolution");
    case Kind::Action: return QCoreApplication::translate("SearchIndex", "Action");
    case Kind::Note: return QCoreApplication::translate("SearchIndex", "Note");
    }
    return {};
}

QString SearchIndex::toFtsQuery(const QString& userQuery, bool prefixLastWord)
{
    return SearchQuery::parse(userQuery, prefixLastWord).toFts();
}

QList<SearchIndex::Hit> SearchIndex::search(const QString& userQuery, const Filter& filter) const
{
    const SearchBackend& engine = m_database.dialect().search();
    const QString queryText = engine.queryText(SearchQuery::parse(userQuery));
    if (queryText.isEmpty())
        return {};
    SearchFilterSql meetingFilter;
    if (!filter.body.isEmpty())
        meetingFilter.where += QStringLiteral(" AND lower(b.name) LIKE lower(:body)");
    if (filter.from.isValid())
        meetingFilter.where += QStringLiteral(" AND m.date >= :from");
    if (filter.to.isValid())
        meetingFilter.where += QStringLiteral(" AND m.date <= :to");
    meetingFilter.bind = [&filter](QSqlQuery& q) {
        if (!filter.body.isEmpty())
            q.bindValue(QStringLiteral(":body"), QString(QLatin1Char('%') + filter.body + QLatin1Char('%')));
        if (filter.from.isValid())
            q.bindValue(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
        if (filter.to.isValid())
            q.bindValue(QStringLiteral(":to"), filter.to.toString(Qt::ISODate));
    };

    // Phase 1: the best `limit` rows of each source, selecting nothing costly (SQLite computes
    // every selected column for every match before it sorts, so no snippets here).
    struct Ranked {
        const SearchSource* source;
        qint64 rowId;
        double rank;
    };
    const QList<SearchSource> all = sources();
    QList<Ranked> ranked;
    const int limit = std::max(1, filter.limit);
    for (const SearchSource& source : all) {
        if (!filter.kinds.isEmpty() && !filter.kinds.contains(source.kind))
            continue;
        for (const SearchBackend::Ranked& r : engine.rank(m_database.connection(), source, queryText, meetingFilter, limit, kRankWindow))
            ranked.append({&source, r.id, r.rank});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
    if (ranked.size() > limit)
        ranked.resize(limit);

    // Phase 2: details and a snippet for each hit that survived (one row lookup each).
    QList<Hit> hits;
    std::map<const SearchSource*, std::unique_ptr<QSqlQuery>> detailQueries; // prepared once per kind
    for (const Ranked& r : ranked) {
        const SearchSource& source = *r.source;
        std::unique_ptr<QSqlQuery>& prepared = detailQueries[&source];
        if (!prepared) {
            prepared = std::make_unique<QSqlQuery>(m_database.connection());
            prepared->prepare(QStringLiteral("SELECT %1, %2 FROM %3 %4%5 WHERE %4.id = :id")
                                  .arg(source.detail, engine.snippetColumn(source.text), source.table, source.alias,
                                       source.joins));
        }
        QSqlQuery& detail = *prepared;
        detail.bindValue(QStringLiteral(":id"), r.rowId);
        if (engine.snippetUsesQuery())
            detail.bindValue(QStringLiteral(":q"), queryText);
        if (!detail.exec() || !detail.next())
            continue;
        Hit hit;
        hit.kind = source.kind;
        hit.rowId = r.rowId;
        hit.rank = r.rank;
        hit.meetingId = detail.value(0).toLongLong();
        hit.documentId = detail.value(1).toLongLong();
        hit.pdfPage = detail.value(2).toInt();
        hit.title = detail.value(3).toString();
        hit.snippet = engine.snippet(detail.value(4), queryText);
        hits.append(hit);
    }

    // Fill meeting, body, pack page and agenda item for what survived the cut.
    QSqlQuery detail(m_database.connection());
    detail.prepare(QStringLiteral("SELECT m.date, b.name FROM meeting m LEFT JOIN body b ON b.id = m.body_id WHERE m.id = ?"));
    QSqlQuery page(m_database.connection());
    page.prepare(QStringLiteral("SELECT p.pack_page, (SELECT a.number || '. ' || a.title FROM agenda_item a WHERE "
                                "a.document_id = p.document_id AND p.pdf_page BETWEEN a.pdf_first AND a.pdf_last ORDER BY "
                                "a.pdf_last - a.pdf_first LIMIT 1), p.ocr FROM page p WHERE p.document_id = ? AND p.pdf_page = ?"));
    QHash<qint64, QPair<QDate, QString>> meetings;
    for (Hit& hit : hits) {
        if (!meetings.contains(hit.meetingId)) {
            detail.addBindValue(hit.meetingId);
            if (detail.exec() && detail.next())
                meetings.insert(hit.meetingId, {QDate::fromString(detail.value(0).toString(), Qt::ISODate),
                                                detail.value(1).toString()});
        }
        hit.meetingDate = meetings.value(hit.meetingId).first;
        hit.body = meetings.value(hit.meetingId).second;
        if (hit.documentId > 0 && hit.pdfPage > 0) {
            page.addBindValue(hit.documentId);
            page.addBindValue(hit.pdfPage);
            if (page.exec() && page.next()) {
                if (!page.value(0).isNull())
                    hit.packPage = page.value(0).toInt();
                hit.ocr = page.value(2).toInt() != 0;
                const QString item = page.value(1).toString();
                if (!item.isEmpty()) {
                    hit.itemNumber = item.section(QLatin1Char('.'), 0, 0);
                    if (hit.kind == Kind::Page)
                        hit.title = item;
                }
            }
        }
    }
    return hits;
}

QString SearchIndex::snippetAsHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(kMarkStart, QStringLiteral("<b>"));
    html.replace(kMarkEnd, QStringLiteral("</b>"));
    return html;
}

QString SearchIndex::snippetAsPlainText(const QString& snippet)
{
    QString text = snippet;
    text.replace(kMarkStart, QStringLiteral("["));
    text.replace(kMarkEnd, QStringLiteral("]"));
    return text.simplified();
}

} // namespace scrutineer
