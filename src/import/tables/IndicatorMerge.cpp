#include "tables/IndicatorMerge.h"

#include "TextUtil.h"
#include "tables/SameMeasure.h"

#include <QHash>

namespace scrutineer::parse {

void IndicatorMerge::append(QList<Indicator>& indicators, QList<Reading>& readings, const QList<Indicator>& more,
                            const QList<Reading>& moreReadings)
{
    QHash<int, int> index; // their index -> ours
    for (int i = 0; i < more.size(); ++i) {
        const Indicator& candidate = more.at(i);
        int same = -1;
        for (int k = 0; k < indicators.size() && same < 0; ++k) {
            const Indicator& existing = indicators.at(k);
            const QString a = text::normaliseForMatch(existing.name);
            const QString b = text::normaliseForMatch(candidate.name);
            const bool sameName = a == b || (a.endsWith(b) && !b.isEmpty()) || (b.endsWith(a) && !a.isEmpty());
            const bool sameFigures
                = existing.target && existing.target == candidate.target && existing.floor == candidate.floor;
            if ((existing.pdfPage == candidate.pdfPage && (sameName || sameFigures))
                || sameMeasureRepeated(existing, candidate))
                same = k;
        }
        if (same < 0) {
            indicators.append(candidate);
            index.insert(i, int(indicators.size()) - 1);
            continue;
        }
        Indicator& existing = indicators[same];
        if (!existing.target)
            existing.target = candidate.target;
        if (!existing.floor)
            existing.floor = candidate.floor;
        if (existing.unit.isEmpty())
            existing.unit = candidate.unit;
        if (existing.polarity == Polarity::Unknown)
            existing.polarity = candidate.polarity;
        // "Measure: Waste recycled" read as a title beside "Waste recycled" read from its label.
        if (candidate.name.size() < existing.name.size()
            && text::normaliseForMatch(existing.name).endsWith(text::normaliseForMatch(candidate.name)))
            existing.name = candidate.name;
        index.insert(i, same);
    }
    // A reading another reader already gave (the same measure and value) is not repeated.
    const qsizetype before = readings.size();
    for (Reading reading : moreReadings) {
        if (!index.contains(reading.indicatorIndex))
            continue;
        reading.indicatorIndex = index.value(reading.indicatorIndex);
        bool known = false;
        for (qsizetype k = 0; k < before && !known; ++k) {
            const Reading& existing = readings.at(k);
            known = existing.indicatorIndex == reading.indicatorIndex && existing.value == reading.value;
        }
        if (!known)
            readings.append(reading);
    }
}

} // namespace scrutineer::parse
