#include "TemplateStore.h"

#include "Timestamps.h"

#include "SqlDialect.h"
#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {
namespace {

const QString kSelectTemplate = QStringLiteral(
    "SELECT t.id, t.name, t.definition, t.created_at, t.updated_at, t.created_by, (SELECT COUNT(*) FROM action a WHERE "
    "a.template_id = t.id) + (SELECT COUNT(*) FROM indicator i WHERE i.template_id = t.id) FROM table_template t ");

TemplateStore::Record readTemplate(const QSqlQuery& q)
{
    TemplateStore::Record r;
    r.tableTemplate = TableTemplate::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    r.tableTemplate.id = q.value(0).toLongLong();
    r.tableTemplate.name = q.value(1).toString();
    r.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.createdBy = q.value(5).toString();
    r.rowsRead = q.value(6).toInt();
    return r;
}

} // namespace

QList<TableTemplate> TemplateStore::all() const
{
    QList<TableTemplate> templates;
    for (const Record& record : list())
        templates.append(record.tableTemplate);
    return templates;
}

QList<TemplateStore::Record> TemplateStore::list() const
{
    QSqlQuery q(m_database.connection());
    q.exec(kSelectTemplate + QStringLiteral("ORDER BY t.name, t.id"));
    QList<Record> records;
    while (q.next())
        records.append(readTemplate(q));
    return records;
}

std::optional<TableTemplate> TemplateStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, kSelectTemplate + QStringLiteral("WHERE t.id = ?"), id) && q.next())
        return readTemplate(q).tableTemplate;
    return std::nullopt;
}

Expected<qint64> TemplateStore::add(const TableTemplate& tableTemplate, qint64 restoreId)
{
    QSqlQuery q(m_database.connection());
    QVariant bodyId;
    if (!tableTemplate.body.isEmpty()
        && sql::run(q, QStringLiteral("SELECT id FROM body WHERE name_key = ? ORDER BY id LIMIT 1"),
                    text::normaliseForMatch(tableTemplate.body))
        && q.next())
        bodyId = q.value(0);
    q.finish();
    const QString definition = QString::fromUtf8(QJsonDocument(tableTemplate.toJson()).toJson(QJsonDocument::Compact));
    const QString stamp = utcTimestampMs();
    const QString id = restoreId > 0 ? QStringLiteral("id, ") : QString();
    const QString idValue = restoreId > 0 ? QStringLiteral("%1, ").arg(restoreId) : QString();
    if (!sql::run(
            q,
            QStringLiteral("INSERT INTO table_template(%1name, body_id, kind, definition, created_at, updated_at, "
                           "created_by) VALUES (%2?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .arg(id, idValue),
            tableTemplate.name, bodyId, toString(tableTemplate.kind), definition, stamp, stamp,
            sql::nullable(m_database.userName()))
        || !q.next())
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    const qint64 newId = q.value(0).toLongLong();
    q.finish();
    if (restoreId > 0) {
        for (const QString& statement : m_database.dialect().followExplicitIds(QStringLiteral("table_template")))
            m_database.exec(statement);
    }
    return newId;
}

std::optional<Error> TemplateStore::rename(qint64 id, const QString& name)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("UPDATE table_template SET name = ?, updated_at = ? WHERE id = ?"), name,
                  utcTimestampMs(), id))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

std::optional<Error> TemplateStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM table_template WHERE id = ?"), id))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

} // namespace scrutineer
