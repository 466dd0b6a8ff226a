#include "ActionLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace scrutineer::gui::labels {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ActionLabels", text); }
QString tr(const char* text, int n)
{
    return QCoreApplication::translate("ActionLabels", text, nullptr, n);
}

} // namespace

QString shortDate(const QDateTime& when)
{
    const QDate date = when.toLocalTime().date();
    return QLocale().toString(
        date, date.year() == QDate::currentDate().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
}

QString lastUpdate(const ActionRecord& record)
{
    if (!record.statusEdited)
        return {};
    const QString status = labels::status(record.action.status);
    if (!record.statusChangedAt.isValid())
        return tr("Status set to %1").arg(status);
    if (record.statusChangedBy.isEmpty())
        return tr("Status set to %1, %2").arg(status, shortDate(record.statusChangedAt));
    return tr("Status set to %1 by %2, %3").arg(status, record.statusChangedBy, shortDate(record.statusChangedAt));
}

QString addedBy(const ActionRecord& record)
{
    if (record.action.origin != ActionOrigin::Manual || !record.createdAt.isValid())
        return {};
    if (record.createdBy.isEmpty())
        return tr("Added %1").arg(shortDate(record.createdAt));
    return tr("Added by %1, %2").arg(record.createdBy, shortDate(record.createdAt));
}

QString status(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Complete: return tr("Complete");
    case ActionStatus::OnTrack: return tr("On track");
    case ActionStatus::AtRisk: return tr("At risk");
    case ActionStatus::OffTrack: return tr("Off track");
    case ActionStatus::NotStarted: return tr("Not started");
    case ActionStatus::BusinessAsUsual: return tr("Business as usual");
    case ActionStatus::Open: return tr("Open");
    case ActionStatus::Unknown: break;
    }
    return tr("Not stated");
}

QString statusSnapshot(const ActionRecord& record)
{
    QString now = status(record.action.status);
    if (record.statusEdited || record.documentId <= 0 || !record.meetingDate.isValid())
        return now;
    return tr("Last reported: %1, %2").arg(now, QLocale().toString(record.meetingDate, QStringLiteral("d MMM yyyy")));
}

QString definedBy(const Action& action)
{
    if (action.definedBy == QLatin1String("user"))
        return tr("From a table you marked on the page");
    if (action.definedBy == QLatin1String("template"))
        return action.templateName.isEmpty() ? tr("Read with your template")
                                             : tr("Read with your template \u201c%1\u201d").arg(action.templateName);
    return {};
}

QString origin(ActionOrigin origin)
{
    switch (origin) {
    case ActionOrigin::ImprovementPlan: return tr("Improvement plan");
    case ActionOrigin::Resolution: return tr("Resolution");
    case ActionOrigin::ActionsArising: return tr("Actions arising");
    case ActionOrigin::Manual: break;
    }
    return tr("Added by hand");
}

QString lateness(int daysLate)
{
    constexpr int kDaysShown = 60;
    constexpr int kMonthsShown = 36;
    if (daysLate <= 0)
        return {};
    if (daysLate <= kDaysShown)
        return daysLate == 1 ? tr("%n day", daysLate) : tr("%n days", daysLate);
    const int months = int(qint64(daysLate) * 12 / 365);
    if (months <= kMonthsShown)
        return tr("%n months", months); // at least two, past two months
    return tr("over %n years", months / 12);
}

QString due(const Action& action)
{
    const QString& d = action.due;
    const QLocale locale;
    if (d.size() == 10) {
        const QDate date = QDate::fromString(d, Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, QStringLiteral("d MMM yyyy"));
    } else if (d.size() == 7) {
        const QDate date = QDate::fromString(d + QStringLiteral("-01"), Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, QStringLiteral("MMM yyyy"));
    } else if (d.size() == 4) {
        return d;
    }
    return action.dueText;
}

std::optional<rating::Rag> actionRag(const ActionRecord& record, const QDate& today)
{
    switch (record.action.status) {
    case ActionStatus::Complete:
    case ActionStatus::BusinessAsUsual: return rating::Rag::Green;
    case ActionStatus::OffTrack: return rating::Rag::Red;
    default: break;
    }
    if (noRecentEvidence(record, today))
        return std::nullopt; // an old snapshot says nothing about now
    if (daysOverdue(record, today) > 0)
        return rating::Rag::Red;
    if (record.action.status == ActionStatus::AtRisk)
        return rating::Rag::Amber;
    if (record.action.status == ActionStatus::OnTrack)
        return rating::Rag::Green;
    return std::nullopt;
}

QString ragName(rating::Rag rag)
{
    switch (rag) {
    case rating::Rag::Red: return tr("Red");
    case rating::Rag::Amber: return tr("Amber");
    case rating::Rag::Green: break;
    }
    return tr("Green");
}

QString highlight(const Action& action)
{
    if (!action.ref.isEmpty())
        return action.ref;
    const QStringList words = action.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.mid(0, 4).join(QLatin1Char(' '));
}

QColor ragColor(rating::Rag rag)
{
    switch (rag) {
    case rating::Rag::Red: return QColor(0xC6, 0x28, 0x28);
    case rating::Rag::Amber: return QColor(0xE0, 0x8E, 0x0B);
    case rating::Rag::Green: break;
    }
    return QColor(0x2E, 0x7D, 0x32);
}

QColor ragTint(rating::Rag rag, bool dark)
{
    QColor c = ragColor(rag);
    c.setAlphaF(dark ? 0.30 : 0.16);
    return c;
}

QIcon ragDot(rating::Rag rag)
{
    static QHash<int, QIcon> cache;
    const int key = int(rag);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap pixmap(28, 28);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ragColor(rag).darker(130), 1));
    painter.setBrush(ragColor(rag));
    painter.drawEllipse(QRectF(2.5, 2.5, 9, 9));
    painter.end();
    return cache.insert(key, QIcon(pixmap)).value();
}

} // namespace scrutineer::gui::labels
