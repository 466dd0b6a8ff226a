#pragma once

#include "Database.h"
#include "ReviewQueue.h"

#include <QWidget>

#include <memory>

class QAction;
class QUndoStack;

namespace Ui {
class ReviewQueuePanel;
}

namespace scrutineer::gui {

class LatestLoad;
class ReviewQueueModel;

// The officers' review queue: one list of what needs a person (ReviewQueue), each entry with
// Open Page, Accept, Correct and Dismiss. Accept and Dismiss are undoable here and remembered
// through re-imports; Correct asks the window to take the user where the fix is made. Loads off
// the GUI thread; writes through a GUI-thread Database. GUI thread only.
class ReviewQueuePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueuePanel)

public:
    explicit ReviewQueuePanel(QWidget* parent = nullptr);
    ~ReviewQueuePanel() override;

    void setDatabasePath(const QString& path);
    ReviewQueueModel* model() const { return m_model; }
    QUndoStack* history() const { return m_history; }
    int openCount() const { return m_openCount; }
    const ReviewEntry* currentEntry() const;
    void selectKey(const QString& key);
    void setShowClosed(bool show);
    QList<QAction*> entryActions() const;

public slots:
    void reload();
    void openCurrent();
    void acceptCurrent();
    void correctCurrent();
    void dismissCurrent();

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    void correctRequested(const scrutineer::ReviewEntry& entry);
    void countChanged(int open);
    void loaded();
    // Something other views show changed (accepting a resolution checks it in the register).
    void dataChanged();

private:
    void setState(ReviewEntry::State state);
    void updateActions();

    friend class SetReviewStateCommand;
    void applyState(const QString& key, ReviewEntry::State state);

    std::unique_ptr<Ui::ReviewQueuePanel> m_ui;
    ReviewQueueModel* m_model;
    LatestLoad* m_load;
    QUndoStack* m_history;
    std::unique_ptr<Database> m_database;
    QString m_databasePath;
    QString m_selectAfterLoad;
    int m_openCount = 0;
    QAction* m_openAction;
    QAction* m_acceptAction;
    QAction* m_correctAction;
    QAction* m_dismissAction;
};

} // namespace scrutineer::gui
