#pragma once

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

// What the item delegates and table models share when they draw or tint a row: the padding, the
// smaller font of second lines, colour mixing, and whether the palette is dark. GUI thread only.
namespace scrutineer::gui {

struct DelegateStyle {
    static constexpr int kPadding = 6; // around a delegate's content, in pixels

    // The font of a row's secondary text (dates, snippets, meta lines).
    static QFont smallFont(const QFont& base)
    {
        QFont font = base;
        font.setPointSizeF(base.pointSizeF() * 0.88);
        return font;
    }
    // `a` moved towards `b` by `t` (0: a, 1: b).
    static QColor mix(const QColor& a, const QColor& b, double t)
    {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    }
    // True when the application's palette draws light text on a dark base.
    static bool darkPalette()
    {
        const QPalette palette = QApplication::palette();
        return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
    }
};

} // namespace scrutineer::gui
