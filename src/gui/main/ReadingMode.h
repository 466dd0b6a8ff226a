#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace scrutineer::gui {

// Reading mode: one checkable action (F11) that hides the main window's docks and toolbars so the
// page gets the whole window, and puts back exactly those that were shown when it is left.
// GUI thread only.
class ReadingMode final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingMode)

public:
    explicit ReadingMode(QMainWindow* window);

    QAction* action() const { return m_action; }
    bool isActive() const;
    void setActive(bool active);

signals:
    void toggled(bool active);

private:
    QMainWindow* m_window;
    QAction* m_action;
    QList<QPointer<QWidget>> m_hidden; // what reading mode hid, to show again
    QByteArray m_state; // the window's docks and toolbars, with their sizes, before it hid them
};

} // namespace scrutineer::gui
