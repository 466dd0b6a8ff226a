#pragma once

#include "ReviewQueue.h"

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolButton;

namespace scrutineer::gui {

class MarkingController;
class PdfViewer;
class ReviewQueuePanel;

// What the Read workspace offers officers when the importer misses: marking a table on the page
// (MarkingController), the review queue in a dock with its count in the status bar, and the
// table templates. The main window adds the dock, the status button and the actions, and wires
// the requests below to the other features. GUI thread only.
class ReviewRoom final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewRoom)

public:
    ReviewRoom(QMainWindow* window, PdfViewer* viewer, QObject* parent = nullptr);

    void setDatabasePath(const QString& path);
    QDockWidget* dock() const { return m_dock; }
    ReviewQueuePanel* panel() const { return m_panel; }
    MarkingController* marking() const { return m_marking; }
    QToolButton* statusButton() const { return m_status; }
    QAction* templatesAction() const { return m_templatesAction; }
    // For the Edit menu: marking, then the templates.
    QList<QAction*> editActions() const;

public slots:
    // After an import or an edit elsewhere: the queue and the marked tables again.
    void reload();
    void showQueue();
    // Takes the user where the entry is put right.
    void correct(const scrutineer::ReviewEntry& entry);

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    void showActionRequested(qint64 actionId);
    void showResolutionRequested(const QString& resolutionKey);
    void showIndicatorRequested(const QString& indicatorKey);
    // Rows were kept, removed or checked: other views reload.
    void dataChanged();
    void message(const QString& text);

private:
    void showTemplates();
    void updateStatus(int open);

    QMainWindow* m_window;
    MarkingController* m_marking;
    ReviewQueuePanel* m_panel;
    QDockWidget* m_dock;
    QToolButton* m_status;
    QAction* m_templatesAction;
    QString m_databasePath;
};

} // namespace scrutineer::gui
