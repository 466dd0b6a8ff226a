#include "UndoActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QToolButton>
#include <QUndoStack>
#include <QWidget>

namespace scrutineer::gui {

UndoActions UndoActions::install(QUndoStack* stack, QWidget* owner, QToolButton* undoButton, QToolButton* redoButton)
{
    UndoActions actions;
    actions.undo = stack->createUndoAction(owner, QCoreApplication::translate("UndoActions", "Undo"));
    actions.redo = stack->createRedoAction(owner, QCoreApplication::translate("UndoActions", "Redo"));
    actions.undo->setShortcut(QKeySequence::Undo);
    actions.redo->setShortcut(QKeySequence::Redo);
    for (QAction* action : {actions.undo, actions.redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        owner->addAction(action);
    }
    if (undoButton)
        undoButton->setDefaultAction(actions.undo);
    if (redoButton)
        redoButton->setDefaultAction(actions.redo);
    return actions;
}

} // namespace scrutineer::gui
