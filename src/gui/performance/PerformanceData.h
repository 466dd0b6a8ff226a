#pragma once

#include "IndicatorStore.h"
#include "MeetingStore.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace scrutineer::gui {

// The performance view's data, shaped from the store's lists: one entry per indicator (its
// latest published version, with every reading under its key in period order), the breaches,
// and the numbers a chart needs. Pure functions over loaded lists; any thread.
class PerformanceData final {
public:
    struct Series {
        IndicatorStore::IndicatorRecord indicator; // the latest version, the user's Target/Floor in place
        QString body;
        QList<IndicatorStore::ReadingRecord> readings; // oldest period first
        IndicatorStore::TargetFloor published;         // the Target/Floor as printed
        const IndicatorStore::ReadingRecord* latest() const { return readings.isEmpty() ? nullptr : &readings.last(); }
    };
    struct Breach {
        QString indicatorKey;
        QString indicatorName;
        QString body;
        IndicatorStore::ReadingRecord reading;
        rating::Rag severity = rating::Rag::Red;
        QString why; // "Inadequate (<65)", "below the floor of 75"
    };
    struct Band {
        QString grade;
        std::optional<rating::Rag> rag;
        double low = 0;
        double high = 0;
        bool openBelow = false; // printed with no lower end ("below 70%"): reaches the axis's foot
        bool openAbove = false; // printed with no upper end ("85% or more"): reaches the axis's top
    };
    struct Chart {
        QList<QPointF> points; // x = position in `labels`
        QStringList labels;    // periods
        QList<Band> bands;     // clamped to [yMin, yMax]
        QList<QPointF> disagreements; // readings whose printed rating differs from the computed one
        double yMin = 0;
        double yMax = 100;
    };

    static QList<Series> series(const QList<IndicatorStore::IndicatorRecord>& indicators,
                                const QList<IndicatorStore::ReadingRecord>& readings,
                                const QList<MeetingStore::MeetingSummary>& meetings);
    // Readings outside Good (Requires Improvement: amber; Inadequate: red), or worse than their
    // floor (red), newest first.
    static QList<Breach> breaches(const QList<Series>& series);
    static std::optional<Breach> breach(const Series& series, const IndicatorStore::ReadingRecord& reading);
    static Chart chart(const Series& series);

    // "<65 | 65-75 | 75-84 | 85+", or "Target 85 · Floor 75"; empty when there are none.
    static QString thresholdsText(const Indicator& indicator);
    static QString valueText(const IndicatorStore::ReadingRecord& reading, const QString& unit);
    // A date for sorting periods ("2018-10", "Oct 2018", "Q3 2018/19", "2018/19"); invalid when unknown.
    static QDate periodDate(const QString& period);
};

} // namespace scrutineer::gui
