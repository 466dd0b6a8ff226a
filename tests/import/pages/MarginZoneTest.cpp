#include "pages/MarginZone.h"
#include "../LayoutBuilders.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::PageBuilder;

namespace {

QRectF boxOf(const layout::LayoutPage& page, const QString& text)
{
    for (const layout::LayoutWord& word : page.words) {
        if (word.text == text)
            return word.box;
    }
    return {};
}

} // namespace

TEST(MarginZone, EdgeMarginIsAShareOfThePage)
{
    EXPECT_NEAR(parse::MarginZone::marginFor(QSizeF(595, 842)), 60, 0.01);
    EXPECT_NEAR(parse::MarginZone::marginFor(QSizeF(842, 1191)), 85, 0.1);
    EXPECT_NEAR(parse::MarginZone::marginFor(QSizeF()), 60, 0.01);
}

// Body text from the top of the page, line after line: the zone stays the edge margin, so the
// page's first lines are not margin words however far in the page begins.
TEST(MarginZone, FirstBodyLinesStayOutOfTheZone)
{
    PageBuilder builder(4);
    builder.text(118, 86, QStringLiteral("County Council, having given due regard"), 13.4)
        .text(118, 100, QStringLiteral("consideration as agenda item 5 of this meeting"), 13.4)
        .text(118, 114, QStringLiteral("following:"), 13.4)
        .text(118, 141, QStringLiteral("Capital Programme"), 13.4);
    const layout::LayoutPage page = builder.raw();
    const parse::MarginZone zone(page);
    EXPECT_NEAR(zone.top(), 60, 0.01);
    EXPECT_FALSE(zone.inTop(boxOf(page, QStringLiteral("County"))));
    EXPECT_FALSE(zone.inTop(boxOf(page, QStringLiteral("agenda"))));
}

// A running line standing apart above the text, set further in than the edge margin (a page
// grown around its content, or wider margins): the zone reaches over it, and stops at the gap.
TEST(MarginZone, BandApartAboveTheTextJoinsTheZone)
{
    for (const qreal shift : {0.0, 40.0, 70.0}) {
        PageBuilder builder(2, QSizeF(612 + shift, 792 + shift));
        builder.text(55 + shift, 52 + shift, QStringLiteral("Regular Meeting Agenda"), 9.8)
            .text(55 + shift, 85 + shift, QStringLiteral("PUBLIC MEETING VIEWING OPTIONS"), 12.7)
            .text(55 + shift, 118 + shift, QStringLiteral("The public may participate"), 11)
            .text(55 + shift, 131 + shift, QStringLiteral("1. IN PERSON"), 11)
            .text(280 + shift, 740, QStringLiteral("Page 2"), 9);
        const layout::LayoutPage page = builder.raw();
        const parse::MarginZone zone(page);
        EXPECT_TRUE(zone.inTop(boxOf(page, QStringLiteral("Regular")))) << shift;
        EXPECT_FALSE(zone.inTop(boxOf(page, QStringLiteral("PUBLIC")))) << shift;
        EXPECT_TRUE(zone.inBottom(boxOf(page, QStringLiteral("Page")))) << shift;
        EXPECT_NEAR(zone.topSetIn(), std::max(0.0, 61.8 + shift - zone.margin()), 0.01) << shift;
    }
}

// A band deeper than half a margin is text, not a running line; so is one starting more than two
// margins in (a short page's last lines, far from its foot).
TEST(MarginZone, DeepOrDistantBandIsNotAMarginBand)
{
    PageBuilder builder(1);
    for (int line = 0; line < 4; ++line)
        builder.text(72, 100 + line * 13, QStringLiteral("Heading line %1").arg(line), 11);
    builder.text(72, 300, QStringLiteral("Body"), 11).text(72, 330, QStringLiteral("Last"), 11);
    const layout::LayoutPage page = builder.raw();
    const parse::MarginZone zone(page);
    EXPECT_NEAR(zone.top(), zone.margin(), 0.01);
    EXPECT_NEAR(zone.bottom(), zone.margin(), 0.01);
}

// Vertical stamps up the side of a slide reach the zone however far in they stand, even with
// table text starting further out than they do.
TEST(MarginZone, VerticalWordsAtTheSideJoinTheZone)
{
    for (const qreal shift : {0.0, 60.0}) {
        PageBuilder builder(9, QSizeF(842 + shift, 595 + shift));
        builder.text(27 + shift, 160 + shift, QStringLiteral("1,315,610.6 Revised Base"), 10.9)
            .text(130 + shift, 180 + shift, QStringLiteral("SPENDING"), 10.9)
            .vertical(36 + shift, 274 + shift, QStringLiteral("Page"), 11.1)
            .vertical(400 + shift, 300 + shift, QStringLiteral("Rotated"), 11.1);
        const layout::LayoutPage page = builder.raw();
        const parse::MarginZone zone(page);
        EXPECT_TRUE(zone.inLeft(boxOf(page, QStringLiteral("Page")))) << shift;
        EXPECT_FALSE(zone.inLeft(boxOf(page, QStringLiteral("Rotated")))) << shift;
        EXPECT_FALSE(zone.inLeft(boxOf(page, QStringLiteral("SPENDING")))) << shift;
    }
}

// A document whose pages begin 80 pt further down than usual (132 pt on a Letter page, whose edge
// margin is 62): the set-in is measured from its pages (a lower quartile, so a cover beginning
// lower does not move it), and a band starting that much further in than two margins joins the
// zone. The foot is not measured so: a page's last lines say how full it is.
TEST(MarginZone, DocumentTopSetInCountsFromWhereThePagesBegin)
{
    QList<layout::LayoutPage> pages;
    for (int n = 1; n <= 4; ++n) {
        PageBuilder builder(n, QSizeF(612, 872));
        builder.text(55, n == 1 ? 300 : 132, QStringLiteral("Regular Meeting Agenda"), 9)
            .text(55, 170, QStringLiteral("PUBLIC MEETING VIEWING OPTIONS"), 11)
            .text(55, 400, QStringLiteral("Last line"), 11);
        pages.append(builder.raw());
    }
    const qreal setIn = parse::MarginZone::documentTopSetIn(pages);
    EXPECT_NEAR(setIn, 132 - parse::MarginZone::marginFor(QSizeF(612, 872)), 0.01);
    const layout::LayoutPage& page = pages.at(1);
    EXPECT_FALSE(parse::MarginZone(page).inTop(boxOf(page, QStringLiteral("Regular"))));
    const parse::MarginZone zone(page, setIn);
    EXPECT_TRUE(zone.inTop(boxOf(page, QStringLiteral("Regular"))));
    EXPECT_FALSE(zone.inTop(boxOf(page, QStringLiteral("PUBLIC"))));
    EXPECT_NEAR(zone.bottom(), zone.margin(), 0.01);
}
