#include "tables/RowSpacing.h"
#include "tables/RowCutter.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;

namespace {

// A body line at `top`, 10 pt high: a measure cell and, when given, a target cell.
RoleLine spacingLine(qreal top, const QString& measure, const QString& target = QString())
{
    RoleLine line;
    line.keys = {role::Measure, role::Target};
    line.assigned.line.pageNumber = 1;
    line.assigned.line.box = QRectF(40, top, 400, 10);
    for (const QString& text : {measure, target}) {
        QList<layout::LayoutWord> cell;
        if (!text.isEmpty())
            cell.append(layout::LayoutWord {text, QRectF(40, top, 50, 10)});
        line.assigned.cells.append(cell);
    }
    return line;
}

const QStringList& spacingTracked()
{
    static const QStringList tracked {role::Target};
    return tracked;
}

} // namespace

TEST(RowSpacing, EveryLineARowWhenEachCarriesItsFigures)
{
    const QList<RoleLine> lines {spacingLine(100, QStringLiteral("Calls"), QStringLiteral("90%")),
                                 spacingLine(114, QStringLiteral("Visits"), QStringLiteral("75%")),
                                 spacingLine(128, QStringLiteral("Bins"), QStringLiteral("98%")),
                                 spacingLine(142, QStringLiteral("Fly-tips"), QStringLiteral("12"))};
    const RowSpacing spacing(lines, role::Measure, spacingTracked());
    EXPECT_DOUBLE_EQ(spacing.basePitch(), 14);
    EXPECT_TRUE(spacing.uniform());
    EXPECT_TRUE(spacing.singleLineRows());
    EXPECT_EQ(spacing.anchored(), 4);
    EXPECT_EQ(spacing.complete(), 4);
    EXPECT_EQ(spacing.rowTrackedCells(), 1);
    EXPECT_EQ(spacing.trackedCells(lines.at(0)), 1);
}

TEST(RowSpacing, RowsOfWrappedCellsLeaveWiderGaps)
{
    // Two rows whose measures wrap over three and two lines, 12 pt apart; 26 pt between rows.
    const QList<RoleLine> lines {
        spacingLine(100, QStringLiteral("Percentage"), QStringLiteral("90%")),
        spacingLine(112, QStringLiteral("of calls")), spacingLine(124, QStringLiteral("answered")),
        spacingLine(150, QStringLiteral("Visits"), QStringLiteral("75%")), spacingLine(162, QStringLiteral("made"))};
    const RowSpacing spacing(lines, role::Measure, spacingTracked());
    EXPECT_DOUBLE_EQ(spacing.basePitch(), 12);
    EXPECT_FALSE(spacing.uniform());
    EXPECT_FALSE(spacing.singleLineRows());
    EXPECT_EQ(spacing.anchored(), 5);
    EXPECT_EQ(spacing.complete(), 2);
    EXPECT_EQ(spacing.trackedCells(lines.at(1)), 0);
}

TEST(RowSpacing, SectionRowsGiveNoPitch)
{
    QList<RoleLine> lines {spacingLine(100, QStringLiteral("Calls"), QStringLiteral("90%")),
                           spacingLine(140, QStringLiteral("Waste services")),
                           spacingLine(160, QStringLiteral("Bins"), QStringLiteral("98%")),
                           spacingLine(175, QStringLiteral("Fly-tips"), QStringLiteral("12"))};
    lines[1].spanning = true;
    const RowSpacing spacing(lines, role::Measure, spacingTracked());
    EXPECT_DOUBLE_EQ(spacing.basePitch(), 15); // only Bins -> Fly-tips is a step between lines
    EXPECT_EQ(spacing.anchored(), 3); // the section row is no anchored line
}

TEST(RowSpacing, NoLinesMeasureTheTypeAlone)
{
    const RowSpacing spacing({}, role::Measure, spacingTracked());
    EXPECT_DOUBLE_EQ(spacing.basePitch(), 13); // 1.3 of a 10 pt line, the height assumed
    EXPECT_TRUE(spacing.uniform());
    EXPECT_FALSE(spacing.singleLineRows());
    EXPECT_EQ(spacing.anchored(), 0);
}
