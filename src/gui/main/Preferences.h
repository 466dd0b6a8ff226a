#pragma once

#include <QString>

namespace scrutineer::gui {

// What the user chooses in Edit → Preferences (and the File menu's OCR toggle): each setting's
// QSettings key and default live here and nowhere else. Value type; read on any thread, saved on
// the GUI thread.
struct Preferences {
    enum class Palette { System, Light, Dark };
    // Where the reading room's panels go by default: all in one column beside the page (the page
    // gets most of the window), or on both sides of it.
    enum class PanelLayout { OneSide, BothSides };

    static constexpr int kMinTextScale = 80; // per cent of the desktop's font size
    static constexpr int kMaxTextScale = 200;

    Palette palette = Palette::System;
    int textScale = 100;
    PanelLayout panelLayout = PanelLayout::OneSide;
    bool startInReadingMode = false; // open with the panels hidden (F11 shows them)
    QString defaultDatabase; // opened at start-up without --db; empty: the embedded default
    bool importInWorker = true; // read PDFs in a separate process (a crash costs one file)
    bool ocr = true; // read pages without a text layer with OCR when importing

    static Preferences load();
    void save() const;
    // The database to open at start-up: the chosen one, else the embedded default.
    QString startupDatabase() const;

    bool operator==(const Preferences&) const = default;
};

} // namespace scrutineer::gui
