#include "marking/RegionPreview.h"

#include <QMouseEvent>
#include <QPainter>

namespace scrutineer::gui {
namespace {

constexpr int kMargin = 6;
constexpr int kGap = 10;
constexpr qreal kGrab = 5; // pixels either side of a boundary that pick it up

} // namespace

RegionPreview::RegionPreview(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void RegionPreview::setCrops(const QList<Crop>& crops)
{
    m_crops = crops;
    updateGeometry();
    update();
}

void RegionPreview::setResult(const parse::RegionTableResult& result)
{
    m_result = result;
    update();
}

void RegionPreview::setCurrent(int row, int column)
{
    m_row = row;
    m_column = column;
    update();
}

QSize RegionPreview::sizeHint() const
{
    return QSize(420, heightForWidth(420));
}

QList<QRectF> RegionPreview::targets(int width) const
{
    QList<QRectF> rects;
    qreal y = kMargin;
    const qreal w = std::max(40, width - 2 * kMargin);
    for (const Crop& crop : m_crops) {
        const QRectF& area = crop.area.rect;
        const qreal h = area.width() > 0 ? w * area.height() / area.width() : 0;
        rects.append(QRectF(kMargin, y, w, h));
        y += h + kGap;
    }
    return rects;
}

int RegionPreview::heightForWidth(int width) const
{
    const QList<QRectF> rects = targets(width);
    return rects.isEmpty() ? 120 : int(rects.last().bottom()) + kMargin;
}

void RegionPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QList<QRectF> rects = targets(width());
    const QColor line = palette().color(QPalette::Highlight);
    QColor lit = line;
    lit.setAlpha(36);
    QColor shade(0x7F, 0x7F, 0x7F, 40);
    for (int i = 0; i < m_crops.size(); ++i) {
        const Crop& crop = m_crops.at(i);
        const QRectF target = rects.at(i);
        const QRectF& area = crop.area.rect;
        const qreal scale = target.width() / area.width();
        auto yOf = [&](qreal y) { return target.top() + (y - area.top()) * scale; };
        painter.drawImage(target, crop.image);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target);
        // The headings, above the first row of the first page.
        if (i == 0 && m_result.headerLines > 0 && !m_result.rows.isEmpty()
            && m_result.rows.first().page == crop.area.page)
            painter.fillRect(QRectF(target.left(), target.top(), target.width(),
                                    std::max<qreal>(0, yOf(m_result.rows.first().top) - target.top())),
                             shade);
        // Rows: where each starts; the current one lit.
        for (int r = 0; r < m_result.rows.size(); ++r) {
            const parse::RegionRow& row = m_result.rows.at(r);
            if (row.page != crop.area.page)
                continue;
            const qreal top = yOf(row.top - 1.5);
            if (r == m_row)
                painter.fillRect(QRectF(target.left(), top, target.width(), yOf(row.bottom + 1.5) - top), lit);
            painter.setPen(QPen(QColor(0xC6, 0x28, 0x28), 1, Qt::DashLine));
            painter.drawLine(QPointF(target.left(), top), QPointF(target.right(), top));
        }
        // Columns: the boundaries, the current column lit.
        QList<double> boundaries = m_result.boundaries;
        if (m_dragging >= 0 && m_dragging < boundaries.size())
            boundaries[m_dragging] = m_dragFraction;
        if (m_column >= 0 && m_column <= boundaries.size()) {
            const double from = m_column == 0 ? 0 : boundaries.at(m_column - 1);
            const double to = m_column == boundaries.size() ? 1 : boundaries.at(m_column);
            painter.fillRect(QRectF(target.left() + from * target.width(), target.top(), (to - from) * target.width(),
                                    target.height()),
                             lit);
        }
        for (int b = 0; b < boundaries.size(); ++b) {
            const qreal x = target.left() + boundaries.at(b) * target.width();
            painter.setPen(QPen(line, b == m_dragging ? 3 : 2));
            painter.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()));
        }
    }
    if (m_crops.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Reading the page\u2026"));
    }
}

int RegionPreview::boundaryAt(const QPointF& point) const
{
    const QList<QRectF> rects = targets(width());
    for (const QRectF& target : rects) {
        if (point.y() < target.top() || point.y() > target.bottom())
            continue;
        for (int b = 0; b < m_result.boundaries.size(); ++b) {
            if (std::abs(target.left() + m_result.boundaries.at(b) * target.width() - point.x()) <= kGrab)
                return b;
        }
    }
    return -1;
}

double RegionPreview::fractionAt(qreal x) const
{
    const QList<QRectF> rects = targets(width());
    if (rects.isEmpty())
        return 0;
    return std::clamp((x - rects.first().left()) / rects.first().width(), 0.0, 1.0);
}

void RegionPreview::mousePressEvent(QMouseEvent* event)
{
    m_dragging = event->button() == Qt::LeftButton ? boundaryAt(event->position()) : -1;
    if (m_dragging >= 0)
        m_dragFraction = m_result.boundaries.at(m_dragging);
}

void RegionPreview::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging < 0) {
        setCursor(boundaryAt(event->position()) >= 0 ? Qt::SplitHCursor : Qt::ArrowCursor);
        return;
    }
    const double low = m_dragging > 0 ? m_result.boundaries.at(m_dragging - 1) + 0.01 : 0.01;
    const double high
        = m_dragging + 1 < m_result.boundaries.size() ? m_result.boundaries.at(m_dragging + 1) - 0.01 : 0.99;
    m_dragFraction = std::clamp(fractionAt(event->position().x()), low, high);
    update();
}

void RegionPreview::mouseReleaseEvent(QMouseEvent*)
{
    if (m_dragging < 0)
        return;
    const int index = m_dragging;
    m_dragging = -1;
    if (std::abs(m_dragFraction - m_result.boundaries.at(index)) > 1e-4)
        emit boundaryMoved(index, m_dragFraction);
    update();
}

void RegionPreview::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QList<QRectF> rects = targets(width());
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF& target = rects.at(i);
        if (!target.contains(event->position()))
            continue;
        const QRectF& area = m_crops.at(i).area.rect;
        emit rowStartToggled(m_crops.at(i).area.page,
                             area.top() + (event->position().y() - target.top()) * area.width() / target.width());
        return;
    }
}

} // namespace scrutineer::gui
