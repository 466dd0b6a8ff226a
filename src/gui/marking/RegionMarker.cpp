#include "marking/RegionMarker.h"

#include "pdf/PdfView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace scrutineer::gui {

RegionMarker::RegionMarker(PdfView* view) : QWidget(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("regionMarker"));
    setAttribute(Qt::WA_TransparentForMouseEvents, true);
    setAttribute(Qt::WA_NoSystemBackground, true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setGeometry(view->viewport()->rect());
    view->viewport()->installEventFilter(this);
    auto repaint = [this] { update(); };
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view, &PdfView::zoomChanged, this, repaint);
    connect(view, &PdfView::currentPageChanged, this, repaint);
    show();
    raise();
}

void RegionMarker::setMarking(bool marking)
{
    m_marking = marking;
    setAttribute(Qt::WA_TransparentForMouseEvents, !marking);
    if (marking) {
        raise();
        setFocus(Qt::OtherFocusReason);
    } else {
        m_dragPage = 0;
        m_dragRect = {};
    }
    update();
}

void RegionMarker::addArea(const PageArea& area)
{
    m_areas.removeIf([&](const PageArea& a) { return a.page == area.page; });
    m_areas.append(area);
    std::sort(m_areas.begin(), m_areas.end(), [](const PageArea& a, const PageArea& b) { return a.page < b.page; });
    update();
    emit areasChanged();
}

void RegionMarker::clearAreas()
{
    m_areas.clear();
    update();
    emit areasChanged();
}

void RegionMarker::setShown(const QList<Shown>& shown)
{
    m_shown = shown;
    update();
}

bool RegionMarker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

QRectF RegionMarker::toView(const PageArea& area) const
{
    const QRectF page = m_view->pageRectInView(area.page);
    const QSizeF size = m_view->pageSizeInPoints(area.page);
    if (page.isEmpty() || size.isEmpty())
        return {};
    const qreal sx = page.width() / size.width();
    const qreal sy = page.height() / size.height();
    return QRectF(page.left() + area.rect.left() * sx, page.top() + area.rect.top() * sy, area.rect.width() * sx,
                  area.rect.height() * sy);
}

void RegionMarker::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor kept(0x2E, 0x7D, 0x32);
    for (const Shown& table : std::as_const(m_shown)) {
        for (int i = 0; i < table.areas.size(); ++i) {
            const QRectF rect = toView(table.areas.at(i));
            if (!rect.intersects(QRectF(this->rect())))
                continue;
            painter.setPen(QPen(kept, 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
            if (i == 0 && !table.label.isEmpty()) {
                const QFontMetrics metrics(font());
                // Above the rectangle's right end: a table's title stands at its left.
                const qreal width = metrics.horizontalAdvance(table.label) + 12;
                const QRectF tag(rect.right() - width, rect.top() - metrics.height() - 4, width, metrics.height() + 4);
                painter.setPen(Qt::NoPen);
                painter.setBrush(kept);
                painter.drawRoundedRect(tag, 3, 3);
                painter.setPen(Qt::white);
                painter.drawText(tag, Qt::AlignCenter, table.label);
            }
        }
    }
    if (!m_marking && m_areas.isEmpty())
        return;
    const QColor marking = palette().color(QPalette::Highlight);
    QColor fill = marking;
    fill.setAlpha(40);
    QList<PageArea> drawn = m_areas;
    if (m_dragPage > 0 && !m_dragRect.isEmpty())
        drawn.append({m_dragPage, m_dragRect});
    for (const PageArea& area : std::as_const(drawn)) {
        painter.setPen(QPen(marking, 2));
        painter.setBrush(fill);
        painter.drawRect(toView(area));
    }
}

void RegionMarker::mousePressEvent(QMouseEvent* event)
{
    if (!m_marking || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    QPointF point;
    m_dragPage = m_view->pageAtPoint(event->position(), &point);
    m_dragStart = point;
    m_dragRect = {};
}

void RegionMarker::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_marking || m_dragPage <= 0)
        return QWidget::mouseMoveEvent(event);
    const QRectF page = m_view->pageRectInView(m_dragPage);
    const QSizeF size = m_view->pageSizeInPoints(m_dragPage);
    const QPointF clamped(std::clamp(event->position().x(), page.left(), page.right()),
                          std::clamp(event->position().y(), page.top(), page.bottom()));
    const QPointF point((clamped.x() - page.left()) * size.width() / page.width(),
                        (clamped.y() - page.top()) * size.height() / page.height());
    m_dragRect = QRectF(m_dragStart, point).normalized();
    update();
}

void RegionMarker::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_marking || m_dragPage <= 0)
        return QWidget::mouseReleaseEvent(event);
    const int page = m_dragPage;
    const QRectF rect = m_dragRect;
    m_dragPage = 0;
    m_dragRect = {};
    if (rect.width() >= 8 && rect.height() >= 8)
        addArea({page, rect});
    update();
}

void RegionMarker::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_marking && !m_areas.isEmpty())
        emit readRequested();
    else
        QWidget::mouseDoubleClickEvent(event);
}

void RegionMarker::keyPressEvent(QKeyEvent* event)
{
    if (!m_marking)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Escape:
        emit cancelled();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_areas.isEmpty())
            emit readRequested();
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        clearAreas();
        return;
    default:
        break;
    }
    // Scrolling and paging keep working while marking.
    QCoreApplication::sendEvent(m_view, event);
}

} // namespace scrutineer::gui
