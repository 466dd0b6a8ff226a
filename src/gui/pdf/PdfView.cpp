#include "pdf/PdfView.h"

#include "pdf/FindMatches.h"
#include "pdf/PagePainter.h"
#include "pdf/PageRenderer.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace scrutineer::gui {
PdfView::PdfView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &PdfView::sendRequests);
}

PdfView::~PdfView() = default;

void PdfView::setRenderer(PageRenderer* renderer)
{
    m_renderer = renderer;
    connect(renderer, &PageRenderer::opened, this, &PdfView::onOpened);
    connect(renderer, &PageRenderer::openFailed, this, [this](const QString& reason) {
        m_layout.setPageSizes({});
        relayout(m_layout.zoom());
        setMessage(tr("This document cannot be shown: %1").arg(reason));
    });
    connect(renderer, &PageRenderer::pageRendered, this, [this](int page) {
        if (viewRect(page).intersects(viewport()->rect()))
            viewport()->update(viewRect(page).toAlignedRect().adjusted(-2, -2, 2, 2));
    });
    connect(renderer, &PageRenderer::textFound, this, &PdfView::onTextFound);
    connect(renderer, &PageRenderer::wordsRead, this, &PdfView::onWordsRead);
}

void PdfView::setMessage(const QString& message)
{
    m_message = message;
    if (m_renderer && !m_renderer->isOpen()) {
        m_layout.setPageSizes({});
        m_highlight = {};
        m_selection = {};
        m_pageText.clear();
        m_pageTextAsked.clear();
        relayout(m_layout.zoom());
    }
    viewport()->update();
}

void PdfView::onOpened()
{
    m_layout.setPageSizes(m_renderer->pageSizes());
    m_highlight = {};
    m_selection = {};
    m_pageText.clear();
    m_pageTextAsked.clear();
    m_currentPage = 0;
    m_message.clear();
    relayout(m_mode == ZoomMode::Custom ? m_customZoom : m_layout.zoom());
    const int page = m_pendingPage >= 0 ? m_pendingPage : 0;
    const QString highlight = m_pendingHighlight;
    m_pendingPage = -1;
    m_pendingHighlight.clear();
    goToPage(page + 1, highlight);
    updateCurrentPage();
    emit currentPageChanged(m_currentPage + 1);
}

void PdfView::goToPage(int pdfPage, const QString& highlight)
{
    const int page = pdfPage - 1;
    if (!m_renderer || !m_renderer->isOpen()) {
        m_pendingPage = std::max(0, page);
        m_pendingHighlight = highlight;
        return;
    }
    if (page < 0 || page >= m_layout.pageCount())
        return;
    m_highlight = {};
    scrollToPageTop(page);
    if (!highlight.trimmed().isEmpty()) {
        m_highlight.page = page;
        m_highlight.text = highlight;
        m_renderer->findText(page, highlight);
    }
    viewport()->update();
}

void PdfView::onTextFound(int page, const QString& text, const QList<QRectF>& boxes)
{
    if (page != m_highlight.page || text != m_highlight.text)
        return;
    m_highlight.boxes = boxes;
    if (!boxes.isEmpty())
        ensureVisible(page, boxes.first());
    viewport()->update();
    emit highlightShown(page + 1, int(boxes.size()));
}

void PdfView::requestPageText(int pdfPage)
{
    const int page = pdfPage - 1;
    if (!m_renderer || page < 0 || page >= m_layout.pageCount())
        return;
    if (m_pageText.contains(page)) {
        emit pageTextRead(pdfPage, m_pageText.value(page));
        return;
    }
    if (!m_pageTextAsked.contains(page)) {
        m_pageTextAsked.insert(page);
        m_renderer->readWords(page);
    }
}

void PdfView::onWordsRead(int page, const PageText& text)
{
    m_pageText.insert(page, text);
    m_pageTextAsked.remove(page);
    // A drag that ended before the page's words arrived selects them now.
    if (page == m_selection.page && m_selection.moved && !m_selection.dragging && m_selection.text.isEmpty())
        finishSelection();
    else if (page == m_selection.page && m_selection.dragging && updateSelection())
        viewport()->update();
    emit pageTextRead(page + 1, text);
}

bool PdfView::updateSelection()
{
    const auto it = m_pageText.constFind(m_selection.page);
    return it != m_pageText.cend() && m_selection.takeWords(*it);
}

void PdfView::finishSelection()
{
    if (!updateSelection()) {
        m_selection = {};
        viewport()->update();
        return;
    }
    viewport()->update();
    emit selectionChanged(m_selection.page + 1, m_selection.text);
}

void PdfView::selectWords(int pdfPage, int first, int last)
{
    const int page = pdfPage - 1;
    if (!m_selection.selectWords(page, m_pageText.value(page), first, last))
        return;
    viewport()->update();
    emit selectionChanged(pdfPage, m_selection.text);
}

void PdfView::setMarks(const QList<Mark>& marks)
{
    m_marks.set(marks);
    viewport()->update();
}

qint64 PdfView::markAt(const QPointF& viewportPoint) const
{
    QPointF point;
    const int page = pageAtViewPoint(viewportPoint, &point);
    return page < 0 ? 0 : m_marks.at(page, point);
}

void PdfView::setFindMatches(const FindMatches* matches)
{
    m_find = matches;
    viewport()->update();
}

void PdfView::revealCurrentMatch()
{
    if (m_find && m_find->hasCurrent())
        ensureVisible(m_find->currentPage(), m_find->currentBox());
    viewport()->update();
}

void PdfView::clearSelection()
{
    if (m_selection.page < 0 && m_selection.text.isEmpty())
        return;
    m_selection = {};
    viewport()->update();
    emit selectionChanged(m_currentPage + 1, {});
}

void PdfView::setZoom(double zoom)
{
    m_mode = ZoomMode::Custom;
    m_customZoom = PageLayout::clampZoom(zoom);
    relayout(m_customZoom);
}

void PdfView::setZoomMode(ZoomMode mode)
{
    m_mode = mode;
    relayout(mode == ZoomMode::Custom ? m_customZoom : m_layout.zoom());
}

void PdfView::zoomIn()
{
    setZoom(PageLayout::nextZoomStep(m_layout.zoom()));
}

void PdfView::zoomOut()
{
    setZoom(PageLayout::previousZoomStep(m_layout.zoom()));
}

void PdfView::relayout(double zoom)
{
    // Keep the reading position: the same point of the same page stays at the top of the viewport.
    const int anchorPage = m_layout.pageAt(verticalScrollBar()->value());
    const QRectF before = m_layout.pageRect(anchorPage);
    const double fraction = before.height() > 0 ? (verticalScrollBar()->value() - before.top()) / before.height() : 0;

    const QSize available = maximumViewportSize();
    const int widthForFit = available.width() - verticalScrollBar()->sizeHint().width();
    if (m_mode == ZoomMode::FitWidth)
        zoom = m_layout.fitWidthZoom(widthForFit);
    else if (m_mode == ZoomMode::FitPage)
        zoom = m_layout.fitPageZoom(available, std::max(0, m_currentPage));
    m_layout.layout(zoom, viewport()->width());
    updateScrollBars();
    if (anchorPage >= 0) {
        const QRectF after = m_layout.pageRect(anchorPage);
        verticalScrollBar()->setValue(int(std::round(after.top() + fraction * after.height())));
    }
    viewport()->update();
    scheduleRequests();
    emit zoomChanged(m_layout.zoom(), m_mode);
}

void PdfView::updateScrollBars()
{
    const QSize content = m_layout.contentSize();
    const QSize view = viewport()->size();
    verticalScrollBar()->setPageStep(std::max(1, view.height() - 40));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
}

QPointF PdfView::contentOffset() const
{
    // A column narrower than the viewport is centred by the layout itself.
    return QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QRectF PdfView::viewRect(int page) const
{
    return m_layout.viewRect(page, contentOffset());
}

QRectF PdfView::toView(int page, const QRectF& points) const
{
    return m_layout.toView(page, points, contentOffset());
}

int PdfView::pageAtViewPoint(const QPointF& point, QPointF* pagePoint) const
{
    return m_layout.pageAtView(point, contentOffset(), pagePoint);
}

void PdfView::scrollToPageTop(int page)
{
    const QRectF rect = m_layout.pageRect(page);
    m_pinnedPage = page;
    m_pinnedScroll = std::clamp(int(rect.top()) - PageLayout::kGap / 2, 0, verticalScrollBar()->maximum());
    verticalScrollBar()->setValue(m_pinnedScroll);
    updateCurrentPage();
    scheduleRequests();
}

void PdfView::ensureVisible(int page, const QRectF& points)
{
    const QRectF box = toView(page, points);
    if (viewport()->rect().contains(box.toAlignedRect()))
        return;
    // Put the box a third of the way down, where the eye expects it after a jump.
    const int target = verticalScrollBar()->value() + int(box.top() - viewport()->height() / 3.0);
    verticalScrollBar()->setValue(target);
    const int centreX = horizontalScrollBar()->value() + int(box.center().x() - viewport()->width() / 2.0);
    if (box.left() < 0 || box.right() > viewport()->width())
        horizontalScrollBar()->setValue(centreX);
}

void PdfView::scrollContentsBy(int, int)
{
    viewport()->update();
    updateCurrentPage();
    scheduleRequests();
}

void PdfView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout(m_mode == ZoomMode::Custom ? m_customZoom : m_layout.zoom());
}

void PdfView::updateCurrentPage()
{
    if (m_layout.pageCount() == 0)
        return;
    const int value = verticalScrollBar()->value();
    int page = m_layout.pageAt(value + viewport()->height() / 3.0);
    if (m_pinnedPage >= 0 && value == m_pinnedScroll)
        page = m_pinnedPage;
    else if (value >= verticalScrollBar()->maximum() && verticalScrollBar()->maximum() > 0)
        page = m_layout.pageAt(value + viewport()->height() - 1);
    if (value != m_pinnedScroll)
        m_pinnedPage = -1;
    if (page != m_currentPage && page >= 0) {
        m_currentPage = page;
        emit currentPageChanged(page + 1);
    }
}

int PdfView::renderDpi() const
{
    return int(std::lround(PageLayout::pixelsPerPoint(m_layout.zoom()) * 72.0 * devicePixelRatioF()));
}

void PdfView::scheduleRequests()
{
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void PdfView::sendRequests()
{
    if (!m_renderer || m_layout.pageCount() == 0)
        return;
    const double top = verticalScrollBar()->value();
    const auto [first, last] = m_layout.pagesIn(top, top + viewport()->height());
    if (first < 0)
        return;
    m_renderer->request(PageRenderer::Lane::View,
                        PageRenderer::viewJobs(first, last, m_currentPage, m_layout.pageCount(), renderDpi()));
}

void PdfView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), PagePainter::deskColour(palette()));
    if (m_layout.pageCount() == 0)
        return PagePainter::paintMessage(painter, viewport()->rect(), palette(), m_message);
    const double top = verticalScrollBar()->value() + event->rect().top();
    const auto [first, last] = m_layout.pagesIn(top, top + event->rect().height());
    for (int page = first; page >= 0 && page <= last; ++page)
        paintPage(painter, page, viewRect(page));
}

void PdfView::paintPage(QPainter& painter, int page, const QRectF& rect)
{
    PagePainter::paintSheet(painter, rect, m_renderer->pages().best(page, renderDpi()), devicePixelRatioF(),
                            tr("Loading page %1…").arg(page + 1));
    m_marks.paint(painter, page, [this, page](const QRectF& box) { return toView(page, box); });
    if (page == m_highlight.page) {
        QList<QRectF> boxes;
        for (const QRectF& box : m_highlight.boxes)
            boxes.append(toView(page, box));
        PagePainter::paintHighlights(painter, boxes);
    }
    if (m_find) {
        if (const QList<QRectF> found = m_find->boxesOn(page); !found.isEmpty()) {
            QList<QRectF> boxes;
            int current = -1;
            for (int i = 0; i < found.size(); ++i) {
                boxes.append(toView(page, found.at(i)));
                if (m_find->isCurrent(page, i))
                    current = i;
            }
            PagePainter::paintFindMatches(painter, boxes, current);
        }
    }
    if (page == m_selection.page && !m_selection.boxes.isEmpty()) {
        QList<QRectF> boxes;
        for (const QRectF& box : m_selection.boxes)
            boxes.append(toView(page, box));
        PagePainter::paintSelection(painter, boxes, palette());
    }
}

void PdfView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfView::keyPressEvent(QKeyEvent* event)
{
    QScrollBar* bar = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Home:
        bar->setValue(0);
        return;
    case Qt::Key_End:
        bar->setValue(bar->maximum());
        return;
    case Qt::Key_Space:
        bar->triggerAction(event->modifiers() & Qt::ShiftModifier ? QAbstractSlider::SliderPageStepSub
                                                                  : QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Escape:
        if (!m_selection.text.isEmpty()) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    QPointF point;
    const int page = pageAtViewPoint(event->position(), &point);
    const bool hadSelection = !m_selection.text.isEmpty();
    m_selection = {};
    if (page >= 0) {
        m_selection.press(page, point, markAt(event->position()));
        requestPageText(page + 1);
    }
    viewport()->update();
    if (hadSelection)
        emit selectionChanged(m_currentPage + 1, {});
}

void PdfView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_selection.dragging)
        return QAbstractScrollArea::mouseMoveEvent(event);
    m_selection.dragTo(m_layout.clampedPointOnPage(m_selection.page, event->position(), contentOffset()));
    updateSelection();
    viewport()->update();
}

void PdfView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_selection.dragging)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_selection.dragging = false;
    if (!m_selection.moved) {
        const qint64 mark = m_selection.pressedMark;
        m_selection = {};
        viewport()->update();
        if (mark > 0)
            emit markClicked(mark);
        return;
    }
    // Words not read yet: onWordsRead() finishes the selection when they come.
    if (m_pageText.contains(m_selection.page))
        finishSelection();
}

void PdfView::mouseDoubleClickEvent(QMouseEvent* event)
{
    QPointF point;
    const int page = pageAtViewPoint(event->position(), &point);
    const PageText text = m_pageText.value(page);
    if (event->button() != Qt::LeftButton || page < 0 || !text.isOnWord(point))
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    const int word = text.wordAt(point);
    selectWords(page + 1, word, word);
}

void PdfView::contextMenuEvent(QContextMenuEvent* event)
{
    emit contextMenuRequested(event->globalPos(), markAt(event->pos()));
    event->accept();
}

bool PdfView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const qint64 id = markAt(help->pos());
        if (const QString tip = id > 0 ? m_marks.tip(id) : QString(); !tip.isEmpty())
            QToolTip::showText(help->globalPos(), tip, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace scrutineer::gui
