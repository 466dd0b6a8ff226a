#pragma once

#include "ResolutionJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRectF>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// How the export (JsonExporter, MeetingExport) writes stored values: empty text and unknown
// numbers as null, page ranges, areas and recorded votes in the contract's shapes, and the rows of
// a query as a list of objects. Any thread (the caller's connection's).
namespace scrutineer::exportjson {

inline QJsonValue str(const QVariant& v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString());
}
inline QJsonValue integer(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}
inline QJsonValue range(const QVariant& first, const QVariant& last)
{
    if (first.isNull() || last.isNull())
        return QJsonValue();
    return QJsonArray {first.toInt(), last.toInt()};
}
// A row's place on its page, [x, y, width, height] in points; null when not known.
inline QJsonValue areaJson(const QRectF& area)
{
    return area.isNull() ? QJsonValue() : QJsonValue(QJsonArray {area.x(), area.y(), area.width(), area.height()});
}
inline QJsonArray jsonList(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toByteArray()).array();
}
// A stored recorded vote with every key of the contract, including those added since it was
// written (absent_names); null when there is none.
inline QJsonValue votes(const QVariant& v)
{
    const auto parsed = resolutionjson::votesFromText(v.toByteArray());
    return parsed ? QJsonValue(resolutionjson::votes(*parsed)) : QJsonValue();
}

// Rows of a query as a list of objects built by `make`.
template <typename Make> QJsonArray rows(QSqlDatabase db, const QString& sql, const QVariantList& binds, Make make)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QJsonArray out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(make(q));
    return out;
}

inline QJsonArray clauses(QSqlDatabase db, qint64 resolutionId, const QVariant& parentId)
{
    const QString sql = parentId.isNull()
        ? QStringLiteral("SELECT id, label, text FROM clause WHERE resolution_id = ? AND parent_id IS NULL "
                         "ORDER BY position")
        : QStringLiteral("SELECT id, label, text FROM clause WHERE resolution_id = ? AND parent_id = ? "
                         "ORDER BY position");
    QVariantList binds {resolutionId};
    if (!parentId.isNull())
        binds.append(parentId);
    return rows(db, sql, binds, [&](const QSqlQuery& q) {
        return QJsonObject {{QStringLiteral("label"), q.value(1).toString()},
                            {QStringLiteral("text"), q.value(2).toString()},
                            {QStringLiteral("clauses"), clauses(db, resolutionId, q.value(0))}};
    });
}

} // namespace scrutineer::exportjson
