#pragma once

#include "pdf/PageLayout.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QAbstractScrollArea;

namespace scrutineer::gui {

// Where the document view is scrolled and how far it is zoomed: the pages laid out at the zoom
// (chosen, or fitted to the width or a page), the scroll bars' ranges, the page at the reading
// line, and the reading position kept when the zoom or the width changes. Works the scroll bars
// of the scroll area it is given. GUI thread only (the view's).
class PageScroller final {
public:
    using ZoomMode = PageLayout::ZoomMode;

    explicit PageScroller(QAbstractScrollArea* area);

    const PageLayout& layout() const { return m_layout; }
    void setPageSizes(const QList<QSizeF>& pointSizes) { m_layout.setPageSizes(pointSizes); }
    int pageCount() const { return m_layout.pageCount(); }
    double zoom() const { return m_layout.zoom(); }
    ZoomMode mode() const { return m_mode; }
    // The zoom to lay out at for the mode: the one chosen, else the one fitted last (fitted again
    // by relayout()).
    double modeZoom() const { return m_mode == ZoomMode::Custom ? m_customZoom : m_layout.zoom(); }
    // A zoom chosen (clamped to the view's range), or a mode; relayout() applies it.
    void setZoom(double zoom);
    void setZoomMode(ZoomMode mode) { m_mode = mode; }

    // Lays the pages out at a zoom (the fitted one unless the mode is Custom) and sets the scroll
    // bars, the same point of the page at the top of the viewport staying there.
    void relayout(double zoom);
    // The 0-based page at the reading line (a third of the way down the viewport).
    int currentPage() const { return m_currentPage; }
    void resetCurrentPage() { m_currentPage = 0; }
    // Settles the current page after a scroll; true when it changed.
    bool updateCurrentPage();

    // Content coordinates of the viewport's top left, a page's rectangle in the viewport, a box
    // (points on a page) in the viewport, and the page under a viewport point with that point in
    // points (-1 when no page is there) or held inside the page.
    QPointF contentOffset() const;
    QRectF viewRect(int page) const { return m_layout.viewRect(page, contentOffset()); }
    QRectF toView(int page, const QRectF& points) const { return m_layout.toView(page, points, contentOffset()); }
    int pageAtView(const QPointF& point, QPointF* pagePoint) const
    {
        return m_layout.pageAtView(point, contentOffset(), pagePoint);
    }
    QPointF clampedPointOnPage(int page, const QPointF& point) const
    {
        return m_layout.clampedPointOnPage(page, point, contentOffset());
    }

    // Scrolls a page's top into sight; the page stays current while the view rests there, even
    // when the end of the document stops it reaching the reading line.
    void scrollToPageTop(int page);
    // Scrolls a box (points on a page) a third of the way down the viewport when it is out of sight.
    void ensureVisible(int page, const QRectF& points);

private:
    void updateScrollBars();

    QAbstractScrollArea* m_area;
    PageLayout m_layout;
    ZoomMode m_mode = ZoomMode::FitWidth;
    double m_customZoom = 1.0;
    int m_currentPage = 0;
    // A page jumped to stays current while the view rests where the jump put it.
    int m_pinnedPage = -1;
    int m_pinnedScroll = -1;
};

} // namespace scrutineer::gui
