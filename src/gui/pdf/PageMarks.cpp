#include "pdf/PageMarks.h"

#include "pdf/PagePainter.h"

#include <QColor>

#include <algorithm>

namespace scrutineer::gui {

qint64 PageMarks::at(int page, const QPointF& point) const
{
    for (const Mark& mark : m_marks) {
        if (mark.pdfPage != page + 1)
            continue;
        for (const QRectF& box : mark.boxes) {
            if (box.adjusted(-1, -1, 1, 1).contains(point))
                return mark.id;
        }
    }
    return 0;
}

QString PageMarks::tip(qint64 id) const
{
    const auto it = std::find_if(m_marks.cbegin(), m_marks.cend(), [id](const Mark& m) { return m.id == id; });
    return it == m_marks.cend() ? QString() : it->tip;
}

void PageMarks::paint(QPainter& painter, int page, const std::function<QRectF(const QRectF&)>& toView) const
{
    for (const Mark& mark : m_marks) {
        if (mark.pdfPage != page + 1)
            continue;
        QList<QRectF> boxes;
        for (const QRectF& box : mark.boxes)
            boxes.append(toView(box));
        // A highlighter green, apart from the yellow of search and find; questions in blue.
        const QColor colour = mark.style == Mark::Style::Question ? QColor(150, 205, 255) : QColor(170, 235, 120);
        PagePainter::paintMark(painter, boxes, colour, mark.style != Mark::Style::Highlight);
    }
}

} // namespace scrutineer::gui
