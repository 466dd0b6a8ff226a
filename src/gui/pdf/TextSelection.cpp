#include "pdf/TextSelection.h"

#include <cmath>

namespace scrutineer::gui {

void TextSelection::press(int pressedPage, const QPointF& point, qint64 mark)
{
    page = pressedPage;
    anchor = point;
    focus = point;
    dragging = true;
    pressedMark = mark;
}

void TextSelection::dragTo(const QPointF& point)
{
    focus = point;
    const QPointF distance = focus - anchor;
    moved = moved || std::abs(distance.x()) + std::abs(distance.y()) > 3;
}

bool TextSelection::takeWords(const PageText& words)
{
    if (words.isEmpty() || !moved)
        return false;
    const int first = words.wordAt(anchor);
    const int last = words.wordAt(focus);
    text = words.text(first, last);
    boxes = words.boxes(first, last);
    return !text.isEmpty();
}

bool TextSelection::selectWords(int wordsPage, const PageText& words, int first, int last)
{
    if (words.isEmpty() || first < 0 || last < 0 || first >= words.size() || last >= words.size())
        return false;
    *this = {};
    page = wordsPage;
    moved = true;
    text = words.text(first, last);
    boxes = words.boxes(first, last);
    return true;
}

} // namespace scrutineer::gui
