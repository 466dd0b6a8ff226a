#pragma once

#include "Action.h"
#include "DomainEnums.h"

#include <QList>
#include <QObject>
#include <QUndoCommand>

#include <optional>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// The action tracker's edits go through here: it holds the GUI thread's Database and tells the
// views which actions changed. Undo commands below use it. GUI thread only.
class ActionEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionEditor)

public:
    explicit ActionEditor(QObject* parent = nullptr) : QObject(parent) {}
    void setDatabase(Database* database) { m_database = database; }
    Database* database() const { return m_database; }

signals:
    // Statuses or history of these actions changed.
    void actionsChanged(const QList<qint64>& actionIds);
    // Actions were added or removed: the list needs reloading.
    void actionsAddedOrRemoved();
    void failed(const QString& message);

private:
    Database* m_database = nullptr;
};

// Sets the status of one or more actions as dated history entries with one comment (a bulk
// update, or a "carried forward" note that keeps each status); undo removes exactly those entries.
class SetStatusCommand final : public QUndoCommand {
public:
    struct Change {
        qint64 actionId = 0;
        QString actionKey;
        ActionStatus status = ActionStatus::Unknown;
        // The revision the user saw (ActionRecord::revision): when someone else has changed the
        // status since, nothing is written and the user is told who changed it to what.
        std::optional<int> expectedRevision;
    };
    SetStatusCommand(ActionEditor* editor, QList<Change> changes, QString comment, const QString& text);
    void redo() override;
    void undo() override;

private:
    QList<qint64> actionIds() const;
    QString conflictMessage(const Change& refused) const;

    ActionEditor* m_editor;
    QList<Change> m_changes;
    QString m_comment;
    QList<qint64> m_updateIds;
};

// Adds an action by hand to a meeting; undo removes it.
class AddActionCommand final : public QUndoCommand {
public:
    AddActionCommand(ActionEditor* editor, Action action, qint64 meetingId);
    void redo() override;
    void undo() override;
    qint64 actionId() const { return m_actionId; }

private:
    ActionEditor* m_editor;
    Action m_action;
    qint64 m_meetingId;
    qint64 m_actionId = 0;
};

} // namespace scrutineer::gui
