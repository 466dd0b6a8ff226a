#include "main/WindowMenus.h"

#include "main/PreferencesController.h"
#include "main/ReadingMode.h"
#include "main/Workspaces.h"
#include "meetings/AgendaPanel.h"
#include "meetings/MeetingsNavigator.h"
#include "notes/HighlightController.h"
#include "notes/NotesPanel.h"
#include "pdf/PdfViewer.h"
#include "review/ReviewRoom.h"
#include "search/SearchPanel.h"
#include "ui_MainWindow.h"

#include <QDockWidget>
#include <QStatusBar>

namespace scrutineer::gui {

void WindowMenus::build(QMainWindow* window, Ui::MainWindow* ui, const Features& features)
{
    PdfViewer* viewer = ui->pdfViewer;
    Workspaces* workspaces = features.workspaces;
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->menuView->addActions(viewer->zoomActions());
    ui->menuView->addSeparator();
    ui->menuView->addAction(viewer->thumbnailsAction());
    ui->menuFile->insertAction(ui->actionQuit, viewer->printAction());
    ui->menuFile->insertSeparator(ui->actionQuit);
    QObject::connect(viewer, &PdfViewer::printFinished, window,
                     [window](const QString& text) { window->statusBar()->showMessage(text, 10000); });
    ui->menuView->addAction(features.readingMode->action());
    QObject::connect(features.readingMode, &ReadingMode::toggled, window, [workspaces](bool active) {
        if (active)
            workspaces->show(Workspaces::Workspace::Reading);
    });
    ui->menuView->addSeparator();
    ui->menuEdit->insertActions(ui->actionFind, {workspaces->undoAction(), workspaces->redoAction()});
    ui->menuEdit->insertSeparator(ui->actionFind);
    // Ctrl+F finds in the document being read, while reading; Ctrl+Shift+F searches every pack.
    ui->menuEdit->insertActions(ui->actionFind, viewer->findActions());
    QObject::connect(workspaces, &Workspaces::currentChanged, window, [viewer](Workspaces::Workspace workspace) {
        for (QAction* action : viewer->findActions())
            action->setEnabled(workspace == Workspaces::Workspace::Reading);
    });
    ui->menuEdit->addSeparator();
    ui->menuEdit->addActions(features.review->editActions());
    ui->workspaceBar->addActions(workspaces->actions());
    ui->menuView->addActions(workspaces->actions());
    ui->menuView->addSeparator();
    for (QDockWidget* dock : features.docks)
        ui->menuView->addAction(dock->toggleViewAction());
    ui->menuView->addSeparator();
    ui->menuView->addAction(ui->actionResetLayout);
    ui->menuGo->addActions(viewer->navigationActions());
    ui->menuEdit->addSeparator();
    ui->menuEdit->addAction(features.preferences->action());

    QObject::connect(ui->actionFind, &QAction::triggered, window, [ui] {
        ui->searchDock->show();
        ui->searchDock->raise();
        ui->searchPanel->focusSearch();
    });
    auto showNotes = [ui] {
        ui->notesDock->show();
        ui->notesDock->raise();
    };
    QObject::connect(ui->actionNewNote, &QAction::triggered, window, [ui, showNotes] {
        showNotes();
        ui->notesPanel->newNote();
    });
    QObject::connect(ui->actionNewQuestion, &QAction::triggered, window, [ui, showNotes] {
        showNotes();
        ui->notesPanel->newQuestion();
    });
    features.highlights->setNoteActions(ui->actionNewNote, ui->actionNewQuestion);
    ui->menuEdit->insertAction(ui->actionNewNote, features.highlights->highlightAction());
    QObject::connect(ui->actionGoMeetings, &QAction::triggered, window, [ui] {
        ui->meetingsDock->show();
        ui->meetingsNavigator->focusList();
    });
    QObject::connect(ui->actionGoAgenda, &QAction::triggered, window, [ui] {
        ui->agendaDock->show();
        ui->agendaPanel->focusTree();
    });
    QObject::connect(ui->actionGoDocument, &QAction::triggered, window, [ui, workspaces] {
        workspaces->show(Workspaces::Workspace::Reading);
        ui->pdfViewer->setFocus(Qt::ShortcutFocusReason);
    });
    QObject::connect(ui->actionGoNotes, &QAction::triggered, window, [ui, showNotes] {
        showNotes();
        ui->notesPanel->setFocus(Qt::ShortcutFocusReason);
    });
}

} // namespace scrutineer::gui
