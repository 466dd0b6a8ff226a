#include "TrackerFilter.h"

#include "TextUtil.h"

namespace scrutineer::gui {

bool TrackerFilter::matches(const ActionRecord& record) const
{
    if (!base.matches(record))
        return false;
    // Overdue means late by what is known now: an old snapshot nobody has reported on since is not.
    if (base.overdueOnly && noRecentEvidence(record, base.today))
        return false;
    if (status && record.action.status != *status)
        return false;
    if (origin && record.action.origin != *origin)
        return false;
    const QString words = text::normaliseForMatch(search);
    if (words.isEmpty())
        return true;
    const Action& a = record.action;
    const QString haystack = text::normaliseForMatch(
        QStringList{a.ref, a.text, a.owner, a.commentary, a.section, record.body}.join(QLatin1Char(' ')));
    const QStringList needles = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(needles.begin(), needles.end(), [&](const QString& w) { return haystack.contains(w); });
}

bool TrackerFilter::isEmpty() const
{
    return !base.openOnly && !base.overdueOnly && base.owner.isEmpty() && base.body.isEmpty() && !status && !origin &&
           search.trimmed().isEmpty();
}

} // namespace scrutineer::gui
