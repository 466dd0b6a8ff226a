#include "pdf/PagePainter.h"

#include <QImage>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace scrutineer::gui {

QColor PagePainter::deskColour(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0x18, 0x19, 0x1b) : QColor(0xe4, 0xe6, 0xea);
}

void PagePainter::paintMessage(QPainter& painter, const QRectF& area, const QPalette& palette, const QString& message)
{
    painter.setPen(palette.color(QPalette::PlaceholderText));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    painter.drawText(area.adjusted(48, 48, -48, -48), Qt::AlignCenter | Qt::TextWordWrap, message);
}

void PagePainter::paintSheet(QPainter& painter, const QRectF& rect, const QImage& image, double devicePixelRatio,
                             const QString& pendingText)
{
    painter.fillRect(rect.translated(2, 3), QColor(0, 0, 0, 40));
    painter.fillRect(rect, Qt::white);
    if (image.isNull()) {
        painter.setPen(QColor(0x80, 0x86, 0x8b));
        painter.drawText(rect, Qt::AlignCenter, pendingText);
        return;
    }
    // A stale image from another zoom is scaled smoothly until the sharp one arrives.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, image.width() != qRound(rect.width() * devicePixelRatio));
    painter.drawImage(rect, image);
}

void PagePainter::paintHighlights(QPainter& painter, const QList<QRectF>& boxes)
{
    painter.setPen(QPen(QColor(214, 140, 0, 200), 1.5));
    painter.setBrush(QColor(255, 205, 0, 90));
    for (const QRectF& box : boxes)
        painter.drawRoundedRect(box.adjusted(-2, -1, 2, 1), 2, 2);
    painter.setBrush(Qt::NoBrush);
}

void PagePainter::paintFindMatches(QPainter& painter, const QList<QRectF>& boxes, int current)
{
    for (int i = 0; i < boxes.size(); ++i) {
        const bool isCurrent = i == current;
        painter.setPen(isCurrent ? QPen(QColor(200, 60, 0), 2) : QPen(QColor(214, 140, 0, 160), 1));
        painter.setBrush(isCurrent ? QColor(255, 120, 0, 110) : QColor(255, 230, 0, 110));
        painter.drawRect(boxes.at(i).adjusted(-1.5, -1, 1.5, 1));
    }
    painter.setBrush(Qt::NoBrush);
}

void PagePainter::paintSelection(QPainter& painter, const QList<QRectF>& boxes, const QPalette& palette)
{
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlpha(80);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    for (const QRectF& box : boxes)
        painter.drawRect(box.adjusted(-1, -1, 1, 1));
    painter.setBrush(Qt::NoBrush);
}

void PagePainter::paintMark(QPainter& painter, const QList<QRectF>& boxes, const QColor& colour, bool tab)
{
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (const QRectF& box : boxes)
        painter.drawRect(box.adjusted(-1, -1, 1, 1));
    painter.restore();
    if (tab && !boxes.isEmpty()) {
        const QRectF first = boxes.first();
        const double width = std::max(3.0, first.height() * 0.22);
        painter.fillRect(QRectF(first.left() - width - 3, first.top() - 1, width, first.height() + 2),
                         colour.darker(160));
    }
}

} // namespace scrutineer::gui
