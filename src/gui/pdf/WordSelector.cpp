#include "pdf/WordSelector.h"

#include "pdf/PageRenderer.h"

namespace scrutineer::gui {

WordSelector::WordSelector(QObject* parent) : QObject(parent) { }

void WordSelector::setRenderer(PageRenderer* renderer)
{
    m_renderer = renderer;
    connect(renderer, &PageRenderer::wordsRead, this, &WordSelector::setPageText);
}

void WordSelector::reset()
{
    m_selection = {};
    m_pageText.clear();
    m_pageTextAsked.clear();
}

void WordSelector::requestPageText(int page)
{
    if (m_pageText.contains(page)) {
        emit pageTextRead(page + 1, m_pageText.value(page));
        return;
    }
    if (m_renderer && !m_pageTextAsked.contains(page)) {
        m_pageTextAsked.insert(page);
        m_renderer->readWords(page);
    }
}

void WordSelector::setPageText(int page, const PageText& text)
{
    m_pageText.insert(page, text);
    m_pageTextAsked.remove(page);
    // A drag that ended before the page's words arrived selects them now.
    if (page == m_selection.page && m_selection.moved && !m_selection.dragging && m_selection.text.isEmpty())
        finishSelection();
    else if (page == m_selection.page && m_selection.dragging && updateSelection())
        emit changed();
    emit pageTextRead(page + 1, text);
}

bool WordSelector::updateSelection()
{
    const auto it = m_pageText.constFind(m_selection.page);
    return it != m_pageText.cend() && m_selection.takeWords(*it);
}

void WordSelector::finishSelection()
{
    if (!updateSelection()) {
        m_selection = {};
        emit changed();
        return;
    }
    emit changed();
    emit selectionChanged(m_selection.page + 1, m_selection.text);
}

void WordSelector::selectWords(int page, int first, int last)
{
    if (!m_selection.selectWords(page, m_pageText.value(page), first, last))
        return;
    emit changed();
    emit selectionChanged(page + 1, m_selection.text);
}

void WordSelector::clear(int currentPage)
{
    if (m_selection.page < 0 && m_selection.text.isEmpty())
        return;
    m_selection = {};
    emit changed();
    emit selectionChanged(currentPage + 1, {});
}

void WordSelector::press(int page, const QPointF& point, qint64 mark)
{
    m_selection = {};
    if (page >= 0)
        m_selection.press(page, point, mark);
}

void WordSelector::dragTo(const QPointF& point)
{
    m_selection.dragTo(point);
    updateSelection();
    emit changed();
}

void WordSelector::release()
{
    m_selection.dragging = false;
    if (!m_selection.moved) {
        const qint64 mark = m_selection.pressedMark;
        m_selection = {};
        emit changed();
        if (mark > 0)
            emit markClicked(mark);
        return;
    }
    // Words not read yet: setPageText() finishes the selection when they come.
    if (m_pageText.contains(m_selection.page))
        finishSelection();
}

} // namespace scrutineer::gui
