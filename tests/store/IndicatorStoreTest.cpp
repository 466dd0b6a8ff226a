#include "IndicatorStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "JsonExporter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace scrutineer;
using scrutineer::testing::samplePack;

class IndicatorStoreTest : public scrutineer::testing::StoreFixture { };

TEST_P(IndicatorStoreTest, ReadingsAreRatedAgainstTheirBands)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("aaa")).hasValue());
    const auto readings = IndicatorStore(*m_db).readings();
    ASSERT_EQ(readings.size(), 1);
    EXPECT_TRUE(readings.first().computed.rated);
    EXPECT_EQ(IndicatorStore::ratingText(readings.first().computed), QStringLiteral("Green"));
    const QJsonObject exported
        = JsonExporter(*m_db).build().value(QStringLiteral("readings")).toArray().first().toObject();
    EXPECT_EQ(exported.value(QStringLiteral("computed_rating")).toString(), QStringLiteral("Green"));
}

TEST_P(IndicatorStoreTest, UserThresholdsAndReadingsSurviveReimport)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(samplePack("v1")).hasValue());
    IndicatorStore store(*m_db);
    const QString key = store.indicators().first().key;
    ASSERT_FALSE(store
                     .setThresholds(key,
                                    {{QStringLiteral("Inadequate"), QStringLiteral("<75"), std::nullopt, 75.0},
                                     {QStringLiteral("Good"), QStringLiteral("75-100"), 75.0, 100.0}})
                     .has_value());
    ASSERT_FALSE(store.addReading(key, QStringLiteral("2030-02"), 80.0, QStringLiteral("Red")).has_value());

    ASSERT_TRUE(writer.write(samplePack("v2")).hasValue());

    const auto indicators = store.indicators();
    ASSERT_EQ(indicators.size(), 1);
    EXPECT_TRUE(indicators.first().thresholdsEdited);
    EXPECT_EQ(indicators.first().printed.first().text, QStringLiteral("<65"));
    const auto readings = store.readings();
    ASSERT_EQ(readings.size(), 2);
    // The printed reading of 70 is now Inadequate under the user's bands.
    EXPECT_EQ(IndicatorStore::ratingText(readings.at(0).computed), QStringLiteral("Red"));
    EXPECT_TRUE(readings.at(1).manual);
    EXPECT_EQ(IndicatorStore::ratingText(readings.at(1).computed), QStringLiteral("Green"));
    EXPECT_TRUE(readings.at(1).disagrees()); // printed Red, computed Green
}

TEST_P(IndicatorStoreTest, UserTargetAndFloorRateReadingsAndSurviveReimport)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(samplePack("v1")).hasValue());
    IndicatorStore store(*m_db);
    const QString key = store.indicators().first().key;
    EXPECT_FALSE(store.userTargetFloor(key).has_value());
    ASSERT_EQ(IndicatorStore::ratingText(store.readings().first().computed), QStringLiteral("Green"));

    ASSERT_FALSE(store.setTargetFloor(key, {80.0, 75.0}).has_value());
    ASSERT_FALSE(store.setTargetFloor(key, {85.0, 75.0}).has_value()) << "a second edit replaces the first";
    ASSERT_TRUE(writer.write(samplePack("v2")).hasValue());

    EXPECT_EQ(store.userTargetFloor(key), (IndicatorStore::TargetFloor {85.0, 75.0}));
    const auto indicator = store.indicators().first();
    EXPECT_TRUE(indicator.targetFloorEdited);
    EXPECT_FALSE(indicator.indicator.target.has_value()) << "the record keeps what was published";
    EXPECT_EQ(indicator.rated().floor, 75.0);
    EXPECT_EQ(IndicatorStore::ratingText(store.readings().first().computed), QStringLiteral("Red"))
        << "70 is below the floor of 75";
    const QJsonObject exported
        = JsonExporter(*m_db).build().value(QStringLiteral("indicators")).toArray().first().toObject();
    EXPECT_TRUE(exported.value(QStringLiteral("floor")).isNull()) << "the export's floor is the published one";

    ASSERT_FALSE(store.setTargetFloor(key, {85.0, std::nullopt}).has_value());
    EXPECT_FALSE(store.readings().first().computed.rated) << "short of the target with no floor: neither Amber nor Red";
    ASSERT_FALSE(store.clearTargetFloor(key).has_value());
    EXPECT_FALSE(store.userTargetFloor(key).has_value());
    EXPECT_FALSE(store.indicators().first().targetFloorEdited);
    EXPECT_EQ(IndicatorStore::ratingText(store.readings().first().computed), QStringLiteral("Green"));
}

TEST_P(IndicatorStoreTest, HandEnteredReadingsCanBeRemovedAndPrintedOnesCannot)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("aaa")).hasValue());
    IndicatorStore store(*m_db);
    const QString key = store.indicators().first().key;
    const qint64 printedId = store.readings().first().id;
    const auto first = store.addManualReading(key, QStringLiteral("2030-02"), 81.0);
    const auto second = store.addManualReading(key, QStringLiteral("2030-03"), 62.5, QStringLiteral("Amber"));
    ASSERT_TRUE(first.hasValue());
    ASSERT_TRUE(second.hasValue());
    EXPECT_NE(first.value(), second.value());
    auto manual = [&] {
        QList<double> values;
        for (const auto& r : store.readings()) {
            if (r.manual)
                values.append(*r.reading.value);
        }
        return values;
    };
    EXPECT_EQ(manual(), (QList<double> {81.0, 62.5}));
    for (const auto& r : store.readings()) {
        if (r.manual) {
            EXPECT_TRUE(r.id == first.value() || r.id == second.value());
        }
    }

    ASSERT_FALSE(store.removeManualReading(first.value()).has_value());
    EXPECT_EQ(manual(), (QList<double> {62.5}));
    EXPECT_TRUE(store.removeManualReading(first.value()).has_value()) << "already gone";
    if (printedId != second.value()) {
        EXPECT_TRUE(store.removeManualReading(printedId).has_value())
            << "a printed reading's id is not a hand-entered one";
    }
    EXPECT_EQ(store.readings().size(), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, IndicatorStoreTest, scrutineer::testing::backends(),
                         scrutineer::testing::backendName);

namespace {

// A reading whose figure rates `colour` (and `grade`, for worded bands), printed as `printed`.
IndicatorStore::ReadingRecord ratedReading(rating::Rag colour, const QString& printed, const QString& grade = {})
{
    IndicatorStore::ReadingRecord record;
    record.computed.rated = true;
    record.computed.rag = colour;
    record.computed.grade = grade;
    record.reading.reportedRating = printed;
    return record;
}

} // namespace

TEST(IndicatorReadingRecord, AOneLetterPrintedRatingIsTheInitialOfTheComputedColour)
{
    using rating::Rag;
    EXPECT_FALSE(ratedReading(Rag::Green, QStringLiteral("G")).disagrees()) << "G printed where Green is computed";
    EXPECT_FALSE(ratedReading(Rag::Green, QStringLiteral(" g ")).disagrees());
    EXPECT_TRUE(ratedReading(Rag::Green, QStringLiteral("R")).disagrees()) << "R printed where Green is computed";
    EXPECT_FALSE(ratedReading(Rag::Amber, QStringLiteral("A")).disagrees());
    EXPECT_TRUE(ratedReading(Rag::Amber, QStringLiteral("Green")).disagrees());
}

TEST(IndicatorReadingRecord, WordsThatAreNoColourAreNotSetBesideAComputedColour)
{
    using rating::Rag;
    EXPECT_FALSE(ratedReading(Rag::Green, QStringLiteral("On target")).disagrees())
        << "not a colour: unchecked, not a disagreement";
    EXPECT_TRUE(ratedReading(Rag::Green, QStringLiteral("Red")).disagrees()) << "a printed colour is still checked";
    // A grade computed from worded bands ("Good", which is Green) is still compared word for word.
    EXPECT_FALSE(ratedReading(Rag::Green, QStringLiteral("Good"), QStringLiteral("Good")).disagrees());
    EXPECT_TRUE(ratedReading(Rag::Green, QStringLiteral("Requires Improvement"), QStringLiteral("Good")).disagrees());
}
