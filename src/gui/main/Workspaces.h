#pragma once

#include <QObject>

#include <QList>

class QAction;
class QActionGroup;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace scrutineer::gui {

class ChairTools;

// The main window's workspaces: reading a pack, or one of the officers' and chairs' tools
// (actions, resolutions, performance, reports, recommendations). Owns the checkable actions that
// switch between them (for a toolbar and the View menu), keeps the central stack and the tools'
// tab in step, and the window's Undo/Redo, which follow the tool on show. GUI thread only.
class Workspaces final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspaces)

public:
    enum class Workspace { Reading, Actions, Resolutions, Performance, Reports, Recommendations };

    Workspaces(QStackedWidget* stack, QWidget* reading, ChairTools* tools, QObject* parent = nullptr);

    QList<QAction*> actions() const { return m_actions; }
    // Edit menu entries acting on the shown tool's history (disabled while reading).
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    Workspace current() const { return m_current; }
    void setEnabled(bool enabled);
    // The history of edits made while reading (tables marked on the page): Undo/Redo follow it
    // in the Read workspace.
    void setReadingUndoStack(QUndoStack* stack);
    // A dock's own history (the review queue's): the window's Undo/Redo act on it while the
    // focus is inside `panel`, and the panel's own actions give up their keys to them, so Ctrl+Z
    // has one meaning everywhere.
    void adoptPanelUndoStack(QUndoStack* stack, QWidget* panel);

public slots:
    void show(Workspace workspace);

signals:
    void currentChanged(Workspace workspace);

private:
    QWidget* pageOf(Workspace workspace) const;
    void syncWithTools(int tab);
    QUndoStack* stackOf(Workspace workspace) const;

    QStackedWidget* m_stack;
    QWidget* m_reading;
    ChairTools* m_tools;
    QActionGroup* m_group;
    QUndoGroup* m_undoGroup;
    QUndoStack* m_readingStack = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QList<QAction*> m_actions;
    Workspace m_current = Workspace::Reading;
};

} // namespace scrutineer::gui
