#pragma once

class QAction;
class QToolButton;
class QUndoStack;
class QWidget;

namespace scrutineer::gui {

// The Undo and Redo actions of one view's QUndoStack: created on the stack, owned by the view,
// with the standard shortcuts working anywhere inside the view, and shown on its tool buttons.
// GUI thread only.
class UndoActions final {
public:
    static UndoActions install(QUndoStack* stack, QWidget* owner, QToolButton* undoButton = nullptr,
                               QToolButton* redoButton = nullptr);

    QAction* undo = nullptr;
    QAction* redo = nullptr;
};

} // namespace scrutineer::gui
