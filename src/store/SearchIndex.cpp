#include "SearchIndex.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace scrutineer {
namespace {

struct Source {
    SearchIndex::Kind kind;
    QString sql; // selects: rowid, meeting_id, document_id, pdf_page, title, snippet, rank
};

// Each source joins its FTS table back to the row it indexes and to the meeting. The meeting
// filter is appended as "AND ..." on columns m.date and b.name.
QList<Source> sources()
{
    const QString marks = QStringLiteral("char(2), char(3), '…', 14");
    return {
        {SearchIndex::Kind::Page,
         QStringLiteral("SELECT p.id, d.meeting_id, p.document_id, p.pdf_page, '', snippet(page_fts, 0, %1), page_fts.rank "
                        "FROM page_fts JOIN page p ON p.id = page_fts.rowid JOIN document d ON d.id = p.document_id "
                        "LEFT JOIN meeting m ON m.id = d.meeting_id LEFT JOIN body b ON b.id = m.body_id "
                        "WHERE page_fts MATCH :q")
             .arg(marks)},
        {SearchIndex::Kind::AgendaItem,
         QStringLiteral("SELECT a.id, a.meeting_id, a.document_id, COALESCE(a.pdf_first, a.pdf_page), a.number || '. ' || "
                        "a.title, snippet(agenda_fts, -1, %1), agenda_fts.rank FROM agenda_fts JOIN agenda_item a ON a.id = "
                        "agenda_fts.rowid LEFT JOIN meeting m ON m.id = a.meeting_id LEFT JOIN body b ON b.id = m.body_id "
                        "WHERE agenda_fts MATCH :q")
             .arg(marks)},
        {SearchIndex::Kind::Resolution,
         QStringLiteral("SELECT r.id, r.meeting_id, r.document_id, r.pdf_page, COALESCE(mi.number || '. ', '') || "
                        "COALESCE(mi.title, ''), snippet(resolution_fts, 0, %1), resolution_fts.rank FROM resolution_fts "
                        "JOIN resolution r ON r.id = resolution_fts.rowid JOIN minute mi ON mi.id = r.minute_id "
                        "LEFT JOIN meeting m ON m.id = r.meeting_id LEFT JOIN body b ON b.id = m.body_id "
                        "WHERE resolution_fts MATCH :q")
             .arg(marks)},
        {SearchIndex::Kind::Action,
         QStringLiteral("SELECT x.id, x.meeting_id, x.document_id, x.pdf_page, COALESCE(x.ref, ''), "
                        "snippet(action_fts, -1, %1), action_fts.rank FROM action_fts JOIN action x ON x.id = "
                        "action_fts.rowid LEFT JOIN meeting m ON m.id = x.meeting_id LEFT JOIN body b ON b.id = "
                        "m.body_id WHERE action_fts MATCH :q")
             .arg(marks)},
        {SearchIndex::Kind::Note,
         QStringLiteral("SELECT n.id, n.meeting_id, (SELECT id FROM document WHERE sha256 = n.document_sha256), n.pdf_page, "
                        "COALESCE(n.agenda_number, ''), snippet(note_fts, 0, %1), note_fts.rank FROM note_fts JOIN note n "
                        "ON n.id = note_fts.rowid LEFT JOIN meeting m ON m.id = n.meeting_id LEFT JOIN body b ON b.id = "
                        "m.body_id WHERE note_fts MATCH :q")
             .arg(marks)},
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

    QList<Hit> hits;
    QSqlQuery q(m_database.connection());
    const int limit = std::max(1, filter.limit);
    for (const Source& source : sources()) {
        if (!filter.kinds.isEmpty() && !filter.kinds.contains(source.kind))
            continue;
        // Column 7 is the FTS rank (bm25): best first within each source, merged below.
        if (!q.prepare(source.sql + meetingFilter + QStringLiteral(" ORDER BY 7 LIMIT %1").arg(limit)))
            continue;
        q.bindValue(QStringLiteral(":q"), fts);
        if (!filter.body.isEmpty())
            q.bindValue(QStringLiteral(":body"), QString(QLatin1Char('%') + filter.body + QLatin1Char('%')));
        if (filter.from.isValid())
            q.bindValue(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
        if (filter.to.isValid())
            q.bindValue(QStringLiteral(":to"), filter.to.toString(Qt::ISODate));
        if (!q.exec())
            continue; // a malformed MATCH expression finds nothing rather than failing the search
        while (q.next()) {
            Hit hit;
            hit.kind = source.kind;
            hit.rowId = q.value(0).toLongLong();
            hit.meetingId = q.value(1).toLongLong();
            hit.documentId = q.value(2).toLongLong();
            hit.pdfPage = q.value(3).toInt();
            hit.title = q.value(4).toString();
            hit.snippet = q.value(5).toString();
            hit.rank = q.value(6).toDouble();
            hits.append(hit);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.rank < b.rank; });
    if (hits.size() > limit)
        hits.resize(limit);

    // Fill meeting, body, pack page and agenda item for what survived the cut.
    QSqlQuery detail(m_database.connection());
    detail.prepare(QStringLiteral("SELECT m.date, b.name FROM meeting m LEFT JOIN body b ON b.id = m.body_id WHERE m.id = ?"));
    QSqlQuery page(m_database.connection());
    page.prepare(QStringLiteral("SELECT p.pack_page, (SELECT a.number || '. ' || a.title FROM agenda_item a WHERE "
                                "a.document_id = p.document_id AND p.pdf_page BETWEEN a.pdf_first AND a.pdf_last ORDER BY "
                                "a.pdf_last - a.pdf_first LIMIT 1) FROM page p WHERE p.document_id = ? AND p.pdf_page = ?"));
    for (Hit& hit : hits) {
        detail.addBindValue(hit.meetingId);
        if (detail.exec() && detail.next()) {
            hit.meetingDate = QDate::fromString(detail.value(0).toString(), Qt::ISODate);
            hit.body = detail.value(1).toString();
        }
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
