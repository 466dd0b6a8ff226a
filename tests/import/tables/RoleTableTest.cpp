// Tables read by column role in shapes the corpus does not hold, with their geometry varied
// (page size and rotation, margins, font sizes, column widths, the gap rows leave): plans whose
// headings are whole phrases, with an outcome cell running down beside many rows and the ref
// beside its objective; a priority per heading with its own table; plans without refs; scorecards
// across pages and sections; measure lists; one block per indicator.
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"
#include "tables/RefCell.h"

#include <gtest/gtest.h>

#include <iostream>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

namespace {

struct Geometry {
    QSizeF page;
    int rotation = 0;
    qreal margin = 30;
    qreal font = 7;
    qreal lineStep = 9; // pitch between lines of one cell
    qreal rowGap = 5; // extra space between rows
};

QString statusFor(int i)
{
    static const QStringList rag {QStringLiteral("Green"), QStringLiteral("Amber"), QStringLiteral("Red"),
                                  QStringLiteral("Complete")};
    return rag.at(i % rag.size());
}

QString monthFor(int i)
{
    static const QStringList months {QStringLiteral("March 2026"), QStringLiteral("June 2026"),
                                     QStringLiteral("Sept 2026"), QStringLiteral("Dec 2026")};
    return months.at(i % months.size());
}

// An outcome-based plan: 9 columns, phrase headings, the outcome merged over `perOutcome` rows
// (its text centred in the merged cell), ref and objective merged over two rows (top-aligned).
layout::LayoutDocument outcomePlan(const Geometry& g, int rows, int perPage, int perOutcome)
{
    const qreal w = g.page.width() - 2 * g.margin;
    const QList<qreal> share {0.10, 0.04, 0.12, 0.22, 0.16, 0.10, 0.06, 0.08, 0.12};
    QList<qreal> x;
    qreal cursor = g.margin;
    for (const qreal s : share) {
        x.append(cursor);
        cursor += s * w;
    }
    QList<layout::LayoutPage> pages;
    int row = 0;
    for (int p = 0; row < rows; ++p) {
        PageBuilder page(p + 1, g.page);
        qreal y = g.margin;
        page.row(y,
                 {{x[0], QStringLiteral("Outcome")},
                  {x[1], QStringLiteral("Ref")},
                  {x[2], QStringLiteral("Objective")},
                  {x[3], QStringLiteral("What we will do")},
                  {x[4], QStringLiteral("How we will know it")},
                  {x[5], QStringLiteral("Who leads")},
                  {x[6], QStringLiteral("RAG")},
                  {x[7], QStringLiteral("By when")},
                  {x[8], QStringLiteral("Detailed plan")}},
                 g.font);
        page.row(y + g.lineStep, {{x[4], QStringLiteral("has worked")}}, g.font);
        y += 2 * g.lineStep + g.rowGap * 2;
        QList<qreal> tops;
        for (int k = 0; k < perPage && row < rows; ++k, ++row) {
            tops.append(y);
            const bool twoLines = row % 3 == 0;
            QList<QPair<qreal, QString>> cells {
                {x[3], QStringLiteral("Deliver action %1 for families").arg(row + 1)},
                {x[4], QStringLiteral("Measure %1 improves").arg(row + 1)},
                {x[5], QStringLiteral("Head of Service %1").arg(row % 5 + 1)},
                {x[6], statusFor(row)},
                {x[7], monthFor(row)},
            };
            if (row % 2 == 0) {
                cells.append({x[1], QStringLiteral("%1.%2").arg(row / perOutcome + 1).arg((row % perOutcome) / 2 + 1)});
                cells.append({x[2], QStringLiteral("Objective %1").arg(row / 2 + 1)});
                cells.append({x[8], QStringLiteral("Plan %1").arg(row / 2 + 1)});
            }
            page.row(y, cells, g.font);
            if (twoLines)
                page.row(y + g.lineStep, {{x[3], QStringLiteral("in every locality")}}, g.font);
            y += (twoLines ? 2 : 1) * g.lineStep + g.rowGap;
        }
        // Outcome cells: centred beside their rows, as merged cells print.
        const int first = row - int(tops.size());
        for (int r = first; r < row;) {
            const int group = r / perOutcome;
            int last = r;
            while (last + 1 < row && (last + 1) / perOutcome == group)
                ++last;
            const qreal middle = (tops.at(r - first) + tops.at(last - first)) / 2;
            page.row(middle, {{x[0], QStringLiteral("Outcome %1").arg(group + 1)}}, g.font);
            r = last + 1;
        }
        layout::LayoutPage built = page.build();
        built.rotation = g.rotation;
        pages.append(built);
    }
    return documentOf(pages);
}

} // namespace

TEST(RoleTable, NineColumnPlanWithPhraseHeadingsOverManyPages)
{
    for (const Geometry& g :
         {Geometry {QSizeF(1190, 842), 0, 30, 7, 9, 5}, Geometry {QSizeF(842, 595), 90, 18, 5.5, 7, 3.5},
          Geometry {QSizeF(1684, 1190), 0, 60, 10, 12.5, 8}}) {
        const PlanResult result = PlanParser::parse(outcomePlan(g, 120, 24, 8));
        ASSERT_EQ(result.actions.size(), 120) << g.page.width();
        for (int i = 0; i < result.actions.size(); ++i) {
            const Action& a = result.actions.at(i);
            SCOPED_TRACE(QStringLiteral("row %1, page width %2").arg(i).arg(g.page.width()).toStdString());
            EXPECT_TRUE(a.text.startsWith(QStringLiteral("Deliver action %1 for families").arg(i + 1)));
            EXPECT_EQ(a.text.endsWith(QStringLiteral("in every locality")), i % 3 == 0);
            EXPECT_EQ(a.owner, QStringLiteral("Head of Service %1").arg(i % 5 + 1));
            EXPECT_EQ(a.statusText, statusFor(i));
            EXPECT_EQ(a.dueText, monthFor(i));
            EXPECT_EQ(a.evidence, QStringLiteral("Measure %1 improves").arg(i + 1));
            // The ref sits beside its objective, merged over two rows.
            EXPECT_EQ(a.ref, QStringLiteral("%1.%2").arg(i / 8 + 1).arg((i % 8) / 2 + 1));
            EXPECT_EQ(a.section, QStringLiteral("Outcome %1 \u2013 Objective %2").arg(i / 8 + 1).arg(i / 2 + 1));
            EXPECT_TRUE(a.flags.isEmpty()) << a.flags.join(QStringLiteral("; ")).toStdString();
            EXPECT_EQ(a.roles.size(), 9);
            EXPECT_DOUBLE_EQ(a.confidence, 1.0);
        }
        EXPECT_EQ(result.actions.at(0).status, ActionStatus::OnTrack);
        EXPECT_EQ(result.actions.at(2).status, ActionStatus::OffTrack);
        EXPECT_EQ(result.actions.at(3).status, ActionStatus::Complete);
        EXPECT_EQ(result.actions.at(1).due, QStringLiteral("2026-06"));
    }
}

TEST(RoleTable, EachPriorityAHeadingWithItsOwnTable)
{
    PageBuilder page(1, QSizeF(595, 842));
    qreal y = 50;
    for (int p = 1; p <= 3; ++p) {
        page.text(45, y, QStringLiteral("Priority %1: Safer streets in ward %1").arg(p), 12);
        y += 22;
        page.row(
            y,
            {{45, QStringLiteral("Action")}, {300, QStringLiteral("Lead officer")}, {450, QStringLiteral("Timescale")}},
            9.5);
        y += 16;
        for (int r = 0; r < 2; ++r) {
            page.row(y,
                     {{45, QStringLiteral("Task %1.%2 for the ward").arg(p).arg(r + 1)},
                      {300, QStringLiteral("Community Safety Manager")},
                      {450, QStringLiteral("Q%1 2025/26").arg(r + 2)}},
                     9.5);
            y += 15;
        }
        y += 30;
    }
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(result.actions.at(i).section,
                  QStringLiteral("%1 Safer streets in ward %2").arg(i / 2 + 1).arg(i / 2 + 1))
            << i;
        EXPECT_EQ(result.actions.at(i).owner, QStringLiteral("Community Safety Manager"));
    }
    EXPECT_EQ(result.actions.at(1).dueText, QStringLiteral("Q3 2025/26"));
    EXPECT_EQ(result.tables.size(), 3);
}

TEST(RoleTable, PlanWithoutRefsCutsRowsWhereTheGapBetweenRowsFalls)
{
    // Rows leave only a little more room than lines of one cell (as slides print them); lines of
    // a cell overlap their neighbours' boxes. Rows printed across the table name the rows below.
    PageBuilder page(1, QSizeF(960, 540));
    constexpr qreal f = 16;
    page.text(30, 5, QStringLiteral("Proposed priorities ~ Adult Social Care"), 26);
    page.row(42,
             {{45, QStringLiteral("What we have committed to")},
              {430, QStringLiteral("Led by")},
              {610, QStringLiteral("Timescale")},
              {680, QStringLiteral("Measure")},
              {900, QStringLiteral("Shared")}},
             f);
    page.row(55, {{900, QStringLiteral("Outcome")}}, f);
    page.text(45, 75,
              QStringLiteral(
                  "Help people stay independent at home for longer, with the support of their families and carers"),
              f);
    page.text(45, 89, QStringLiteral("and the community around them, over the life of this plan."), f);
    qreal y = 125;
    for (int r = 0; r < 4; ++r) {
        page.row(y,
                 {{45, QStringLiteral("Expand reablement to reach more people")},
                  {430, QStringLiteral("Director of Adult")},
                  {610, QStringLiteral("Mar")},
                  {680, QStringLiteral("Fewer people admitted")},
                  {900, QStringLiteral("SO%1").arg(r + 1)}},
                 f);
        page.row(y + 14.4,
                 {{45, QStringLiteral("after a stay in hospital")},
                  {430, QStringLiteral("Social Care")},
                  {610, QStringLiteral("2026")},
                  {680, QStringLiteral("to care homes")}},
                 f);
        y += 2 * 14.4 + 21.6 - 14.4;
    }
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 4);
    for (const Action& a : result.actions) {
        EXPECT_EQ(a.text, QStringLiteral("Expand reablement to reach more people after a stay in hospital"));
        EXPECT_EQ(a.owner, QStringLiteral("Director of Adult Social Care"));
        EXPECT_EQ(a.dueText, QStringLiteral("Mar 2026"));
        EXPECT_EQ(a.evidence, QStringLiteral("Fewer people admitted to care homes"));
        EXPECT_TRUE(a.ref.isEmpty());
        EXPECT_TRUE(a.section.startsWith(QStringLiteral("Help people stay independent at home")))
            << a.section.toStdString();
    }
    EXPECT_TRUE(result.actions.first().roles.contains(QStringLiteral("tag")));
}

TEST(RoleTable, ScorecardAcrossPagesAndSections)
{
    const QSizeF size(842, 595);
    QList<layout::LayoutPage> pages;
    int n = 0;
    for (int p = 1; p <= 2; ++p) {
        PageBuilder page(p, size);
        qreal y = 40;
        for (const QString& section : {QStringLiteral("Children and families"), QStringLiteral("Adults")}) {
            page.text(36, y, section, 12);
            y += 20;
            page.row(y,
                     {{36, QStringLiteral("Measure")},
                      {330, QStringLiteral("Target")},
                      {390, QStringLiteral("Actual")},
                      {450, QStringLiteral("RAG")},
                      {500, QStringLiteral("Direction")},
                      {580, QStringLiteral("Previous")}},
                     8.5);
            y += 14;
            for (int r = 0; r < 3; ++r, ++n) {
                page.row(y,
                         {{36, QStringLiteral("Percentage of measure %1 completed").arg(n + 1)},
                          {330, QStringLiteral("%1%").arg(80 + n)},
                          {390, QStringLiteral("%1%").arg(70 + n)},
                          {450, n % 2 ? QStringLiteral("Amber") : QStringLiteral("Green")},
                          {500, QStringLiteral("Improving")},
                          {580, QStringLiteral("%1%").arg(60 + n)}},
                         8.5);
                if (r == 1) {
                    page.row(y + 10, {{36, QStringLiteral("within the agreed timescale")}}, 8.5);
                    y += 10;
                }
                y += 16;
            }
            y += 30;
        }
        pages.append(page.build());
    }
    const PlanResult result = PlanParser::parse(documentOf(pages));
    ASSERT_EQ(result.indicators.size(), 12);
    ASSERT_EQ(result.readings.size(), 24);
    for (int i = 0; i < 12; ++i) {
        const Indicator& indicator = result.indicators.at(i);
        SCOPED_TRACE(i);
        EXPECT_TRUE(indicator.name.startsWith(QStringLiteral("Percentage of measure %1 completed").arg(i + 1)));
        EXPECT_EQ(indicator.name.endsWith(QStringLiteral("timescale")), i % 3 == 1);
        EXPECT_EQ(indicator.target, 80.0 + i);
        EXPECT_EQ(indicator.unit, QStringLiteral("%"));
        EXPECT_EQ(indicator.section, (i / 3) % 2 ? QStringLiteral("Adults") : QStringLiteral("Children and families"));
        EXPECT_EQ(indicator.pdfPage, i / 6 + 1);
    }
    int latest = 0;
    for (const Reading& reading : result.readings) {
        if (reading.period != QLatin1String("latest"))
            continue;
        EXPECT_EQ(reading.value, 70.0 + reading.indicatorIndex);
        EXPECT_EQ(reading.reportedRating,
                  reading.indicatorIndex % 2 ? QStringLiteral("Amber") : QStringLiteral("Green"));
        EXPECT_EQ(reading.direction, QStringLiteral("Improving"));
        ++latest;
    }
    EXPECT_EQ(latest, 12);
}

TEST(RoleTable, MeasureListGivesIndicatorsWithoutFigures)
{
    PageBuilder page(1, QSizeF(960, 540));
    page.row(40,
             {{30, QStringLiteral("Objectively Verifiable Indicators")},
              {650, QStringLiteral("Timescale")},
              {760, QStringLiteral("Progress")}},
             14);
    page.row(62,
             {{30, QStringLiteral("Smoking prevalence in adults will fall to 10%.")}, {650, QStringLiteral("2028")}},
             14);
    page.row(
        90,
        {{30, QStringLiteral("Healthy life expectancy will rise in every district")}, {650, QStringLiteral("2030")}},
        14);
    page.row(104, {{30, QStringLiteral("and the gap between districts narrow.")}}, 14);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    EXPECT_EQ(
        result.indicators.at(1).name,
        QStringLiteral("Healthy life expectancy will rise in every district and the gap between districts narrow."));
    EXPECT_TRUE(result.readings.isEmpty());
    EXPECT_TRUE(result.actions.isEmpty());
}

TEST(RoleTable, OneBlockPerIndicator)
{
    PageBuilder page(1, QSizeF(595, 842));
    page.text(50, 60, QStringLiteral("Households in temporary accommodation"), 12);
    page.row(
        80,
        {{50, QStringLiteral("Target: 120")}, {200, QStringLiteral("Actual: 134")}, {350, QStringLiteral("RAG: Red")}},
        10);
    page.text(50, 94, QStringLiteral("Direction of travel: Worsening"), 10);
    page.text(50, 140, QStringLiteral("Measure: Percentage of waste recycled"), 12);
    page.row(158, {{50, QStringLiteral("Target")}, {200, QStringLiteral("52%")}}, 10);
    page.row(172, {{50, QStringLiteral("Q2 Actual")}, {200, QStringLiteral("49.5%")}}, 10);
    page.row(186, {{50, QStringLiteral("Previous")}, {200, QStringLiteral("47%")}}, 10);
    page.text(50, 240, QStringLiteral("The target for next year is 55% subject to funding."), 10);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    EXPECT_EQ(result.indicators.at(0).name, QStringLiteral("Households in temporary accommodation"));
    EXPECT_EQ(result.indicators.at(0).target, 120.0);
    EXPECT_EQ(result.indicators.at(1).name, QStringLiteral("Percentage of waste recycled"));
    EXPECT_EQ(result.indicators.at(1).unit, QStringLiteral("%"));
    ASSERT_EQ(result.readings.size(), 3);
    EXPECT_EQ(result.readings.at(0).value, 134.0);
    EXPECT_EQ(result.readings.at(0).reportedRating, QStringLiteral("Red"));
    EXPECT_EQ(result.readings.at(0).direction, QStringLiteral("Worsening"));
    EXPECT_EQ(result.readings.at(2).value, 49.5);
    EXPECT_EQ(result.readings.at(2).period, QStringLiteral("Q2"));
}

TEST(RoleTable, BodyTextAndLabelTablesAreNoPlans)
{
    PageBuilder page(1);
    // A report's front sheet: labels and values, some of them heading words.
    page.row(60,
             {{40, QStringLiteral("Is this a Key Decision:")},
              {250, QStringLiteral("No")},
              {330, QStringLiteral("Included in Forward Plan:")},
              {520, QStringLiteral("No")}},
             10);
    // A paragraph line that happens to end in heading words after wide justified gaps.
    page.row(
        90,
        {{40, QStringLiteral("obscured by parental non-engagement, the meeting")}, {400, QStringLiteral("Service")}},
        10);
    page.row(120, {{40, QStringLiteral("measure)")}, {300, QStringLiteral("management direction at key")}}, 10);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    EXPECT_TRUE(result.actions.isEmpty());
    EXPECT_TRUE(result.indicators.isEmpty());
    EXPECT_TRUE(result.tables.isEmpty());
}

TEST(RoleTable, AMeasureListWhoseMeasuresMostlyHaveNoFiguresGivesOnePerParagraph)
{
    PageBuilder page(1, QSizeF(960, 540));
    page.row(40,
             {{30, QStringLiteral("Objectively Verifiable Indicators")},
              {535, QStringLiteral("Timescale")},
              {640, QStringLiteral("Progress")}},
             14);
    page.row(70,
             {{30, QStringLiteral("Reduce the share of adults out of work from 20.9% to 18.5%")},
              {535, QStringLiteral("2028")}},
             14);
    page.text(30, 84, QStringLiteral("across the county"), 14);
    page.text(30, 106, QStringLiteral("Child poverty will fall from 18% in 2022 to 17%."), 14);
    page.text(30, 142, QStringLiteral("Emissions we can influence reach net zero by 2045, with an ambition"), 14);
    page.text(30, 156, QStringLiteral("of an 80% reduction by 2036."), 14);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 3);
    EXPECT_EQ(result.indicators.at(0).name.toStdString(),
              "Reduce the share of adults out of work from 20.9% to 18.5% across the county");
    EXPECT_EQ(result.indicators.at(2).name.toStdString(),
              "Emissions we can influence reach net zero by 2045, with an ambition of an 80% reduction by 2036.");
}

TEST(RoleTable, ScorecardWithAColumnPerPeriod)
{
    // Quarterly columns headed only by their period give a reading each.
    PageBuilder page(1, QSizeF(842, 595));
    page.row(50,
             {{36, QStringLiteral("Indicator")},
              {300, QStringLiteral("Polarity")},
              {360, QStringLiteral("Q1")},
              {410, QStringLiteral("Q2")},
              {460, QStringLiteral("Q3")},
              {510, QStringLiteral("Target")},
              {570, QStringLiteral("RAG")}},
             9);
    page.row(68,
             {{36, QStringLiteral("Households prevented from homelessness")},
              {300, QStringLiteral("High")},
              {360, QStringLiteral("61%")},
              {410, QStringLiteral("64%")},
              {460, QStringLiteral("66%")},
              {510, QStringLiteral("70%")},
              {570, QStringLiteral("Amber")}},
             9);
    page.row(84,
             {{36, QStringLiteral("Average days to relet a council home")},
              {300, QStringLiteral("Low")},
              {360, QStringLiteral("31")},
              {410, QStringLiteral("28")},
              {460, QStringLiteral("27")},
              {510, QStringLiteral("25")},
              {570, QStringLiteral("Red")}},
             9);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 2);
    EXPECT_EQ(result.indicators.at(0).polarity, Polarity::HigherIsBetter);
    EXPECT_EQ(result.indicators.at(1).polarity, Polarity::LowerIsBetter);
    EXPECT_EQ(result.indicators.at(0).unit.toStdString(), "%");
    QStringList periods;
    for (const Reading& reading : result.readings) {
        if (reading.indicatorIndex == 1)
            periods.append(reading.period + QLatin1Char('=') + reading.valueText);
    }
    EXPECT_EQ(periods.join(QLatin1Char(' ')).toStdString(), "Q1=31 Q2=28 Q3=27");
    bool rated = false;
    for (const Reading& reading : result.readings)
        rated = rated || (reading.indicatorIndex == 0 && reading.reportedRating == QLatin1String("Amber"));
    EXPECT_TRUE(rated);
}

// A scorecard whose refs carry a service's letters ("HS01") and whose sections are short titles
// alone in the ref column between the rows ("Housing"), under a header that starts "No." on plans
// and "Ref" here: every row is read, with its section.
TEST(RoleTable, CodedRefsAndSectionTitlesInTheRefColumn)
{
    PageBuilder page(1, QSizeF(842, 595));
    qreal y = 60;
    page.row(y,
             {{40, QStringLiteral("Ref")},
              {90, QStringLiteral("Indicator")},
              {330, QStringLiteral("Q2 Target")},
              {400, QStringLiteral("Q2 Actual")},
              {470, QStringLiteral("Status")}},
             9);
    y += 16;
    int n = 0;
    for (const QString& section : {QStringLiteral("Housing"), QStringLiteral("Environment")}) {
        page.row(y, {{56, section}}, 9);
        y += 13;
        for (int r = 0; r < 3; ++r, ++n) {
            page.row(y,
                     {{40, QStringLiteral("%1%2").arg(section.left(2).toUpper()).arg(r + 1, 2, 10, QLatin1Char('0'))},
                      {90, QStringLiteral("Households helped by service %1").arg(n + 1)},
                      {330, QString::number(40 + n)},
                      {400, QString::number(30 + n)},
                      {470, n % 2 ? QStringLiteral("Red") : QStringLiteral("Green")}},
                     9);
            y += 13;
        }
    }
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.indicators.size(), 6);
    for (int i = 0; i < 6; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(result.indicators.at(i).name, QStringLiteral("Households helped by service %1").arg(i + 1));
        EXPECT_EQ(result.indicators.at(i).target, 40.0 + i);
        EXPECT_EQ(result.indicators.at(i).section, i < 3 ? QStringLiteral("Housing") : QStringLiteral("Environment"));
    }
}

TEST(RefCell, NumbersWithOrWithoutACodeOfCapitals)
{
    for (const char* ref :
         {"1.2.25", "3.1", "4a", "HS01", "PI-04", "KPI 12", "CP3.2", "R1", "2.1(b)", "CS/24/01", "OS-23-4"})
        EXPECT_TRUE(RefCell::isRef(QString::fromLatin1(ref))) << ref;
    for (const char* text : {"Housing", "Review the form", "12 months", "Q2 2023", "09/07/24"})
        EXPECT_FALSE(RefCell::isRef(QString::fromLatin1(text))) << text;
    // Where only the cells can tell, a single capital is a period ("Q2"), not a code.
    EXPECT_FALSE(RefCell::isRef(QStringLiteral("Q2"), 2));
    EXPECT_TRUE(RefCell::isRef(QStringLiteral("HS01"), 2));
    EXPECT_TRUE(RefCell::isRefList(QStringLiteral("1.2, 1.4. 3.1,")));
}

// An action log whose rows follow one another with no gap and wrap unevenly: a row that starts
// with a new meeting date and minute number is a new row even straight under a one-line row.
TEST(RoleTable, ActionLogRowsStartWhereADateAndAMinuteNumberStartAgain)
{
    PageBuilder page(1, QSizeF(842, 595));
    qreal y = 60;
    page.row(y,
             {{40, QStringLiteral("Meeting date")},
              {110, QStringLiteral("Minute")},
              {160, QStringLiteral("Action")},
              {420, QStringLiteral("Responsible officer")},
              {540, QStringLiteral("Deadline")},
              {620, QStringLiteral("Status")}},
             9);
    const QList<QStringList> rows {
        {QStringLiteral("14 Sep 2023"), QStringLiteral("23"), QStringLiteral("Provide a breakdown of vacancies by"),
         QStringLiteral("Head of Commissioning"), QStringLiteral("Nov 2023"), QStringLiteral("Complete"),
         QStringLiteral("locality")},
        {QStringLiteral("14 Sep 2023"), QStringLiteral("25"), QStringLiteral("Circulate the survey results"),
         QStringLiteral("Carers Lead"), QStringLiteral("Oct 2023"), QStringLiteral("Complete"), QString()},
        {QStringLiteral("9 Nov 2023"), QStringLiteral("34"), QStringLiteral("Bring a report on waiting times to"),
         QStringLiteral("Director of Care"), QStringLiteral("Jan 2024"), QStringLiteral("Not started"),
         QStringLiteral("the January meeting")},
    };
    y += 14;
    for (const QStringList& r : rows) {
        page.row(y, {{40, r.at(0)}, {110, r.at(1)}, {160, r.at(2)}, {420, r.at(3)}, {540, r.at(4)}, {620, r.at(5)}}, 9);
        y += 11;
        if (!r.at(6).isEmpty()) {
            page.row(y, {{160, r.at(6)}}, 9);
            y += 11;
        }
    }
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_EQ(result.actions.at(1).text, QStringLiteral("Circulate the survey results"));
    EXPECT_EQ(result.actions.at(1).owner, QStringLiteral("Carers Lead"));
    EXPECT_EQ(result.actions.at(2).text, QStringLiteral("Bring a report on waiting times to the January meeting"));
}

TEST(RoleTable, OneLineRowsEndBeforeTheNoteUnderTheTable)
{
    // Rows of one line each, a little over two line heights apart, then a note in the first
    // column two rows further down: the table ends above the note, whatever the font's height.
    for (const qreal height : {10.0, 11.0, 11.5, 12.0}) {
        PageBuilder page(1);
        page.row(100,
                 {{40, QStringLiteral("Action")},
                  {270, QStringLiteral("Lead officer")},
                  {450, QStringLiteral("Due date")},
                  {540, QStringLiteral("Status")}},
                 height);
        const QStringList leads {QStringLiteral("Head of Early Help"), QStringLiteral("Service Manager Fostering")};
        qreal y = 124;
        for (int r = 0; r < 4; ++r, y += 24) {
            page.row(y,
                     {{40, QStringLiteral("Open family hub %1 in the north").arg(r + 1)},
                      {270, leads.at(r % 2)},
                      {450, QStringLiteral("June 2025")},
                      {540, QStringLiteral("Amber")}},
                     height);
        }
        // (The note runs over the second column's edge, and one of its words starts near it.)
        page.text(40, y + 24, QStringLiteral("The board reviews these proposals at every meeting of the board."),
                  height + 1);
        const PlanResult plan = PlanParser::parse(documentOf({page.build()}));
        ASSERT_EQ(plan.actions.size(), 4) << "line height " << height;
        for (int r = 0; r < 4; ++r) {
            EXPECT_EQ(plan.actions.at(r).text, QStringLiteral("Open family hub %1 in the north").arg(r + 1))
                << "line height " << height;
            EXPECT_EQ(plan.actions.at(r).owner, leads.at(r % 2)) << "line height " << height;
        }
    }
}

TEST(RoleTable, ANumberedParagraphInTheMarginEndsTheTableAboveIt)
{
    // Figures headed over their columns, the measures' names in a column with no heading, then
    // the report's next numbered paragraph, its number in the margin, running across the columns,
    // and the next table's lines under it (its own header is not one the reader knows).
    PageBuilder page(1);
    page.row(
        100,
        {{300, QStringLiteral("Actual")}, {374, QStringLiteral("Upper limit")}, {454, QStringLiteral("Lower limit")}});
    const QStringList bands {QStringLiteral("Under 12 months"), QStringLiteral("12 months and within 5 years"),
                             QStringLiteral("5 years and within 10 years")};
    qreal y = 122;
    for (const QString& band : bands) {
        page.row(
            y, {{90, band}, {305, QStringLiteral("5.49%")}, {392, QStringLiteral("50%")}, {475, QStringLiteral("0%")}});
        y += 20;
    }
    page.text(85, y + 10,
              QStringLiteral("Time periods start on the first day of each financial year. The maturity date of"));
    page.text(85, y + 24, QStringLiteral("borrowing is the earliest date on which the lender can demand repayment."));
    page.text(57, y + 52,
              QStringLiteral("6.2 Principal sums invested for periods longer than a year: The purpose of this"));
    page.text(85, y + 66,
              QStringLiteral("indicator is to control the exposure to the risk of incurring losses by seeking"));
    page.row(y + 94,
             {{90, QStringLiteral("Limit on principal invested")},
              {254, QStringLiteral("£150m")},
              {327, QStringLiteral("£100m")},
              {403, QStringLiteral("£50m")}});
    page.row(y + 114,
             {{90, QStringLiteral("Actual as at 30 September")},
              {252, QStringLiteral("£70.7m")},
              {325, QStringLiteral("£49.8m")},
              {401, QStringLiteral("£9.5m")}});
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    QStringList names;
    for (const Indicator& indicator : result.indicators)
        names.append(indicator.name);
    EXPECT_EQ(names.join(QStringLiteral(" | ")).toStdString(), bands.join(QStringLiteral(" | ")).toStdString());
}
