#pragma once

#include "DomainEnums.h"
#include "Indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Threshold bands as a table prints them: splitting a cell or a flattened band line into bands,
// inferring polarity, and flagging defects (overlap, gap, wrong direction, missing band) without
// repairing them. The grammar itself is rating::parseBand. Stateless; any thread.
namespace scrutineer::parse {

class BandParser final {
    Q_DECLARE_TR_FUNCTIONS(BandParser)

public:
    // The text split into bands when it is nothing but bands: "65-75 75-84 85+", "65 - 75",
    // "< 65". std::nullopt when any part is not a band.
    static std::optional<QStringList> splitBands(const QString& text);

    // The run of bands ending the text ("…within timescale. 60-69 70-84 85+"): the words before
    // it and the bands. No bands -> the whole text and an empty list.
    struct Tail {
        QString before;
        QStringList bands;
    };
    static Tail trailingBands(const QString& text);

    // Every band of a measure in one cell, each after its grade's name ("Green ≥95%, Amber 90–94%,
    // Red <90%"; grade names as the table lexicon knows them); std::nullopt unless the whole text
    // is two such bands or more.
    static std::optional<QList<ThresholdBand>> gradedBands(const QString& text);

    // A band for a grade with min/max filled from the grammar (empty when it does not parse).
    static ThresholdBand makeBand(const QString& grade, const QString& text);

    // 0 Inadequate, 1 Requires Improvement, 2 Good, 3 Outstanding; by colour 0 Red, 1 Amber, 2 Green;
    // -1 for other names.
    static int gradeRank(const QString& grade);

    // Bands worst -> best. Higher-is-better when the worst band is "<x", the best "x+"/">x" or
    // range midpoints ascend (mirror for lower); Increase/Decrease alone = direction only;
    // wording ("Reduction in …", "a low percentage is an indicator of good performance") only
    // breaks ties.
    static Polarity inferPolarity(const QList<ThresholdBand>& bands, const QString& wording = {});

    // Defects of bands printed worst -> best under the header's grade columns (worst -> best).
    static QStringList defects(const QList<ThresholdBand>& bands, const QStringList& headerGrades, Polarity polarity);
};

} // namespace scrutineer::parse
