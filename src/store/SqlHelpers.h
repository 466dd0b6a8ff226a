#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Small conversions between domain values and SQL parameters. Any thread.
namespace scrutineer::sql {

inline QVariant nullable(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }
inline QVariant nullable(std::optional<int> value) { return value ? QVariant(*value) : QVariant(); }
inline QVariant nullable(std::optional<double> value) { return value ? QVariant(*value) : QVariant(); }
inline QVariant nullablePage(int page) { return page > 0 ? QVariant(page) : QVariant(); }
inline QVariant nullableId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }
// The driver's message for a failed statement, with the statement ("... [SELECT ...]").
inline QString failure(const QSqlQuery& query)
{
    return query.lastError().text() + QStringLiteral(" [") + query.lastQuery() + QLatin1Char(']');
}

// Prepares and binds positionally, returning whether exec() succeeded.
template <typename... Values>
bool run(QSqlQuery& query, const QString& sql, const Values&... values)
{
    if (!query.prepare(sql))
        return false;
    (query.addBindValue(QVariant(values)), ...);
    return query.exec();
}

} // namespace scrutineer::sql
