#include "ActionStore.h"

#include "ImportWriter.h"
#include "SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT x.id, x.action_key, x.origin, x.ref, x.section, x.text, x.owner, x.due, x.due_text, x.status, x.status_text, "
    "x.commentary, x.flags, x.meeting_id, m.date, b.name, x.document_id, x.resolution_id, x.pdf_page, x.clause_path, "
    "(SELECT u.status FROM action_update u WHERE u.action_key = x.action_key ORDER BY u.changed_at DESC, u.id DESC "
    "LIMIT 1), x.evidence, x.roles, x.confidence FROM action x LEFT JOIN meeting m ON m.id = x.meeting_id "
    "LEFT JOIN body b ON b.id = m.body_id ");

ActionRecord readRecord(const QSqlQuery& q)
{
    ActionRecord r;
    r.id = q.value(0).toLongLong();
    r.actionKey = q.value(1).toString();
    Action& a = r.action;
    a.origin = actionOriginFromString(q.value(2).toString());
    a.ref = q.value(3).toString();
    a.section = q.value(4).toString();
    a.text = q.value(5).toString();
    a.owner = q.value(6).toString();
    a.due = q.value(7).toString();
    a.dueText = q.value(8).toString();
    a.status = actionStatusFromString(q.value(9).toString());
    a.statusText = q.value(10).toString();
    a.commentary = q.value(11).toString();
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(12).toByteArray()).array())
        a.flags.append(v.toString());
    r.meetingId = q.value(13).toLongLong();
    r.meetingDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    r.body = q.value(15).toString();
    r.documentId = q.value(16).toLongLong();
    r.resolutionId = q.value(17).toLongLong();
    a.pdfPage = q.value(18).toInt();
    a.clausePath = q.value(19).toString();
    if (!q.value(20).isNull()) {
        a.status = actionStatusFromString(q.value(20).toString());
        r.statusEdited = true;
    }
    a.evidence = q.value(21).toString();
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(22).toByteArray()).array())
        a.roles.append(v.toString());
    a.confidence = q.value(23).isNull() ? 1.0 : q.value(23).toDouble();
    return r;
}

} // namespace

QList<ActionRecord> ActionStore::list(const ActionFilter& filter) const
{
    QSqlQuery q(m_database.connection());
    q.exec(kSelect + QStringLiteral("ORDER BY m.date, x.meeting_id, x.origin, x.position, x.id"));
    QList<ActionRecord> result;
    while (q.next()) {
        ActionRecord r = readRecord(q);
        if (filter.matches(r))
            result.append(std::move(r));
    }
    return result;
}

std::optional<ActionRecord> ActionStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, kSelect + QStringLiteral("WHERE x.id = ?"), id) && q.next())
        return readRecord(q);
    return std::nullopt;
}

std::optional<Error> ActionStore::setStatus(const QString& actionKey, ActionStatus status, const QString& comment)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("INSERT INTO action_update(action_key, status, comment, changed_at) VALUES (?, ?, ?, ?)"),
                  actionKey, toString(status), sql::nullable(comment),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))) {
        return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
    }
    return std::nullopt;
}

QList<ActionStore::StatusChange> ActionStore::history(const QString& actionKey) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q, QStringLiteral("SELECT status, comment, changed_at FROM action_update WHERE action_key = ? ORDER BY changed_at, id"),
             actionKey);
    QList<StatusChange> changes;
    while (q.next()) {
        changes.append({actionStatusFromString(q.value(0).toString()), q.value(1).toString(),
                        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    }
    return changes;
}

QList<ActionStore::Evidence> ActionStore::evidence(qint64 actionId) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q,
             QStringLiteral("SELECT mr.raw, cm.number, cm.title, mt.date, b.name, cm.document_id, COALESCE(mr.pdf_page, "
                            "cm.pdf_page) FROM action x JOIN resolution r ON r.id = x.resolution_id JOIN minute_reference mr "
                            "ON mr.target_minute_id = r.minute_id JOIN minute cm ON cm.id = mr.minute_id JOIN meeting mt ON "
                            "mt.id = cm.meeting_id LEFT JOIN body b ON b.id = mt.body_id WHERE x.id = ? AND cm.meeting_id <> "
                            "x.meeting_id ORDER BY mt.date, cm.position"),
             actionId);
    QList<Evidence> result;
    while (q.next()) {
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(),
                       q.value(5).toLongLong(), q.value(6).toInt()});
    }
    return result;
}

Expected<qint64> ActionStore::addManual(const Action& action, qint64 meetingId)
{
    Action manual = action;
    manual.origin = ActionOrigin::Manual;
    QSqlQuery q(m_database.connection());
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO action(action_key, origin, ref, text, owner, due, due_text, status, meeting_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  ImportWriter::actionKey(manual, meetingId), toString(manual.origin), sql::nullable(manual.ref),
                  manual.text, sql::nullable(manual.owner), sql::nullable(manual.due), sql::nullable(manual.dueText),
                  toString(manual.status == ActionStatus::Unknown ? ActionStatus::Open : manual.status),
                  sql::nullableId(meetingId)) ||
        !q.next()) {
        return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
    }
    return q.value(0).toLongLong();
}

} // namespace scrutineer
