#include "pdf/PageScroller.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace scrutineer::gui {

PageScroller::PageScroller(QAbstractScrollArea* area) : m_area(area) { }

void PageScroller::setZoom(double zoom)
{
    m_mode = ZoomMode::Custom;
    m_customZoom = PageLayout::clampZoom(zoom);
}

void PageScroller::relayout(double zoom)
{
    QScrollBar* vertical = m_area->verticalScrollBar();
    // Keep the reading position: the same point of the same page stays at the top of the viewport.
    const int anchorPage = m_layout.pageAt(vertical->value());
    const QRectF before = m_layout.pageRect(anchorPage);
    const double fraction = before.height() > 0 ? (vertical->value() - before.top()) / before.height() : 0;

    const QSize available = m_area->maximumViewportSize();
    const int widthForFit = available.width() - vertical->sizeHint().width();
    if (m_mode == ZoomMode::FitWidth)
        zoom = m_layout.fitWidthZoom(widthForFit);
    else if (m_mode == ZoomMode::FitPage)
        zoom = m_layout.fitPageZoom(available, std::max(0, m_currentPage));
    m_layout.layout(zoom, m_area->viewport()->width());
    updateScrollBars();
    if (anchorPage >= 0) {
        const QRectF after = m_layout.pageRect(anchorPage);
        vertical->setValue(int(std::round(after.top() + fraction * after.height())));
    }
}

void PageScroller::updateScrollBars()
{
    const QSize content = m_layout.contentSize();
    const QSize view = m_area->viewport()->size();
    m_area->verticalScrollBar()->setPageStep(std::max(1, view.height() - 40));
    m_area->horizontalScrollBar()->setPageStep(view.width());
    m_area->verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    m_area->horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
}

QPointF PageScroller::contentOffset() const
{
    // A column narrower than the viewport is centred by the layout itself.
    return QPointF(m_area->horizontalScrollBar()->value(), m_area->verticalScrollBar()->value());
}

bool PageScroller::updateCurrentPage()
{
    if (m_layout.pageCount() == 0)
        return false;
    const QScrollBar* vertical = m_area->verticalScrollBar();
    const int height = m_area->viewport()->height();
    const int value = vertical->value();
    int page = m_layout.pageAt(value + height / 3.0);
    if (m_pinnedPage >= 0 && value == m_pinnedScroll)
        page = m_pinnedPage;
    else if (value >= vertical->maximum() && vertical->maximum() > 0)
        page = m_layout.pageAt(value + height - 1);
    if (value != m_pinnedScroll)
        m_pinnedPage = -1;
    if (page == m_currentPage || page < 0)
        return false;
    m_currentPage = page;
    return true;
}

void PageScroller::scrollToPageTop(int page)
{
    const QRectF rect = m_layout.pageRect(page);
    QScrollBar* vertical = m_area->verticalScrollBar();
    m_pinnedPage = page;
    m_pinnedScroll = std::clamp(int(rect.top()) - PageLayout::kGap / 2, 0, vertical->maximum());
    vertical->setValue(m_pinnedScroll);
}

void PageScroller::ensureVisible(int page, const QRectF& points)
{
    const QRectF box = toView(page, points);
    const QWidget* viewport = m_area->viewport();
    if (viewport->rect().contains(box.toAlignedRect()))
        return;
    // Put the box a third of the way down, where the eye expects it after a jump.
    QScrollBar* vertical = m_area->verticalScrollBar();
    QScrollBar* horizontal = m_area->horizontalScrollBar();
    const int target = vertical->value() + int(box.top() - viewport->height() / 3.0);
    vertical->setValue(target);
    const int centreX = horizontal->value() + int(box.center().x() - viewport->width() / 2.0);
    if (box.left() < 0 || box.right() > viewport->width())
        horizontal->setValue(centreX);
}

} // namespace scrutineer::gui
