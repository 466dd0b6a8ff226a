#include "LayoutBuilders.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::PageBuilder;

TEST(LineBuilder, GroupsWordsByBandAndSortsByX)
{
    PageBuilder page(1);
    page.text(300, 100, QStringLiteral("right half")).text(72, 101, QStringLiteral("left half")).text(72, 130,
                                                                                                     QStringLiteral("next"));
    const layout::LayoutPage built = page.build();
    ASSERT_EQ(built.lines.size(), 2);
    EXPECT_EQ(built.lines.at(0).text(), QStringLiteral("left half right half"));
    EXPECT_EQ(built.lines.at(1).text(), QStringLiteral("next"));
}

TEST(LineBuilder, VerticalWordsStayOutOfLines)
{
    PageBuilder page(1, QSizeF(842, 595));
    page.text(72, 100, QStringLiteral("Body text")).vertical(20, 300, QStringLiteral("Page"));
    const layout::LayoutPage built = page.build();
    ASSERT_EQ(built.lines.size(), 1);
    EXPECT_EQ(built.lines.first().text(), QStringLiteral("Body text"));
}

TEST(LineBuilder, CellsSplitAtWideGaps)
{
    PageBuilder page(1);
    page.row(100, {{72, QStringLiteral("1.1.1")}, {150, QStringLiteral("Provide the newsletter")},
                   {400, QStringLiteral("Aug 2018")}});
    const layout::LayoutPage built = page.build();
    ASSERT_EQ(built.lines.size(), 1);
    const auto cells = built.lines.first().cells(20);
    ASSERT_EQ(cells.size(), 3);
    EXPECT_EQ(cells.at(1).text(), QStringLiteral("Provide the newsletter"));
    EXPECT_EQ(cells.at(2).text(), QStringLiteral("Aug 2018"));
}
