#include "../LayoutBuilders.h"
#include "minutes/MinutesLines.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

// A minutes line's cells (name | role in an attendance table) split at gaps measured in the
// line's own type height, so the same line printed larger or smaller splits the same way.

namespace {

// The cells' texts of the first line of a one-page minutes document.
QStringList cellsOfFirstLine(const PageBuilder& page)
{
    const QList<parse::MinutesLine> lines = parse::minutes::collectLines(documentOf({page.build()}), 1, 1);
    QStringList texts;
    if (!lines.isEmpty()) {
        for (const auto& cell : lines.first().cells)
            texts.append(cell.second);
    }
    return texts;
}

} // namespace

TEST(MinutesLineCells, CellsSplitAlikeAtAnyTypeSize)
{
    for (const qreal scale : {0.5, 1.0, 2.0}) {
        // A name and a role 22 pt apart at 11 pt type: two cells.
        PageBuilder table(1, QSizeF(595 * scale, 842 * scale));
        table.row(100 * scale, {{72 * scale, QStringLiteral("Mrs A Smith")}, {150 * scale, QStringLiteral("Chair")}},
                  11 * scale);
        EXPECT_EQ(cellsOfFirstLine(table), QStringList({QStringLiteral("Mrs A Smith"), QStringLiteral("Chair")}))
            << scale;
        // A justified line, words 8 pt apart at 11 pt type: one cell.
        PageBuilder justified(1, QSizeF(595 * scale, 842 * scale));
        justified.row(100 * scale,
                      {{72 * scale, QStringLiteral("The")},
                       {96.5 * scale, QStringLiteral("committee")},
                       {153.5 * scale, QStringLiteral("noted")}},
                      11 * scale);
        EXPECT_EQ(cellsOfFirstLine(justified), QStringList({QStringLiteral("The committee noted")})) << scale;
    }
}
