#pragma once

#include "layout/LayoutPage.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <utility>

namespace scrutineer::gui {

// The words of one page in reading order (lines top to bottom, words left to right), for
// selecting text by dragging over it and for finding a highlight's quote again on a revised
// page. Built on the render thread from the page's layout, then read on the GUI thread. Value
// type; any thread.
class PageText final {
public:
    struct Word {
        QString text;
        QRectF box; // points
        int line = 0;
        bool spaceAfter = true;
    };

    PageText() = default;
    PageText(const QList<layout::LayoutWord>& words, int pdfPage);

    bool isEmpty() const { return m_words.isEmpty(); }
    int size() const { return int(m_words.size()); }
    const QList<Word>& words() const { return m_words; }

    // The word under a point (points), else the nearest word of the nearest line: where a
    // selection starts or ends. -1 when the page has no words.
    int wordAt(const QPointF& point) const;
    // Whether the point is on a word (not just near one).
    bool isOnWord(const QPointF& point) const;
    // The words first..last (inclusive, either order) as one line of text, and their boxes
    // merged into one box per line.
    QString text(int first, int last) const;
    QList<QRectF> boxes(int first, int last) const;
    // The first and last word where `quote` is printed on the page, compared as text is matched
    // elsewhere (case, quotes and dashes folded) and ignoring spaces; {-1, -1} when it is not.
    std::pair<int, int> find(const QString& quote) const;

private:
    QList<Word> m_words;
};

} // namespace scrutineer::gui
