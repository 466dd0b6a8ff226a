#include "ActionCommands.h"

#include "ActionStore.h"
#include "ActionUpdateLog.h"

#include "tracker/ActionLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace scrutineer::gui {

SetStatusCommand::SetStatusCommand(ActionEditor* editor, QList<Change> changes, QString comment, const QString& text)
    : m_editor(editor), m_changes(std::move(changes)), m_comment(std::move(comment))
{
    setText(text);
}

QList<qint64> SetStatusCommand::actionIds() const
{
    QList<qint64> ids;
    for (const Change& c : m_changes)
        ids.append(c.actionId);
    return ids;
}

void SetStatusCommand::redo()
{
    m_updateIds.clear();
    ActionUpdateLog log(*m_editor->database());
    for (const Change& c : m_changes) {
        const auto id = log.record(c.actionKey, c.status, m_comment, c.expectedRevision);
        if (!id) {
            log.remove(m_updateIds);
            m_updateIds.clear();
            setObsolete(true);
            if (id.error().code == Error::Code::Conflict) {
                emit m_editor->failed(conflictMessage(c));
                emit m_editor->actionsChanged(actionIds()); // show the newer value
            } else {
                emit m_editor->failed(id.error().describe());
            }
            return;
        }
        m_updateIds.append(*id);
    }
    emit m_editor->actionsChanged(actionIds());
}

QString SetStatusCommand::conflictMessage(const Change& refused) const
{
    const auto latest = ActionStore(*m_editor->database()).latest(refused.actionKey);
    if (!latest) {
        return QCoreApplication::translate("ActionCommands",
                                           "Someone else changed this action's status while you were looking at it. "
                                           "Nothing was saved; the tracker now shows the current status.");
    }
    const QString who = latest->changedBy.isEmpty() ? QCoreApplication::translate("ActionCommands", "Someone else")
                                                    : latest->changedBy;
    return QCoreApplication::translate("ActionCommands",
                                       "%1 set this action to %2 at %3, after you opened it. Your change (%4) was not "
                                       "saved; the tracker now shows their status. Set it again if yours should stand.")
        .arg(who, labels::status(latest->status),
             QLocale().toString(latest->changedAt.toLocalTime(), QStringLiteral("HH:mm, d MMM")),
             labels::status(refused.status));
}

void SetStatusCommand::undo()
{
    if (auto failed = ActionUpdateLog(*m_editor->database()).remove(m_updateIds))
        emit m_editor->failed(failed->describe());
    m_updateIds.clear();
    emit m_editor->actionsChanged(actionIds());
}

AddActionCommand::AddActionCommand(ActionEditor* editor, Action action, qint64 meetingId)
    : m_editor(editor), m_action(std::move(action)), m_meetingId(meetingId)
{
    setText(QCoreApplication::translate("ActionCommands", "Add action"));
}

void AddActionCommand::redo()
{
    const auto id = ActionStore(*m_editor->database()).addManual(m_action, m_meetingId);
    if (!id) {
        setObsolete(true);
        emit m_editor->failed(id.error().describe());
        return;
    }
    m_actionId = *id;
    emit m_editor->actionsAddedOrRemoved();
}

void AddActionCommand::undo()
{
    if (auto failed = ActionUpdateLog(*m_editor->database()).removeManualAction(m_actionId))
        emit m_editor->failed(failed->describe());
    m_actionId = 0;
    emit m_editor->actionsAddedOrRemoved();
}

} // namespace scrutineer::gui
