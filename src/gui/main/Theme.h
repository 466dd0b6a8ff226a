#pragma once

#include "main/Preferences.h"

class QApplication;

namespace scrutineer::gui {

// Applies the app-wide look: the Fusion style with a light or dark palette (chosen in
// Preferences, or following the desktop's colour scheme as it was at start-up) and the text size
// as a scale of the desktop's font. Applying again changes every open window at once. GUI thread
// only.
class Theme final {
public:
    static void apply(QApplication& app, const Preferences& preferences);
    // With the saved preferences.
    static void apply(QApplication& app) { apply(app, Preferences::load()); }
    // Whether the palette applied last is dark.
    static bool isDark();
    // Whether the desktop asked for a dark scheme (SCRUTINEER_THEME=light|dark overrides it).
    static bool systemIsDark();
};

} // namespace scrutineer::gui
