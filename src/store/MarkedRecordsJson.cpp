#include "MarkedRecordsJson.h"

#include "ResolutionJson.h"

#include <QJsonArray>

namespace scrutineer::markedjson {
namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> numberFrom(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonArray rect(const QRectF& r)
{
    return r.isNull() ? QJsonArray {} : QJsonArray {r.x(), r.y(), r.width(), r.height()};
}

QRectF rectFrom(const QJsonValue& value)
{
    const QJsonArray a = value.toArray();
    return a.size() == 4 ? QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble())
                         : QRectF();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonObject action(const Action& a)
{
    return {{QStringLiteral("origin"), toString(a.origin)},
            {QStringLiteral("ref"), a.ref},
            {QStringLiteral("section"), a.section},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("due"), a.due},
            {QStringLiteral("due_text"), a.dueText},
            {QStringLiteral("status"), toString(a.status)},
            {QStringLiteral("status_text"), a.statusText},
            {QStringLiteral("commentary"), a.commentary},
            {QStringLiteral("evidence"), a.evidence},
            {QStringLiteral("flags"), QJsonArray::fromStringList(a.flags)},
            {QStringLiteral("roles"), QJsonArray::fromStringList(a.roles)},
            {QStringLiteral("page"), a.pdfPage},
            {QStringLiteral("area"), rect(a.area)}};
}

Action actionFrom(const QJsonObject& o)
{
    Action a;
    a.origin = actionOriginFromString(o.value(QStringLiteral("origin")).toString(), ActionOrigin::ImprovementPlan);
    a.ref = o.value(QStringLiteral("ref")).toString();
    a.section = o.value(QStringLiteral("section")).toString();
    a.text = o.value(QStringLiteral("text")).toString();
    a.owner = o.value(QStringLiteral("owner")).toString();
    a.due = o.value(QStringLiteral("due")).toString();
    a.dueText = o.value(QStringLiteral("due_text")).toString();
    a.status = actionStatusFromString(o.value(QStringLiteral("status")).toString());
    a.statusText = o.value(QStringLiteral("status_text")).toString();
    a.commentary = o.value(QStringLiteral("commentary")).toString();
    a.evidence = o.value(QStringLiteral("evidence")).toString();
    a.flags = strings(o.value(QStringLiteral("flags")));
    a.roles = strings(o.value(QStringLiteral("roles")));
    a.pdfPage = o.value(QStringLiteral("page")).toInt();
    a.area = rectFrom(o.value(QStringLiteral("area")));
    a.definedBy = QStringLiteral("user");
    return a;
}

QJsonObject indicator(const Indicator& i)
{
    QJsonArray bands;
    for (const ThresholdBand& band : i.thresholds) {
        bands.append(QJsonObject {{QStringLiteral("grade"), band.grade},
                                  {QStringLiteral("text"), band.text},
                                  {QStringLiteral("min"), optionalNumber(band.min)},
                                  {QStringLiteral("max"), optionalNumber(band.max)}});
    }
    return {{QStringLiteral("name"), i.name},
            {QStringLiteral("description"), i.description},
            {QStringLiteral("polarity"), toString(i.polarity)},
            {QStringLiteral("unit"), i.unit},
            {QStringLiteral("thresholds"), bands},
            {QStringLiteral("target"), optionalNumber(i.target)},
            {QStringLiteral("floor"), optionalNumber(i.floor)},
            {QStringLiteral("defects"), QJsonArray::fromStringList(i.defects)},
            {QStringLiteral("section"), i.section},
            {QStringLiteral("roles"), QJsonArray::fromStringList(i.roles)},
            {QStringLiteral("page"), i.pdfPage},
            {QStringLiteral("area"), rect(i.area)}};
}

Indicator indicatorFrom(const QJsonObject& o)
{
    Indicator i;
    i.name = o.value(QStringLiteral("name")).toString();
    i.description = o.value(QStringLiteral("description")).toString();
    i.polarity = polarityFromString(o.value(QStringLiteral("polarity")).toString());
    i.unit = o.value(QStringLiteral("unit")).toString();
    for (const QJsonValue v : o.value(QStringLiteral("thresholds")).toArray()) {
        const QJsonObject b = v.toObject();
        i.thresholds.append({b.value(QStringLiteral("grade")).toString(), b.value(QStringLiteral("text")).toString(),
                             numberFrom(b.value(QStringLiteral("min"))), numberFrom(b.value(QStringLiteral("max")))});
    }
    i.target = numberFrom(o.value(QStringLiteral("target")));
    i.floor = numberFrom(o.value(QStringLiteral("floor")));
    i.defects = strings(o.value(QStringLiteral("defects")));
    i.section = o.value(QStringLiteral("section")).toString();
    i.roles = strings(o.value(QStringLiteral("roles")));
    i.pdfPage = o.value(QStringLiteral("page")).toInt();
    i.area = rectFrom(o.value(QStringLiteral("area")));
    i.definedBy = QStringLiteral("user");
    return i;
}

QJsonObject reading(const Reading& r)
{
    return {{QStringLiteral("indicator"), r.indicatorIndex},
            {QStringLiteral("period"), r.period},
            {QStringLiteral("value"), optionalNumber(r.value)},
            {QStringLiteral("value_text"), r.valueText},
            {QStringLiteral("rating"), r.reportedRating},
            {QStringLiteral("direction"), r.direction},
            {QStringLiteral("page"), r.pdfPage}};
}

Reading readingFrom(const QJsonObject& o)
{
    Reading r;
    r.indicatorIndex = o.value(QStringLiteral("indicator")).toInt(-1);
    r.period = o.value(QStringLiteral("period")).toString();
    r.value = numberFrom(o.value(QStringLiteral("value")));
    r.valueText = o.value(QStringLiteral("value_text")).toString();
    r.reportedRating = o.value(QStringLiteral("rating")).toString();
    r.direction = o.value(QStringLiteral("direction")).toString();
    r.pdfPage = o.value(QStringLiteral("page")).toInt();
    return r;
}

QJsonObject attendance(const Attendance& a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("status"), toString(a.status)},
            {QStringLiteral("substitute"), a.substitute},
            {QStringLiteral("role"), a.roleText},
            {QStringLiteral("page"), a.pdfPage}};
}

Attendance attendanceFrom(const QJsonObject& o)
{
    Attendance a;
    a.name = o.value(QStringLiteral("name")).toString();
    a.status = attendanceStatusFromString(o.value(QStringLiteral("status")).toString());
    a.substitute = o.value(QStringLiteral("substitute")).toString();
    a.roleText = o.value(QStringLiteral("role")).toString();
    a.pdfPage = o.value(QStringLiteral("page")).toInt();
    return a;
}

QJsonObject agendaItem(const AgendaItem& item)
{
    QJsonObject o {{QStringLiteral("number"), item.number},
                   {QStringLiteral("title"), item.title},
                   {QStringLiteral("report_of"), item.reportOf},
                   {QStringLiteral("page"), item.pdfPage}};
    if (item.packPages)
        o.insert(QStringLiteral("pack_pages"), QJsonArray {item.packPages->first, item.packPages->last});
    return o;
}

AgendaItem agendaItemFrom(const QJsonObject& o)
{
    AgendaItem item;
    item.number = o.value(QStringLiteral("number")).toString();
    item.title = o.value(QStringLiteral("title")).toString();
    item.reportOf = o.value(QStringLiteral("report_of")).toString();
    item.pdfPage = o.value(QStringLiteral("page")).toInt();
    const QJsonArray pages = o.value(QStringLiteral("pack_pages")).toArray();
    if (pages.size() == 2)
        item.packPages = PageRange {pages.at(0).toInt(), pages.at(1).toInt()};
    return item;
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T>& list, F write)
{
    QJsonArray array;
    for (const T& item : list)
        array.append(write(item));
    return array;
}

template <typename T, typename F> QList<T> listOf(const QJsonValue& value, F read)
{
    QList<T> list;
    for (const QJsonValue v : value.toArray())
        list.append(read(v.toObject()));
    return list;
}

} // namespace

QJsonObject records(const MarkedRecords& r)
{
    return {{QStringLiteral("actions"), arrayOf(r.actions, action)},
            {QStringLiteral("indicators"), arrayOf(r.indicators, indicator)},
            {QStringLiteral("readings"), arrayOf(r.readings, reading)},
            {QStringLiteral("attendance"), arrayOf(r.attendance, attendance)},
            {QStringLiteral("agenda_items"), arrayOf(r.agendaItems, agendaItem)},
            {QStringLiteral("resolutions"), arrayOf(r.resolutions, resolutionjson::resolution)}};
}

MarkedRecords recordsFrom(const QJsonObject& o)
{
    MarkedRecords r;
    r.actions = listOf<Action>(o.value(QStringLiteral("actions")), actionFrom);
    r.indicators = listOf<Indicator>(o.value(QStringLiteral("indicators")), indicatorFrom);
    r.readings = listOf<Reading>(o.value(QStringLiteral("readings")), readingFrom);
    r.attendance = listOf<Attendance>(o.value(QStringLiteral("attendance")), attendanceFrom);
    r.agendaItems = listOf<AgendaItem>(o.value(QStringLiteral("agenda_items")), agendaItemFrom);
    r.resolutions = listOf<Resolution>(o.value(QStringLiteral("resolutions")), resolutionjson::resolutionFrom);
    return r;
}

} // namespace scrutineer::markedjson
