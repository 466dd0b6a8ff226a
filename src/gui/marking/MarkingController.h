#pragma once

#include "Database.h"
#include "MarkedTable.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QUndoStack;
class QWidget;

namespace scrutineer::gui {

class MarkTableDialog;
class PdfViewer;
class RegionMarker;

// Marking a table on the page in the Read workspace: the actions (Mark Table on Page, Mark Whole
// Page, Read Marked Area), the overlay over the shown document with the tables already marked on
// it, the preview dialog, and the history of kept tables (undoable in the Read workspace).
// Writes through a GUI-thread Database. GUI thread only.
class MarkingController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkingController)

public:
    MarkingController(PdfViewer* viewer, QWidget* dialogParent, QObject* parent = nullptr);
    ~MarkingController() override;

    void setDatabasePath(const QString& path);
    QList<QAction*> actions() const;
    QAction* markAction() const { return m_markAction; }
    QAction* markPageAction() const { return m_markPageAction; }
    QAction* readAction() const { return m_readAction; }
    QUndoStack* history() const { return m_history; }
    RegionMarker* marker() const { return m_marker; }
    MarkTableDialog* dialog() const;

public slots:
    // Marking mode on, the preview starting as this kind.
    void startMarking(scrutineer::MarkedKind kind = MarkedKind::Plan);
    void stopMarking();
    // The tables kept on the shown document, drawn over its pages.
    void reloadShown();

signals:
    // Rows were kept or taken away: views showing actions, measures, resolutions reload.
    void dataChanged();
    void message(const QString& text);

private:
    void openDialog();
    void keep();

    PdfViewer* m_viewer;
    QWidget* m_dialogParent;
    RegionMarker* m_marker;
    QUndoStack* m_history;
    QAction* m_markAction;
    QAction* m_markPageAction;
    QAction* m_readAction;
    std::unique_ptr<Database> m_database;
    QPointer<MarkTableDialog> m_dialog;
    MarkedKind m_kind = MarkedKind::Plan;
    qint64 m_shownDocument = -1;
};

} // namespace scrutineer::gui
