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
PdfView::PdfView(QWidget* parent) : QAbstractScrollArea(parent), m_scroll(this)
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
    connect(&m_words, &WordSelector::changed, viewport(), qOverload<>(&QWidget::update));
    connect(&m_words, &WordSelector::selectionChanged, this, &PdfView::selectionChanged);
    connect(&m_words, &WordSelector::pageTextRead, this, &PdfView::pageTextRead);
    connect(&m_words, &WordSelector::markClicked, this, &PdfView::markClicked);
}

PdfView::~PdfView() = default;

void PdfView::setRenderer(PageRenderer* renderer)
{
    m_renderer = renderer;
    connect(renderer, &PageRenderer::opened, this, &PdfView::onOpened);
    connect(renderer, &PageRenderer::openFailed, this, [this](const QString& reason) {
        m_scroll.setPageSizes({});
        relayout(m_scroll.zoom());
        setMessage(tr("This document cannot be shown: %1").arg(reason));
    });
    connect(renderer, &PageRenderer::pageRendered, this, [this](int page) {
        if (m_scroll.viewRect(page).intersects(viewport()->rect()))
            viewport()->update(m_scroll.viewRect(page).toAlignedRect().adjusted(-2, -2, 2, 2));
    });
    connect(renderer, &PageRenderer::textFound, this, &PdfView::onTextFound);
    m_words.setRenderer(renderer);
}

void PdfView::setMessage(const QString& message)
{
    m_message = message;
    if (m_renderer && !m_renderer->isOpen()) {
        m_scroll.setPageSizes({});
        m_highlight = {};
        m_words.reset();
        relayout(m_scroll.zoom());
    }
    viewport()->update();
}

void PdfView::onOpened()
{
    m_scroll.setPageSizes(m_renderer->pageSizes());
    m_highlight = {};
    m_words.reset();
    m_scroll.resetCurrentPage();
    m_message.clear();
    relayout(m_scroll.modeZoom());
    const int page = m_pendingPage >= 0 ? m_pendingPage : 0;
    const QString highlight = m_pendingHighlight;
    m_pendingPage = -1;
    m_pendingHighlight.clear();
    goToPage(page + 1, highlight);
    updateCurrentPage();
    emit currentPageChanged(m_scroll.currentPage() + 1);
}

void PdfView::goToPage(int pdfPage, const QString& highlight)
{
    const int page = pdfPage - 1;
    if (!m_renderer || !m_renderer->isOpen()) {
        m_pendingPage = std::max(0, page);
        m_pendingHighlight = highlight;
        return;
    }
    if (page < 0 || page >= m_scroll.pageCount())
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
        m_scroll.ensureVisible(page, boxes.first());
    viewport()->update();
    emit highlightShown(page + 1, int(boxes.size()));
}

void PdfView::requestPageText(int pdfPage)
{
    const int page = pdfPage - 1;
    if (m_renderer && page >= 0 && page < m_scroll.pageCount())
        m_words.requestPageText(page);
}

void PdfView::selectWords(int pdfPage, int first, int last)
{
    m_words.selectWords(pdfPage - 1, first, last);
}

void PdfView::setMarks(const QList<Mark>& marks)
{
    m_marks.set(marks);
    viewport()->update();
}

qint64 PdfView::markAt(const QPointF& viewportPoint) const
{
    QPointF point;
    const int page = m_scroll.pageAtView(viewportPoint, &point);
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
        m_scroll.ensureVisible(m_find->currentPage(), m_find->currentBox());
    viewport()->update();
}

void PdfView::clearSelection()
{
    m_words.clear(m_scroll.currentPage());
}

void PdfView::setZoom(double zoom)
{
    m_scroll.setZoom(zoom);
    relayout(m_scroll.modeZoom());
}

void PdfView::setZoomMode(ZoomMode mode)
{
    m_scroll.setZoomMode(mode);
    relayout(m_scroll.modeZoom());
}

void PdfView::zoomIn()
{
    setZoom(PageLayout::nextZoomStep(m_scroll.zoom()));
}

void PdfView::zoomOut()
{
    setZoom(PageLayout::previousZoomStep(m_scroll.zoom()));
}

void PdfView::relayout(double zoom)
{
    m_scroll.relayout(zoom);
    viewport()->update();
    scheduleRequests();
    emit zoomChanged(m_scroll.zoom(), m_scroll.mode());
}

void PdfView::scrollToPageTop(int page)
{
    m_scroll.scrollToPageTop(page);
    updateCurrentPage();
    scheduleRequests();
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
    relayout(m_scroll.modeZoom());
}

void PdfView::updateCurrentPage()
{
    if (m_scroll.updateCurrentPage())
        emit currentPageChanged(m_scroll.currentPage() + 1);
}

int PdfView::renderDpi() const
{
    return int(std::lround(PageLayout::pixelsPerPoint(m_scroll.zoom()) * 72.0 * devicePixelRatioF()));
}

void PdfView::scheduleRequests()
{
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void PdfView::sendRequests()
{
    if (!m_renderer || m_scroll.pageCount() == 0)
        return;
    const double top = verticalScrollBar()->value();
    const auto [first, last] = m_scroll.layout().pagesIn(top, top + viewport()->height());
    if (first < 0)
        return;
    m_renderer->request(PageRenderer::Lane::View,
                        PageRenderer::viewJobs(first, last, m_scroll.currentPage(), m_scroll.pageCount(), renderDpi()));
}

void PdfView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), PagePainter::deskColour(palette()));
    if (m_scroll.pageCount() == 0)
        return PagePainter::paintMessage(painter, viewport()->rect(), palette(), m_message);
    const double top = verticalScrollBar()->value() + event->rect().top();
    const auto [first, last] = m_scroll.layout().pagesIn(top, top + event->rect().height());
    for (int page = first; page >= 0 && page <= last; ++page)
        paintPage(painter, page, m_scroll.viewRect(page));
}

void PdfView::paintPage(QPainter& painter, int page, const QRectF& rect)
{
    PagePainter::paintSheet(painter, rect, m_renderer->pages().best(page, renderDpi()), devicePixelRatioF(),
                            tr("Loading page %1…").arg(page + 1));
    m_marks.paint(painter, page, [this, page](const QRectF& box) { return m_scroll.toView(page, box); });
    if (page == m_highlight.page) {
        QList<QRectF> boxes;
        for (const QRectF& box : m_highlight.boxes)
            boxes.append(m_scroll.toView(page, box));
        PagePainter::paintHighlights(painter, boxes);
    }
    if (m_find) {
        if (const QList<QRectF> found = m_find->boxesOn(page); !found.isEmpty()) {
            QList<QRectF> boxes;
            int current = -1;
            for (int i = 0; i < found.size(); ++i) {
                boxes.append(m_scroll.toView(page, found.at(i)));
                if (m_find->isCurrent(page, i))
                    current = i;
            }
            PagePainter::paintFindMatches(painter, boxes, current);
        }
    }
    if (const TextSelection& selection = m_words.selection(); page == selection.page && !selection.boxes.isEmpty()) {
        QList<QRectF> boxes;
        for (const QRectF& box : selection.boxes)
            boxes.append(m_scroll.toView(page, box));
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
        if (m_words.hasSelection()) {
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
    const int page = m_scroll.pageAtView(event->position(), &point);
    const bool hadSelection = m_words.hasSelection();
    m_words.press(page, point, page >= 0 ? markAt(event->position()) : 0);
    if (page >= 0)
        requestPageText(page + 1);
    viewport()->update();
    if (hadSelection)
        emit selectionChanged(m_scroll.currentPage() + 1, {});
}

void PdfView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_words.isDragging())
        return QAbstractScrollArea::mouseMoveEvent(event);
    m_words.dragTo(m_scroll.clampedPointOnPage(m_words.selection().page, event->position()));
}

void PdfView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_words.isDragging())
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_words.release();
}

void PdfView::mouseDoubleClickEvent(QMouseEvent* event)
{
    QPointF point;
    const int page = m_scroll.pageAtView(event->position(), &point);
    const PageText text = m_words.pageText(page);
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
