#include "ResolutionFilter.h"

#include "TextUtil.h"

namespace scrutineer::gui {
namespace {

void collect(const QList<Clause>& clauses, QStringList& out)
{
    for (const Clause& c : clauses) {
        out.append(c.text);
        collect(c.clauses, out);
    }
}

} // namespace

bool ResolutionFilter::matches(const ResolutionStore::Record& r) const
{
    if (!body.isEmpty() && r.body.compare(body, Qt::CaseInsensitive) != 0)
        return false;
    if (from.isValid() && (!r.meetingDate.isValid() || r.meetingDate < from))
        return false;
    if (to.isValid() && (!r.meetingDate.isValid() || r.meetingDate > to))
        return false;
    switch (review) {
    case Review::Any: break;
    case Review::Unchecked:
        if (r.manual || r.review != ResolutionStore::Review::Unchecked)
            return false;
        break;
    case Review::Checked:
        if (r.review != ResolutionStore::Review::Checked)
            return false;
        break;
    case Review::Corrected:
        if (r.review != ResolutionStore::Review::Corrected)
            return false;
        break;
    case Review::Manual:
        if (!r.manual)
            return false;
        break;
    }
    const QString words = text::normaliseForMatch(search);
    if (words.isEmpty())
        return true;
    QStringList parts{r.minuteNumber, r.minuteTitle, r.resolution.text, r.resolution.condition};
    collect(r.resolution.clauses, parts);
    const QString haystack = text::normaliseForMatch(parts.join(QLatin1Char(' ')));
    const QStringList needles = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(needles.begin(), needles.end(), [&](const QString& w) { return haystack.contains(w); });
}

} // namespace scrutineer::gui
