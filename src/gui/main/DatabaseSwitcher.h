#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QMainWindow;

namespace scrutineer::gui {

class DatabaseOpener;

// Switching the main window to another library: File → New/Open Database, the recent list and
// team databases, a server tried off the GUI thread before the window switches (DatabaseOpener),
// the status bar saying what it waits for, and the dialog when a library cannot be opened; when
// nothing is open and a server cannot be reached, the user's own library opens instead. The window
// opens the library itself (`open`). GUI thread only.
class DatabaseSwitcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSwitcher)

public:
    using Open = std::function<bool(const QString& location)>;
    using Current = std::function<QString()>;
    DatabaseSwitcher(QMainWindow* window, Open open, Current current);

    DatabaseOpener* opener() const { return m_opener; }
    // Opens a file at once, and a team database once its server has answered.
    void openWhenReachable(const QString& location);
    // File → New Database (createNew) or Open Database: a file dialog, then the library chosen.
    void choose(bool createNew);
    // Tells the user a library could not be opened, and logs it.
    void showError(const QString& location, const QString& reason);

private:
    QMainWindow* m_window;
    Open m_open;
    Current m_current;
    DatabaseOpener* m_opener;
};

} // namespace scrutineer::gui
