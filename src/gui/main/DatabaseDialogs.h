#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace scrutineer::gui {

// File → New/Open Database: window-modal file dialogs (no nested event loop) that call back with
// the chosen path. Tests bypass them with MainWindow::openDatabase(). GUI thread only.
class DatabaseDialogs final {
public:
    using Chosen = std::function<void(const QString& path)>;
    static void chooseExisting(QWidget* parent, const QString& startPath, const Chosen& chosen);
    static void chooseNew(QWidget* parent, const QString& startPath, const Chosen& chosen);
};

} // namespace scrutineer::gui
