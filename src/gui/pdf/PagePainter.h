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
    static void paintSelection(QPainter& painter, const QRectF& area, const QPalette& palette);
};

} // namespace scrutineer::gui
