#pragma once

#include "pdf/PageLayout.h"
#include "pdf/PageMarks.h"
#include "pdf/PageScroller.h"
#include "pdf/PageText.h"
#include "pdf/WordSelector.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QRectF>
#include <QTimer>

namespace scrutineer::gui {

class FindMatches;
class PageRenderer;

// Shows every page of a document in one continuous scroll, zoomed 50-400% or fitted to the width
// or the page, with search-hit highlights, the reader's highlights and notes drawn over the
// words they quote, and a text selection made by dragging over words (a double-click takes one
// word). Pages and their words come from a PageRenderer (read off the GUI thread); only visible
// pages are asked for. Where it is scrolled and zoomed is PageScroller's, the pages' words and the
// selection WordSelector's. GUI thread only.
class PdfView final : public QAbstractScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfView)

public:
    using ZoomMode = PageLayout::ZoomMode;

    using Mark = PageMarks::Mark;

    explicit PdfView(QWidget* parent = nullptr);
    ~PdfView() override;

    void setRenderer(PageRenderer* renderer);
    // What the view says when it has no pages: a hint, or why the document could not be shown.
    void setMessage(const QString& message);

    int pageCount() const { return m_scroll.pageCount(); }
    // 1-based physical page at the reading line (a third of the way down the viewport).
    int currentPage() const { return m_scroll.currentPage() + 1; }
    double zoom() const { return m_scroll.zoom(); }
    ZoomMode zoomMode() const { return m_scroll.mode(); }
    QList<QRectF> highlightBoxes() const { return m_highlight.boxes; }
    int highlightPage() const { return m_highlight.page + 1; }
    QString selectedText() const { return m_words.selection().text; }
    // The page (1-based, 0 when nothing is selected) and the selected words' boxes, one per line.
    int selectionPage() const { return m_words.hasSelection() ? m_words.selection().page + 1 : 0; }
    QList<QRectF> selectionBoxes() const { return m_words.hasSelection() ? m_words.selection().boxes : QList<QRectF> {}; }
    // Selects words first..last (reading order) of a page whose words were read, as a drag does.
    void selectWords(int pdfPage, int first, int last);

    // The notes to draw over the pages (replacing the ones drawn before), and the one under a
    // viewport point (0 when none).
    void setMarks(const QList<Mark>& marks);
    const QList<Mark>& marks() const { return m_marks.all(); }
    qint64 markAt(const QPointF& viewportPoint) const;
    // The words of a 1-based page in reading order: pageTextRead() follows (at once when read
    // before). pageText() is empty until then.
    void requestPageText(int pdfPage);
    PageText pageText(int pdfPage) const { return m_words.pageText(pdfPage - 1); }
    // For overlays drawn over the pages (gui/marking): where a 1-based page is drawn in the
    // viewport, its size in points, and the page under a viewport point with that point in PDF
    // points (0 when no page is there).
    QRectF pageRectInView(int pdfPage) const { return m_scroll.viewRect(pdfPage - 1); }
    QSizeF pageSizeInPoints(int pdfPage) const { return m_scroll.layout().pageSizes().value(pdfPage - 1); }
    int pageAtPoint(const QPointF& viewportPoint, QPointF* pagePoint) const
    {
        return m_scroll.pageAtView(viewportPoint, pagePoint) + 1;
    }

    // The matches of a find in the document to draw over the pages (owned by the caller; null
    // for none), and scrolling to the current one when it is not in sight.
    void setFindMatches(const FindMatches* matches);
    void revealCurrentMatch();

public slots:
    // Scrolls to a 1-based page (once the document is open) and highlights the text on it.
    void goToPage(int pdfPage, const QString& highlight = {});
    void setZoom(double zoom);
    void setZoomMode(ZoomMode mode);
    void zoomIn();
    void zoomOut();
    void clearSelection();

signals:
    void currentPageChanged(int pdfPage);
    void zoomChanged(double zoom, ZoomMode mode);
    // The user dragged over some words of a page (empty text when the selection is cleared).
    void selectionChanged(int pdfPage, const QString& text);
    void highlightShown(int pdfPage, int boxes);
    void pageTextRead(int pdfPage, const scrutineer::gui::PageText& text);
    // A click (without a drag) on a note drawn over the page.
    void markClicked(qint64 id);
    // The context menu was asked for, over a note (its id) or not (0).
    void contextMenuRequested(const QPoint& globalPos, qint64 markId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Highlight {
        int page = -1;
        QString text;
        QList<QRectF> boxes; // points
    };

    void onOpened();
    void onTextFound(int page, const QString& text, const QList<QRectF>& boxes);
    void relayout(double zoom);
    void updateCurrentPage();
    void scheduleRequests();
    void sendRequests();
    int renderDpi() const;
    void scrollToPageTop(int page);
    void paintPage(QPainter& painter, int page, const QRectF& rect);

    PageRenderer* m_renderer = nullptr;
    PageScroller m_scroll;
    int m_pendingPage = -1; // page to show once the document has opened
    QString m_pendingHighlight;
    QString m_message;
    Highlight m_highlight;
    const FindMatches* m_find = nullptr;
    WordSelector m_words;
    PageMarks m_marks;
    QTimer m_requestTimer;
};

} // namespace scrutineer::gui
