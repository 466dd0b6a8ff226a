#pragma once

#include "Indicator.h"

#include <QList>

// Merges the measures the other readers give (Target/Floor blocks, performance summaries,
// block-per-indicator reports) into those the document's tables gave, so that a measure read twice
// is listed once. Stateless; any thread.
namespace scrutineer::parse {

class IndicatorMerge final {
public:
    // Appends `more` to `indicators` and `moreReadings` to `readings`. A measure already there
    // (same page, same name or same target and floor; or the same measure printed again) is merged
    // into it: its figures fill what the first reading lacks, its shorter name wins when the first
    // ends with it. A reading already there (the same measure and value) is not repeated; the
    // readings' indicatorIndex is mapped onto `indicators`.
    static void append(QList<Indicator>& indicators, QList<Reading>& readings, const QList<Indicator>& more,
                       const QList<Reading>& moreReadings);
    // A table of bands printed apart from the measures ("Ref | Indicator | Green | Amber | Red"
    // after the cards or rows they rate) names each measure by its code, its name often shortened:
    // a measure with bands only whose ref is that of exactly one other measure without bands gives
    // that measure its bands and is dropped; readings' indicatorIndex is kept in step.
    static void bandsByRef(QList<Indicator>& indicators, QList<Reading>& readings);
};

} // namespace scrutineer::parse
