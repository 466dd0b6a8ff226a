#include "OwnerAliasStore.h"

#include "Timestamps.h"

#include "SqlHelpers.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {
namespace {

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}
} // namespace

QList<OwnerAlias> OwnerAliasStore::list() const
{
    QSqlQuery q(m_database.connection());
    QList<OwnerAlias> result;
    if (!q.exec(
            QStringLiteral("SELECT id, body, alias, person, post, valid_from, valid_to FROM owner_alias ORDER BY id")))
        return result;
    while (q.next()) {
        OwnerAlias a;
        a.id = q.value(0).toLongLong();
        a.body = q.value(1).toString();
        a.alias = q.value(2).toString();
        a.person = q.value(3).toString();
        a.post = q.value(4).toString();
        a.from = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        a.to = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        result.append(a);
    }
    return result;
}

Expected<qint64> OwnerAliasStore::add(const OwnerAlias& alias)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO owner_alias(body, alias, person, post, valid_from, valid_to, changed_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  sql::nullable(alias.body), alias.alias, sql::nullable(alias.person), sql::nullable(alias.post),
                  dateValue(alias.from), dateValue(alias.to), utcTimestamp())
        || !q.next())
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return q.value(0).toLongLong();
}

std::optional<Error> OwnerAliasStore::update(const OwnerAlias& alias)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q,
                  QStringLiteral("UPDATE owner_alias SET body = ?, alias = ?, person = ?, post = ?, valid_from = ?, "
                                 "valid_to = ?, changed_at = ? WHERE id = ?"),
                  sql::nullable(alias.body), alias.alias, sql::nullable(alias.person), sql::nullable(alias.post),
                  dateValue(alias.from), dateValue(alias.to), utcTimestamp(), alias.id))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

std::optional<Error> OwnerAliasStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM owner_alias WHERE id = ?"), id))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

QList<OwnerAliasStore::Person> OwnerAliasStore::people(const QString& body) const
{
    const QString select
        = QStringLiteral("SELECT DISTINCT b.name, p.name, p.role_text FROM %1 p JOIN meeting m ON m.id = p.meeting_id "
                         "JOIN body b ON b.id = m.body_id WHERE ? = '' OR b.name = ?");
    QSqlQuery q(m_database.connection());
    QList<Person> result;
    for (const QString& table : {QStringLiteral("membership"), QStringLiteral("attendance")}) {
        if (!sql::run(q, select.arg(table), body, body))
            continue;
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return result;
}

} // namespace scrutineer
