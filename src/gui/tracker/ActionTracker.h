#pragma once

#include "ActionRecord.h"
#include "ActionStore.h"
#include "MeetingStore.h"
#include "common/ViewSettings.h"
#include "tracker/TrackerFilter.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QTableView;
class QUndoStack;

namespace Ui {
class ActionTracker;
}

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

class ActionEditor;
class BodyFilter;
class LatestLoad;
class ActionProxyModel;
class ActionTableModel;
class CarryForwardView;

// The chair's action tracker: every action (improvement plans, resolutions, actions arising,
// manual entries) in one sortable, filterable table with RAG colouring; the selected action's
// details, history and the later minutes that mention it; dated status changes with a comment,
// for one action or many; manual actions; carry-forward to the next meeting; CSV export; undo
// and redo. Filters, sort order and column layout are remembered between runs. Loads off the
// GUI thread; small writes on its own GUI-thread connection. GUI thread only.
class ActionTracker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionTracker)

public:
    explicit ActionTracker(QWidget* parent = nullptr);
    ~ActionTracker() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }

    ActionTableModel* model() const { return m_model; }
    ActionProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    ActionEditor* editor() const { return m_editor; }
    // "Today" for lateness and RAG (tests fix it).
    void setToday(const QDate& today);

    TrackerFilter filter() const;
    // Sets the filter controls (and so the filter).
    void setFilter(const TrackerFilter& filter);

    QList<qint64> selectedActionIds() const;
    void selectActions(const QList<qint64>& actionIds);

    // Records a dated status change (one undo step) for these actions.
    void setStatus(const QList<qint64>& actionIds, ActionStatus status, const QString& comment);
    void addManualAction(const Action& action, qint64 meetingId);
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    // Opens the carry-forward list for the selected action's body (or the body filtered on).
    CarryForwardView* showCarryForward();

public slots:
    void reload();
    void openSelected();

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    void loaded(int actionCount);
    // Statuses or actions changed (open-action counts elsewhere are stale).
    void actionsChanged();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void setUpControls();
    void applyLoaded(const QList<ActionRecord>& records, const QList<MeetingStore::MeetingSummary>& meetings);
    void refreshActions(const QList<qint64>& actionIds);
    void filterChanged();
    void selectionChanged();
    void showHistory(const ActionRecord& record);
    void activateLink(const QUrl& url);
    void applyStatusFromControls();
    void askAddAction();
    void exportChosen();
    void updateCount();
    void saveSettings() const;
    void restoreSettings();
    QList<ActionRecord> selectedRecords() const;

    std::unique_ptr<Ui::ActionTracker> m_ui;
    std::unique_ptr<Database> m_database;
    ActionEditor* m_editor = nullptr;
    QUndoStack* m_undoStack = nullptr;
    ActionTableModel* m_model = nullptr;
    ActionProxyModel* m_proxy = nullptr;
    QString m_databasePath;
    QList<MeetingStore::MeetingSummary> m_meetings;
    QList<ActionStore::Evidence> m_evidence; // of the action shown in the history pane
    BodyFilter* m_bodyFilter = nullptr;
    LatestLoad* m_load = nullptr;
    ViewSettings m_settings{QStringLiteral("tracker")};
    bool m_restoring = false;
};

} // namespace scrutineer::gui
