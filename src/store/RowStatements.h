#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>
#include <optional>

namespace scrutineer {

// Thrown inside an import's transaction to unwind to the rollback; never escapes
// BundleRowWriter::write().
struct RowWriteFailure {
    QString message;
    bool lock = false; // refused for a lock another connection holds: the whole write may be tried again
};

// Runs the statements of one import's rows, each prepared once and executed for every row it
// writes; a failed statement throws RowWriteFailure. The thread of the connection.
class RowStatements final {
public:
    explicit RowStatements(const QSqlDatabase& db)
        : m_db(db), m_stripNul(SqlDialect::of(db).backend() == SqlDialect::Backend::Postgres)
    {
    }

    QSqlQuery& exec(const QString& sql, const QVariantList& values = {})
    {
        auto it = m_prepared.find(sql);
        if (it == m_prepared.end()) {
            it = m_prepared.emplace(sql, std::make_unique<QSqlQuery>(m_db)).first;
            if (!it->second->prepare(sql))
                fail(*it->second, sql);
        }
        QSqlQuery& query = *it->second;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, bindable(values.at(i)));
        if (!query.exec())
            fail(query, sql);
        return query;
    }
    // An INSERT that returns the new row's id.
    qint64 insert(const QString& sql, const QVariantList& values)
    {
        QSqlQuery& query = exec(sql + QStringLiteral(" RETURNING id"), values);
        if (!query.next())
            throw RowWriteFailure{QStringLiteral("no id returned [") + sql + QLatin1Char(']')};
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        return id;
    }
    std::optional<QVariant> scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery& query = exec(sql, values);
        std::optional<QVariant> value;
        if (query.next())
            value = query.value(0);
        query.finish();
        return value;
    }

private:
    [[noreturn]] void fail(const QSqlQuery& query, const QString& sql) const
    {
        throw RowWriteFailure {query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']'),
                            SqlDialect::of(m_db).isLockError(query.lastError())};
    }

    // PostgreSQL text cannot hold U+0000, which a damaged text layer may carry.
    QVariant bindable(const QVariant& value) const
    {
        if (m_stripNul && value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
            return QString(value.toString()).remove(QChar(0));
        return value;
    }

    QSqlDatabase m_db;
    bool m_stripNul;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};


} // namespace scrutineer
