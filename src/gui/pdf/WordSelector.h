#pragma once

#include "pdf/PageText.h"
#include "pdf/TextSelection.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>

namespace scrutineer::gui {

class PageRenderer;

// The words of the document view's pages, read on the render thread and asked for once each, and
// the reader's selection of them: a press, a drag and a release (or words chosen by the program)
// become selected words once the page's words are there; a click without a drag on a note is
// that note's. Pages are 0-based; the view maps the mouse to page points. GUI thread only.
class WordSelector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordSelector)

public:
    explicit WordSelector(QObject* parent = nullptr);

    // Where the words come from (asked for with readWords(), answered by wordsRead()).
    void setRenderer(PageRenderer* renderer);
    // A new document, or none: no words kept, nothing selected, nothing said.
    void reset();

    const TextSelection& selection() const { return m_selection; }
    bool hasSelection() const { return !m_selection.text.isEmpty(); }
    // A page's words once read (empty before); requestPageText() says pageTextRead() for a page
    // read before, else asks the renderer for it unless it was asked already.
    PageText pageText(int page) const { return m_pageText.value(page); }
    void requestPageText(int page);
    // A page's words, read (the renderer's answer): a drag that ended before they came selects now.
    void setPageText(int page, const PageText& text);

    // Words first..last (reading order) of a page whose words were read, selected as a drag would.
    void selectWords(int page, int first, int last);
    // Drops the selection (the view's current page is said as the page it was on).
    void clear(int currentPage);

    // The mouse: pressed on a page (-1: none) at a point over a note (0: none), dragged to a
    // point of the pressed page, released.
    void press(int page, const QPointF& point, qint64 mark);
    bool isDragging() const { return m_selection.dragging; }
    void dragTo(const QPointF& point);
    void release();

signals:
    // The selection or its boxes changed: the view repaints.
    void changed();
    void selectionChanged(int pdfPage, const QString& text);
    void pageTextRead(int pdfPage, const scrutineer::gui::PageText& text);
    void markClicked(qint64 id);

private:
    // Recomputes the selected words from the drag's two ends; true when words were selected.
    bool updateSelection();
    void finishSelection();

    PageRenderer* m_renderer = nullptr;
    TextSelection m_selection;
    QHash<int, PageText> m_pageText; // 0-based page -> its words, once read
    QSet<int> m_pageTextAsked;
};

} // namespace scrutineer::gui
