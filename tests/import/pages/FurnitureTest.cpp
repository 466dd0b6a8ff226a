#include "pages/Furniture.h"
#include "../LayoutBuilders.h"
#include "pages/FurnitureKinds.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

namespace {

const QSizeF kA4(595, 842);
const QSizeF kSlide(720, 540);

layout::LayoutPage stripped(const layout::LayoutPage& raw)
{
    layout::LayoutDocument document = documentOf({raw});
    parse::Furniture::strip(document);
    return document.pages.first();
}

bool anyLineContains(const layout::LayoutPage& page, const QString& text)
{
    for (const layout::LayoutLine& line : page.lines) {
        if (line.text().contains(text))
            return true;
    }
    return false;
}

// A word box as Poppler gives it, for shapes the builder cannot make.
layout::LayoutWord word(const QString& text, qreal x, qreal y, qreal w, qreal h, bool vertical = false)
{
    return layout::LayoutWord {text, QRectF(x, y, w, h), true, vertical};
}

} // namespace

TEST(FurnitureStamps, TopRightAgendaStampAndCentredPageFooter)
{
    PageBuilder builder(5, kA4);
    builder.text(471, 31, QStringLiteral("Agenda Item 3"))
        .text(62, 108, QStringLiteral("RESOLVED: That"))
        .text(62, 124, QStringLiteral("(1) the report be noted;"))
        .text(281, 805, QStringLiteral("Page 5"), 9.3);
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_EQ(page.furniture.agendaStamp, 3);
    EXPECT_EQ(page.furniture.printedPage, 5);
    ASSERT_EQ(page.lines.size(), 2);
    EXPECT_EQ(page.lines.at(0).text(), QStringLiteral("RESOLVED: That"));
    EXPECT_EQ(page.lines.at(1).text(), QStringLiteral("(1) the report be noted;"));
    EXPECT_TRUE(page.furniture.removedLines.contains(QStringLiteral("[agenda stamp] Agenda Item 3")));
    EXPECT_TRUE(page.furniture.removedLines.contains(QStringLiteral("[page stamp] Page 5")));
}

TEST(FurnitureStamps, VerticalStampsOnLandscapeSlide)
{
    PageBuilder builder(3, kSlide);
    builder.text(260, 39, QStringLiteral("Budget Amendment Form"), 24)
        .text(49, 103, QStringLiteral("Amendment Labour Group's Alternative Budget"), 13.4)
        .vertical(36, 249, QStringLiteral("Page"), 11.1)
        .vertical(684, 413, QStringLiteral("Agenda"), 11.1)
        .vertical(684, 449, QStringLiteral("Item"), 11.1);
    layout::LayoutPage raw = builder.raw();
    // Poppler does not flag one rotated character as vertical: it is just wider than tall.
    raw.words.append(word(QStringLiteral("1"), 36, 276, 11.1, 6.7));
    raw.words.append(word(QStringLiteral("6"), 684, 476, 11.1, 6.7));
    const layout::LayoutPage page = stripped(raw);
    EXPECT_EQ(page.furniture.printedPage, 1);
    EXPECT_EQ(page.furniture.agendaStamp, 6);
    EXPECT_FALSE(anyLineContains(page, QStringLiteral("6")));
    EXPECT_FALSE(anyLineContains(page, QStringLiteral("1")));
    EXPECT_TRUE(anyLineContains(page, QStringLiteral("Amendment Labour Group's Alternative Budget")));
}

// The margin a stamp sits in is a share of the page, not a fixed number of points: the same
// slide printed on A3 (1.41 times larger, type and all) keeps its stamps 46 pt in (65 on A3).
TEST(FurnitureStamps, VerticalStampsOnALargerSlide)
{
    for (const qreal scale : {1.0, 1.41}) {
        PageBuilder builder(3, QSizeF(720 * scale, 540 * scale));
        builder
            .text(49 * scale, 103 * scale, QStringLiteral("Amendment Labour Group's Alternative Budget"), 13.4 * scale)
            .vertical(46 * scale, 249 * scale, QStringLiteral("Page"), 11.1 * scale)
            .vertical(46 * scale, 276 * scale, QStringLiteral("17"), 11.1 * scale);
        const layout::LayoutPage page = stripped(builder.raw());
        EXPECT_EQ(page.furniture.printedPage, 17) << scale;
        EXPECT_FALSE(anyLineContains(page, QStringLiteral("Page"))) << scale;
    }
}

// Content set further in than the edge margin (another council's wider margins, or a page grown
// around it) keeps its stamps: the zone reaches over a band standing apart above the text, and
// over vertical words at the side even where a table starts further out than they do.
TEST(FurnitureStamps, StampsOfContentSetIn)
{
    for (const qreal shift : {0.0, 40.0, 60.0}) {
        PageBuilder builder(5, QSizeF(595 + shift, 842 + shift));
        builder.text(471 + shift, 31 + shift, QStringLiteral("Agenda Item 3"))
            .text(62 + shift, 108 + shift, QStringLiteral("RESOLVED: That"))
            .text(62 + shift, 124 + shift, QStringLiteral("(1) the report be noted;"));
        const layout::LayoutPage page = stripped(builder.raw());
        EXPECT_EQ(page.furniture.agendaStamp, 3) << shift;
        EXPECT_FALSE(anyLineContains(page, QStringLiteral("Agenda"))) << shift;

        PageBuilder slide(9, QSizeF(842 + shift, 595 + shift));
        slide.text(27 + shift, 160 + shift, QStringLiteral("1,315,610.6 Revised Base"), 10.9)
            .text(38 + shift, 300 + shift, QStringLiteral("209,578.3 TOTAL SPENDING"), 10.9)
            .vertical(36 + shift, 274 + shift, QStringLiteral("Page"), 11.1);
        layout::LayoutPage raw = slide.raw();
        raw.words.append(word(QStringLiteral("7"), 36 + shift, 305 + shift, 11.1, 6.7));
        EXPECT_EQ(stripped(raw).furniture.printedPage, 7) << shift;
    }
}

// The page's first body lines are not margin words for beginning the page: a reference to an
// agenda item in them stays text.
TEST(FurnitureStamps, AgendaItemInThePagesFirstLinesIsText)
{
    PageBuilder builder(4);
    builder.text(118, 86, QStringLiteral("County Council, having given due regard"), 13.4)
        .text(118, 100, QStringLiteral("consideration as agenda item 5 of this meeting"), 13.4)
        .text(118, 114, QStringLiteral("following:"), 13.4);
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_FALSE(page.furniture.agendaStamp);
    EXPECT_TRUE(anyLineContains(page, QStringLiteral("agenda item 5")));
}

TEST(FurnitureStamps, VerticalStampReadingUpwardsWithMultiDigitNumber)
{
    PageBuilder builder(14, QSizeF(1190, 842));
    builder.text(100, 100, QStringLiteral("Row MTFP Category Directorate"))
        .vertical(36, 410, QStringLiteral("Page"), 11.1)
        .vertical(36, 390, QStringLiteral("12"), 11.1);
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_EQ(page.furniture.printedPage, 12);
}

TEST(FurnitureStamps, TableRowNumbersBesideAVerticalStampAreNotItsNumber)
{
    PageBuilder builder(28, QSizeF(1190, 842));
    builder.vertical(36, 410, QStringLiteral("Page"), 11.1).vertical(36, 441.5, QStringLiteral("26"), 11.1);
    // Upright row numbers in the same narrow left column, just above and below the stamp.
    for (int row = 0; row < 8; ++row)
        builder.text(38.3, 380 + row * 13, QString::number(43 + row), 12);
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_EQ(page.furniture.printedPage, 26);
    EXPECT_TRUE(anyLineContains(page, QStringLiteral("44")));
}

TEST(FurnitureStamps, StampSplitOverTwoLines)
{
    PageBuilder builder(4, kA4);
    builder.text(470, 20, QStringLiteral("Agenda Item"))
        .text(505, 32, QStringLiteral("7"))
        .text(72, 300, QStringLiteral("Body text"))
        .text(285, 790, QStringLiteral("Page"))
        .text(292, 802, QStringLiteral("4"));
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_EQ(page.furniture.agendaStamp, 7);
    EXPECT_EQ(page.furniture.printedPage, 4);
    ASSERT_EQ(page.lines.size(), 1);
    EXPECT_EQ(page.lines.first().text(), QStringLiteral("Body text"));
}

TEST(FurnitureStamps, GluedPageReportKeepsTheReportWord)
{
    // The stamp's "Page" and "3" overlap the report's own footer word "Report" (bigger type):
    // in text order they read "PageReport 3".
    layout::LayoutPage raw = PageBuilder(5, kA4).text(72, 300, QStringLiteral("Body text")).raw();
    raw.words.append(word(QStringLiteral("Page"), 274.0, 794.8, 28.0, 11.1));
    raw.words.append(word(QStringLiteral("1KCC"), 72.0, 793.1, 23.0, 13.4));
    raw.words.append(word(QStringLiteral("Consultation"), 241.6, 793.1, 56.8, 13.4));
    raw.words.append(word(QStringLiteral("Report"), 300.9, 793.1, 30.5, 13.4));
    raw.words.append(word(QStringLiteral("3"), 305.4, 794.8, 6.7, 11.1));
    const layout::LayoutPage page = stripped(raw);
    EXPECT_EQ(page.furniture.printedPage, 3);
    EXPECT_TRUE(anyLineContains(page, QStringLiteral("Consultation Report")));
    EXPECT_FALSE(anyLineContains(page, QStringLiteral("Page")));
}

TEST(FurnitureStamps, StampSharingATableRowLeavesTheRowIntact)
{
    PageBuilder builder(20, kA4);
    builder.row(790,
                {{72, QStringLiteral("Mayoral Power of")},
                 {274, QStringLiteral("Page 18")},
                 {352, QStringLiteral("x")},
                 {467, QStringLiteral("X")}});
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_EQ(page.furniture.printedPage, 18);
    ASSERT_EQ(page.lines.size(), 1);
    const QList<layout::LayoutLine> cells = page.lines.first().cells(20);
    ASSERT_EQ(cells.size(), 3);
    EXPECT_EQ(cells.at(0).text(), QStringLiteral("Mayoral Power of"));
    EXPECT_EQ(cells.at(1).text(), QStringLiteral("x"));
}

TEST(FurnitureStamps, StampWordsInTheTextFlowAreBodyText)
{
    PageBuilder builder(9, kA4);
    builder.text(72, 400, QStringLiteral("as set out on Page 12 of the report"))
        .text(72, 420, QStringLiteral("Agenda Item 5 was deferred"));
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_FALSE(page.furniture.printedPage.has_value());
    EXPECT_FALSE(page.furniture.agendaStamp.has_value());
    EXPECT_EQ(page.lines.size(), 2);
}

TEST(FurnitureStamps, BareFooterNumberIsWeakerEvidence)
{
    PageBuilder builder(14, kA4);
    builder.text(72, 300, QStringLiteral("Body text")).text(295, 800, QStringLiteral("14"));
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_EQ(page.furniture.printedPage, 14);
    EXPECT_TRUE(parse::furniture::hasEntry(page.furniture.removedLines, parse::furniture::Kind::BareNumber));
    EXPECT_FALSE(parse::furniture::hasEntry(page.furniture.removedLines, parse::furniture::Kind::PageStamp));
    EXPECT_FALSE(anyLineContains(page, QStringLiteral("14")));
}

// A page number set just above a footer in type 0.87 its size is a number of its own, not part of
// the footer, at any scale: stamp words are the same size within a share of their size.
TEST(FurnitureStamps, BareNumberAboveASlightlyLargerFooterAtAnyScale)
{
    for (const qreal scale : {0.5, 1.0, 2.0}) {
        PageBuilder builder(3, kA4 * scale);
        builder.text(72 * scale, 300 * scale, QStringLiteral("Body text"), 11 * scale)
            .text(296 * scale, 811 * scale, QStringLiteral("1"), 7.26 * scale)
            .text(220 * scale, 818.5 * scale, QStringLiteral("TM half-year report 2024-25 to County Council"),
                  8.38 * scale);
        const layout::LayoutPage page = stripped(builder.raw());
        EXPECT_EQ(page.furniture.printedPage, 1) << "scale " << scale;
        EXPECT_TRUE(parse::furniture::hasEntry(page.furniture.removedLines, parse::furniture::Kind::BareNumber))
            << "scale " << scale;
    }
}

TEST(FurnitureStamps, NumberInAFooterTableRowIsNotAPageNumber)
{
    PageBuilder builder(14, kA4);
    builder.row(800, {{72, QStringLiteral("Total")}, {400, QStringLiteral("27")}});
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_FALSE(page.furniture.printedPage.has_value());
    EXPECT_TRUE(anyLineContains(page, QStringLiteral("27")));
}

TEST(FurnitureBlank, IntentionallyBlankPage)
{
    PageBuilder builder(2, kA4);
    builder.text(194, 397, QStringLiteral("This page is intentionally left blank"), 13);
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_TRUE(page.furniture.intentionallyBlank);
    EXPECT_TRUE(page.lines.isEmpty());
}

TEST(FurnitureBlank, VerticalNoticeOnLandscapePage)
{
    PageBuilder builder(4, kSlide);
    qreal y = 166;
    for (const QString& w : QStringLiteral("This page is intentionally left blank").split(QLatin1Char(' '))) {
        builder.vertical(369, y, w, 13);
        y += w.size() * 6.5 + 4;
    }
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_TRUE(page.furniture.intentionallyBlank);
}

TEST(FurnitureBlank, SentenceQuotingTheNoticeOnAFullPageIsNotBlank)
{
    PageBuilder builder(7, kA4);
    for (int i = 0; i < 10; ++i)
        builder.text(72, 100 + i * 14, QStringLiteral("Officers explained the layout of the printed pack in detail"));
    builder.text(72, 300, QStringLiteral("where a page is intentionally left blank it is still counted"));
    const layout::LayoutPage page = stripped(builder.raw());
    EXPECT_FALSE(page.furniture.intentionallyBlank);
    EXPECT_TRUE(anyLineContains(page, QStringLiteral("intentionally left blank")));
}
