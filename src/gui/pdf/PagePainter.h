#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QImage;
class QPainter;
class QPalette;

namespace scrutineer::gui {

// How the document view draws its pieces: the desk, a sheet with its rendered image (or a
// "Rendering…" note while it renders), search highlights, the reader's selection and the message shown
// when there is no document. Stateless; GUI thread (it paints).
class PagePainter final {
public:
    static QColor deskColour(const QPalette& palette);
    static void paintMessage(QPainter& painter, const QRectF& area, const QPalette& palette, const QString& message);
    static void paintSheet(QPainter& painter, const QRectF& rect, const QImage& image, double devicePixelRatio,
                           const QString& pendingText);
    static void paintHighlights(QPainter& painter, const QList<QRectF>& boxes);
    // Matches of a find in the document; `current` (an index into boxes, or -1) stands out.
    static void paintFindMatches(QPainter& painter, const QList<QRectF>& boxes, int current);
    // The reader's selection: the selected words, one box per line.
    static void paintSelection(QPainter& painter, const QList<QRectF>& boxes, const QPalette& palette);
    // A highlight the reader kept, like a highlighter pen over the words (the text stays black);
    // `tab` marks one with a note or question written on it at the start of its first line.
    static void paintMark(QPainter& painter, const QList<QRectF>& boxes, const QColor& colour, bool tab);
};

} // namespace scrutineer::gui
