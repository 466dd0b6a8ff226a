#pragma once

#include "Database.h"
#include "Error.h"
#include "Indicator.h"
#include "Rating.h"

#include <QList>

namespace scrutineer {

// Indicators with their thresholds (as printed, or as the user edited them), readings (printed
// or entered by hand) and each reading's computed rating. User edits are keyed by the
// indicator key, so they survive re-imports. Thread of the Database.
class IndicatorStore final {
public:
    struct IndicatorRecord {
        qint64 id = 0;
        QString key;
        Indicator indicator;          // thresholds: the user's when edited, else as printed
        QList<ThresholdBand> printed; // as printed in the document
        bool thresholdsEdited = false;
        qint64 meetingId = 0;
        qint64 documentId = 0;
        // The user's Target and Floor when edited (setTargetFloor); `indicator` keeps the published
        // ones. Readings are rated against rated().
        bool targetFloorEdited = false;
        std::optional<double> userTarget;
        std::optional<double> userFloor;
        // `indicator` with the user's Target and Floor in place of the published ones when edited.
        Indicator rated() const;
    };
    struct ReadingRecord {
        qint64 id = 0;
        qint64 indicatorId = 0;
        QString indicatorKey;
        Reading reading;
        rating::Rating computed;
        bool manual = false;
        qint64 documentId = 0;
        // The printed rating disagrees with the computed one.
        bool disagrees() const;
    };

    explicit IndicatorStore(Database& database) : m_database(database) {}

    QList<IndicatorRecord> indicators() const;
    QList<ReadingRecord> readings() const;

    std::optional<Error> setThresholds(const QString& indicatorKey, const QList<ThresholdBand>& bands);
    std::optional<Error> clearThresholds(const QString& indicatorKey);
    std::optional<Error> addReading(const QString& indicatorKey, const QString& period, double value,
                                    const QString& reportedRating = {});

    // The computed rating as the export and the GUI show it: the RAG word, else the grade.
    static QString ratingText(const rating::Rating& rating);

    // The user's Target and Floor for an indicator key; either may be empty (no target, no floor).
    struct TargetFloor {
        std::optional<double> target;
        std::optional<double> floor;
        bool operator==(const TargetFloor&) const = default;
    };
    // std::nullopt when the user has not edited them (the published ones apply).
    std::optional<TargetFloor> userTargetFloor(const QString& indicatorKey) const;
    // Rates the key's readings against these instead of the published Target and Floor; kept through re-imports.
    std::optional<Error> setTargetFloor(const QString& indicatorKey, const TargetFloor& values);
    std::optional<Error> clearTargetFloor(const QString& indicatorKey);
    // addReading that gives the new hand-entered reading's id (ReadingRecord::id with manual set).
    Expected<qint64> addManualReading(const QString& indicatorKey, const QString& period, double value,
                                      const QString& reportedRating = {});
    // Removes a hand-entered reading; readings printed in a pack cannot be removed.
    std::optional<Error> removeManualReading(qint64 readingId);

private:
    Database& m_database;
};

} // namespace scrutineer
