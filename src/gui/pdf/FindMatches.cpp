#include "pdf/FindMatches.h"

#include <algorithm>

namespace scrutineer::gui {

void FindMatches::reset(const QString& text, int fromPage, int pageCount)
{
    *this = FindMatches();
    m_text = text;
    m_fromPage = std::max(0, fromPage);
    m_pageCount = text.trimmed().isEmpty() ? 0 : pageCount;
}

bool FindMatches::addPage(int page, const QList<QRectF>& boxes)
{
    ++m_pagesSearched;
    if (boxes.isEmpty())
        return false;
    QList<QRectF> sorted = boxes;
    // Reading order: top to bottom, then left to right within a line.
    std::stable_sort(sorted.begin(), sorted.end(), [](const QRectF& a, const QRectF& b) {
        if (qAbs(a.center().y() - b.center().y()) > std::min(a.height(), b.height()) / 2)
            return a.top() < b.top();
        return a.left() < b.left();
    });
    m_total += int(sorted.size() - m_boxes.value(page).size());
    m_boxes.insert(page, sorted);
    // Pages arrive from the reader's page onwards, so the first page with a match is the nearest.
    const bool nearer = !m_moved
        && (!hasCurrent()
            || ((page - m_fromPage + m_pageCount) % std::max(1, m_pageCount)
                < (m_currentPage - m_fromPage + m_pageCount) % std::max(1, m_pageCount)));
    if (!nearer)
        return false;
    m_currentPage = page;
    m_currentIndex = 0;
    return true;
}

int FindMatches::currentNumber() const
{
    if (!hasCurrent())
        return 0;
    int before = 0;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend() && it.key() < m_currentPage; ++it)
        before += int(it.value().size());
    return before + m_currentIndex + 1;
}

QRectF FindMatches::currentBox() const
{
    return hasCurrent() ? m_boxes.value(m_currentPage).value(m_currentIndex) : QRectF();
}

bool FindMatches::next()
{
    if (!hasCurrent())
        return false;
    m_moved = true;
    if (m_currentIndex + 1 < m_boxes.value(m_currentPage).size()) {
        ++m_currentIndex;
        return true;
    }
    auto it = m_boxes.upperBound(m_currentPage);
    if (it == m_boxes.cend())
        it = m_boxes.begin();
    m_currentPage = it.key();
    m_currentIndex = 0;
    return true;
}

bool FindMatches::previous()
{
    if (!hasCurrent())
        return false;
    m_moved = true;
    if (m_currentIndex > 0) {
        --m_currentIndex;
        return true;
    }
    auto it = m_boxes.lowerBound(m_currentPage);
    it = it == m_boxes.begin() ? std::prev(m_boxes.end()) : std::prev(it);
    m_currentPage = it.key();
    m_currentIndex = int(it.value().size()) - 1;
    return true;
}

} // namespace scrutineer::gui
