#include "LayoutBuilders.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

namespace {

constexpr qreal kThresholdFont = 8;
constexpr qreal kName = 60, kWhat = 170, kInadequate = 330, kRequires = 385, kGood = 450, kOutstanding = 480;

void header(PageBuilder& page, qreal y)
{
    page.row(y,
             {{kName, QStringLiteral("Performance Measure")},
              {kWhat, QStringLiteral("What does it show?")},
              {kInadequate, QStringLiteral("Thresholds")}},
             kThresholdFont);
    page.row(y + 15,
             {{kInadequate, QStringLiteral("Inadequate")},
              {kRequires, QStringLiteral("Requires")},
              {kGood, QStringLiteral("Good")},
              {kOutstanding, QStringLiteral("Outstanding")}},
             kThresholdFont);
    page.row(y + 25, {{kRequires, QStringLiteral("Improvement")}}, kThresholdFont);
}

void bands(PageBuilder& page, qreal y, const QString& name, const QString& what, const QStringList& printed)
{
    const qreal xs[] = {kInadequate, kRequires, kGood, kOutstanding};
    QList<QPair<qreal, QString>> cells = {{kName, name}, {kWhat, what}};
    for (int i = 0; i < printed.size(); ++i) {
        if (!printed.at(i).isEmpty())
            cells.append({xs[i], printed.at(i)});
    }
    page.row(y, cells, kThresholdFont);
}

QStringList texts(const Indicator& indicator)
{
    QStringList result;
    for (const ThresholdBand& band : indicator.thresholds)
        result.append(band.grade + QLatin1Char('=') + band.text);
    return result;
}

} // namespace

TEST(ThresholdParser, FourBandTableAcrossPages)
{
    PageBuilder one(1);
    one.row(40, {{kName, QStringLiteral("Recommendation")}, {200, QStringLiteral("1.2 Voice of the child")}}, 10);
    one.text(kName, 70, QStringLiteral("HOW WE WILL KNOW OUR PRACTICE IS GOOD?"), 10);
    header(one, 90);
    bands(one, 130, QStringLiteral("Percentage of children"), QStringLiteral("That children are being visited"),
          {QStringLiteral("<65"), QStringLiteral("65-75"), QStringLiteral("75-84"), QStringLiteral("85+")});
    one.row(140, {{kName, QStringLiteral("seen within 10 days.")}, {kWhat, QStringLiteral("regularly.")}}, kThresholdFont);
    bands(one, 160, QStringLiteral("Percentage of children"), QStringLiteral("The number of children which"),
          {QStringLiteral(">25"), QStringLiteral("25-20"), QStringLiteral("19-15"), QStringLiteral("<14")});
    one.row(170,
            {{kName, QStringLiteral("subject to a plan for a")},
             {kWhat, QStringLiteral("are able to maintain the changes")}},
            kThresholdFont);
    // Page 2: no header. The measure split by the page break carries on, then new rows.
    PageBuilder two(2);
    two.row(60,
            {{kName, QStringLiteral("second or subsequent time")},
             {kWhat, QStringLiteral("they have made \u2013 a low percentage is good.")}},
            kThresholdFont);
    bands(two, 80, QStringLiteral("Number of young people who"), QStringLiteral("That the protocol is embedded"),
          {QString(), QStringLiteral("Increase")});
    two.row(90, {{kName, QStringLiteral("present as homeless")}}, kThresholdFont);
    bands(two, 110, QStringLiteral("Proportion of care plans"), QStringLiteral("That plans are up to date"),
          {QString(), QStringLiteral("65-79"), QStringLiteral("80-89"), QStringLiteral("90-100")});

    const PlanResult result = PlanParser::parse(documentOf({one.build(), two.build()}));
    ASSERT_EQ(result.indicators.size(), 4);

    const Indicator& seen = result.indicators.at(0);
    EXPECT_EQ(seen.name, QStringLiteral("Percentage of children seen within 10 days."));
    EXPECT_EQ(seen.description, QStringLiteral("That children are being visited regularly."));
    EXPECT_EQ(texts(seen),
              (QStringList {QStringLiteral("Inadequate=<65"), QStringLiteral("Requires Improvement=65-75"),
                            QStringLiteral("Good=75-84"), QStringLiteral("Outstanding=85+")}));
    EXPECT_EQ(seen.polarity, Polarity::HigherIsBetter);
    EXPECT_EQ(seen.defects, QStringList {QStringLiteral("bands overlap at 75")});
    EXPECT_EQ(seen.unit, QStringLiteral("%"));
    EXPECT_EQ(seen.section, QStringLiteral("1.2 Voice of the child"));
    EXPECT_EQ(seen.pdfPage, 1);
    ASSERT_TRUE(seen.thresholds.first().max.has_value());
    EXPECT_EQ(*seen.thresholds.first().max, 65.0);

    const Indicator& repeat = result.indicators.at(1);
    EXPECT_EQ(repeat.name, QStringLiteral("Percentage of children subject to a plan for a second or subsequent time"));
    EXPECT_EQ(repeat.description,
              QStringLiteral("The number of children which are able to maintain the changes they "
                             "have made \u2013 a low percentage is good."));
    EXPECT_EQ(repeat.polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(repeat.defects, QStringList {QStringLiteral("no band covers 14")});
    EXPECT_EQ(repeat.pdfPage, 1);

    const Indicator& homeless = result.indicators.at(2);
    EXPECT_EQ(homeless.name, QStringLiteral("Number of young people who present as homeless"));
    EXPECT_EQ(homeless.polarity, Polarity::DirectionOnly);
    EXPECT_EQ(texts(homeless), QStringList {QStringLiteral("Requires Improvement=Increase")});
    EXPECT_TRUE(homeless.defects.isEmpty());
    EXPECT_TRUE(homeless.unit.isEmpty());
    EXPECT_EQ(homeless.pdfPage, 2);

    const Indicator& plans = result.indicators.at(3);
    EXPECT_EQ(plans.thresholds.size(), 3);
    EXPECT_EQ(plans.defects, QStringList {QStringLiteral("worst band missing (Inadequate)")});
}

TEST(ThresholdParser, RepeatedHeaderAfterPageBreakContinuesTheSplitRow)
{
    PageBuilder one(1);
    header(one, 90);
    bands(one, 130, QStringLiteral("Percentage of visits"), QStringLiteral("That children placed at home"),
          {QStringLiteral("<60"), QStringLiteral("60-79"), QStringLiteral("80-94"), QStringLiteral("95-100")});
    one.row(140, {{kName, QStringLiteral("for children placed at")}}, kThresholdFont);
    PageBuilder two(2);
    header(two, 60); // repeated
    two.row(100, {{kName, QStringLiteral("home with parents")}, {kWhat, QStringLiteral("with parents are safe.")}},
            kThresholdFont);
    bands(two, 120, QStringLiteral("Percentage of care leavers"), QStringLiteral("That care leavers are housed"),
          {QStringLiteral("<80"), QStringLiteral("80-89"), QStringLiteral("90-94"), QStringLiteral("95-100")});
    const PlanResult result = PlanParser::parse(documentOf({one.build(), two.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    EXPECT_EQ(result.indicators.at(0).name,
              QStringLiteral("Percentage of visits for children placed at home with parents"));
    EXPECT_EQ(result.indicators.at(0).description,
              QStringLiteral("That children placed at home with parents are safe."));
    EXPECT_EQ(result.indicators.at(0).pdfPage, 1);
    EXPECT_TRUE(result.indicators.at(0).defects.isEmpty());
    EXPECT_EQ(result.indicators.at(1).pdfPage, 2);
}

TEST(ThresholdParser, DriftingDescriptionAndHeaderlessTableEnd)
{
    PageBuilder page(1);
    header(page, 90);
    // The description runs on into the Inadequate column; ">33" stands apart from it.
    page.row(130,
             {{kName, QStringLiteral("Percentage of LAC absent")},
              {kWhat, QStringLiteral("That educational outcomes for LAC improve greatly")},
              {361, QStringLiteral(">33")},
              {kRequires, QStringLiteral("20-32")},
              {kGood, QStringLiteral("10-19")},
              {kOutstanding, QStringLiteral("<10")}},
             kThresholdFont);
    page.row(140, {{kName, QStringLiteral("from education")}, {kWhat, QStringLiteral("in care")}}, kThresholdFont);
    // A last measure in a headerless table with its own geometry: the nearest header's bands apply.
    page.row(165,
             {{kName, QStringLiteral("Timeliness of recording")},
              {240, QStringLiteral("That staff are adequately resourced")},
              {490, QStringLiteral("Increase")}},
             kThresholdFont);
    page.row(175, {{kName, QStringLiteral("improves after roll out")}, {240, QStringLiteral("to allow timely work")}},
             kThresholdFont);
    // The qualitative evidence table that follows is no threshold table.
    page.row(200,
             {{kName, QStringLiteral("Qualitative Information")},
              {kWhat, QStringLiteral("Feedback from Children")},
              {kRequires, QStringLiteral("Feedback from Staff")}},
             kThresholdFont);
    page.row(215,
             {{kName, QStringLiteral("Staff survey")},
              {kInadequate, QStringLiteral("<10")},
              {kRequires, QStringLiteral("10-20")}},
             kThresholdFont);

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    const Indicator& absent = result.indicators.at(0);
    EXPECT_EQ(absent.name, QStringLiteral("Percentage of LAC absent from education"));
    EXPECT_EQ(absent.description, QStringLiteral("That educational outcomes for LAC improve greatly in care"));
    EXPECT_EQ(texts(absent),
              (QStringList {QStringLiteral("Inadequate=>33"), QStringLiteral("Requires Improvement=20-32"),
                            QStringLiteral("Good=10-19"), QStringLiteral("Outstanding=<10")}));
    EXPECT_EQ(absent.polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(absent.defects, QStringList {QStringLiteral("no band covers 33")});

    const Indicator& timeliness = result.indicators.at(1);
    EXPECT_EQ(timeliness.name, QStringLiteral("Timeliness of recording improves after roll out"));
    EXPECT_EQ(timeliness.description, QStringLiteral("That staff are adequately resourced to allow timely work"));
    EXPECT_EQ(timeliness.polarity, Polarity::DirectionOnly);
}

TEST(ThresholdParser, FlattenedThreeBandRows)
{
    PageBuilder page(1);
    page.row(90,
             {{kName, QStringLiteral("Performance Measure")},
              {kWhat, QStringLiteral("What does it show?")},
              {kInadequate, QStringLiteral("Requires Improvement")},
              {kGood - 10, QStringLiteral("Good")},
              {kOutstanding + 10, QStringLiteral("Outstanding")}},
             kThresholdFont);
    // Each row's cells arrive as consecutive lines from the margin.
    page.text(kName, 110, QStringLiteral("Percentage of reviews on time"), kThresholdFont);
    page.text(kName, 120, QStringLiteral("That reviews happen within timescale. 60-69 70-84 85+"), kThresholdFont);
    page.text(kName, 130, QStringLiteral("Percentage of visits in time"), kThresholdFont);
    page.text(kName, 140, QStringLiteral("That children are seen"), kThresholdFont);
    page.text(kName, 150, QStringLiteral("65-75 75-84 85+"), kThresholdFont); // before the description's last line
    page.text(kName, 160, QStringLiteral("regularly."), kThresholdFont);
    page.text(kName, 170, QStringLiteral("Use of the practice toolkit"), kThresholdFont);
    page.text(kName, 180, QStringLiteral("That the toolkit is used consistently Increase"), kThresholdFont);

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 3);
    const Indicator& reviews = result.indicators.at(0);
    EXPECT_EQ(reviews.name, QStringLiteral("Percentage of reviews on time"));
    EXPECT_EQ(reviews.description, QStringLiteral("That reviews happen within timescale."));
    EXPECT_EQ(texts(reviews),
              (QStringList {QStringLiteral("Requires Improvement=60-69"), QStringLiteral("Good=70-84"),
                            QStringLiteral("Outstanding=85+")}));
    EXPECT_EQ(reviews.polarity, Polarity::HigherIsBetter);
    EXPECT_TRUE(reviews.defects.isEmpty()); // three grade columns, three bands: none missing

    const Indicator& visits = result.indicators.at(1);
    EXPECT_EQ(visits.name, QStringLiteral("Percentage of visits in time"));
    EXPECT_EQ(visits.description, QStringLiteral("That children are seen regularly."));
    EXPECT_EQ(visits.defects, QStringList {QStringLiteral("bands overlap at 75")});

    const Indicator& toolkit = result.indicators.at(2);
    EXPECT_EQ(toolkit.name, QStringLiteral("Use of the practice toolkit"));
    EXPECT_EQ(toolkit.description, QStringLiteral("That the toolkit is used consistently"));
    EXPECT_EQ(toolkit.polarity, Polarity::DirectionOnly);
}

TEST(ThresholdParser, OneLineHeaderWithHeadingsWrappedInTheirCells)
{
    // The grades head their own columns on the header's first line (no "Thresholds" banner);
    // "What does it" ⏎ "show?" and "Requires" ⏎ "Improvement" wrap inside their cells, and the
    // measures and descriptions wrap over two or three lines beside one line of bands.
    constexpr qreal font = 10, name = 68, what = 189, inadequate = 287, improving = 353, good = 423, outstanding = 479;
    PageBuilder page(1);
    page.text(64, 94, QStringLiteral("Thresholds agreed by the Committee for the service measures:"), 11);
    page.row(115,
             {{name, QStringLiteral("Performance Measure")},
              {what, QStringLiteral("What does it")},
              {inadequate, QStringLiteral("Inadequate")},
              {improving, QStringLiteral("Requires")},
              {good, QStringLiteral("Good")},
              {outstanding, QStringLiteral("Outstanding")}},
             font);
    page.row(126, {{what, QStringLiteral("show?")}, {improving, QStringLiteral("Improvement")}}, font);
    const auto measure = [&](qreal y, const QStringList& names, const QStringList& whats, const QStringList& printed) {
        QList<QPair<qreal, QString>> cells = {{name, names.at(0)}, {what, whats.at(0)}};
        const qreal xs[] = {inadequate, improving, good, outstanding};
        for (int i = 0; i < printed.size(); ++i)
            cells.append({xs[i], printed.at(i)});
        page.row(y, cells, font);
        for (qsizetype k = 1; k < std::max(names.size(), whats.size()); ++k) {
            QList<QPair<qreal, QString>> more;
            if (k < names.size())
                more.append({name, names.at(k)});
            if (k < whats.size())
                more.append({what, whats.at(k)});
            page.row(y + k * 10.5, more, font);
        }
    };
    measure(145,
            {QStringLiteral("Percentage of library"), QStringLiteral("computer sessions"), QStringLiteral("booked")},
            {QStringLiteral("How far the public"), QStringLiteral("computers are"), QStringLiteral("used")},
            {QStringLiteral("<40"), QStringLiteral("40-59"), QStringLiteral("60-79"), QStringLiteral("80+")});
    measure(184, {QStringLiteral("Percentage of scheduled"), QStringLiteral("mobile stops missed")},
            {QStringLiteral("Reliability of the"), QStringLiteral("rural service")},
            {QStringLiteral(">10"), QStringLiteral("10-6"), QStringLiteral("5-2"), QStringLiteral("<2")});
    page.text(64, 230, QStringLiteral("Key performance indicators"), 11);

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    const Indicator& sessions = result.indicators.at(0);
    EXPECT_EQ(sessions.name, QStringLiteral("Percentage of library computer sessions booked"));
    EXPECT_EQ(sessions.description, QStringLiteral("How far the public computers are used"));
    EXPECT_EQ(texts(sessions),
              (QStringList {QStringLiteral("Inadequate=<40"), QStringLiteral("Requires Improvement=40-59"),
                            QStringLiteral("Good=60-79"), QStringLiteral("Outstanding=80+")}));
    EXPECT_EQ(sessions.polarity, Polarity::HigherIsBetter);
    EXPECT_TRUE(sessions.defects.isEmpty());
    EXPECT_EQ(sessions.unit, QStringLiteral("%"));
    EXPECT_EQ(sessions.pdfPage, 1);

    const Indicator& missed = result.indicators.at(1);
    EXPECT_EQ(missed.name, QStringLiteral("Percentage of scheduled mobile stops missed"));
    EXPECT_EQ(missed.description, QStringLiteral("Reliability of the rural service"));
    EXPECT_EQ(texts(missed),
              (QStringList {QStringLiteral("Inadequate=>10"), QStringLiteral("Requires Improvement=10-6"),
                            QStringLiteral("Good=5-2"), QStringLiteral("Outstanding=<2")}));
    EXPECT_EQ(missed.polarity, Polarity::LowerIsBetter);
}

TEST(ThresholdParser, ProseWithBandLikeNumbersIsNoTable)
{
    PageBuilder page(1);
    page.text(kName, 100, QStringLiteral("Performance has improved: 65-75 of the reviews were on time."), 10);
    page.text(kName, 120, QStringLiteral("Good practice is Outstanding in 85+ cases."), 10);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    EXPECT_TRUE(result.indicators.isEmpty());
}

TEST(ThresholdParser, ToleranceTableByColourWithBandsInWords)
{
    // Best first, as some councils print it; bands in words with their unit; no values beside them.
    constexpr qreal kGreen = 250, kAmber = 340, kRed = 430;
    PageBuilder page(1);
    page.row(60,
             {{kName, QStringLiteral("Measure")},
              {kGreen, QStringLiteral("Green")},
              {kAmber, QStringLiteral("Amber")},
              {kRed, QStringLiteral("Red")}},
             kThresholdFont);
    page.row(80,
             {{kName, QStringLiteral("Households helped to stay")},
              {kGreen, QStringLiteral("80% or more")},
              {kAmber, QStringLiteral("70% to 79%")},
              {kRed, QStringLiteral("below 70%")}},
             kThresholdFont);
    page.row(90, {{kName, QStringLiteral("in their homes")}}, kThresholdFont);
    page.row(110,
             {{kName, QStringLiteral("Days to process a new claim")},
              {kGreen, QStringLiteral("18 days or fewer")},
              {kAmber, QStringLiteral("19 to 25 days")},
              {kRed, QStringLiteral("more than 25 days")}},
             kThresholdFont);

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    const Indicator& homes = result.indicators.at(0);
    EXPECT_EQ(homes.name, QStringLiteral("Households helped to stay in their homes"));
    EXPECT_EQ(texts(homes),
              (QStringList {QStringLiteral("Red=below 70%"), QStringLiteral("Amber=70% to 79%"),
                            QStringLiteral("Green=80% or more")}));
    EXPECT_EQ(homes.polarity, Polarity::HigherIsBetter);
    EXPECT_TRUE(homes.defects.isEmpty()) << homes.defects.join(QStringLiteral("; ")).toStdString();
    const Indicator& claims = result.indicators.at(1);
    EXPECT_EQ(texts(claims),
              (QStringList {QStringLiteral("Red=more than 25 days"), QStringLiteral("Amber=19 to 25 days"),
                            QStringLiteral("Green=18 days or fewer")}));
    EXPECT_EQ(claims.polarity, Polarity::LowerIsBetter);
    EXPECT_TRUE(claims.defects.isEmpty()) << claims.defects.join(QStringLiteral("; ")).toStdString();
}
