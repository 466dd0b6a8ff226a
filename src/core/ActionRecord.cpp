#include "ActionRecord.h"

#include <QCoreApplication>

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

QString ActionRecord::ownerNames() const
{
    if (owners.isEmpty())
        return action.owner;
    QStringList names;
    for (const OwnerIdentity& o : owners)
        names.append(o.name);
    return names.join(QStringLiteral("; "));
}

OpenState openState(const ActionRecord& record)
{
    if (record.isRepeat())
        return OpenState::Repeat;
    if (record.action.status == ActionStatus::Complete)
        return OpenState::Complete;
    if (record.action.status == ActionStatus::BusinessAsUsual)
        return OpenState::BusinessAsUsual;
    return OpenState::Open;
}

void OpenActionCount::add(const ActionRecord& record)
{
    switch (openState(record)) {
    case OpenState::Open:
        ++open;
        break;
    case OpenState::Complete:
        ++complete;
        break;
    case OpenState::BusinessAsUsual:
        ++businessAsUsual;
        break;
    case OpenState::Repeat:
        ++repeats;
        break;
    }
}

OpenActionCount& OpenActionCount::operator+=(const OpenActionCount& other)
{
    open += other.open;
    complete += other.complete;
    businessAsUsual += other.businessAsUsual;
    repeats += other.repeats;
    return *this;
}

QString OpenActionCount::describeLeftOut() const
{
    auto tr = [](const char* text, int n) { return QCoreApplication::translate("OpenActionCount", text, nullptr, n); };
    QStringList parts;
    if (complete > 0)
        parts << tr("%n complete", complete);
    if (businessAsUsual > 0)
        parts << tr("%n business as usual", businessAsUsual);
    if (repeats > 0)
        parts << (repeats == 1 ? tr("%n repeat of an action asked for earlier", repeats)
                               : tr("%n repeats of actions asked for earlier", repeats));
    return parts.join(QStringLiteral(", "));
}

QString OpenActionCount::describe() const
{
    auto tr = [](const char* text, int n) { return QCoreApplication::translate("OpenActionCount", text, nullptr, n); };
    const QString head = open == 1 ? tr("%n open action", open) : tr("%n open actions", open);
    const QString left = describeLeftOut();
    return left.isEmpty() ? head : QCoreApplication::translate("OpenActionCount", "%1 (left out: %2)").arg(head, left);
}

QDate lastEvidence(const ActionRecord& record)
{
    QDate latest = record.meetingDate;
    auto consider = [&latest](const QDate& date) {
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    };
    consider(record.statusChangedAt.date());
    consider(record.createdAt.date());
    // A chain of repeats was last reported at its latest occurrence.
    for (const ActionRecord::Occurrence& o : record.occurrences)
        consider(o.meetingDate);
    return latest;
}

bool noRecentEvidence(const ActionRecord& record, const QDate& today)
{
    if (!isOutstanding(record.action.status))
        return false;
    const QDate last = lastEvidence(record);
    return last.isValid() && last.daysTo(today) > kNoRecentEvidenceDays;
}

bool isOverdue(const ActionRecord& record, const QDate& today)
{
    return openState(record) == OpenState::Open && !noRecentEvidence(record, today) && daysOverdue(record, today) > 0;
}

bool ActionFilter::matches(const ActionRecord& record) const
{
    if ((openOnly || overdueOnly) && openState(record) != OpenState::Open)
        return false;
    if (overdueOnly && !isOverdue(record, today))
        return false;
    if (!owner.isEmpty() && !record.action.owner.contains(owner, Qt::CaseInsensitive)
        && !record.ownerNames().contains(owner, Qt::CaseInsensitive))
        return false;
    if (!body.isEmpty() && !record.body.contains(body, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace scrutineer
