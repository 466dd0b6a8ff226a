#include "pdf/ToolIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QWidget>

namespace scrutineer::gui {
namespace {

void drawGlyph(QPainter& p, ToolIcons::Glyph glyph)
{
    // Drawn on a 24x24 grid.
    switch (glyph) {
    case ToolIcons::Glyph::ZoomIn:
    case ToolIcons::Glyph::ZoomOut:
        p.drawEllipse(QPointF(10, 10), 6.5, 6.5);
        p.drawLine(QPointF(15, 15), QPointF(20.5, 20.5));
        p.drawLine(QPointF(7, 10), QPointF(13, 10));
        if (glyph == ToolIcons::Glyph::ZoomIn)
            p.drawLine(QPointF(10, 7), QPointF(10, 13));
        break;
    case ToolIcons::Glyph::FitWidth:
        p.drawRect(QRectF(5, 3.5, 14, 17));
        p.drawLine(QPointF(2, 12), QPointF(22, 12));
        p.drawPolyline(QPolygonF({QPointF(4.5, 9.5), QPointF(2, 12), QPointF(4.5, 14.5)}));
        p.drawPolyline(QPolygonF({QPointF(19.5, 9.5), QPointF(22, 12), QPointF(19.5, 14.5)}));
        break;
    case ToolIcons::Glyph::FitPage:
        p.drawRect(QRectF(6, 3.5, 12, 17));
        p.drawPolyline(QPolygonF({QPointF(2.5, 6), QPointF(2.5, 2.5), QPointF(6, 2.5)}));
        p.drawPolyline(QPolygonF({QPointF(18, 2.5), QPointF(21.5, 2.5), QPointF(21.5, 6)}));
        p.drawPolyline(QPolygonF({QPointF(2.5, 18), QPointF(2.5, 21.5), QPointF(6, 21.5)}));
        p.drawPolyline(QPolygonF({QPointF(18, 21.5), QPointF(21.5, 21.5), QPointF(21.5, 18)}));
        break;
    case ToolIcons::Glyph::PreviousPage:
        p.drawPolyline(QPolygonF({QPointF(6, 15), QPointF(12, 9), QPointF(18, 15)}));
        break;
    case ToolIcons::Glyph::NextPage:
        p.drawPolyline(QPolygonF({QPointF(6, 9), QPointF(12, 15), QPointF(18, 9)}));
        break;
    case ToolIcons::Glyph::Thumbnails:
        p.drawRect(QRectF(3.5, 3.5, 7, 8));
        p.drawRect(QRectF(3.5, 13.5, 7, 7));
        p.drawLine(QPointF(13.5, 5.5), QPointF(20.5, 5.5));
        p.drawLine(QPointF(13.5, 9.5), QPointF(20.5, 9.5));
        p.drawLine(QPointF(13.5, 15.5), QPointF(20.5, 15.5));
        p.drawLine(QPointF(13.5, 19.5), QPointF(20.5, 19.5));
        break;
    }
}

QPixmap render(ToolIcons::Glyph glyph, const QColor& colour, int size, double ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    p.setPen(QPen(colour, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    drawGlyph(p, glyph);
    return pixmap;
}

} // namespace

QIcon ToolIcons::icon(Glyph glyph, const QWidget* widget)
{
    const QPalette& palette = widget->palette();
    const double ratio = widget->devicePixelRatioF();
    QIcon icon;
    for (int size : {16, 20, 24, 32}) {
        icon.addPixmap(render(glyph, palette.color(QPalette::Active, QPalette::ButtonText), size, ratio), QIcon::Normal);
        icon.addPixmap(render(glyph, palette.color(QPalette::Disabled, QPalette::ButtonText), size, ratio),
                       QIcon::Disabled);
    }
    return icon;
}

} // namespace scrutineer::gui
