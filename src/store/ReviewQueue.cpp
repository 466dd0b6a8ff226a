#include "ReviewQueue.h"

#include "IndicatorStore.h"
#include "ResolutionStore.h"
#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace scrutineer {
namespace {

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QString ReviewQueue::toString(ReviewEntry::State state)
{
    switch (state) {
    case ReviewEntry::State::Accepted:
        return QStringLiteral("accepted");
    case ReviewEntry::State::Dismissed:
        return QStringLiteral("dismissed");
    case ReviewEntry::State::Open:
        break;
    }
    return QStringLiteral("open");
}

void ReviewQueue::addRegions(QList<ReviewEntry>& out) const
{
    // A part the user has since marked a table over is done.
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral(
        "SELECT r.document_id, r.first_page, r.last_page, r.kind, r.detail, r.confidence, d.file_name, d.meeting_id, "
        "m.date, b.name FROM document_region r JOIN document d ON d.id = r.document_id LEFT JOIN meeting m ON m.id = "
        "d.meeting_id LEFT JOIN body b ON b.id = m.body_id WHERE r.claimed = 0 AND NOT EXISTS (SELECT 1 FROM "
        "marked_table t WHERE t.document_sha256 = d.sha256 AND t.first_page <= r.last_page AND t.last_page >= "
        "r.first_page) ORDER BY r.document_id, r.position"));
    while (q.next()) {
        ReviewEntry e;
        e.kind = ReviewEntry::Kind::UnreadTable;
        e.documentId = q.value(0).toLongLong();
        e.pdfPage = q.value(1).toInt();
        e.lastPage = q.value(2).toInt();
        e.regionKind = q.value(3).toString();
        e.detail = q.value(4).toString();
        e.confidence = q.value(5).toDouble();
        e.documentName = q.value(6).toString();
        e.meetingId = q.value(7).toLongLong();
        e.meetingDate = dateOf(q.value(8));
        e.body = q.value(9).toString();
        e.key = QStringLiteral("region|%1|%2|%3|%4")
                    .arg(e.meetingId > 0 ? QString::number(e.meetingId) : e.documentName, e.documentName, e.regionKind,
                         text::normaliseForMatch(e.detail));
        out.append(e);
    }
}

void ReviewQueue::addResolutions(QList<ReviewEntry>& out) const
{
    for (const ResolutionStore::Record& r : ResolutionStore(m_database).list()) {
        if (r.manual || r.printed.flags.isEmpty())
            continue;
        ReviewEntry e;
        e.kind = ReviewEntry::Kind::Resolution;
        e.key = QStringLiteral("resolution|") + r.key;
        e.detail = r.printed.flags.join(QStringLiteral(", "));
        e.subject = r.printed.text;
        e.documentId = r.documentId;
        e.pdfPage = e.lastPage = r.pdfPage;
        e.meetingId = r.meetingId;
        e.meetingDate = r.meetingDate;
        e.body = r.body;
        e.resolutionKey = r.key;
        e.highlight = r.printed.text.left(60);
        // Checked or corrected in the register: done.
        if (r.review != ResolutionStore::Review::Unchecked)
            e.state = ReviewEntry::State::Accepted;
        out.append(e);
    }
}

void ReviewQueue::addAttendance(QList<ReviewEntry>& out) const
{
    // Members said to attend (or send apologies) whom the meeting's membership does not name.
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral(
        "SELECT a.name, a.status, a.document_id, a.pdf_page, a.meeting_id, m.date, b.name, d.file_name FROM attendance "
        "a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN body b ON b.id = m.body_id JOIN document d ON d.id = "
        "a.document_id WHERE a.marked_table_id IS NULL AND a.status IN ('present', 'apologies', 'absent') AND EXISTS "
        "(SELECT 1 FROM membership s WHERE s.meeting_id = a.meeting_id) AND NOT EXISTS (SELECT 1 FROM membership s "
        "WHERE s.meeting_id = a.meeting_id AND s.person_id = a.person_id) ORDER BY a.meeting_id, a.position"));
    while (q.next()) {
        ReviewEntry e;
        e.kind = ReviewEntry::Kind::Attendance;
        e.subject = q.value(0).toString();
        e.regionKind = q.value(1).toString();
        e.documentId = q.value(2).toLongLong();
        e.pdfPage = e.lastPage = q.value(3).toInt();
        e.meetingId = q.value(4).toLongLong();
        e.meetingDate = dateOf(q.value(5));
        e.body = q.value(6).toString();
        e.documentName = q.value(7).toString();
        e.highlight = e.subject;
        e.key = QStringLiteral("attendance|%1|%2").arg(e.meetingId).arg(text::normaliseForMatch(e.subject));
        out.append(e);
    }
}

void ReviewQueue::addRatings(QList<ReviewEntry>& out) const
{
    IndicatorStore store(m_database);
    QHash<qint64, IndicatorStore::IndicatorRecord> byId;
    for (const IndicatorStore::IndicatorRecord& record : store.indicators())
        byId.insert(record.id, record);
    QHash<qint64, std::pair<QDate, QString>> meetings;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral("SELECT m.id, m.date, b.name FROM meeting m LEFT JOIN body b ON b.id = m.body_id"));
    while (q.next())
        meetings.insert(q.value(0).toLongLong(), {dateOf(q.value(1)), q.value(2).toString()});
    for (const IndicatorStore::ReadingRecord& r : store.readings()) {
        if (!r.disagrees())
            continue;
        const IndicatorStore::IndicatorRecord indicator = byId.value(r.indicatorId);
        ReviewEntry e;
        e.kind = ReviewEntry::Kind::Rating;
        e.key = QStringLiteral("rating|%1|%2").arg(r.indicatorKey, r.reading.period);
        e.subject = indicator.indicator.name;
        e.period = r.reading.period;
        e.printedRating = r.reading.reportedRating;
        e.computedRating = IndicatorStore::ratingText(r.computed);
        e.documentId = r.documentId;
        e.pdfPage = e.lastPage = r.reading.pdfPage;
        e.meetingId = indicator.meetingId;
        e.meetingDate = meetings.value(indicator.meetingId).first;
        e.body = meetings.value(indicator.meetingId).second;
        e.indicatorId = r.indicatorId;
        e.indicatorKey = r.indicatorKey;
        e.highlight = r.reading.valueText;
        out.append(e);
    }
}

void ReviewQueue::addLowConfidence(QList<ReviewEntry>& out) const
{
    QSqlQuery q(m_database.connection());
    sql::run(
        q,
        QStringLiteral(
            "SELECT x.id, x.action_key, x.text, x.confidence, x.document_id, x.pdf_page, x.meeting_id, m.date, "
            "b.name, d.file_name FROM action x LEFT JOIN meeting m ON m.id = x.meeting_id LEFT JOIN body b ON b.id "
            "= m.body_id LEFT JOIN document d ON d.id = x.document_id WHERE x.defined_by IS NULL AND x.confidence "
            "IS NOT NULL AND x.confidence < ? ORDER BY x.id"),
        kLowConfidence);
    while (q.next()) {
        ReviewEntry e;
        e.kind = ReviewEntry::Kind::LowConfidence;
        e.actionId = q.value(0).toLongLong();
        e.key = QStringLiteral("action|") + q.value(1).toString();
        e.subject = q.value(2).toString();
        e.confidence = q.value(3).toDouble();
        e.documentId = q.value(4).toLongLong();
        e.pdfPage = e.lastPage = q.value(5).toInt();
        e.meetingId = q.value(6).toLongLong();
        e.meetingDate = dateOf(q.value(7));
        e.body = q.value(8).toString();
        e.documentName = q.value(9).toString();
        e.highlight = e.subject.left(40);
        out.append(e);
    }
    sql::run(q,
             QStringLiteral(
                 "SELECT x.id, x.indicator_key, x.name, x.confidence, x.document_id, x.pdf_page, x.meeting_id, m.date, "
                 "b.name, d.file_name FROM indicator x LEFT JOIN meeting m ON m.id = x.meeting_id LEFT JOIN body b ON "
                 "b.id = m.body_id LEFT JOIN document d ON d.id = x.document_id WHERE x.defined_by IS NULL AND "
                 "x.confidence IS NOT NULL AND x.confidence < ? ORDER BY x.id"),
             kLowConfidence);
    while (q.next()) {
        ReviewEntry e;
        e.kind = ReviewEntry::Kind::LowConfidence;
        e.indicatorId = q.value(0).toLongLong();
        e.indicatorKey = q.value(1).toString();
        e.meetingId = q.value(6).toLongLong();
        e.key = QStringLiteral("indicator|%1|%2").arg(q.value(1).toString()).arg(e.meetingId);
        e.subject = q.value(2).toString();
        e.confidence = q.value(3).toDouble();
        e.documentId = q.value(4).toLongLong();
        e.pdfPage = e.lastPage = q.value(5).toInt();
        e.meetingDate = dateOf(q.value(7));
        e.body = q.value(8).toString();
        e.documentName = q.value(9).toString();
        e.highlight = e.subject.left(40);
        out.append(e);
    }
}

QList<ReviewEntry> ReviewQueue::entries(bool includeClosed) const
{
    QList<ReviewEntry> all;
    addRegions(all);
    addResolutions(all);
    addAttendance(all);
    addRatings(all);
    addLowConfidence(all);
    QHash<QString, ReviewEntry::State> states;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral("SELECT entry_key, state FROM review_state"));
    while (q.next()) {
        const QString state = q.value(1).toString();
        states.insert(q.value(0).toString(),
                      state == QLatin1String("accepted") ? ReviewEntry::State::Accepted
                                                         : ReviewEntry::State::Dismissed);
    }
    QList<ReviewEntry> result;
    for (ReviewEntry& e : all) {
        if (states.contains(e.key))
            e.state = states.value(e.key);
        if (includeClosed || e.state == ReviewEntry::State::Open)
            result.append(e);
    }
    std::stable_sort(result.begin(), result.end(), [](const ReviewEntry& a, const ReviewEntry& b) {
        if (a.meetingDate != b.meetingDate)
            return a.meetingDate > b.meetingDate; // the latest meeting first
        return a.documentId < b.documentId || (a.documentId == b.documentId && a.pdfPage < b.pdfPage);
    });
    return result;
}

int ReviewQueue::openCount() const
{
    return int(entries().size());
}

ReviewEntry::State ReviewQueue::state(const QString& key) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT state FROM review_state WHERE entry_key = ?"), key) && q.next())
        return q.value(0).toString() == QLatin1String("accepted") ? ReviewEntry::State::Accepted
                                                                  : ReviewEntry::State::Dismissed;
    return ReviewEntry::State::Open;
}

std::optional<Error> ReviewQueue::setState(const QString& key, ReviewEntry::State state)
{
    QSqlQuery q(m_database.connection());
    bool ok = false;
    if (state == ReviewEntry::State::Open) {
        ok = sql::run(q, QStringLiteral("DELETE FROM review_state WHERE entry_key = ?"), key);
    } else {
        ok = sql::run(q,
                      QStringLiteral("INSERT INTO review_state(entry_key, state, changed_at, changed_by) VALUES (?, ?, "
                                     "?, ?) ON CONFLICT(entry_key) DO UPDATE SET state = excluded.state, changed_at = "
                                     "excluded.changed_at, changed_by = excluded.changed_by"),
                      key, toString(state), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                      sql::nullable(m_database.userName()));
    }
    if (!ok)
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    // Accepting a resolution's entry checks it in the register; opening it again unchecks it.
    if (key.startsWith(QLatin1String("resolution|"))) {
        ResolutionStore resolutions(m_database);
        const QString resolutionKey = key.mid(int(QStringLiteral("resolution|").size()));
        ResolutionStore::UserState user = resolutions.userState(resolutionKey);
        if (!user.correction) {
            user.checked = state == ReviewEntry::State::Accepted;
            if (auto error = resolutions.setUserState(resolutionKey, user))
                return error;
        }
    }
    return std::nullopt;
}

} // namespace scrutineer
