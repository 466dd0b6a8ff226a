#pragma once

#include <QObject>

class QMainWindow;

namespace scrutineer::gui {

class ImportController;

// Files and folders dragged onto the main window: taken when the library may be imported into and
// no import is running (the status bar says how many), refused when nothing in the drag is
// importable; a drop is imported by the import controller. Watches the window's drag events.
// GUI thread only.
class ImportDrop final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDrop)

public:
    ImportDrop(QMainWindow* window, ImportController* import, QObject* parent = nullptr);

    // A reader of a team database may not import at all.
    void setMayImport(bool may) { m_mayImport = may; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* m_window;
    ImportController* m_import;
    bool m_mayImport = true;
};

} // namespace scrutineer::gui
