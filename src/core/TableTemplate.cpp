#include "TableTemplate.h"

#include "TextUtil.h"

#include <QJsonArray>

namespace scrutineer {

bool TableTemplate::headed() const
{
    for (const TemplateColumn& column : columns) {
        if (!column.heading.trimmed().isEmpty())
            return true;
    }
    return false;
}

bool TableTemplate::appliesTo(const QString& documentBody, const QString& documentTitle) const
{
    if (!body.isEmpty() && text::normaliseForMatch(body) != text::normaliseForMatch(documentBody))
        return false;
    if (series.trimmed().isEmpty())
        return true;
    return text::normaliseForMatch(documentTitle).contains(text::normaliseForMatch(series));
}

QJsonObject TableTemplate::toJson() const
{
    QJsonArray columnList;
    for (const TemplateColumn& column : columns) {
        columnList.append(QJsonObject {{QStringLiteral("heading"), column.heading},
                                       {QStringLiteral("role"), column.role},
                                       {QStringLiteral("left"), column.left},
                                       {QStringLiteral("right"), column.right}});
    }
    return {{QStringLiteral("body"), body},
            {QStringLiteral("series"), series},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("columns"), columnList},
            {QStringLiteral("top"), top},
            {QStringLiteral("bottom"), bottom},
            {QStringLiteral("source_file"), sourceFile}};
}

TableTemplate TableTemplate::fromJson(const QJsonObject& json)
{
    TableTemplate t;
    t.body = json.value(QStringLiteral("body")).toString();
    t.series = json.value(QStringLiteral("series")).toString();
    t.kind = markedKindFromString(json.value(QStringLiteral("kind")).toString());
    for (const QJsonValue v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        t.columns.append({o.value(QStringLiteral("heading")).toString(), o.value(QStringLiteral("role")).toString(),
                          o.value(QStringLiteral("left")).toDouble(), o.value(QStringLiteral("right")).toDouble()});
    }
    t.top = json.value(QStringLiteral("top")).toDouble(0);
    t.bottom = json.value(QStringLiteral("bottom")).toDouble(1);
    t.sourceFile = json.value(QStringLiteral("source_file")).toString();
    return t;
}

} // namespace scrutineer
