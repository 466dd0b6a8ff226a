#pragma once

#include "ActionRecord.h"
#include "MeetingStore.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QUndoStack;

namespace Ui {
class CarryForwardView;
}

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

class ActionEditor;
class ActionTableModel;
class LatestLoad;

// The open actions a body carries into one of its meetings ("matters arising"), for the agenda
// view or a dialog from the tracker: choose the meeting, open an action's page, export the list,
// and record the carry-forward in each action's history (undoable). Loads off the GUI thread;
// writes through an ActionEditor (its own, or the tracker's with its undo stack). GUI thread only.
class CarryForwardView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarryForwardView)

public:
    explicit CarryForwardView(QWidget* parent = nullptr);
    ~CarryForwardView() override;

    void setDatabasePath(const QString& path);
    // Share the tracker's edits and undo history instead of this view's own.
    void shareEditing(ActionEditor* editor, QUndoStack* undoStack);
    void setToday(const QDate& today);

    qint64 meetingId() const { return m_meetingId; }
    QAbstractItemModel* model() const;
    const QList<ActionRecord>& carried() const { return m_carried; }
    bool exportCsv(const QString& path, QString* error = nullptr) const;

public slots:
    // Shows what is carried into this meeting (0 = none chosen yet).
    void setMeeting(qint64 meetingId);
    // Picks the next meeting of this body (today onwards, else its latest).
    void setBody(const QString& body);
    void reload();
    void recordCarryForward();

signals:
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);
    void loaded();

private:
    void applyLoaded(const QList<MeetingStore::MeetingSummary>& meetings, const QList<ActionRecord>& actions);
    void showMeeting();
    void openSelected();
    void exportChosen();
    const MeetingStore::MeetingSummary* currentMeeting() const;

    std::unique_ptr<Ui::CarryForwardView> m_ui;
    std::unique_ptr<Database> m_database;
    ActionEditor* m_ownEditor = nullptr;
    ActionEditor* m_editor = nullptr; // its own, or the tracker's
    QUndoStack* m_undoStack = nullptr;
    ActionTableModel* m_model = nullptr;
    QString m_databasePath;
    QString m_pendingBody;
    qint64 m_meetingId = 0;
    QDate m_today = QDate::currentDate();
    QList<MeetingStore::MeetingSummary> m_meetings;
    QList<ActionRecord> m_actions;
    QList<ActionRecord> m_carried;
    LatestLoad* m_load = nullptr;
};

} // namespace scrutineer::gui
