#include "ResolutionStore.h"

#include "NaturalOrder.h"
#include "Timestamps.h"

#include "ResolutionJson.h"
#include "SqlDialect.h"
#include "SqlHelpers.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace scrutineer {
namespace {

const QString kEntity = QStringLiteral("resolution");
const QString kField = QStringLiteral("review");

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// The leading number of a printed minute number ("23.", "389", "12a"); -1 when none.
int minuteNumberValue(const QString& number)
{
    static const QRegularExpression leading(QStringLiteral("^\\D{0,12}?(\\d{1,6})"));
    const auto m = leading.match(number);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A JSON list column (resolution.flags); NULL, written before schema 7, is no flags.
QStringList flagsFrom(const QVariant& value)
{
    QStringList result;
    for (const QJsonValue v : QJsonDocument::fromJson(value.toByteArray()).array())
        result.append(v.toString());
    return result;
}

struct ClauseRow {
    qint64 id = 0;
    qint64 parentId = 0;
    QString label;
    QString text;
};

QList<Clause> buildClauses(const QList<ClauseRow>& rows, qint64 parentId)
{
    QList<Clause> result;
    for (const ClauseRow& row : rows) {
        if (row.parentId == parentId)
            result.append({row.label, row.text, buildClauses(rows, row.id)});
    }
    return result;
}

// Clause rows of every resolution (or one), grouped by resolution id; ordered so siblings keep
// their printed order.
QHash<qint64, QList<ClauseRow>> clauseRows(QSqlDatabase db, qint64 onlyResolution = 0)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT resolution_id, id, parent_id, label, text FROM clause %1 "
                                       "ORDER BY resolution_id, position, id");
    if (onlyResolution > 0)
        sql::run(q, sql.arg(QStringLiteral("WHERE resolution_id = ?")), onlyResolution);
    else
        q.exec(sql.arg(QString()));
    QHash<qint64, QList<ClauseRow>> rows;
    while (q.next()) {
        rows[q.value(0).toLongLong()].append(
            {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()});
    }
    return rows;
}

const QString kExtractedSelect = QStringLiteral(
    "SELECT r.id, r.meeting_id, m.date, b.name, mi.number, mi.title, mi.item, mi.position, r.text, r.condition, "
    "r.votes, r.pdf_page, r.position, r.document_id, r.flags FROM resolution r JOIN minute mi ON mi.id = r.minute_id "
    "LEFT JOIN meeting m ON m.id = r.meeting_id LEFT JOIN body b ON b.id = m.body_id ");

const QString kManualSelect = QStringLiteral(
    "SELECT u.id, u.meeting_id, m.date, b.name, u.agenda_number, u.minute_number, u.minute_title, u.text, "
    "u.condition, u.clauses, u.votes, u.checked, u.changed_by, u.updated_at, u.created_by FROM user_resolution u "
    "LEFT JOIN meeting m ON m.id = u.meeting_id "
    "LEFT JOIN body b ON b.id = m.body_id ");

ResolutionStore::Record readExtracted(const QSqlQuery& q, const QHash<qint64, QList<ClauseRow>>& clauses)
{
    ResolutionStore::Record r;
    r.id = q.value(0).toLongLong();
    r.meetingId = q.value(1).toLongLong();
    r.meetingDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.body = q.value(3).toString();
    r.minuteNumber = q.value(4).toString();
    r.minuteTitle = q.value(5).toString();
    r.agendaNumber = q.value(6).toString();
    const QString minute = r.minuteNumber.isEmpty() ? QStringLiteral("#") + q.value(7).toString() : r.minuteNumber;
    r.key = QStringLiteral("x|%1|%2|%3").arg(r.meetingId).arg(minute).arg(q.value(12).toInt());
    Resolution& p = r.printed;
    p.text = q.value(8).toString();
    p.condition = q.value(9).toString();
    p.votes = resolutionjson::votesFromText(q.value(10).toByteArray());
    p.pdfPage = q.value(11).toInt();
    p.clauses = buildClauses(clauses.value(r.id), 0);
    p.flags = flagsFrom(q.value(14));
    r.pdfPage = p.pdfPage;
    r.documentId = q.value(13).toLongLong();
    r.resolution = p;
    return r;
}

ResolutionStore::Manual readManual(const QSqlQuery& q)
{
    ResolutionStore::Manual m;
    m.id = q.value(0).toLongLong();
    m.meetingId = q.value(1).toLongLong();
    m.agendaNumber = q.value(4).toString();
    m.minuteNumber = q.value(5).toString();
    m.minuteTitle = q.value(6).toString();
    m.resolution.text = q.value(7).toString();
    m.resolution.condition = q.value(8).toString();
    m.resolution.clauses = resolutionjson::clausesFrom(QJsonDocument::fromJson(q.value(9).toByteArray()).array());
    m.resolution.votes = resolutionjson::votesFromText(q.value(10).toByteArray());
    m.checked = q.value(11).toBool();
    return m;
}

ResolutionStore::Record recordFromManual(const QSqlQuery& q)
{
    const ResolutionStore::Manual m = readManual(q);
    ResolutionStore::Record r;
    r.key = ResolutionStore::manualKey(m.id);
    r.manual = true;
    r.id = m.id;
    r.meetingId = m.meetingId;
    r.meetingDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.body = q.value(3).toString();
    r.minuteNumber = m.minuteNumber;
    r.minuteTitle = m.minuteTitle;
    r.agendaNumber = m.agendaNumber;
    r.resolution = m.resolution;
    r.review = m.checked ? ResolutionStore::Review::Checked : ResolutionStore::Review::Unchecked;
    r.changedBy = q.value(12).toString();
    r.changedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    r.createdBy = q.value(14).toString();
    return r;
}

void applyState(ResolutionStore::Record& record, const ResolutionStore::UserState& state)
{
    if (state.correction) {
        record.resolution = *state.correction;
        record.review = ResolutionStore::Review::Corrected;
    } else if (state.checked) {
        record.review = ResolutionStore::Review::Checked;
    }
}

ResolutionStore::UserState stateFrom(const QVariant& value, bool checked)
{
    ResolutionStore::UserState s;
    s.checked = checked;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toByteArray());
    if (doc.isObject())
        s.correction = resolutionjson::resolutionFrom(doc.object());
    return s;
}

} // namespace

bool ResolutionStore::UserState::operator==(const UserState& other) const
{
    if (checked != other.checked || correction.has_value() != other.correction.has_value())
        return false;
    return !correction || resolutionjson::resolution(*correction) == resolutionjson::resolution(*other.correction);
}

bool ResolutionStore::Manual::operator==(const Manual& other) const
{
    return id == other.id && meetingId == other.meetingId && agendaNumber == other.agendaNumber &&
           minuteNumber == other.minuteNumber && minuteTitle == other.minuteTitle && checked == other.checked &&
           resolutionjson::resolution(resolution) == resolutionjson::resolution(other.resolution);
}

QString ResolutionStore::manualKey(qint64 id) { return QStringLiteral("m|%1").arg(id); }

std::optional<qint64> ResolutionStore::manualId(const QString& key)
{
    if (!key.startsWith(QStringLiteral("m|")))
        return std::nullopt;
    bool ok = false;
    const qint64 id = key.mid(2).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

QList<ResolutionStore::Record> ResolutionStore::list() const
{
    QSqlDatabase db = m_database.connection();
    const QHash<qint64, QList<ClauseRow>> clauses = clauseRows(db);
    QHash<QString, UserState> states;
    QHash<QString, std::pair<QString, QDateTime>> stamps;
    QSqlQuery q(db);
    sql::run(q,
             QStringLiteral("SELECT entity_key, value, checked, changed_by, changed_at FROM correction WHERE entity = ? AND "
                            "field = ?"),
             kEntity, kField);
    while (q.next()) {
        states.insert(q.value(0).toString(), stateFrom(q.value(1), q.value(2).toBool()));
        stamps.insert(q.value(0).toString(),
                      {q.value(3).toString(), QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    }

    QList<Record> result;
    q.exec(kExtractedSelect);
    while (q.next()) {
        Record r = readExtracted(q, clauses);
        applyState(r, states.value(r.key));
        std::tie(r.changedBy, r.changedAt) = stamps.value(r.key);
        result.append(std::move(r));
    }
    q.exec(kManualSelect);
    while (q.next())
        result.append(recordFromManual(q));

    const NaturalOrder order; // minute "2" before "10" in any locale
    std::stable_sort(result.begin(), result.end(), [&order](const Record& a, const Record& b) {
        if (const int c = order.compare(a.body, b.body))
            return c < 0;
        if (a.meetingDate != b.meetingDate)
            return a.meetingDate < b.meetingDate;
        if (a.meetingId != b.meetingId)
            return a.meetingId < b.meetingId;
        return order.compare(a.minuteNumber, b.minuteNumber) < 0;
    });
    return result;
}

std::optional<ResolutionStore::Record> ResolutionStore::find(const QString& key) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (const auto id = manualId(key)) {
        if (sql::run(q, kManualSelect + QStringLiteral("WHERE u.id = ?"), *id) && q.next())
            return recordFromManual(q);
        return std::nullopt;
    }
    const QStringList parts = key.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.first() != QStringLiteral("x"))
        return std::nullopt;
    if (!sql::run(q, kExtractedSelect + QStringLiteral("WHERE r.meeting_id = ? AND r.position = ? ORDER BY r.id"),
                  parts.at(1).toLongLong(), parts.at(3).toInt()))
        return std::nullopt;
    while (q.next()) {
        Record r = readExtracted(q, clauseRows(db, q.value(0).toLongLong()));
        if (r.key == key) {
            applyState(r, userState(key));
            QSqlQuery stamp(db);
            if (sql::run(stamp,
                         QStringLiteral("SELECT changed_by, changed_at FROM correction WHERE entity = ? AND entity_key = ? "
                                        "AND field = ?"),
                         kEntity, key, kField) &&
                stamp.next()) {
                r.changedBy = stamp.value(0).toString();
                r.changedAt = QDateTime::fromString(stamp.value(1).toString(), Qt::ISODateWithMs);
            }
            return r;
        }
    }
    return std::nullopt;
}

ResolutionStore::UserState ResolutionStore::userState(const QString& key) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT value, checked FROM correction WHERE entity = ? AND entity_key = ? AND field = ?"),
                 kEntity, key, kField) &&
        q.next())
        return stateFrom(q.value(0), q.value(1).toBool());
    return {};
}

std::optional<Error> ResolutionStore::setUserState(const QString& key, const UserState& state)
{
    QSqlQuery q(m_database.connection());
    bool ok = false;
    if (!state.checked && !state.correction) {
        ok = sql::run(q, QStringLiteral("DELETE FROM correction WHERE entity = ? AND entity_key = ? AND field = ?"), kEntity,
                      key, kField);
    } else {
        const QVariant value = state.correction ? QVariant(QString::fromUtf8(compact(resolutionjson::resolution(*state.correction))))
                                                : QVariant();
        ok = sql::run(q,
                      QStringLiteral("INSERT INTO correction(entity, entity_key, field, value, checked, changed_at, "
                                     "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entity, entity_key, field) DO "
                                     "UPDATE SET value = excluded.value, checked = excluded.checked, changed_at = "
                                     "excluded.changed_at, changed_by = excluded.changed_by"),
                      kEntity, key, kField, value, state.checked ? 1 : 0, utcTimestampMs(), sql::nullable(m_database.userName()));
    }
    if (!ok)
        return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

std::optional<ResolutionStore::Manual> ResolutionStore::manual(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, kManualSelect + QStringLiteral("WHERE u.id = ?"), id) && q.next())
        return readManual(q);
    return std::nullopt;
}

Expected<qint64> ResolutionStore::saveManual(const Manual& m)
{
    QSqlQuery q(m_database.connection());
    const QString clauses =
        QString::fromUtf8(QJsonDocument(resolutionjson::clauses(m.resolution.clauses)).toJson(QJsonDocument::Compact));
    const QVariant votes = m.resolution.votes ? QVariant(QString::fromUtf8(resolutionjson::votesText(m.resolution.votes)))
                                              : QVariant();
    const QString stamp = utcTimestampMs();
    const bool exists = m.id > 0 && manual(m.id).has_value();
    bool ok = false;
    if (exists) {
        ok = sql::run(q,
                      QStringLiteral("UPDATE user_resolution SET meeting_id = ?, agenda_number = ?, minute_number = ?, "
                                     "minute_title = ?, text = ?, condition = ?, clauses = ?, votes = ?, checked = ?, "
                                     "updated_at = ?, changed_by = ? WHERE id = ?"),
                      m.meetingId, sql::nullable(m.agendaNumber), sql::nullable(m.minuteNumber),
                      sql::nullable(m.minuteTitle), m.resolution.text, sql::nullable(m.resolution.condition), clauses,
                      votes, m.checked ? 1 : 0, stamp, sql::nullable(m_database.userName()), m.id);
    } else {
        // A given id restores a resolution an undo removed; otherwise the database picks one.
        const QString id = m.id > 0 ? QStringLiteral("id, ") : QString();
        const QString idValue = m.id > 0 ? QStringLiteral("%1, ").arg(m.id) : QString();
        ok = sql::run(q,
                      QStringLiteral("INSERT INTO user_resolution(%1meeting_id, agenda_number, minute_number, "
                                     "minute_title, text, condition, clauses, votes, checked, created_at, updated_at, "
                                     "created_by, changed_by) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                          .arg(id, idValue),
                      m.meetingId, sql::nullable(m.agendaNumber), sql::nullable(m.minuteNumber),
                      sql::nullable(m.minuteTitle), m.resolution.text, sql::nullable(m.resolution.condition), clauses,
                      votes, m.checked ? 1 : 0, stamp, stamp, sql::nullable(m_database.userName()),
                      sql::nullable(m_database.userName())) &&
             q.next();
    }
    if (!ok)
        return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
    const qint64 id = exists ? m.id : q.value(0).toLongLong();
    if (!exists && m.id > 0) {
        for (const QString& statement : m_database.dialect().followExplicitIds(QStringLiteral("user_resolution")))
            m_database.exec(statement);
    }
    return id;
}

std::optional<Error> ResolutionStore::removeManual(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM user_resolution WHERE id = ?"), id))
        return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

QString ResolutionStore::suggestMinuteNumber(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    auto highest = [&q](const QString& sql, qint64 meeting) {
        int best = -1;
        if (sql::run(q, sql, meeting, meeting)) {
            while (q.next())
                best = std::max(best, minuteNumberValue(q.value(0).toString()));
        }
        return best;
    };
    const QString thisMeeting = QStringLiteral("SELECT number FROM minute WHERE meeting_id = ? AND number IS NOT NULL "
                                               "UNION ALL SELECT minute_number FROM user_resolution WHERE meeting_id = ? "
                                               "AND minute_number IS NOT NULL");
    if (const int n = highest(thisMeeting, meetingId); n >= 0)
        return QString::number(n + 1);
    // The body's latest earlier meeting with numbered minutes.
    if (!sql::run(q,
                  QStringLiteral("SELECT e.id FROM meeting e JOIN meeting t ON t.id = ? WHERE e.body_id IS NOT DISTINCT FROM t.body_id AND "
                                 "e.id <> t.id AND e.date < t.date AND (EXISTS (SELECT 1 FROM minute n WHERE n.meeting_id = "
                                 "e.id AND n.number IS NOT NULL) OR EXISTS (SELECT 1 FROM user_resolution u WHERE "
                                 "u.meeting_id = e.id AND u.minute_number IS NOT NULL)) ORDER BY e.date DESC LIMIT 1"),
                  meetingId) ||
        !q.next())
        return {};
    const qint64 earlier = q.value(0).toLongLong();
    if (const int n = highest(thisMeeting, earlier); n >= 0)
        return QString::number(n + 1);
    return {};
}

} // namespace scrutineer
