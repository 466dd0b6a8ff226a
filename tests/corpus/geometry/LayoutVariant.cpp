#include "LayoutVariant.h"

namespace scrutineer::testing {

QList<layout::LayoutPage> LayoutVariant::apply(const QList<layout::LayoutPage>& pages) const
{
    QList<layout::LayoutPage> changed = pages;
    for (layout::LayoutPage& page : changed) {
        page.size = QSizeF(page.size.width() * scale + shiftX, page.size.height() * scale + shiftY);
        for (layout::LayoutWord& word : page.words) {
            const QRectF& box = word.box;
            word.box = QRectF(box.left() * scale + shiftX, box.top() * scale + shiftY, box.width() * scale,
                              box.height() * scale);
        }
        page.lines.clear();
        page.furniture = {};
    }
    return changed;
}

QList<LayoutVariant> LayoutVariant::standard()
{
    // SCRUTINEER_GEOMETRY_VARIANT="scale,right,down" runs that one variant instead (to bisect).
    const QStringList own = qEnvironmentVariable("SCRUTINEER_GEOMETRY_VARIANT").split(QLatin1Char(','));
    if (own.size() == 3) {
        return {{QStringLiteral("scale %1, right %2, down %3").arg(own.at(0), own.at(1), own.at(2)),
                 own.at(0).toDouble(), own.at(1).toDouble(), own.at(2).toDouble()}};
    }
    return {
        {QStringLiteral("scale 0.5"), 0.5, 0, 0},
        {QStringLiteral("scale 0.94"), 0.94, 0, 0},
        {QStringLiteral("scale 1.2"), 1.2, 0, 0},
        {QStringLiteral("scale 1.41 (A4 to A3)"), 1.41, 0, 0},
        {QStringLiteral("margins +18 pt"), 1.0, 18, 18},
        {QStringLiteral("margins +25 pt"), 1.0, 25, 25},
        {QStringLiteral("scale 0.94, margins +25 pt"), 0.94, 25, 25},
        {QStringLiteral("scale 1.2, margins +18 pt"), 1.2, 18, 18},
        {QStringLiteral("scale 0.85, margins +40 pt"), 0.85, 40, 40},
        {QStringLiteral("content down 80 pt"), 1.0, 0, 80},
    };
}

} // namespace scrutineer::testing
