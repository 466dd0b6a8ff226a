#include "pdf/PageLayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <ranges>

namespace scrutineer::gui {
namespace {

constexpr std::array<double, 12> kSteps = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 3.0, 4.0};

} // namespace

void PageLayout::setPageSizes(const QList<QSizeF>& pointSizes)
{
    m_sizes = pointSizes;
    m_rects.clear();
    m_content = {};
}

void PageLayout::layout(double zoom, int viewportWidth)
{
    m_zoom = clampZoom(zoom);
    const double scale = pixelsPerPoint(m_zoom);
    double widest = 0;
    for (const QSizeF& size : m_sizes)
        widest = std::max(widest, size.width() * scale);
    const double columnWidth = std::max<double>(widest + 2 * kMargin, viewportWidth);
    m_rects.clear();
    m_rects.reserve(m_sizes.size());
    double y = kMargin;
    for (const QSizeF& size : m_sizes) {
        const double w = std::round(size.width() * scale);
        const double h = std::round(size.height() * scale);
        const double x = std::round((columnWidth - w) / 2.0);
        m_rects.append(QRectF(x, y, w, h));
        y += h + kGap;
    }
    const double height = m_sizes.isEmpty() ? 0 : y - kGap + kMargin;
    m_content = QSize(int(std::ceil(columnWidth)), int(std::ceil(height)));
}

QRectF PageLayout::pageRect(int index) const
{
    if (index < 0 || index >= m_rects.size())
        return {};
    return m_rects.at(index);
}

int PageLayout::pageAt(double y) const
{
    if (m_rects.isEmpty())
        return -1;
    // First page whose bottom (plus half the gap) lies below y.
    const auto it = std::lower_bound(m_rects.cbegin(), m_rects.cend(), y, [](const QRectF& rect, double value) {
        return rect.bottom() + kGap / 2.0 < value;
    });
    if (it == m_rects.cend())
        return int(m_rects.size()) - 1;
    return int(it - m_rects.cbegin());
}

std::pair<int, int> PageLayout::pagesIn(double top, double bottom) const
{
    if (m_rects.isEmpty() || bottom < top)
        return {-1, -1};
    return {pageAt(top), pageAt(bottom)};
}

double PageLayout::fitWidthZoom(int viewportWidth) const
{
    double widest = 0;
    for (const QSizeF& size : m_sizes)
        widest = std::max(widest, size.width());
    if (widest <= 0)
        return 1.0;
    return clampZoom((viewportWidth - 2.0 * kMargin) / (widest * pixelsPerPoint(1.0)));
}

double PageLayout::fitPageZoom(const QSize& viewport, int index) const
{
    if (index < 0 || index >= m_sizes.size() || m_sizes.at(index).isEmpty())
        return 1.0;
    const QSizeF page = m_sizes.at(index) * pixelsPerPoint(1.0);
    const double byWidth = (viewport.width() - 2.0 * kMargin) / page.width();
    const double byHeight = (viewport.height() - 2.0 * kGap) / page.height();
    return clampZoom(std::min(byWidth, byHeight));
}

double PageLayout::clampZoom(double zoom)
{
    if (!std::isfinite(zoom))
        return 1.0;
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

double PageLayout::nextZoomStep(double zoom)
{
    for (double step : kSteps) {
        if (step > zoom + 0.005)
            return step;
    }
    return kMaxZoom;
}

double PageLayout::previousZoomStep(double zoom)
{
    for (const double step : std::views::reverse(kSteps)) {
        if (step < zoom - 0.005)
            return step;
    }
    return kMinZoom;
}

QRectF PageLayout::toView(int index, const QRectF& points, const QPointF& offset) const
{
    const QRectF rect = viewRect(index, offset);
    const QSizeF size = m_sizes.value(index);
    if (size.isEmpty())
        return {};
    const double sx = rect.width() / size.width();
    const double sy = rect.height() / size.height();
    return QRectF(rect.left() + points.left() * sx, rect.top() + points.top() * sy, points.width() * sx,
                  points.height() * sy);
}

int PageLayout::pageAtView(const QPointF& point, const QPointF& offset, QPointF* pagePoint) const
{
    const int page = pageAt(point.y() + offset.y());
    const QRectF rect = viewRect(page, offset);
    if (page < 0 || !rect.contains(point))
        return -1;
    const QSizeF size = m_sizes.value(page);
    if (pagePoint)
        *pagePoint = QPointF((point.x() - rect.left()) * size.width() / rect.width(),
                             (point.y() - rect.top()) * size.height() / rect.height());
    return page;
}

QPointF PageLayout::clampedPointOnPage(int index, const QPointF& point, const QPointF& offset) const
{
    const QRectF page = viewRect(index, offset);
    const QPointF clamped(std::clamp(point.x(), page.left(), page.right()),
                          std::clamp(point.y(), page.top(), page.bottom()));
    const QSizeF size = m_sizes.value(index);
    return QPointF((clamped.x() - page.left()) * size.width() / page.width(),
                   (clamped.y() - page.top()) * size.height() / page.height());
}

} // namespace scrutineer::gui
