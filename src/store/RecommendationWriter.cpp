#include "RecommendationWriter.h"

#include "RecommendationLinker.h"
#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {
namespace {

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
        out.append({key, recommendation::candidate(q.value(1).toString(), q.value(2).toString())});
    }
    return out;
}

// The recommendations printed where they were made (not quotations of them), of every document
// but `exceptDocument`.
QList<Stored> originals(QSqlDatabase db, qint64 exceptDocument)
{
    QList<Stored> out;
    QSet<QString> seen;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT recommendation_key, number, text FROM recommendation WHERE quoted_in IS NULL "
                             "AND document_id <> ? ORDER BY id"));
    q.addBindValue(exceptDocument);
    q.exec();
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append({key, recommendation::candidate(q.value(1).toString(), q.value(2).toString())});
        }
    }
    return out;
}

// Quotations stored before the recommendation they quote was imported: they take its key, and
// so do their responses, updates and what users recorded against them.
std::optional<QString> adoptQuotations(QSqlDatabase db, const QList<Stored>& fresh, qint64 documentId)
{
    if (fresh.isEmpty())
        return std::nullopt;
    QList<recommendation::Candidate> candidates;
    for (const Stored& s : fresh)
        candidates.append(s.candidate);
    QSet<QString> originalKeys;
    QSqlQuery keys(db);
    keys.exec(QStringLiteral("SELECT DISTINCT recommendation_key FROM recommendation WHERE quoted_in IS NULL"));
    while (keys.next())
        originalKeys.insert(keys.value(0).toString());
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT id, recommendation_key, number, text FROM recommendation WHERE quoted_in IS "
                                "NOT NULL AND document_id <> ? ORDER BY id"));
    read.addBindValue(documentId);
    read.exec();
    QList<std::pair<QString, QString>> rekey; // old key -> new key
    while (read.next()) {
        const QString key = read.value(1).toString();
        if (originalKeys.contains(key))
            continue; // already linked to an original
        const recommendation::Link l
            = recommendation::link(read.value(2).toString(), read.value(3).toString(), candidates);
        if (l.index >= 0)
            rekey.append({key, fresh.at(l.index).key});
    }
    QSqlQuery write(db);
    for (const auto& [from, to] : rekey) {
        for (const char* table :
             {"recommendation", "recommendation_response", "recommendation_update", "recommendation_entry"}) {
            if (!sql::run(write,
                          QStringLiteral("UPDATE %1 SET recommendation_key = ? WHERE recommendation_key = ?")
                              .arg(QLatin1String(table)),
                          to, from))
                return sql::failure(write);
        }
    }
    return std::nullopt;
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
    QStringList quoteEvidence; // per bundle recommendation: how a quotation was matched to its original
    QHash<QString, int> used;
    QList<recommendation::Candidate> earlier;
    const QList<Stored> earlierOriginals = originals(db, documentId);
    for (const Stored& s : earlierOriginals)
        earlier.append(s.candidate);
    QList<Stored> fresh; // this document's originals
    int position = 0;
    for (const Recommendation& r : bundle.recommendations) {
        const qint64 meetingId = meetingFor(r.meetingIndex, meetingIds, documentMeetingId);
        QString key = recommendationKey(r, meetingId);
        if (const int n = ++used[key]; n > 1)
            key += QStringLiteral("#%1").arg(n);
        QString evidence;
        if (!r.quotedIn.isEmpty()) {
            // A recommendation quoted from an earlier report is that one (by number and text).
            const recommendation::Link l = recommendation::link(r.number, r.text, earlier);
            if (l.index >= 0) {
                key = earlierOriginals.at(l.index).key;
                evidence = QStringLiteral("quoted recommendation, ") + l.evidence;
            }
        } else {
            fresh.append({key, recommendation::candidate(r.number, r.text)});
        }
        keys.append(key);
        quoteEvidence.append(evidence);
        if (!sql::run(
                q,
                QStringLiteral("INSERT INTO recommendation(recommendation_key, number, text, source, made_by, "
                               "addressed_to, quoted_in, meeting_id, document_id, pdf_page, position) VALUES (?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                key, sql::nullable(r.number), r.text, toString(r.source), sql::nullable(r.madeBy),
                sql::nullable(r.addressedTo), sql::nullable(r.quotedIn), sql::nullableId(meetingId), documentId,
                sql::nullablePage(r.pdfPage), position++))
            return sql::failure(q);
    }
    if (auto failed = adoptQuotations(db, fresh, documentId))
        return failed;
    const auto keyOf = [&](int index) { return index >= 0 && index < keys.size() ? keys.at(index) : QString(); };
    const auto evidenceOf = [&](int index) {
        if (index < 0 || index >= keys.size())
            return QVariant();
        const QString& quoted = quoteEvidence.at(index);
        return QVariant(quoted.isEmpty() ? QStringLiteral("same document")
                                         : QStringLiteral("same document; ") + quoted);
    };
    position = 0;
    for (const RecommendationResponse& r : bundle.recommendationResponses) {
        const QString key = keyOf(r.recommendationIndex);
        if (!sql::run(
                q,
                QStringLiteral("INSERT INTO recommendation_response(recommendation_key, link_evidence, number, "
                               "quoted_text, decision, decision_text, text, date, lead, due, due_text, meeting_id, "
                               "document_id, pdf_page, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                sql::nullable(key), evidenceOf(r.recommendationIndex), sql::nullable(r.number),
                sql::nullable(r.quotedText), toString(r.decision), sql::nullable(r.decisionText), sql::nullable(r.text),
                sql::nullable(r.date), sql::nullable(r.lead), sql::nullable(r.due), sql::nullable(r.dueText),
                sql::nullableId(meetingFor(r.meetingIndex, meetingIds, documentMeetingId)), documentId,
                sql::nullablePage(r.pdfPage), position++))
            return sql::failure(q);
    }
    position = 0;
    for (const RecommendationUpdate& u : bundle.recommendationUpdates) {
        const QString key = keyOf(u.recommendationIndex);
        if (!sql::run(
                q,
                QStringLiteral("INSERT INTO recommendation_update(recommendation_key, link_evidence, number, "
                               "quoted_text, date, text, status_text, meeting_id, document_id, pdf_page, position) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                sql::nullable(key), evidenceOf(u.recommendationIndex), sql::nullable(u.number),
                sql::nullable(u.quotedText), sql::nullable(u.date), sql::nullable(u.text), sql::nullable(u.statusText),
                sql::nullableId(meetingFor(u.meetingIndex, meetingIds, documentMeetingId)), documentId,
                sql::nullablePage(u.pdfPage), position++))
            return sql::failure(q);
    }
    if (auto failed = linkUnlinked(db))
        return failed;
    return RecommendationLinker::relink(db);
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
            return sql::failure(read);
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
                return sql::failure(write);
        }
    }
    return std::nullopt;
}

} // namespace scrutineer
