#pragma once

#include "performance/PerformanceData.h"

#include <QString>

namespace scrutineer::gui {

// What is known about one indicator, in words, above its chart: its name in full, the body, its
// Target and Floor, the direction that is better, its thresholds, how many readings there are
// and the latest, and where it was printed. Says plainly what is missing (no readings yet, no
// thresholds) rather than leaving an empty chart to say it. Stateless; GUI thread (translations).
class IndicatorSummary final {
public:
    static QString html(const PerformanceData::Series& series);
};

} // namespace scrutineer::gui
