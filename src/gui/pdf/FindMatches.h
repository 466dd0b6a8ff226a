#pragma once

#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

namespace scrutineer::gui {

// What "find in this document" has found so far: the boxes (PDF points) of every match, page by
// page as the pages are searched, and which match is the current one. Next and previous walk the
// matches in reading order and wrap round. Value type; GUI thread (it is the view's state).
class FindMatches final {
public:
    // Starts again for `text`; the first match at or after `fromPage` (0-based) becomes current.
    void reset(const QString& text, int fromPage, int pageCount);
    // The boxes found on one page (0-based). Returns true when this made a match current.
    bool addPage(int page, const QList<QRectF>& boxes);

    QString text() const { return m_text; }
    int total() const { return m_total; }
    bool finished() const { return m_pagesSearched >= m_pageCount; }
    bool hasCurrent() const { return m_currentPage >= 0; }
    // 1-based position of the current match among all found so far (0 when none).
    int currentNumber() const;
    int currentPage() const { return m_currentPage; }
    QRectF currentBox() const;
    QList<QRectF> boxesOn(int page) const { return m_boxes.value(page); }
    bool isCurrent(int page, int index) const { return page == m_currentPage && index == m_currentIndex; }

    // Moves to the next (or previous) match in reading order, wrapping round; false when none.
    bool next();
    bool previous();

private:
    QString m_text;
    QMap<int, QList<QRectF>> m_boxes; // pages with matches only
    int m_fromPage = 0;
    int m_pageCount = 0;
    int m_pagesSearched = 0;
    int m_total = 0;
    int m_currentPage = -1;
    int m_currentIndex = -1;
    bool m_moved = false; // the reader chose a match: pages searched later do not take it away
};

} // namespace scrutineer::gui
