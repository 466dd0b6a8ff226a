#include "marking/RoleLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace scrutineer::gui::rolelabels {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RoleLabels", text);
}

} // namespace

QString kind(MarkedKind kind)
{
    switch (kind) {
    case MarkedKind::Plan:
        return tr("Action plan or tracker");
    case MarkedKind::Scorecard:
        return tr("Scorecard or threshold table");
    case MarkedKind::Attendance:
        return tr("Attendance list");
    case MarkedKind::Resolution:
        return tr("Resolution");
    case MarkedKind::Agenda:
        return tr("Agenda");
    }
    return {};
}

QString role(const QString& role)
{
    if (role.isEmpty())
        return tr("No role");
    if (role == kIgnoredRole)
        return tr("Leave out");
    static const QHash<QString, const char*> labels {
        {QStringLiteral("ref"), QT_TRANSLATE_NOOP("RoleLabels", "Ref / number")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("RoleLabels", "Outcome / priority")},
        {QStringLiteral("objective"), QT_TRANSLATE_NOOP("RoleLabels", "Objective")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("RoleLabels", "Action")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("RoleLabels", "How we will know")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("RoleLabels", "Owner")},
        {QStringLiteral("due"), QT_TRANSLATE_NOOP("RoleLabels", "Due date")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("RoleLabels", "Status / RAG")},
        {QStringLiteral("commentary"), QT_TRANSLATE_NOOP("RoleLabels", "Update / commentary")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("RoleLabels", "Meeting raised")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("RoleLabels", "Reported complete")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("RoleLabels", "Detailed plan")},
        {QStringLiteral("directorate"), QT_TRANSLATE_NOOP("RoleLabels", "Directorate")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("RoleLabels", "Measure")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("RoleLabels", "Description")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("RoleLabels", "Target")},
        {QStringLiteral("floor"), QT_TRANSLATE_NOOP("RoleLabels", "Floor")},
        {QStringLiteral("actual"), QT_TRANSLATE_NOOP("RoleLabels", "Actual / latest")},
        {QStringLiteral("previous"), QT_TRANSLATE_NOOP("RoleLabels", "Previous")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("RoleLabels", "Direction of travel")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("RoleLabels", "Period")},
        {QStringLiteral("baseline"), QT_TRANSLATE_NOOP("RoleLabels", "Baseline")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("RoleLabels", "Unit")},
        {QStringLiteral("polarity"), QT_TRANSLATE_NOOP("RoleLabels", "Good is higher / lower")},
        {QStringLiteral("comparator"), QT_TRANSLATE_NOOP("RoleLabels", "Comparator")},
        {QStringLiteral("limit"), QT_TRANSLATE_NOOP("RoleLabels", "Limit")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("RoleLabels", "Name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("RoleLabels", "Role")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("RoleLabels", "Title")},
        {QStringLiteral("pages"), QT_TRANSLATE_NOOP("RoleLabels", "Pack pages")},
    };
    if (const auto it = labels.constFind(role); it != labels.constEnd())
        return tr(it.value());
    if (role.startsWith(QLatin1String("reading:")))
        return tr("Value for %1").arg(role.mid(8));
    return role; // a threshold band's grade ("Good") names itself
}

} // namespace scrutineer::gui::rolelabels
