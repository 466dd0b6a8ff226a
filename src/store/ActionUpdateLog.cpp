#include "ActionUpdateLog.h"

#include "ActionStore.h"
#include "SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {

Expected<qint64> ActionUpdateLog::record(const QString& actionKey, ActionStatus status, const QString& comment,
                                         std::optional<int> expectedRevision)
{
    return ActionStore(m_database).setStatus(actionKey, status, comment, expectedRevision);
}

std::optional<Error> ActionUpdateLog::remove(const QList<qint64>& updateIds)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error {Error::Code::Database, m_database.path(), transaction.beginError().text()};
    QSqlQuery q(db);
    for (const qint64 id : updateIds) {
        if (!sql::run(q, QStringLiteral("DELETE FROM action_update WHERE id = ?"), id))
            return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
    }
    if (!transaction.commit())
        return Error {Error::Code::Database, m_database.path(), transaction.commitError().text()};
    return std::nullopt;
}

std::optional<Error> ActionUpdateLog::removeManualAction(qint64 actionId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error {Error::Code::Database, m_database.path(), transaction.beginError().text()};
    QSqlQuery q(db);
    if (!sql::run(q, QStringLiteral("DELETE FROM action_update WHERE action_key = (SELECT action_key FROM action WHERE id = ? "
                                    "AND origin = 'manual') AND NOT EXISTS (SELECT 1 FROM action o WHERE o.action_key = "
                                    "action_update.action_key AND o.id <> ?)"),
                  actionId, actionId) ||
        !sql::run(q, QStringLiteral("DELETE FROM action WHERE id = ? AND origin = 'manual'"), actionId))
        return Error{Error::Code::Database, m_database.path(), q.lastError().text()};
    if (!transaction.commit())
        return Error {Error::Code::Database, m_database.path(), transaction.commitError().text()};
    return std::nullopt;
}

} // namespace scrutineer
