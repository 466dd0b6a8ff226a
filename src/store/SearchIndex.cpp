#include "SearchIndex.h"

#include "Snippet.h"

#include <QHash>

#include <map>
#include <memory>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace scrutineer {
namespace {

constexpr int kRankWindow = 2000;

struct Source {
    SearchIndex::Kind kind;
    QString fts;    // the FTS5 table
    QString joins;  // from the FTS table to its row (alias x) and on to meeting m and body b
    QString detail; // selects: meeting_id, document_id, pdf_page, title, text to quote (row x)
};

// Each source joins its FTS table back to the row it indexes and to the meeting, for the
// filters (m.date, b.name) and for the details of a hit.
QList<Source> sources()
{
    const QString meeting = QStringLiteral(" LEFT JOIN meeting m ON m.id = x.meeting_id LEFT JOIN body b ON b.id = m.body_id");
    return {
        {SearchIndex::Kind::Page, QStringLiteral("page_fts"),
         QStringLiteral(" JOIN page p ON p.id = page_fts.rowid JOIN document x ON x.id = p.document_id") + meeting,
         QStringLiteral("x.meeting_id, p.document_id, p.pdf_page, '', p.text")},
        {SearchIndex::Kind::AgendaItem, QStringLiteral("agenda_fts"),
         QStringLiteral(" JOIN agenda_item x ON x.id = agenda_fts.rowid") + meeting,
         QStringLiteral("x.meeting_id, x.document_id, COALESCE(x.pdf_first, x.pdf_page), x.number || '. ' || x.title, "
                        "x.title || ' ' || COALESCE(x.report_of, '')")},
        {SearchIndex::Kind::Resolution, QStringLiteral("resolution_fts"),
         QStringLiteral(" JOIN resolution x ON x.id = resolution_fts.rowid JOIN minute mi ON mi.id = x.minute_id") + meeting,
         QStringLiteral("x.meeting_id, x.document_id, x.pdf_page, COALESCE(mi.number || '. ', '') || COALESCE(mi.title, ''), "
                        "x.text")},
        {SearchIndex::Kind::Action, QStringLiteral("action_fts"), QStringLiteral(" JOIN action x ON x.id = action_fts.rowid") + meeting,
         QStringLiteral("x.meeting_id, x.document_id, x.pdf_page, COALESCE(x.ref, ''), x.text || ' ' || COALESCE(x.owner, '')")},
        {SearchIndex::Kind::Note, QStringLiteral("note_fts"), QStringLiteral(" JOIN note x ON x.id = note_fts.rowid") + meeting,
         QStringLiteral("x.meeting_id, (SELECT id FROM document WHERE sha256 = x.document_sha256), x.pdf_page, "
                        "COALESCE(x.agenda_number, ''), x.body")},
    };
}

QString quoteTerm(const QString& term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
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
    // Tokens: "a phrase", -word, word*, OR
    static const QRegularExpression token(QStringLiteral("(-?)\"([^\"]*)\"?|(\\S+)"));
    QStringList parts;
    QStringList excluded;
    bool pendingOr = false;
    auto it = token.globalMatch(userQuery);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (int i = 0; i < matches.size(); ++i) {
        const QRegularExpressionMatch& m = matches.at(i);
        const bool last = i == matches.size() - 1;
        if (m.capturedLength(2) > 0 || !m.captured(1).isEmpty()) {
            const QString phrase = m.captured(2).simplified();
            if (phrase.isEmpty())
                continue;
            (m.captured(1).isEmpty() ? parts : excluded).append(quoteTerm(phrase));
            continue;
        }
        QString word = m.captured(3);
        if (word == QLatin1String("OR")) {
            pendingOr = !parts.isEmpty();
            continue;
        }
        const bool exclude = word.startsWith(QLatin1Char('-')) && word.size() > 1;
        if (exclude)
            word = word.mid(1);
        bool prefix = word.endsWith(QLatin1Char('*'));
        // Keep letters and digits only; punctuation becomes a phrase boundary as FTS tokenises it.
        QString clean = word;
        clean.replace(QRegularExpression(QStringLiteral("[^\\w'’\\-./]")), QStringLiteral(" "));
        clean = clean.simplified();
        if (clean.isEmpty())
            continue;
        if (!exclude && last && prefixLastWord && !userQuery.endsWith(QLatin1Char(' ')) && clean.size() >= 2)
            prefix = true;
        const QString term = quoteTerm(clean) + (prefix ? QStringLiteral("*") : QString());
        if (exclude) {
            excluded.append(term);
        } else if (pendingOr && !parts.isEmpty()) {
            parts.last() = QStringLiteral("(%1 OR %2)").arg(parts.last(), term);
            pendingOr = false;
        } else {
            parts.append(term);
        }
    }
    if (parts.isEmpty())
        return {};
    QString query = parts.join(QStringLiteral(" AND "));
    for (const QString& e : excluded)
        query += QStringLiteral(" NOT ") + e;
    return query;
}

QList<SearchIndex::Hit> SearchIndex::search(const QString& userQuery, const Filter& filter) const
{
    const QString fts = toFtsQuery(userQuery);
    if (fts.isEmpty())
        return {};
    QString meetingFilter;
    if (!filter.body.isEmpty())
        meetingFilter += QStringLiteral(" AND b.name LIKE :body");
    if (filter.from.isValid())
        meetingFilter += QStringLiteral(" AND m.date >= :from");
    if (filter.to.isValid())
        meetingFilter += QStringLiteral(" AND m.date <= :to");
    auto bindFilter = [&](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":q"), fts);
        if (!filter.body.isEmpty())
            q.bindValue(QStringLiteral(":body"), QString(QLatin1Char('%') + filter.body + QLatin1Char('%')));
        if (filter.from.isValid())
            q.bindValue(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
        if (filter.to.isValid())
            q.bindValue(QStringLiteral(":to"), filter.to.toString(Qt::ISODate));
    };

    // Phase 1: the best `limit` rows of each source by bm25, selecting nothing costly (SQLite
    // computes every selected column for every match before it sorts, so no snippets here).
    struct Ranked {
        const Source* source;
        qint64 rowId;
        double rank;
    };
    const QList<Source> all = sources();
    QList<Ranked> ranked;
    QSqlQuery q(m_database.connection());
    const int limit = std::max(1, filter.limit);
    for (const Source& source : all) {
        if (!filter.kinds.isEmpty() && !filter.kinds.contains(source.kind))
            continue;
        const QString joins = meetingFilter.isEmpty() ? QString() : source.joins;
        // bm25 costs about a microsecond per match: for words on tens of thousands of pages, rank
        // only the newest kRankWindow matches (rowid order is import order), which FTS5 finds by
        // walking its index backwards.
        QString window;
        if (q.prepare(QStringLiteral("SELECT %1.rowid FROM %1%2 WHERE %1 MATCH :q%3 ORDER BY %1.rowid DESC LIMIT 1 OFFSET %4")
                          .arg(source.fts, joins, meetingFilter)
                          .arg(kRankWindow))) {
            bindFilter(q);
            if (q.exec() && q.next())
                window = QStringLiteral(" AND %1.rowid > %2").arg(source.fts).arg(q.value(0).toLongLong());
        }
        const QString sql = QStringLiteral("SELECT %1.rowid, %1.rank FROM %1%2 WHERE %1 MATCH :q%3%4 ORDER BY %1.rank LIMIT %5")
                                .arg(source.fts, joins, meetingFilter, window)
                                .arg(limit);
        if (!q.prepare(sql))
            continue;
        bindFilter(q);
        if (!q.exec())
            continue; // a malformed MATCH expression finds nothing rather than failing the search
        while (q.next())
            ranked.append({&source, q.value(0).toLongLong(), q.value(1).toDouble()});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
    if (ranked.size() > limit)
        ranked.resize(limit);

    // Phase 2: details and a snippet for each hit that survived (one row lookup each).
    QList<Hit> hits;
    const QList<snippet::Term> terms = snippet::termsOfFtsQuery(fts);
    std::map<const Source*, std::unique_ptr<QSqlQuery>> detailQueries; // prepared once per kind
    for (const Ranked& r : ranked) {
        const Source& source = *r.source;
        std::unique_ptr<QSqlQuery>& prepared = detailQueries[&source];
        if (!prepared) {
            prepared = std::make_unique<QSqlQuery>(m_database.connection());
            prepared->prepare(QStringLiteral("SELECT %1 FROM %2%3 WHERE %2.rowid = :id").arg(source.detail, source.fts, source.joins));
        }
        QSqlQuery& detail = *prepared;
        detail.bindValue(QStringLiteral(":id"), r.rowId);
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
        hit.snippet = snippet::make(detail.value(4).toString(), terms, kMarkStart, kMarkEnd);
        hits.append(hit);
    }

    // Fill meeting, body, pack page and agenda item for what survived the cut.
    QSqlQuery detail(m_database.connection());
    detail.prepare(QStringLiteral("SELECT m.date, b.name FROM meeting m LEFT JOIN body b ON b.id = m.body_id WHERE m.id = ?"));
    QSqlQuery page(m_database.connection());
    page.prepare(QStringLiteral("SELECT p.pack_page, (SELECT a.number || '. ' || a.title FROM agenda_item a WHERE "
                                "a.document_id = p.document_id AND p.pdf_page BETWEEN a.pdf_first AND a.pdf_last ORDER BY "
                                "a.pdf_last - a.pdf_first LIMIT 1) FROM page p WHERE p.document_id = ? AND p.pdf_page = ?"));
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
