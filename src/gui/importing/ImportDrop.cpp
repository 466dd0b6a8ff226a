#include "importing/ImportDrop.h"

#include "importing/ImportController.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>

namespace scrutineer::gui {

ImportDrop::ImportDrop(QMainWindow* window, ImportController* import, QObject* parent)
    : QObject(parent), m_window(window), m_import(import)
{
    window->installEventFilter(this);
}

bool ImportDrop::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto* enter = static_cast<QDragEnterEvent*>(event);
        const QStringList paths = ImportController::droppedPaths(enter->mimeData());
        if (paths.isEmpty() || m_import->isRunning() || !m_mayImport) {
            enter->ignore();
            return true;
        }
        m_window->statusBar()->showMessage(tr("Drop to import %n item(s)", nullptr, int(paths.size())), 3000);
        enter->acceptProposedAction();
        return true;
    }
    case QEvent::DragMove:
        static_cast<QDragMoveEvent*>(event)->acceptProposedAction();
        return true;
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = ImportController::droppedPaths(drop->mimeData());
        if (paths.isEmpty() || !m_mayImport) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        m_import->importPaths(paths);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace scrutineer::gui
