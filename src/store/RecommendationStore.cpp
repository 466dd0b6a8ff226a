#include "RecommendationStore.h"

#include "Csv.h"
#include "SqlHelpers.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace scrutineer {
namespace {

QDate isoDate(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

const QString kSelectRecommendation = QStringLiteral(
    "SELECT r.id, r.recommendation_key, r.number, r.text, r.source, r.made_by, r.addressed_to, r.quoted_in, "
    "r.meeting_id, m.date, b.name, r.document_id, d.file_name, r.pdf_page FROM recommendation r "
    "LEFT JOIN meeting m ON m.id = r.meeting_id LEFT JOIN body b ON b.id = m.body_id "
    "JOIN document d ON d.id = r.document_id ");

// Extracted responses and updates, by recommendation key, dated by what they say or else by
// the meeting of the document they came from.
void attachExtracted(QSqlDatabase db, QHash<QString, RecommendationRecord*>& byKey)
{
    QSqlQuery q(db);
    // Linked by key, or answering it from another document (recommendation_link).
    q.exec(QStringLiteral(
        "SELECT y.k, x.decision, x.decision_text, x.text, COALESCE(x.date, m.date), x.lead, x.due, x.due_text, "
        "y.evidence, x.document_id, x.pdf_page FROM (SELECT id, recommendation_key AS k, link_evidence AS evidence "
        "FROM recommendation_response WHERE recommendation_key IS NOT NULL UNION ALL SELECT response_id, "
        "recommendation_key, link_evidence FROM recommendation_link WHERE response_id IS NOT NULL) y JOIN "
        "recommendation_response x ON x.id = y.id LEFT JOIN meeting m ON m.id = x.meeting_id "
        "ORDER BY COALESCE(x.date, m.date) IS NULL, COALESCE(x.date, m.date), x.id"));
    while (q.next()) {
        if (RecommendationRecord* r = byKey.value(q.value(0).toString())) {
            ResponseEntry e;
            e.decision = responseDecisionFromString(q.value(1).toString());
            e.decisionText = q.value(2).toString();
            e.text = q.value(3).toString();
            e.date = isoDate(q.value(4));
            e.lead = q.value(5).toString();
            e.due = q.value(6).toString();
            e.dueText = q.value(7).toString();
            e.linkEvidence = q.value(8).toString();
            e.documentId = q.value(9).toLongLong();
            e.pdfPage = q.value(10).toInt();
            r->responses.append(e);
        }
    }
    q.exec(QStringLiteral(
        "SELECT y.k, COALESCE(x.date, m.date), x.text, x.status_text, y.evidence, x.document_id, x.pdf_page FROM "
        "(SELECT id, recommendation_key AS k, link_evidence AS evidence FROM recommendation_update WHERE "
        "recommendation_key IS NOT NULL UNION ALL SELECT update_id, recommendation_key, link_evidence FROM "
        "recommendation_link WHERE update_id IS NOT NULL) y JOIN recommendation_update x ON x.id = y.id LEFT JOIN "
        "meeting m ON m.id = x.meeting_id ORDER BY COALESCE(x.date, m.date) IS NULL, COALESCE(x.date, m.date), x.id"));
    while (q.next()) {
        if (RecommendationRecord* r = byKey.value(q.value(0).toString())) {
            r->updates.append({isoDate(q.value(1)), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                               q.value(5).toLongLong(), q.value(6).toInt(), false, 0, QString()});
        }
    }
}

// What officers recorded by hand, after the extracted entries (they are the latest word).
void attachManual(QSqlDatabase db, QHash<QString, RecommendationRecord*>& byKey)
{
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT id, recommendation_key, kind, decision, text, date, lead, due, created_at, created_by "
                       "FROM recommendation_entry ORDER BY id"));
    while (q.next()) {
        RecommendationRecord* r = byKey.value(q.value(1).toString());
        if (!r)
            continue;
        const QDate date = q.value(5).isNull() ? isoDate(q.value(8)) : isoDate(q.value(5));
        if (q.value(2).toString() == QLatin1String("response")) {
            ResponseEntry e;
            e.decision = responseDecisionFromString(q.value(3).toString());
            e.text = q.value(4).toString();
            e.date = date;
            e.lead = q.value(6).toString();
            e.due = q.value(7).toString();
            e.manual = true;
            e.entryId = q.value(0).toLongLong();
            e.recordedBy = q.value(9).toString();
            r->responses.append(e);
        } else {
            r->updates.append({date, q.value(4).toString(), QString(), QString(), 0, 0, true, q.value(0).toLongLong(),
                               q.value(9).toString()});
        }
    }
}

} // namespace

bool RecommendationFilter::matches(const RecommendationRecord& r) const
{
    if (!body.isEmpty() && !r.body.contains(body, Qt::CaseInsensitive))
        return false;
    if (decision && r.decision() != *decision)
        return false;
    if (awaitingOnly && !r.awaitingResponse(today))
        return false;
    return !acceptedWithoutUpdateOnly || r.acceptedWithoutUpdate();
}

QByteArray recommendationsCsv(const QList<RecommendationRecord>& records)
{
    const auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    QString text
        = csv::row({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("text"), QStringLiteral("source"),
                    QStringLiteral("made_by"), QStringLiteral("addressed_to"), QStringLiteral("body"),
                    QStringLiteral("meeting_date"), QStringLiteral("decision"), QStringLiteral("response"),
                    QStringLiteral("response_date"), QStringLiteral("lead"), QStringLiteral("due"),
                    QStringLiteral("latest_update"), QStringLiteral("latest_update_date"),
                    QStringLiteral("document_id"), QStringLiteral("pdf_page")});
    for (const RecommendationRecord& r : records) {
        const Recommendation& rec = r.recommendation;
        const std::optional<ResponseEntry> response = r.response();
        const std::optional<UpdateEntry> update = r.latestUpdate();
        text
            += csv::row({QString::number(r.id), rec.number, rec.text, toString(rec.source), rec.madeBy,
                         // Said, not left blank: a blank cell reads as "to no one".
                         rec.addressedTo.isEmpty() ? QStringLiteral("addressee unknown") : rec.addressedTo,
                         r.body, date(r.meetingDate), toString(r.decision()), response ? response->text : QString(),
                         response ? date(response->date) : QString(), response ? response->lead : QString(),
                         response ? (response->due.isEmpty() ? response->dueText : response->due) : QString(),
                         update ? update->text : QString(), update ? date(update->date) : QString(),
                         QString::number(r.documentId), rec.pdfPage > 0 ? QString::number(rec.pdfPage) : QString()});
    }
    return text.toUtf8();
}

std::optional<ResponseEntry> RecommendationRecord::response() const
{
    if (responses.isEmpty())
        return std::nullopt;
    const auto manual
        = std::find_if(responses.rbegin(), responses.rend(), [](const ResponseEntry& e) { return e.manual; });
    return manual != responses.rend() ? *manual : responses.last();
}

ResponseDecision RecommendationRecord::decision() const
{
    const auto r = response();
    return r ? r->decision : ResponseDecision::Pending;
}

std::optional<UpdateEntry> RecommendationRecord::latestUpdate() const
{
    if (updates.isEmpty())
        return std::nullopt;
    return *std::max_element(updates.begin(), updates.end(), [](const UpdateEntry& a, const UpdateEntry& b) {
        return a.date < b.date || (a.date == b.date && !a.manual && b.manual);
    });
}

bool RecommendationRecord::answered() const
{
    if (!updates.isEmpty())
        return true;
    const auto r = response();
    return r && (r->decision != ResponseDecision::Pending || !r->text.trimmed().isEmpty());
}

bool RecommendationRecord::awaitingResponse(const QDate& today) const
{
    return !answered() && meetingDate.isValid() && meetingDate.addMonths(2) < today;
}

bool RecommendationRecord::acceptedWithoutUpdate() const
{
    const auto r = response();
    if (!r || !expectsProgress(r->decision))
        return false;
    const auto u = latestUpdate();
    return !u || (r->date.isValid() && u->date.isValid() && u->date <= r->date);
}

QList<RecommendationRecord> RecommendationStore::list(const RecommendationFilter& filter) const
{
    QSqlDatabase db = m_database.connection();
    QList<RecommendationRecord> all;
    QSqlQuery q(db);
    // A recommendation quoted in a later report is the same one: the original is listed.
    q.exec(kSelectRecommendation
           + QStringLiteral("ORDER BY m.date IS NULL, m.date, r.meeting_id, r.document_id, r.position"));
    QSet<QString> seen;
    while (q.next()) {
        RecommendationRecord r;
        r.id = q.value(0).toLongLong();
        r.key = q.value(1).toString();
        if (seen.contains(r.key))
            continue;
        seen.insert(r.key);
        Recommendation& rec = r.recommendation;
        rec.number = q.value(2).toString();
        rec.text = q.value(3).toString();
        rec.source = recommendationSourceFromString(q.value(4).toString());
        rec.madeBy = q.value(5).toString();
        rec.addressedTo = q.value(6).toString();
        rec.quotedIn = q.value(7).toString();
        r.meetingId = q.value(8).toLongLong();
        r.meetingDate = isoDate(q.value(9));
        r.body = q.value(10).toString();
        r.documentId = q.value(11).toLongLong();
        r.fileName = q.value(12).toString();
        rec.pdfPage = q.value(13).toInt();
        all.append(r);
    }
    QHash<QString, RecommendationRecord*> byKey;
    for (RecommendationRecord& r : all)
        byKey.insert(r.key, &r);
    attachExtracted(db, byKey);
    attachManual(db, byKey);
    QList<RecommendationRecord> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const RecommendationRecord& r) { return filter.matches(r); });
    return out;
}

std::optional<RecommendationRecord> RecommendationStore::find(const QString& key) const
{
    for (const RecommendationRecord& r : list()) {
        if (r.key == key)
            return r;
    }
    return std::nullopt;
}

Expected<qint64> RecommendationStore::addEntry(const QString& key, const QString& kind, const QVariantList& values)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO recommendation_entry(recommendation_key, kind, decision, text, date, lead, due, "
                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(key);
    q.addBindValue(kind);
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(sql::nullable(m_database.userName()));
    if (!q.exec() || !q.next())
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return q.value(0).toLongLong();
}

Expected<qint64> RecommendationStore::addResponse(const QString& key, const ResponseEntry& response)
{
    return addEntry(key, QStringLiteral("response"),
                    {toString(response.decision), sql::nullable(response.text),
                     response.date.isValid() ? QVariant(response.date.toString(Qt::ISODate)) : QVariant(),
                     sql::nullable(response.lead), sql::nullable(response.due)});
}

Expected<qint64> RecommendationStore::addUpdate(const QString& key, const UpdateEntry& update)
{
    return addEntry(key, QStringLiteral("update"),
                    {QVariant(), sql::nullable(update.text),
                     update.date.isValid() ? QVariant(update.date.toString(Qt::ISODate)) : QVariant(), QVariant(),
                     QVariant()});
}

std::optional<Error> RecommendationStore::removeEntry(qint64 entryId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM recommendation_entry WHERE id = ?"), entryId))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

} // namespace scrutineer
