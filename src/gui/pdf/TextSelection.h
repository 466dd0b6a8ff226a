#pragma once

#include "pdf/PageText.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace scrutineer::gui {

// The reader's text selection in the document view: the page, where a drag started and where it
// is now (in points), the note under the press, and the words between the two ends once the
// page's words are read (one box per line). A value type; GUI thread (the view's).
struct TextSelection {
    int page = -1; // 0-based
    QPointF anchor; // points: where the drag started
    QPointF focus; // points: where it is now
    bool dragging = false;
    bool moved = false; // far enough from the press to be a drag, not a click
    qint64 pressedMark = 0; // the note under the press, activated by a click
    QString text;
    QList<QRectF> boxes; // points, one per line

    // A press at a point (points) of a page, over a note or not (0).
    void press(int pressedPage, const QPointF& point, qint64 mark);
    // The drag's end moved (points on its page): a drag once it is more than 3 points from the press.
    void dragTo(const QPointF& point);
    // Selects the words between the drag's ends from the page's words; true when some were.
    bool takeWords(const PageText& words);
    // Words first..last (reading order) of a page whose words were read, as a drag over them
    // selects them; false, and nothing changed, when they are not on it.
    bool selectWords(int wordsPage, const PageText& words, int first, int last);
};

} // namespace scrutineer::gui
