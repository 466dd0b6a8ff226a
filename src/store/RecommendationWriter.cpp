#include "RecommendationWriter.h"

#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {
namespace {

QString failure(const QSqlQuery& q)
{
    return q.lastError().text() + QStringLiteral(" [") + q.lastQuery() + QLatin1Char(']');
}

qint64 meetingFor(int index, const QList<qint64>& meetingIds, qint64 documentMeetingId)
{
    return index >= 0 ? meetingIds.value(index) : documentMeetingId;
}

struct Stored {
    QString key;
    recommendation::Candidate candidate;
};

// Every recommendation in the database, the originals before quotations of them.
QList<Stored> storedRecommendations(QSqlDatabase db)
{
    QList<Stored> out;
    QSet<QString> seen;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT recommendation_key, number, text FROM recommendation ORDER BY quoted_in IS NOT NULL, id"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append({key, {q.value(1).toString(), q.value(2).toString()}});
    }
    return out;
}

} // namespace

QString RecommendationWriter::recommendationKey(const Recommendation& recommendation, qint64 meetingId)
{
    const QString what = recommendation.number.isEmpty() ? text::normaliseForMatch(recommendation.text).left(120)
                                                         : recommendation.number;
    return QStringLiteral("rec|%1|%2").arg(meetingId).arg(what);
}

std::optional<QString> RecommendationWriter::write(QSqlDatabase db, const ImportBundle& bundle, qint64 documentId,
                                                   const QList<qint64>& meetingIds, qint64 documentMeetingId)
{
    QSqlQuery q(db);
    QStringList keys; // per bundle recommendation; a number printed twice in one document gets "#2"
    QHash<QString, int> used;
    int position = 0;
    for (const Recommendation& r : bundle.recommendations) {
        const qint64 meetingId = meetingFor(r.meetingIndex, meetingIds, documentMeetingId);
        QString key = recommendationKey(r, meetingId);
        if (const int n = ++used[key]; n > 1)
            key += QStringLiteral("#%1").arg(n);
        keys.append(key);
        if (!sql::run(
                q,
                QStringLiteral("INSERT INTO recommendation(recommendation_key, number, text, source, made_by, "
                               "addressed_to, quoted_in, meeting_id, document_id, pdf_page, position) VALUES (?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                key, sql::nullable(r.number), r.text, toString(r.source), sql::nullable(r.madeBy),
                sql::nullable(r.addressedTo), sql::nullable(r.quotedIn), sql::nullableId(meetingId), documentId,
                sql::nullablePage(r.pdfPage), position++))
            return failure(q);
    }
    const auto keyOf = [&](int index) { return index >= 0 && index < keys.size() ? keys.at(index) : QString(); };
    position = 0;
    for (const RecommendationResponse& r : bundle.recommendationResponses) {
        const QString key = keyOf(r.recommendationIndex);
        if (!sql::run(
                q,
                QStringLiteral("INSERT INTO recommendation_response(recommendation_key, link_evidence, number, "
                               "quoted_text, decision, decision_text, text, date, lead, due, due_text, meeting_id, "
                               "document_id, pdf_page, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                sql::nullable(key), key.isEmpty() ? QVariant() : QVariant(QStringLiteral("same document")),
                sql::nullable(r.number), sql::nullable(r.quotedText), toString(r.decision),
                sql::nullable(r.decisionText), sql::nullable(r.text), sql::nullable(r.date), sql::nullable(r.lead),
                sql::nullable(r.due), sql::nullable(r.dueText),
                sql::nullableId(meetingFor(r.meetingIndex, meetingIds, documentMeetingId)), documentId,
                sql::nullablePage(r.pdfPage), position++))
            return failure(q);
    }
    position = 0;
    for (const RecommendationUpdate& u : bundle.recommendationUpdates) {
        const QString key = keyOf(u.recommendationIndex);
        if (!sql::run(
                q,
                QStringLiteral("INSERT INTO recommendation_update(recommendation_key, link_evidence, number, "
                               "quoted_text, date, text, status_text, meeting_id, document_id, pdf_page, position) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                sql::nullable(key), key.isEmpty() ? QVariant() : QVariant(QStringLiteral("same document")),
                sql::nullable(u.number), sql::nullable(u.quotedText), sql::nullable(u.date), sql::nullable(u.text),
                sql::nullable(u.statusText), sql::nullableId(meetingFor(u.meetingIndex, meetingIds, documentMeetingId)),
                documentId, sql::nullablePage(u.pdfPage), position++))
            return failure(q);
    }
    return linkUnlinked(db);
}

std::optional<QString> RecommendationWriter::linkUnlinked(QSqlDatabase db)
{
    const QList<Stored> stored = storedRecommendations(db);
    if (stored.isEmpty())
        return std::nullopt;
    QList<recommendation::Candidate> candidates;
    for (const Stored& s : stored)
        candidates.append(s.candidate);
    for (const char* table : {"recommendation_response", "recommendation_update"}) {
        QSqlQuery read(db);
        if (!read.exec(QStringLiteral("SELECT id, number, quoted_text FROM %1 WHERE recommendation_key IS NULL")
                           .arg(QLatin1String(table))))
            return failure(read);
        QList<std::pair<qint64, recommendation::Link>> links;
        while (read.next()) {
            const recommendation::Link l
                = recommendation::link(read.value(1).toString(), read.value(2).toString(), candidates);
            if (l.index >= 0)
                links.append({read.value(0).toLongLong(), l});
        }
        QSqlQuery write(db);
        for (const auto& [id, l] : links) {
            if (!sql::run(write,
                          QStringLiteral("UPDATE %1 SET recommendation_key = ?, link_evidence = ? WHERE id = ?")
                              .arg(QLatin1String(table)),
                          stored.at(l.index).key, l.evidence, id))
                return failure(write);
        }
    }
    return std::nullopt;
}

} // namespace scrutineer
