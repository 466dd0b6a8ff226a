#include "tables/IndicatorMerge.h"

#include "TextUtil.h"
#include "tables/SameMeasure.h"

#include <QHash>
#include <QSet>

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
        if (existing.ref.isEmpty())
            existing.ref = candidate.ref;
        // "Measure: Waste recycled" read as a title beside "Waste recycled" read from its label.
        if (candidate.name.size() < existing.name.size()
            && text::normaliseForMatch(existing.name).endsWith(text::normaliseForMatch(candidate.name)))
            existing.name = candidate.name;
        // A title cut at its wrap, either line of it ("HC02 Current tenant arrears (excluding",
        // "former tenants)"), beside the whole name read with its code apart: the whole name.
        QString cut = text::normaliseForMatch(existing.name);
        const QString code = text::normaliseForMatch(candidate.ref);
        if (!code.isEmpty() && cut.startsWith(code + QLatin1Char(' ')))
            cut = cut.mid(code.size() + 1);
        const QString whole = text::normaliseForMatch(candidate.name);
        if (!code.isEmpty() && !cut.isEmpty() && whole.size() > cut.size()
            && (whole.startsWith(cut) || whole.endsWith(cut)))
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

void IndicatorMerge::bandsByRef(QList<Indicator>& indicators, QList<Reading>& readings)
{
    QSet<int> read;
    for (const Reading& reading : std::as_const(readings))
        read.insert(reading.indicatorIndex);
    const auto refOf = [](const Indicator& indicator) { return text::normaliseForMatch(indicator.ref); };
    QSet<int> dropped;
    for (int i = 0; i < indicators.size(); ++i) {
        const Indicator& bands = indicators.at(i);
        if (refOf(bands).isEmpty() || bands.thresholds.isEmpty() || read.contains(i) || bands.target)
            continue;
        int owner = -1;
        int owners = 0;
        for (int k = 0; k < indicators.size(); ++k) {
            if (k != i && !dropped.contains(k) && indicators.at(k).thresholds.isEmpty()
                && refOf(indicators.at(k)) == refOf(bands)) {
                owner = k;
                ++owners;
            }
        }
        if (owners != 1)
            continue;
        Indicator& measure = indicators[owner];
        measure.thresholds = bands.thresholds;
        measure.defects = bands.defects;
        if (measure.polarity == Polarity::Unknown)
            measure.polarity = bands.polarity;
        if (measure.unit.isEmpty())
            measure.unit = bands.unit;
        dropped.insert(i);
    }
    if (dropped.isEmpty())
        return;
    QHash<int, int> index; // old index -> new
    QList<Indicator> kept;
    for (int i = 0; i < indicators.size(); ++i) {
        if (dropped.contains(i))
            continue;
        index.insert(i, int(kept.size()));
        kept.append(indicators.at(i));
    }
    indicators = kept;
    for (Reading& reading : readings)
        reading.indicatorIndex = index.value(reading.indicatorIndex, -1);
}

} // namespace scrutineer::parse
