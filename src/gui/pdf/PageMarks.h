#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace scrutineer::gui {

// The reader's highlights, notes and questions drawn over the document view's pages: each one's
// boxes in points on its page, the one under a point, its tooltip, and how it is painted. GUI
// thread only.
class PageMarks final {
public:
    // A note drawn over its page: the boxes (points) of the words it quotes, coloured by kind.
    struct Mark {
        enum class Style { Highlight, Note, Question };
        qint64 id = 0;
        int pdfPage = 0; // 1-based
        QList<QRectF> boxes;
        Style style = Style::Highlight;
        QString tip; // shown when the pointer rests on it
    };

    void set(const QList<Mark>& marks) { m_marks = marks; }
    const QList<Mark>& all() const { return m_marks; }
    // The mark under a point (points) of a 0-based page; 0 when none.
    qint64 at(int page, const QPointF& point) const;
    // The tooltip of the mark with this id; empty when it has none.
    QString tip(qint64 id) const;
    // Paints the marks of a 0-based page, `toView` mapping a box in points to the viewport.
    void paint(QPainter& painter, int page, const std::function<QRectF(const QRectF&)>& toView) const;

private:
    QList<Mark> m_marks;
};

} // namespace scrutineer::gui
