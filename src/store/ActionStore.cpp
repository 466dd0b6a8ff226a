#include "ActionStore.h"

#include "Timestamps.h"

#include "ActionChains.h"
#include "ImportWriter.h"
#include "SqlDialect.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {
namespace {

const QString kSelectAction = QStringLiteral(
    "SELECT x.id, x.action_key, x.origin, x.ref, x.section, x.text, x.owner, x.due, x.due_text, x.status, x.status_text, "
    "x.commentary, x.flags, x.meeting_id, m.date, b.name, x.document_id, x.resolution_id, x.pdf_page, x.clause_path, "
    "u.status, x.evidence, x.roles, x.confidence, u.revision, u.changed_by, u.changed_at, x.created_by, x.created_at, "
    "x.defined_by, x.template_id, (SELECT tt.name FROM table_template tt WHERE tt.id = x.template_id), x.area, "
    "(SELECT COALESCE(NULLIF(d.title, ''), d.file_name) FROM document d WHERE d.id = x.document_id) "
    "FROM action x LEFT JOIN meeting m ON m.id = x.meeting_id LEFT JOIN body b ON b.id = m.body_id LEFT JOIN "
    "action_update u ON u.id = (SELECT l.id FROM action_update l WHERE l.action_key = x.action_key ORDER BY "
    "l.revision DESC, l.id DESC LIMIT 1) ");

ActionRecord readAction(const QSqlQuery& q)
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
    r.printedStatus = a.status;
    if (!q.value(20).isNull()) {
        a.status = actionStatusFromString(q.value(20).toString());
        r.statusEdited = true;
        r.revision = q.value(24).toInt();
        r.statusChangedBy = q.value(25).toString();
        r.statusChangedAt = QDateTime::fromString(q.value(26).toString(), Qt::ISODateWithMs);
    }
    r.createdBy = q.value(27).toString();
    r.createdAt = QDateTime::fromString(q.value(28).toString(), Qt::ISODateWithMs);
    a.evidence = q.value(21).toString();
    for (const QJsonValue v : QJsonDocument::fromJson(q.value(22).toByteArray()).array())
        a.roles.append(v.toString());
    a.confidence = q.value(23).isNull() ? 1.0 : q.value(23).toDouble();
    a.definedBy = q.value(29).toString();
    a.templateId = q.value(30).toLongLong();
    a.templateName = q.value(31).toString();
    r.documentName = q.value(33).toString();
    const QJsonArray area = QJsonDocument::fromJson(q.value(32).toByteArray()).array();
    if (area.size() == 4)
        a.area = QRectF(area.at(0).toDouble(), area.at(1).toDouble(), area.at(2).toDouble(), area.at(3).toDouble());
    return r;
}

// Undated meetings first on both backends (SQLite sorts NULL first, PostgreSQL last).
const QString kOrder = QStringLiteral(" ORDER BY m.date IS NOT NULL, m.date, x.meeting_id, x.origin, x.position, x.id");

} // namespace

QList<ActionRecord> ActionStore::load(const QString& where, const QVariantList& values, const QString& body) const
{
    QSqlQuery q(m_database.connection());
    bool ok = q.prepare(kSelectAction + where + kOrder);
    for (const QVariant& value : values)
        q.addBindValue(value);
    ok = ok && q.exec();
    QList<ActionRecord> records;
    while (ok && q.next())
        records.append(readAction(q));
    ActionChains::assemble(m_database, records, body);
    return records;
}

QList<ActionRecord> ActionStore::list(const ActionFilter& filter) const
{
    QList<ActionRecord> result = load({}, {}, {});
    result.removeIf([&](const ActionRecord& r) { return !filter.matches(r); });
    return result;
}

QList<ActionRecord> ActionStore::forBodyOf(qint64 meetingId) const
{
    // Every action of the meeting's body (a repeat needs its first occurrence), or of the meeting
    // alone when it has no body.
    QSqlQuery q(m_database.connection());
    QString body;
    if (sql::run(q, QStringLiteral("SELECT b.name FROM meeting m JOIN body b ON b.id = m.body_id WHERE m.id = ?"),
                 meetingId)
        && q.next())
        body = q.value(0).toString();
    return load(QStringLiteral("WHERE m.body_id = (SELECT body_id FROM meeting WHERE id = ?) OR x.meeting_id = ?"),
                {meetingId, meetingId}, body);
}

QList<ActionRecord> ActionStore::forMeeting(qint64 meetingId) const
{
    QList<ActionRecord> result = forBodyOf(meetingId);
    result.removeIf([&](const ActionRecord& r) { return r.meetingId != meetingId; });
    return result;
}

QHash<qint64, OpenActionCount> ActionStore::openCounts() const
{
    QHash<qint64, OpenActionCount> counts;
    for (const ActionRecord& r : load({}, {}, {}))
        counts[r.meetingId].add(r);
    return counts;
}

std::optional<ActionRecord> ActionStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("SELECT meeting_id FROM action WHERE id = ?"), id) || !q.next())
        return std::nullopt;
    const qint64 meeting = q.value(0).toLongLong();
    const QList<ActionRecord> records
        = meeting > 0 ? forBodyOf(meeting) : load(QStringLiteral("WHERE x.id = ?"), {id}, {});
    for (const ActionRecord& r : records) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

Expected<qint64> ActionStore::setStatus(const QString& actionKey, ActionStatus status, const QString& comment,
                                        std::optional<int> expectedRevision)
{
    // The update takes the revision after the latest, and only when the latest is the one the
    // user saw. Two people who saw the same revision cannot both write the next one: the unique
    // index on (action_key, revision) refuses the second, also when both write at once.
    const QString guard = expectedRevision ? QStringLiteral(" WHERE cur.r = %1").arg(*expectedRevision) : QString();
    QSqlQuery q(m_database.connection());
    const bool ok = sql::run(q,
                             QStringLiteral("INSERT INTO action_update(action_key, status, comment, changed_at, changed_by, "
                                            "revision) SELECT ?, ?, ?, ?, ?, cur.r + 1 FROM (SELECT COALESCE(MAX(revision), "
                                            "0) AS r FROM action_update WHERE action_key = ?) cur%1 RETURNING id")
                                 .arg(guard),
                             actionKey, toString(status), sql::nullable(comment), utcTimestampMs(),
                             sql::nullable(m_database.userName()), actionKey);
    if (ok && q.next())
        return q.value(0).toLongLong();
    if (ok || m_database.dialect().isUniqueViolation(q.lastError())) {
        return Error{Error::Code::Conflict, m_database.path(),
                     QCoreApplication::translate("ActionStore", "someone else changed the action's status first")};
    }
    return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
}

std::optional<ActionStore::StatusChange> ActionStore::latest(const QString& actionKey) const
{
    const QList<StatusChange> all = history(actionKey);
    return all.isEmpty() ? std::nullopt : std::optional<StatusChange>(all.last());
}

QList<ActionStore::StatusChange> ActionStore::history(const QString& actionKey) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q,
             QStringLiteral("SELECT status, comment, changed_at, changed_by, revision FROM action_update WHERE action_key "
                            "= ? ORDER BY revision, id"),
             actionKey);
    QList<StatusChange> changes;
    while (q.next()) {
        changes.append({actionStatusFromString(q.value(0).toString()), q.value(1).toString(),
                        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString(),
                        q.value(4).toInt()});
    }
    return changes;
}

QList<ActionStore::Evidence> ActionStore::evidence(qint64 actionId) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q,
             QStringLiteral(
                 "SELECT mr.raw, cm.number, cm.title, mt.date, b.name, cm.document_id, COALESCE(mr.pdf_page, "
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
                  QStringLiteral("INSERT INTO action(action_key, origin, ref, text, owner, due, due_text, status, meeting_id, "
                                 "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  ImportWriter::actionKey(manual, meetingId), toString(manual.origin), sql::nullable(manual.ref),
                  manual.text, sql::nullable(manual.owner), sql::nullable(manual.due), sql::nullable(manual.dueText),
                  toString(manual.status == ActionStatus::Unknown ? ActionStatus::Open : manual.status),
                  sql::nullableId(meetingId), sql::nullable(m_database.userName()), utcTimestampMs()) ||
        !q.next()) {
        return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
    }
    return q.value(0).toLongLong();
}

} // namespace scrutineer
