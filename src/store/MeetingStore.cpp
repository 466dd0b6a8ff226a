#include "MeetingStore.h"

#include "ActionStore.h"
#include "AgendaMerger.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

namespace scrutineer {

namespace {
// A meeting with its authority, body and counts. Open actions are counted apart, by the one
// definition (openState) the agenda and the reports use, and agenda items apart as the merged
// agenda shows them (an item printed by two of the meeting's documents is one).
const QString kMeetingSelect = QStringLiteral(
    "SELECT m.id, a.name, b.name, m.date, m.time, m.venue, "
    "(SELECT COUNT(*) FROM document d WHERE d.meeting_id = m.id), "
    "(SELECT COUNT(*) FROM minute n WHERE n.meeting_id = m.id), m.body_id "
    "FROM meeting m LEFT JOIN body b ON b.id = m.body_id LEFT JOIN authority a ON a.id = b.authority_id ");

MeetingStore::MeetingSummary readMeeting(const QSqlQuery& q)
{
    MeetingStore::MeetingSummary s;
    s.id = q.value(0).toLongLong();
    s.authority = q.value(1).toString();
    s.body = q.value(2).toString();
    s.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.time = QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
    s.venue = q.value(5).toString();
    s.documents = q.value(6).toInt();
    s.minutes = q.value(7).toInt();
    s.bodyId = q.value(8).toLongLong();
    return s;
}
const QString kAgendaSelect = QStringLiteral(
    "SELECT id, document_id, number, title, report_of, pdf_first, pdf_last, pack_first, pack_last, exempt, meeting_id "
    "FROM agenda_item ");

MeetingStore::AgendaEntry readAgendaEntry(const QSqlQuery& q)
{
    MeetingStore::AgendaEntry e;
    e.id = q.value(0).toLongLong();
    e.documentId = q.value(1).toLongLong();
    e.number = q.value(2).toString();
    e.title = q.value(3).toString();
    e.reportOf = q.value(4).toString();
    e.pdfFirst = q.value(5).toInt();
    e.pdfLast = q.value(6).toInt();
    e.packFirst = q.value(7).toInt();
    e.packLast = q.value(8).toInt();
    e.exempt = q.value(9).toBool();
    return e;
}

} // namespace

QList<MeetingStore::MeetingSummary> MeetingStore::meetings() const
{
    QSqlQuery q(m_database.connection());
    q.exec(kMeetingSelect + QStringLiteral("ORDER BY b.name, m.body_id, m.date DESC, m.id"));
    QList<MeetingSummary> result;
    while (q.next())
        result.append(readMeeting(q));
    const QHash<qint64, OpenActionCount> counts = ActionStore(m_database).openCounts();
    QHash<qint64, QList<AgendaEntry>> agendas;
    QSqlQuery items(m_database.connection());
    items.exec(kAgendaSelect + QStringLiteral("ORDER BY meeting_id, document_id, position"));
    while (items.next())
        agendas[items.value(10).toLongLong()].append(readAgendaEntry(items));
    for (MeetingSummary& s : result) {
        s.actions = counts.value(s.id);
        s.openActions = s.actions.open;
        s.agendaItems = int(AgendaMerger::merge(agendas.value(s.id)).size());
    }
    return result;
}

namespace {
MeetingStore::DocumentSummary readDocument(const QSqlQuery& q)
{
    MeetingStore::DocumentSummary d;
    d.id = q.value(0).toLongLong();
    d.meetingId = q.value(1).toLongLong();
    d.fileName = q.value(2).toString();
    d.filePath = q.value(3).toString();
    d.sha256 = q.value(4).toString();
    d.kind = q.value(5).toString();
    d.pageCount = q.value(6).toInt();
    return d;
}
const QString kDocumentSelect
    = QStringLiteral("SELECT id, meeting_id, file_name, file_path, sha256, kind, page_count FROM document ");
} // namespace

QList<MeetingStore::DocumentSummary> MeetingStore::documents(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q, kDocumentSelect + QStringLiteral("WHERE meeting_id = ? ORDER BY id"), meetingId);
    QList<DocumentSummary> result;
    while (q.next())
        result.append(readDocument(q));
    return result;
}

std::optional<MeetingStore::DocumentSummary> MeetingStore::document(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, kDocumentSelect + QStringLiteral("WHERE id = ?"), documentId) && q.next())
        return readDocument(q);
    return std::nullopt;
}

QList<MeetingStore::AgendaEntry> MeetingStore::agenda(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q, kAgendaSelect + QStringLiteral("WHERE meeting_id = ? ORDER BY document_id, position"), meetingId);
    QList<AgendaEntry> result;
    while (q.next())
        result.append(readAgendaEntry(q));
    return result;
}

QList<MeetingStore::AgendaEntry> MeetingStore::mergedAgenda(qint64 meetingId) const
{
    return AgendaMerger::merge(agenda(meetingId));
}

QList<MeetingStore::MinuteEntry> MeetingStore::minutes(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    sql::run(
        q,
        QStringLiteral("SELECT id, document_id, number, title, pdf_page, item_method FROM minute WHERE meeting_id = ? "
                       "ORDER BY document_id, position"),
        meetingId);
    QList<MinuteEntry> result;
    QSqlQuery r(m_database.connection());
    while (q.next()) {
        MinuteEntry e;
        e.id = q.value(0).toLongLong();
        e.documentId = q.value(1).toLongLong();
        e.number = q.value(2).toString();
        e.title = q.value(3).toString();
        e.pdfPage = q.value(4).toInt();
        e.itemMethod = q.value(5).toString();
        sql::run(r, QStringLiteral("SELECT text FROM resolution WHERE minute_id = ? ORDER BY position"), e.id);
        while (r.next())
            e.resolutions.append(r.value(0).toString());
        result.append(e);
    }
    return result;
}

std::optional<int> MeetingStore::packPage(qint64 documentId, int pdfPage) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT pack_page FROM page WHERE document_id = ? AND pdf_page = ?"), documentId,
                 pdfPage)
        && q.next() && !q.value(0).isNull())
        return q.value(0).toInt();
    return std::nullopt;
}

std::optional<MeetingStore::DocumentSummary> MeetingStore::documentBySha(const QString& sha256) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, kDocumentSelect + QStringLiteral("WHERE sha256 = ?"), sha256) && q.next())
        return readDocument(q);
    return std::nullopt;
}

QHash<int, int> MeetingStore::packPages(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    QHash<int, int> result;
    if (!sql::run(
            q, QStringLiteral("SELECT pdf_page, pack_page FROM page WHERE document_id = ? AND pack_page IS NOT NULL"),
            documentId))
        return result;
    while (q.next())
        result.insert(q.value(0).toInt(), q.value(1).toInt());
    return result;
}

QHash<int, double> MeetingStore::ocrPages(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    QHash<int, double> result;
    if (!sql::run(q, QStringLiteral("SELECT pdf_page, ocr_confidence FROM page WHERE document_id = ? AND ocr = 1"),
                  documentId))
        return result;
    while (q.next())
        result.insert(q.value(0).toInt(), q.value(1).toDouble());
    return result;
}

QHash<qint64, QString> MeetingStore::minuteItems(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    QHash<qint64, QString> result;
    if (!sql::run(q, QStringLiteral("SELECT id, item FROM minute WHERE meeting_id = ? AND COALESCE(item, '') <> ''"),
                  meetingId))
        return result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    return result;
}

std::optional<MeetingStore::MeetingSummary> MeetingStore::meeting(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, kMeetingSelect + QStringLiteral("WHERE m.id = ?"), meetingId) || !q.next())
        return std::nullopt;
    MeetingSummary s = readMeeting(q);
    s.agendaItems = int(mergedAgenda(meetingId).size());
    for (const ActionRecord& r : ActionStore(m_database).forMeeting(meetingId))
        s.actions.add(r);
    s.openActions = s.actions.open;
    return s;
}

QStringList MeetingStore::bodyNames() const
{
    QSqlQuery q(m_database.connection());
    QStringList names;
    if (!q.exec(
            QStringLiteral("SELECT name FROM (SELECT DISTINCT b.name FROM body b JOIN meeting m ON m.body_id = b.id) n "
                           "ORDER BY name COLLATE NOCASE")))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

std::pair<QDate, QDate> MeetingStore::meetingDateRange() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(date), MAX(date) FROM meeting WHERE date IS NOT NULL AND date <> ''"))
        || !q.next())
        return {};
    return {QDate::fromString(q.value(0).toString(), Qt::ISODate),
            QDate::fromString(q.value(1).toString(), Qt::ISODate)};
}

bool MeetingStore::hasMeetings() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM meeting)")) && q.next() && q.value(0).toBool();
}

} // namespace scrutineer
