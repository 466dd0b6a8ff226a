#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QMainWindow;

namespace scrutineer::gui {

// The main window's title (the open library's name, a team database by its recent-connections
// label) and the status bar's word on the library: its location as the tooltip, its meetings once
// they are counted. GUI thread only.
class WindowTitle final {
    Q_DECLARE_TR_FUNCTIONS(WindowTitle)

public:
    // `meetings`: how many the library lists, or nullopt while they are not known yet.
    static void show(QMainWindow* window, const QString& location, std::optional<int> meetings);
};

} // namespace scrutineer::gui
