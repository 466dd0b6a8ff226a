// Scorecards printed as cards, one per indicator: a title with a code before the name, labelled
// lines ("Good performance: High", "Annual target: 410"), and a small table whose rows are periods
// (Month | Actual | Target | RAG | Direction); bands printed on the card or in a table of their own
// matched by ref. Names are illustrative; geometry varies.
#include "LayoutBuilders.h"
#include "lexicon/Lexicon.h"
#include "tables/IndicatorCardParser.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::indicatorStartingWith;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::periodsOf;
using scrutineer::testing::readingsOf;
using scrutineer::testing::SheetGeometry;

namespace indicator_cards {

class IndicatorCards : public ::testing::TestWithParam<SheetGeometry> { };

struct Card {
    QString title;
    QStringList titleMore; // the title's wrapped lines
    QList<QPair<QString, QString>> labels; // pairs, two to a line
    QString periodHeading;
    QList<QStringList> rows; // period, actual, target, rating, direction
};

// Cards one under another from the top of a page; returns where the next line would go.
qreal placeCards(PageBuilder& page, const SheetGeometry& g, const QList<Card>& cards, qreal y)
{
    const QList<qreal> labelX = g.columnStarts({0.2, 0.3, 0.2, 0.3});
    const QList<qreal> x = g.columnStarts({0.08, 0.17, 0.17, 0.17, 0.17, 0.24});
    for (const Card& card : cards) {
        page.text(g.margin, y, card.title, g.font + 1);
        for (const QString& more : card.titleMore) {
            y += g.leading;
            page.text(g.margin, y, more, g.font + 1);
        }
        y += g.leading * 1.2;
        for (qsizetype i = 0; i < card.labels.size(); i += 2) {
            QList<QPair<qreal, QString>> cells {{labelX[0], card.labels.at(i).first},
                                                {labelX[1], card.labels.at(i).second}};
            if (i + 1 < card.labels.size()) {
                cells.append({labelX[2], card.labels.at(i + 1).first});
                cells.append({labelX[3], card.labels.at(i + 1).second});
            }
            page.row(y, cells, g.font);
            y += g.leading;
        }
        y += g.leading * 0.4;
        page.row(y,
                 {{x[1], card.periodHeading},
                  {x[2], QStringLiteral("Actual")},
                  {x[3], QStringLiteral("Target")},
                  {x[4], QStringLiteral("RAG")},
                  {x[5], QStringLiteral("Direction")}},
                 g.font);
        for (const QStringList& row : card.rows) {
            y += g.leading;
            QList<QPair<qreal, QString>> cells;
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (!row.at(c).isEmpty())
                    cells.append({x[c + 1], row.at(c)});
            }
            page.row(y, cells, g.font);
        }
        y += g.leading * 1.2;
        page.text(g.margin, y, QStringLiteral("Comment: Visits rose after the summer reading challenge."), g.font);
        y += g.leading * 3;
    }
    return y;
}

const Card& libraryCard()
{
    static const Card card {QStringLiteral("KC1   Library visits per 1,000 residents"),
                            {},
                            {{QStringLiteral("Theme:"), QStringLiteral("Culture")},
                             {QStringLiteral("Frequency:"), QStringLiteral("Monthly")},
                             {QStringLiteral("Good performance:"), QStringLiteral("High")},
                             {QStringLiteral("Annual target:"), QStringLiteral("410")}},
                            QStringLiteral("Month"),
                            {{QStringLiteral("Apr-25"), QStringLiteral("395"), QStringLiteral("410"),
                              QStringLiteral("Amber"), QStringLiteral("-")},
                             {QStringLiteral("May-25"), QStringLiteral("Not reported"), QStringLiteral("410"),
                              QStringLiteral("NR"), QStringLiteral("-")},
                             {QStringLiteral("Jun-25"), QStringLiteral("415"), QStringLiteral("410"),
                              QStringLiteral("Green"), QStringLiteral("Improving")}}};
    return card;
}

const Card& complaintsCard()
{
    static const Card card {QStringLiteral("KC2   Stage one complaints answered later than ten working"),
                            {QStringLiteral("days (all services)")},
                            {{QStringLiteral("Good performance:"), QStringLiteral("Low")},
                             {QStringLiteral("Annual target:"), QStringLiteral("5%")}},
                            QStringLiteral("Quarter"),
                            {{QStringLiteral("Q1 2025/26"), QStringLiteral("6.1%"), QStringLiteral("5%"),
                              QStringLiteral("Red"), QStringLiteral("-")},
                             {QStringLiteral("Q2 2025/26"), QStringLiteral("4.8%"), QStringLiteral("5%"),
                              QStringLiteral("Green"), QStringLiteral("Improving")}}};
    return card;
}

PlanResult parsePage(const layout::LayoutPage& page)
{
    return PlanParser::parse(documentOf({page}), Lexicon::instance());
}

std::string namesOf(const PlanResult& result)
{
    QStringList names;
    for (const Indicator& indicator : result.indicators)
        names.append(indicator.name + QStringLiteral(" [") + indicator.roles.join(QLatin1Char(',')) + QStringLiteral("]"));
    return names.join(QStringLiteral(" | ")).toStdString();
}

TEST_P(IndicatorCards, EachCardIsAnIndicatorWithAReadingPerPeriodRow)
{
    const SheetGeometry& g = GetParam();
    PageBuilder page(1, g.page);
    placeCards(page, g, {libraryCard(), complaintsCard()}, g.top);
    const PlanResult result = parsePage(page.build());

    ASSERT_EQ(result.indicators.size(), 2) << namesOf(result);
    const Indicator* library = indicatorStartingWith(result, QStringLiteral("Library visits per 1,000 residents"));
    ASSERT_NE(library, nullptr) << namesOf(result);
    EXPECT_EQ(library->ref, QStringLiteral("KC1"));
    EXPECT_EQ(library->polarity, Polarity::HigherIsBetter);
    ASSERT_TRUE(library->target.has_value());
    EXPECT_DOUBLE_EQ(*library->target, 410);
    EXPECT_EQ(library->pdfPage, 1);
    const QList<Reading> visits = readingsOf(result, library);
    // "Not reported" is no reading.
    EXPECT_EQ(periodsOf(visits), (QStringList {QStringLiteral("Apr-25"), QStringLiteral("Jun-25")}));
    ASSERT_EQ(visits.size(), 2);
    EXPECT_DOUBLE_EQ(*visits.at(0).value, 395);
    EXPECT_EQ(visits.at(0).reportedRating, QStringLiteral("Amber"));
    EXPECT_TRUE(visits.at(0).direction.isEmpty());
    EXPECT_EQ(visits.at(1).reportedRating, QStringLiteral("Green"));
    EXPECT_EQ(visits.at(1).direction, QStringLiteral("Improving"));

    // The title wraps onto a second line; the period rows are quarters.
    const Indicator* late = indicatorStartingWith(result, QStringLiteral("Stage one complaints"));
    ASSERT_NE(late, nullptr);
    EXPECT_EQ(late->name, QStringLiteral("Stage one complaints answered later than ten working days (all services)"));
    EXPECT_EQ(late->polarity, Polarity::LowerIsBetter);
    EXPECT_DOUBLE_EQ(late->target.value_or(0), 5);
    EXPECT_EQ(late->unit, QStringLiteral("%"));
    const QList<Reading> quarters = readingsOf(result, late);
    EXPECT_EQ(periodsOf(quarters), (QStringList {QStringLiteral("Q1 2025/26"), QStringLiteral("Q2 2025/26")}));
}

TEST_P(IndicatorCards, BandsPrintedInATableOfTheirOwnAreMatchedByRef)
{
    const SheetGeometry& g = GetParam();
    PageBuilder page(1, g.page);
    qreal y = placeCards(page, g, {libraryCard(), complaintsCard()}, g.top);
    const QList<qreal> x = g.columnStarts({0.1, 0.35, 0.2, 0.18, 0.17});
    page.text(g.margin, y, QStringLiteral("Appendix B - Tolerances"), g.font + 1);
    y += g.leading * 1.5;
    page.row(y,
             {{x[0], QStringLiteral("Ref")},
              {x[1], QStringLiteral("Indicator")},
              {x[2], QStringLiteral("Green")},
              {x[3], QStringLiteral("Amber")},
              {x[4], QStringLiteral("Red")}},
             g.font);
    y += g.leading;
    // Names shortened: only the ref ties a row to its card.
    page.row(y,
             {{x[0], QStringLiteral("KC1")},
              {x[1], QStringLiteral("Library visits")},
              {x[2], QStringLiteral("410 or more")},
              {x[3], QStringLiteral("380 to 409")},
              {x[4], QStringLiteral("below 380")}},
             g.font);
    y += g.leading;
    page.row(y,
             {{x[0], QStringLiteral("KC2")},
              {x[1], QStringLiteral("Late complaints")},
              {x[2], QStringLiteral("5% or less")},
              {x[3], QStringLiteral("5.1% to 7%")},
              {x[4], QStringLiteral("above 7%")}},
             g.font);
    const PlanResult result = parsePage(page.build());

    ASSERT_EQ(result.indicators.size(), 2);
    const Indicator* library = indicatorStartingWith(result, QStringLiteral("Library visits per 1,000"));
    ASSERT_NE(library, nullptr);
    ASSERT_EQ(library->thresholds.size(), 3);
    QStringList bands;
    for (const ThresholdBand& band : library->thresholds)
        bands.append(band.grade + QLatin1Char('=') + band.text);
    EXPECT_TRUE(bands.contains(QStringLiteral("Green=410 or more"))) << bands.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(bands.contains(QStringLiteral("Red=below 380")));
    EXPECT_EQ(readingsOf(result, library).size(), 2);
    const Indicator* late = indicatorStartingWith(result, QStringLiteral("Stage one complaints"));
    ASSERT_NE(late, nullptr);
    EXPECT_EQ(late->thresholds.size(), 3);
}

INSTANTIATE_TEST_SUITE_P(Geometries, IndicatorCards, ::testing::ValuesIn(SheetGeometry::varied()));

TEST(IndicatorCardParser, RowPeriodsAndTitleRefs)
{
    EXPECT_EQ(IndicatorCardParser::rowPeriod(QStringLiteral("Apr-25")), QStringLiteral("Apr-25"));
    EXPECT_EQ(IndicatorCardParser::rowPeriod(QStringLiteral("Q4 2024/25")), QStringLiteral("Q4 2024/25"));
    EXPECT_EQ(IndicatorCardParser::rowPeriod(QStringLiteral("2024/25 (p)")), QStringLiteral("2024/25"));
    EXPECT_TRUE(IndicatorCardParser::rowPeriod(QStringLiteral("Comment: fell in May")).isEmpty());
    EXPECT_TRUE(IndicatorCardParser::rowPeriod(QStringLiteral("Total")).isEmpty());

    using Split = std::pair<QString, QString>;
    EXPECT_EQ(IndicatorCardParser::splitRef(QStringLiteral("HC01   Rent collected")),
              (Split {QStringLiteral("HC01"), QStringLiteral("Rent collected")}));
    EXPECT_EQ(IndicatorCardParser::splitRef(QStringLiteral("Measure PM1 - Deaths in fires")),
              (Split {QStringLiteral("PM1"), QStringLiteral("Deaths in fires")}));
    EXPECT_EQ(IndicatorCardParser::splitRef(QStringLiteral("Rent collected")),
              (Split {QString(), QStringLiteral("Rent collected")}));
}

} // namespace indicator_cards
