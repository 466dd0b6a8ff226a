// Geometry of the continuous view: page placement, hit testing, fit zooms, zoom steps, labels.
#include "pdf/PageLabel.h"
#include "pdf/PageLayout.h"

#include <gtest/gtest.h>

using scrutineer::gui::PageLabel;
using scrutineer::gui::PageLayout;

namespace {

PageLayout mixedPack()
{
    PageLayout layout;
    // A4 portrait, A4 landscape, A3 landscape, a slide.
    layout.setPageSizes({QSizeF(595, 842), QSizeF(842, 595), QSizeF(1191, 842), QSizeF(720, 540)});
    return layout;
}

} // namespace

TEST(PageLayout, PagesStackTopToBottomCentredWithGaps)
{
    PageLayout layout = mixedPack();
    layout.layout(1.0, 2000);
    const double scale = PageLayout::pixelsPerPoint(1.0);
    const QRectF first = layout.pageRect(0);
    const QRectF second = layout.pageRect(1);
    EXPECT_DOUBLE_EQ(first.top(), PageLayout::kMargin);
    EXPECT_NEAR(first.width(), 595 * scale, 1.0);
    EXPECT_DOUBLE_EQ(second.top(), first.bottom() + PageLayout::kGap);
    EXPECT_NEAR(first.center().x(), second.center().x(), 1.0);
    EXPECT_EQ(layout.contentSize().width(), 2000);
    EXPECT_NEAR(layout.contentSize().height(), layout.pageRect(3).bottom() + PageLayout::kMargin, 1.0);
    EXPECT_EQ(layout.pageRect(4), QRectF());
}

TEST(PageLayout, WidestPageSetsTheColumnWhenWiderThanTheViewport)
{
    PageLayout layout = mixedPack();
    layout.layout(2.0, 400);
    EXPECT_NEAR(layout.contentSize().width(), 1191 * PageLayout::pixelsPerPoint(2.0) + 2 * PageLayout::kMargin, 2.0);
    EXPECT_GE(layout.pageRect(0).left(), PageLayout::kMargin);
}

TEST(PageLayout, PageAtFindsThePageUnderAPointAndTheNearestBetweenPages)
{
    PageLayout layout = mixedPack();
    layout.layout(1.0, 1000);
    EXPECT_EQ(layout.pageAt(0), 0);
    EXPECT_EQ(layout.pageAt(layout.pageRect(1).center().y()), 1);
    EXPECT_EQ(layout.pageAt(layout.pageRect(2).top() - 1), 2);
    EXPECT_EQ(layout.pageAt(1e9), 3);
    const auto [first, last] = layout.pagesIn(layout.pageRect(1).top(), layout.pageRect(2).bottom());
    EXPECT_EQ(first, 1);
    EXPECT_EQ(last, 2);
    PageLayout empty;
    empty.layout(1.0, 100);
    EXPECT_EQ(empty.pageAt(10), -1);
    EXPECT_EQ(empty.pagesIn(0, 10).first, -1);
}

TEST(PageLayout, FitZoomsAreClampedToTheSupportedRange)
{
    PageLayout layout;
    layout.setPageSizes({QSizeF(595, 842)});
    const double width = layout.fitWidthZoom(800);
    EXPECT_NEAR(595 * PageLayout::pixelsPerPoint(width), 800 - 2 * PageLayout::kMargin, 1.0);
    const double page = layout.fitPageZoom(QSize(800, 600), 0);
    EXPECT_LE(842 * PageLayout::pixelsPerPoint(page), 600.0);
    EXPECT_DOUBLE_EQ(layout.fitWidthZoom(50), PageLayout::kMinZoom);
    EXPECT_DOUBLE_EQ(layout.fitWidthZoom(100000), PageLayout::kMaxZoom);
    EXPECT_DOUBLE_EQ(PageLayout::clampZoom(9.0), 4.0);
    EXPECT_DOUBLE_EQ(PageLayout::clampZoom(0.1), 0.5);
}

TEST(PageLayout, ZoomStepsWalkTheStandardLadderWithinLimits)
{
    EXPECT_DOUBLE_EQ(PageLayout::nextZoomStep(1.0), 1.1);
    EXPECT_DOUBLE_EQ(PageLayout::nextZoomStep(1.03), 1.1);
    EXPECT_DOUBLE_EQ(PageLayout::previousZoomStep(1.0), 0.9);
    EXPECT_DOUBLE_EQ(PageLayout::nextZoomStep(4.0), 4.0);
    EXPECT_DOUBLE_EQ(PageLayout::previousZoomStep(0.5), 0.5);
}

TEST(PageLabel, ShowsThePrintedPageBesideThePdfPage)
{
    EXPECT_EQ(PageLabel::text(23, 21, 256), QStringLiteral("Page 21 · PDF p. 23"));
    EXPECT_EQ(PageLabel::text(2, std::nullopt, 256), QStringLiteral("PDF p. 2 of 256"));
    EXPECT_TRUE(PageLabel::text(0, std::nullopt, 0).isEmpty());
    EXPECT_EQ(PageLabel::accessibleText(23, 21, 256), QStringLiteral("Pack page 21, PDF page 23 of 256"));
}
