#include "tables/TableBuilder.h"
#include "LayoutBuilders.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::PageBuilder;

TEST(TableBuilderAssign, WordsGoToTheBandTheyOverlapMost)
{
    TableHeader header;
    header.columns = {{QStringLiteral("ref"), 40, 55},
                      {QStringLiteral("action"), 90, 120},
                      {QStringLiteral("due"), 330, 370},
                      {QStringLiteral("lead"), 420, 440}};
    header.pageNumber = 1;
    TableBuilder builder(header);
    PageBuilder page(1, QSizeF(842, 595));
    // "13.1.17" is wider than its column and reaches into Action's band; the due cell starts
    // 8 pt left of its heading; the lead sits well inside its band.
    page.row(100,
             {{40, QStringLiteral("13.1.17")},
              {95, QStringLiteral("Implement the scheme")},
              {322, QStringLiteral("End of Q3")},
              {430, QStringLiteral("Peter Yates,")}},
             9);
    const auto line = page.build().lines.first();
    const AssignedLine assigned = builder.assign(line);
    EXPECT_EQ(assigned.text(0), QStringLiteral("13.1.17"));
    EXPECT_EQ(assigned.text(1), QStringLiteral("Implement the scheme"));
    EXPECT_EQ(assigned.text(2), QStringLiteral("End of Q3"));
    EXPECT_EQ(assigned.text(3), QStringLiteral("Peter Yates,"));
}

// A run of words about as much in one band as in the next goes to the same column whatever size
// the page is printed at: the few points a cell may start left of its heading grow with the type.
TEST(TableBuilderAssign, ARunAcrossTwoBandsGoesTheSameWayOnALargerPage)
{
    for (const qreal scale : {1.0, 1.2}) {
        TableHeader header;
        header.columns = {{QStringLiteral("item"), 65 * scale, 90 * scale},
                          {QStringLiteral("recommendation"), 174.8 * scale, 240 * scale},
                          {QStringLiteral("response"), 456 * scale, 500 * scale}};
        TableBuilder builder(header);
        PageBuilder page(1, QSizeF(595 * scale, 842 * scale));
        // "Added to work" (54.9 pt wide in 9 pt type) centred 1.9 pt left of the response heading.
        page.row(155 * scale,
                 {{65 * scale, QStringLiteral("Work")},
                  {151.4 * scale, QStringLiteral("Agrees the work programme")},
                  {426.65 * scale, QStringLiteral("Added to work")}},
                 9 * scale);
        const AssignedLine assigned = builder.assign(page.build().lines.first());
        EXPECT_EQ(assigned.text(2), QStringLiteral("Added to work")) << scale;
    }
}

TEST(TableBuilderAssign, ARunOfWordsStaysInOneCell)
{
    TableHeader header;
    header.columns = {{QStringLiteral("measure"), 60, 100},
                      {QStringLiteral("description"), 170, 250},
                      {QStringLiteral("Inadequate"), 330, 370},
                      {QStringLiteral("Good"), 450, 470}};
    TableBuilder builder(header);
    PageBuilder page(1);
    // The description runs on past the Inadequate heading without a gap: it stays one cell.
    page.row(100,
             {{60, QStringLiteral("Timeliness of")},
              {200, QStringLiteral("That staff are adequately resourced")},
              {450, QStringLiteral("75+")}},
             8);
    const AssignedLine assigned = builder.assign(page.build().lines.first());
    EXPECT_EQ(assigned.text(1), QStringLiteral("That staff are adequately resourced"));
    EXPECT_TRUE(assigned.isEmpty(2));
    EXPECT_EQ(assigned.text(3), QStringLiteral("75+"));
}

// A cell filled to its right edge meets the next with only a word space between them: the next
// cell's first word starts on its column's edge, as the heading does, and opens that cell.
TEST(TableBuilderAssign, AWordOnTheNextColumnsEdgeOpensItsCell)
{
    TableHeader header;
    header.columns = {{QStringLiteral("owner"), 440, 500},
                      {QStringLiteral("due"), 535, 575},
                      {QStringLiteral("status"), 592, 620}};
    TableBuilder builder(header);
    PageBuilder page(1, QSizeF(842, 595));
    // "Head of Procurement and" is 87.2 pt wide in 8 pt type: it ends 3 pt before the due column.
    page.row(100, {{444.8, QStringLiteral("Head of Procurement and")}, {535, QStringLiteral("31/03/2025")}}, 8);
    AssignedLine assigned = builder.assign(page.build().lines.first());
    EXPECT_EQ(assigned.text(0), QStringLiteral("Head of Procurement and"));
    EXPECT_EQ(assigned.text(1), QStringLiteral("31/03/2025"));
    // A run that only passes near the edge, off it by more than half a point, stays whole.
    PageBuilder near(1, QSizeF(842, 595));
    near.row(100, {{445.6, QStringLiteral("Head of Procurement and")}, {535.8, QStringLiteral("31/03/2025")}}, 8);
    assigned = builder.assign(near.build().lines.first());
    EXPECT_TRUE(assigned.isEmpty(1));
}

TEST(TableBuilderRows, CellsAppendLineByLineAndAcrossPages)
{
    TableHeader header;
    header.columns
        = {{QStringLiteral("ref"), 40, 55}, {QStringLiteral("action"), 90, 120}, {QStringLiteral("lead"), 420, 440}};
    header.pageNumber = 1;
    header.bottom = 90;
    TableBuilder builder(header);
    PageBuilder first(1, QSizeF(842, 595));
    first.row(100,
              {{40, QStringLiteral("1.1.4")},
               {90, QStringLiteral("Undertake quality audit")},
               {420, QStringLiteral("Trish Galloway,")}},
              9);
    first.row(111, {{90, QStringLiteral("views have been taken")}, {420, QStringLiteral("Service Manager")}}, 9);
    PageBuilder second(2, QSizeF(842, 595));
    second.row(60, {{90, QStringLiteral("in account.")}}, 9);
    const auto a = first.build().lines;
    const auto b = second.build().lines;

    EXPECT_TRUE(builder.firstBodyLineOnPage(a.at(0)));
    builder.startRow(a.at(0));
    builder.appendToRow(builder.assign(a.at(0)));
    EXPECT_FALSE(builder.firstBodyLineOnPage(a.at(1)));
    EXPECT_LT(builder.gapAbove(a.at(1)), 3);
    builder.appendToRow(builder.assign(a.at(1)));
    EXPECT_TRUE(builder.firstBodyLineOnPage(b.at(0)));
    EXPECT_EQ(builder.gapAbove(b.at(0)), std::numeric_limits<qreal>::infinity());
    builder.appendToRow(builder.assign(b.at(0)));

    ASSERT_EQ(builder.rows().size(), 1);
    const TableRow& row = builder.rows().first();
    EXPECT_EQ(row.pdfPage, 1);
    EXPECT_EQ(row.text(QStringLiteral("action")),
              QStringLiteral("Undertake quality audit views have been taken in account."));
    EXPECT_EQ(row.text(QStringLiteral("lead")), QStringLiteral("Trish Galloway, Service Manager"));
    EXPECT_EQ(row.lineCount, 3);
}

TEST(TableBuilderRows, FillDownCopiesOnlyTheNamedColumns)
{
    QList<TableRow> rows(3);
    rows[0].cells.insert(QStringLiteral("outcome"), {QStringLiteral("2.1 Children are seen promptly")});
    rows[0].cells.insert(QStringLiteral("lead"), {QStringLiteral("Head of Assessment")});
    rows[1].cells.insert(QStringLiteral("action"), {QStringLiteral("Train duty managers")});
    rows[2].cells.insert(QStringLiteral("outcome"), {QStringLiteral("2.2 Plans are reviewed")});
    TableBuilder::fillDown(rows, {QStringLiteral("outcome")});
    EXPECT_EQ(rows.at(1).text(QStringLiteral("outcome")), QStringLiteral("2.1 Children are seen promptly"));
    EXPECT_FALSE(rows.at(1).has(QStringLiteral("lead"))); // never filled: empty means not stated
    EXPECT_EQ(rows.at(2).text(QStringLiteral("outcome")), QStringLiteral("2.2 Plans are reviewed"));
}

TEST(TableBuilderRows, JoinLinesKeepsHyphenatedWordsAndSpacedDashes)
{
    EXPECT_EQ(TableBuilder::joinLines({QStringLiteral("impact of non-"), QStringLiteral("engagement by parents")}),
              QStringLiteral("impact of non-engagement by parents"));
    EXPECT_EQ(TableBuilder::joinLines({QStringLiteral("(LGA Review \u2013"), QStringLiteral("recommendation k)")}),
              QStringLiteral("(LGA Review \u2013 recommendation k)"));
    EXPECT_EQ(TableBuilder::joinLines({QStringLiteral("Sept 2018"), QStringLiteral(""), QStringLiteral("COMPLETE")}),
              QStringLiteral("Sept 2018 COMPLETE"));
}

TEST(TableBuilderRows, AlignmentTellsContinuationFromProse)
{
    TableHeader header;
    header.columns
        = {{QStringLiteral("ref"), 40, 55}, {QStringLiteral("action"), 90, 120}, {QStringLiteral("lead"), 420, 440}};
    TableBuilder builder(header);
    PageBuilder page(2, QSizeF(842, 595));
    page.row(60, {{40, QStringLiteral("1.1.5")}, {90, QStringLiteral("Undertake an audit")}}, 9);
    page.row(80, {{90, QStringLiteral("continued action text")}}, 9);
    page.text(40, 100, QStringLiteral("The plan will be reviewed by the board every quarter."), 9);
    const auto lines = page.build().lines;
    EXPECT_TRUE(builder.alignsWithColumns(lines.at(0)));
    EXPECT_TRUE(builder.alignsWithColumns(lines.at(1)));
    EXPECT_FALSE(builder.alignsWithColumns(lines.at(2)));
}

// Lining up is measured in the line's type height, not points: cells 3 pt off their columns in
// 9.25 pt type line up, 6 pt off do not, on the page printed at half size or twice the size too.
TEST(TableBuilderRows, AlignmentIsMeasuredInTypeHeight)
{
    for (const qreal scale : {0.5, 1.0, 2.0}) {
        TableHeader header;
        header.columns = {{QStringLiteral("item"), 65 * scale, 85 * scale},
                          {QStringLiteral("recommendation"), 172 * scale, 255 * scale},
                          {QStringLiteral("response"), 349 * scale, 392 * scale}};
        const TableBuilder builder(header);
        PageBuilder page(3, QSizeF(595, 842) * scale);
        page.row(80 * scale,
                 {{65 * scale, QStringLiteral("Report")},
                  {175 * scale, QStringLiteral("The committee")},
                  {352 * scale, QStringLiteral("Invite")}},
                 9.25 * scale)
            .row(120 * scale,
                 {{65 * scale, QStringLiteral("Report")},
                  {178 * scale, QStringLiteral("The committee")},
                  {355 * scale, QStringLiteral("Invite")}},
                 9.25 * scale);
        const auto lines = page.build().lines;
        ASSERT_EQ(lines.size(), 2);
        EXPECT_TRUE(builder.alignsWithColumns(lines.at(0))) << "scale " << scale;
        EXPECT_FALSE(builder.alignsWithColumns(lines.at(1))) << "scale " << scale;
    }
}

TEST(TableBuilderHeading, CapitalHeadings)
{
    PageBuilder page(1);
    page.text(60, 80, QStringLiteral("HOW WE WILL KNOW OUR PRACTICE IS GOOD?"), 10);
    page.text(60, 100, QStringLiteral("CSC QA Manager"), 10);
    page.text(60, 120, QStringLiteral(">25 25-20 19-15 <14"), 10);
    const auto lines = page.build().lines;
    EXPECT_TRUE(isCapitalHeading(lines.at(0)));
    EXPECT_FALSE(isCapitalHeading(lines.at(1)));
    EXPECT_FALSE(isCapitalHeading(lines.at(2)));
}
