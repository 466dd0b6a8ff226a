#include "MarkedTable.h"

#include <QJsonArray>

#include <algorithm>

namespace scrutineer {
namespace {

QJsonArray rectJson(const QRectF& rect)
{
    return {rect.x(), rect.y(), rect.width(), rect.height()};
}

QRectF rectFrom(const QJsonArray& a)
{
    return a.size() == 4 ? QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble())
                         : QRectF();
}

} // namespace

QString toString(MarkedKind kind)
{
    switch (kind) {
    case MarkedKind::Plan:
        return QStringLiteral("plan");
    case MarkedKind::Scorecard:
        return QStringLiteral("scorecard");
    case MarkedKind::Attendance:
        return QStringLiteral("attendance");
    case MarkedKind::Resolution:
        return QStringLiteral("resolution");
    case MarkedKind::Agenda:
        return QStringLiteral("agenda");
    }
    return QStringLiteral("plan");
}

MarkedKind markedKindFromString(const QString& text, MarkedKind fallback)
{
    for (const MarkedKind kind : {MarkedKind::Plan, MarkedKind::Scorecard, MarkedKind::Attendance,
                                  MarkedKind::Resolution, MarkedKind::Agenda}) {
        if (toString(kind) == text)
            return kind;
    }
    return fallback;
}

bool isGridKind(MarkedKind kind)
{
    return kind != MarkedKind::Resolution;
}

int MarkedTableSpec::firstPage() const
{
    int first = 0;
    for (const PageArea& area : areas)
        first = first == 0 ? area.page : std::min(first, area.page);
    return first;
}

int MarkedTableSpec::lastPage() const
{
    int last = 0;
    for (const PageArea& area : areas)
        last = std::max(last, area.page);
    return last;
}

void MarkedTableSpec::shiftPages(int offset)
{
    for (PageArea& area : areas)
        area.page = std::max(1, area.page + offset);
    for (RowStart& start : rowStarts)
        start.page = std::max(1, start.page + offset);
}

QJsonObject MarkedTableSpec::toJson() const
{
    QJsonArray areaList;
    for (const PageArea& area : areas)
        areaList.append(
            QJsonObject {{QStringLiteral("page"), area.page}, {QStringLiteral("rect"), rectJson(area.rect)}});
    QJsonArray boundaryList;
    for (const double b : boundaries)
        boundaryList.append(b);
    QJsonArray starts;
    for (const RowStart& start : rowStarts)
        starts.append(QJsonArray {start.page, start.y});
    return {{QStringLiteral("kind"), toString(kind)},     {QStringLiteral("areas"), areaList},
            {QStringLiteral("boundaries"), boundaryList}, {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
            {QStringLiteral("row_starts"), starts},       {QStringLiteral("header_lines"), headerLines}};
}

MarkedTableSpec MarkedTableSpec::fromJson(const QJsonObject& json)
{
    MarkedTableSpec spec;
    spec.kind = markedKindFromString(json.value(QStringLiteral("kind")).toString());
    for (const QJsonValue v : json.value(QStringLiteral("areas")).toArray()) {
        const QJsonObject o = v.toObject();
        spec.areas.append(
            {o.value(QStringLiteral("page")).toInt(), rectFrom(o.value(QStringLiteral("rect")).toArray())});
    }
    for (const QJsonValue v : json.value(QStringLiteral("boundaries")).toArray())
        spec.boundaries.append(v.toDouble());
    for (const QJsonValue v : json.value(QStringLiteral("roles")).toArray())
        spec.roles.append(v.toString());
    for (const QJsonValue v : json.value(QStringLiteral("row_starts")).toArray()) {
        const QJsonArray a = v.toArray();
        spec.rowStarts.append({a.at(0).toInt(), a.at(1).toDouble()});
    }
    spec.headerLines = json.value(QStringLiteral("header_lines")).toInt(-1);
    return spec;
}

} // namespace scrutineer
