#include "main/Preferences.h"

#include "Database.h"

#include <QSettings>

#include <algorithm>

namespace scrutineer::gui {
namespace {

const QString kPalette = QStringLiteral("appearance/palette");
const QString kTextScale = QStringLiteral("appearance/textScale");
const QString kPanelLayout = QStringLiteral("reading/panelLayout");
const QString kReadingMode = QStringLiteral("reading/startInReadingMode");
const QString kDefaultDatabase = QStringLiteral("database/default");
const QString kWorker = QStringLiteral("import/worker");
const QString kOcr = QStringLiteral("import/ocr"); // also the File menu's "Read Scanned Pages"

QString paletteName(Preferences::Palette palette)
{
    switch (palette) {
    case Preferences::Palette::Light:
        return QStringLiteral("light");
    case Preferences::Palette::Dark:
        return QStringLiteral("dark");
    case Preferences::Palette::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    const QString palette = settings.value(kPalette).toString();
    p.palette = palette == QLatin1String("light") ? Palette::Light
        : palette == QLatin1String("dark")        ? Palette::Dark
                                                  : Palette::System;
    p.textScale = std::clamp(settings.value(kTextScale, 100).toInt(), kMinTextScale, kMaxTextScale);
    p.panelLayout = settings.value(kPanelLayout).toString() == QLatin1String("both-sides") ? PanelLayout::BothSides
                                                                                           : PanelLayout::OneSide;
    p.startInReadingMode = settings.value(kReadingMode, false).toBool();
    p.defaultDatabase = settings.value(kDefaultDatabase).toString();
    p.importInWorker = settings.value(kWorker, true).toBool();
    p.ocr = settings.value(kOcr, true).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kPalette, paletteName(palette));
    settings.setValue(kTextScale, std::clamp(textScale, kMinTextScale, kMaxTextScale));
    settings.setValue(kPanelLayout,
                      panelLayout == PanelLayout::BothSides ? QStringLiteral("both-sides")
                                                            : QStringLiteral("one-side"));
    settings.setValue(kReadingMode, startInReadingMode);
    if (defaultDatabase.trimmed().isEmpty())
        settings.remove(kDefaultDatabase);
    else
        settings.setValue(kDefaultDatabase, defaultDatabase.trimmed());
    settings.setValue(kWorker, importInWorker);
    settings.setValue(kOcr, ocr);
}

QString Preferences::startupDatabase() const
{
    return defaultDatabase.trimmed().isEmpty() ? Database::defaultPath() : defaultDatabase.trimmed();
}

} // namespace scrutineer::gui
