#include "ActionRecord.h"

namespace scrutineer {

QDate dueDeadline(const QString& due)
{
    if (due.size() == 10)
        return QDate::fromString(due, Qt::ISODate);
    if (due.size() == 7) {
        const QDate first = QDate::fromString(due + QStringLiteral("-01"), Qt::ISODate);
        return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    }
    if (due.size() == 4) {
        const int year = due.toInt();
        return year > 0 ? QDate(year, 12, 31) : QDate();
    }
    return {};
}

int daysOverdue(const ActionRecord& record, const QDate& today)
{
    if (!isOutstanding(record.action.status))
        return 0;
    const QDate deadline = dueDeadline(record.action.due);
    if (!deadline.isValid() || deadline >= today)
        return 0;
    return int(deadline.daysTo(today));
}

QDate lastEvidence(const ActionRecord& record)
{
    QDate latest = record.meetingDate;
    for (const QDate& date : {record.statusChangedAt.date(), record.createdAt.date()}) {
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    }
    return latest;
}

bool noRecentEvidence(const ActionRecord& record, const QDate& today)
{
    if (!isOutstanding(record.action.status))
        return false;
    const QDate last = lastEvidence(record);
    return last.isValid() && last.daysTo(today) > kNoRecentEvidenceDays;
}

bool ActionFilter::matches(const ActionRecord& record) const
{
    if ((openOnly || overdueOnly) && !isOutstanding(record.action.status))
        return false;
    if (overdueOnly && daysOverdue(record, today) <= 0)
        return false;
    if (!owner.isEmpty() && !record.action.owner.contains(owner, Qt::CaseInsensitive))
        return false;
    if (!body.isEmpty() && !record.body.contains(body, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace scrutineer
