#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QSizeF>

namespace scrutineer::gui {

// The geometry of a continuously scrolled document: where each page sits, in device-independent
// pixels, for a zoom factor and a viewport width. Pure value type; any thread.
class PageLayout final {
public:
    enum class ZoomMode { Custom, FitWidth, FitPage };

    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 4.0;
    static constexpr int kGap = 12; // pixels between pages
    static constexpr int kMargin = 16; // pixels around the column of pages

    void setPageSizes(const QList<QSizeF>& pointSizes);
    const QList<QSizeF>& pageSizes() const { return m_sizes; }
    int pageCount() const { return int(m_sizes.size()); }

    // Recomputes page rectangles for a zoom (1.0 = 100%: 96 px per inch on a 96 dpi screen).
    void layout(double zoom, int viewportWidth);
    double zoom() const { return m_zoom; }
    QSize contentSize() const { return m_content; }

    // Page rectangle in content coordinates (0-based index).
    QRectF pageRect(int index) const;
    // The page under a content y (nearest when between pages), -1 when empty.
    int pageAt(double y) const;
    // Pages that intersect [top, bottom], as a first/last pair; {-1,-1} when none.
    std::pair<int, int> pagesIn(double top, double bottom) const;

    // The same geometry seen through a viewport scrolled to `offset` (content coordinates of its
    // top left): a page's rectangle there, a box (points on a page) there, and the page under a
    // viewport point with that point in points (-1 when no page is there).
    QRectF viewRect(int index, const QPointF& offset) const { return pageRect(index).translated(-offset); }
    QRectF toView(int index, const QRectF& points, const QPointF& offset) const;
    int pageAtView(const QPointF& point, const QPointF& offset, QPointF* pagePoint) const;
    // A viewport point held inside a page's rectangle, in points on that page (a drag that leaves
    // the page selects to its edge).
    QPointF clampedPointOnPage(int index, const QPointF& point, const QPointF& offset) const;

    // Zoom that fits the widest page to the viewport width, or a whole page in the viewport.
    double fitWidthZoom(int viewportWidth) const;
    double fitPageZoom(const QSize& viewport, int index) const;
    static double clampZoom(double zoom);
    // Standard steps for zoom in/out from any factor.
    static double nextZoomStep(double zoom);
    static double previousZoomStep(double zoom);
    // Pixels per point at a zoom.
    static double pixelsPerPoint(double zoom) { return zoom * 96.0 / 72.0; }

private:
    QList<QSizeF> m_sizes;
    QList<QRectF> m_rects;
    QSize m_content;
    double m_zoom = 1.0;
};

} // namespace scrutineer::gui
