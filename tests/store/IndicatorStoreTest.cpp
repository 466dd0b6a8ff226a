#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "IndicatorStore.h"
#include "JsonExporter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace scrutineer;
using scrutineer::testing::samplePack;

class IndicatorStoreTest : public scrutineer::testing::StoreFixture {};

TEST_F(IndicatorStoreTest, ReadingsAreRatedAgainstTheirBands)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("aaa")).hasValue());
    const auto readings = IndicatorStore(*m_db).readings();
    ASSERT_EQ(readings.size(), 1);
    EXPECT_TRUE(readings.first().computed.rated);
    EXPECT_EQ(IndicatorStore::ratingText(readings.first().computed), QStringLiteral("Green"));
    const QJsonObject exported = JsonExporter(*m_db).build().value(QStringLiteral("readings")).toArray().first().toObject();
    EXPECT_EQ(exported.value(QStringLiteral("computed_rating")).toString(), QStringLiteral("Green"));
}

TEST_F(IndicatorStoreTest, UserThresholdsAndReadingsSurviveReimport)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(samplePack("v1")).hasValue());
    IndicatorStore store(*m_db);
    const QString key = store.indicators().first().key;
    ASSERT_FALSE(store.setThresholds(key, {{QStringLiteral("Inadequate"), QStringLiteral("<75"), std::nullopt, 75.0},
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
