// Where the document view is scrolled and zoomed, on a bare scroll area: the reading line's page,
// a page jumped to staying current at the end of the document, and the reading position kept
// across a zoom.
#include "pdf/PageScroller.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

#include <gtest/gtest.h>

using scrutineer::gui::PageLayout;
using scrutineer::gui::PageScroller;

namespace {

struct ScrollerArea {
    ScrollerArea()
    {
        area.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        area.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        area.resize(420, 360);
        area.show();
        scroller.setPageSizes({QSizeF(595, 842), QSizeF(595, 842), QSizeF(595, 842), QSizeF(595, 842)});
        scroller.relayout(1.0);
    }
    QAbstractScrollArea area;
    PageScroller scroller {&area};
};

} // namespace

TEST(PageScroller, FitsTheWidthAndSetsTheScrollBars)
{
    ScrollerArea view;
    EXPECT_EQ(view.scroller.mode(), PageScroller::ZoomMode::FitWidth);
    EXPECT_LT(view.scroller.zoom(), 1.0);
    EXPECT_EQ(view.area.verticalScrollBar()->maximum(),
              view.scroller.layout().contentSize().height() - view.area.viewport()->height());
    EXPECT_EQ(view.scroller.currentPage(), 0);
    EXPECT_FALSE(view.scroller.updateCurrentPage());
}

TEST(PageScroller, APageJumpedToStaysCurrentAtTheEndOfTheDocument)
{
    ScrollerArea view;
    view.scroller.scrollToPageTop(1);
    EXPECT_TRUE(view.scroller.updateCurrentPage());
    EXPECT_EQ(view.scroller.currentPage(), 1);
    EXPECT_EQ(view.scroller.layout().pageAt(view.area.verticalScrollBar()->value() + PageLayout::kGap), 1);
    // The last page's top cannot reach the top of the viewport: it is current all the same.
    view.scroller.scrollToPageTop(3);
    EXPECT_TRUE(view.scroller.updateCurrentPage());
    EXPECT_EQ(view.scroller.currentPage(), 3);
    // Scrolled away by the reader: the reading line decides again.
    view.area.verticalScrollBar()->setValue(0);
    EXPECT_TRUE(view.scroller.updateCurrentPage());
    EXPECT_EQ(view.scroller.currentPage(), 0);
}

TEST(PageScroller, AChosenZoomIsClampedAndKeepsTheReadingPosition)
{
    ScrollerArea view;
    view.scroller.scrollToPageTop(2);
    view.scroller.setZoom(10.0);
    EXPECT_EQ(view.scroller.mode(), PageScroller::ZoomMode::Custom);
    EXPECT_DOUBLE_EQ(view.scroller.modeZoom(), PageLayout::kMaxZoom);
    view.scroller.relayout(view.scroller.modeZoom());
    EXPECT_DOUBLE_EQ(view.scroller.zoom(), PageLayout::kMaxZoom);
    EXPECT_EQ(view.scroller.layout().pageAt(view.area.verticalScrollBar()->value()), 2);
}

TEST(PageScroller, ABoxOutOfSightIsScrolledAThirdOfTheWayDown)
{
    ScrollerArea view;
    const QRectF box(100, 700, 50, 10); // near the foot of page 3
    view.scroller.ensureVisible(2, box);
    const QRectF shown = view.scroller.toView(2, box);
    EXPECT_NEAR(shown.top(), view.area.viewport()->height() / 3.0, 2.0);
    EXPECT_TRUE(view.area.viewport()->rect().contains(shown.toAlignedRect()));
}
