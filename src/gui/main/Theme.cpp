#include "main/Theme.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>

namespace scrutineer::gui {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor highlight(0x3d, 0x7e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    // Bevels, separators and frames: the Fusion defaults are light-palette greys.
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3a, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
    return p;
}

// What the desktop gave before the first apply() replaced it.
struct Desktop {
    bool captured = false;
    bool dark = false;
    QFont font;
};

Desktop& desktop()
{
    static Desktop d;
    return d;
}

bool g_dark = false;

void capture()
{
    Desktop& d = desktop();
    if (d.captured)
        return;
    d.captured = true;
    // Qt 6.4 has no colour-scheme hint: read the platform's own palette (what the desktop set).
    d.dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    d.font = QGuiApplication::font();
}

} // namespace

bool Theme::systemIsDark()
{
    const QByteArray forced = qgetenv("SCRUTINEER_THEME").toLower();
    if (forced == "dark" || forced == "light")
        return forced == "dark";
    capture();
    return desktop().dark;
}

bool Theme::isDark()
{
    return g_dark;
}

void Theme::apply(QApplication& app, const Preferences& preferences)
{
    capture();
    g_dark = preferences.palette == Preferences::Palette::Dark
        || (preferences.palette == Preferences::Palette::System && systemIsDark());
    if (!app.style() || app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(g_dark ? darkPalette() : app.style()->standardPalette());
    QFont font = desktop().font;
    const int scale = std::clamp(preferences.textScale, Preferences::kMinTextScale, Preferences::kMaxTextScale);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale / 100.0);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * scale / 100.0));
    app.setFont(font);
    // Qt 6.4 leaves windows already open at the font they resolved; a window with no font of its
    // own takes the application's again when given an empty one (its children follow).
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->font().resolveMask() == 0)
            window->setFont(QFont());
    }
}

} // namespace scrutineer::gui
