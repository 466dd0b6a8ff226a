// The details line over an indicator's chart: what is known of the indicator, in words; its bands
// say which grade each printed figure or word belongs to.
#include "performance/IndicatorSummary.h"

#include <gtest/gtest.h>

using scrutineer::Polarity;
using scrutineer::Reading;
using scrutineer::ThresholdBand;
using scrutineer::gui::IndicatorSummary;
using scrutineer::gui::PerformanceData;

TEST(IndicatorSummaryTest, SaysWhatIsKnownWhenThereAreNoReadingsOrThresholds)
{
    PerformanceData::Series s;
    s.indicator.indicator.name
        = QStringLiteral("Percentage of children in need with a plan reviewed within the statutory timescale");
    s.indicator.indicator.unit = QStringLiteral("%");
    s.indicator.indicator.pdfPage = 12;
    s.indicator.documentId = 3;
    s.body = QStringLiteral("Children's Scrutiny Committee");
    const QString html = IndicatorSummary::html(s);
    EXPECT_TRUE(html.contains(s.indicator.indicator.name)) << "the name in full";
    EXPECT_TRUE(html.contains(QStringLiteral("No thresholds, target or floor printed, so readings cannot be rated")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("no readings yet"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("Printed on PDF p. 12")));

    s.indicator.indicator.target = 90.0;
    s.indicator.indicator.polarity = Polarity::HigherIsBetter;
    Reading r;
    r.value = 84;
    r.period = QStringLiteral("Q2 2030");
    s.readings.append({1, 1, QStringLiteral("k"), r, {}, false, 3});
    const QString rated = IndicatorSummary::html(s);
    EXPECT_TRUE(rated.contains(QStringLiteral("Target 90%; higher is better"))) << rated.toStdString();
    EXPECT_TRUE(rated.contains(QStringLiteral("the latest 84% for Q2 2030"))) << rated.toStdString();
    EXPECT_FALSE(rated.contains(QStringLiteral("cannot be rated")));

    // A reading printed without its period says no more than it knows.
    s.readings.last().reading.period.clear();
    const QString undated = IndicatorSummary::html(s);
    EXPECT_TRUE(undated.contains(QStringLiteral("the latest 84%;"))
                || undated.contains(QStringLiteral("the latest 84%.")))
        << undated.toStdString();
    EXPECT_FALSE(undated.contains(QStringLiteral(" for ."))) << undated.toStdString();
}

TEST(IndicatorSummaryTest, BandsNameTheirGradeWithWhatIsPrintedUnderIt)
{
    PerformanceData::Series s;
    s.indicator.indicator.name = QStringLiteral("Timeliness of cases stepped down to early help");
    s.indicator.indicator.thresholds
        = {ThresholdBand {QStringLiteral("Inadequate"), QStringLiteral("<65"), {}, 65.0},
           ThresholdBand {QStringLiteral("Requires Improvement"), QStringLiteral("Increase"), {}, {}},
           ThresholdBand {QStringLiteral("Good"), QString(), {}, {}}};
    const QString html = IndicatorSummary::html(s);
    EXPECT_TRUE(html.contains(QStringLiteral("Inadequate (&lt;65), Requires Improvement (Increase), Good;")))
        << html.toStdString();
}
