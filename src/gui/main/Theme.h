#pragma once

class QApplication;

namespace scrutineer::gui {

// Applies the app-wide look: the Fusion style with a light or dark palette that follows the
// desktop's colour scheme at start-up. GUI thread only.
class Theme final {
public:
    static void apply(QApplication& app);
    static bool isDark();
};

} // namespace scrutineer::gui
