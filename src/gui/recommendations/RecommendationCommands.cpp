#include "RecommendationCommands.h"

#include "recommendations/RecommendationLabels.h"

#include <QCoreApplication>

namespace scrutineer::gui {

RecordEntryCommand::RecordEntryCommand(RecommendationEditor* editor, QString key, ResponseEntry response)
    : m_editor(editor), m_key(std::move(key)), m_response(std::move(response))
{
    setText(QCoreApplication::translate("RecommendationCommands", "Record response: %1")
                .arg(reclabels::decision(m_response->decision)));
}

RecordEntryCommand::RecordEntryCommand(RecommendationEditor* editor, QString key, UpdateEntry update)
    : m_editor(editor), m_key(std::move(key)), m_update(std::move(update))
{
    setText(QCoreApplication::translate("RecommendationCommands", "Record progress update"));
}

void RecordEntryCommand::redo()
{
    RecommendationStore store(*m_editor->database());
    const Expected<qint64> id = m_response ? store.addResponse(m_key, *m_response) : store.addUpdate(m_key, *m_update);
    if (!id) {
        setObsolete(true);
        emit m_editor->failed(id.error().describe());
        return;
    }
    m_entryId = *id;
    emit m_editor->recommendationChanged(m_key);
}

void RecordEntryCommand::undo()
{
    if (auto failed = RecommendationStore(*m_editor->database()).removeEntry(m_entryId))
        emit m_editor->failed(failed->describe());
    m_entryId = 0;
    emit m_editor->recommendationChanged(m_key);
}

RemoveEntryCommand::RemoveEntryCommand(RecommendationEditor* editor, QString key, ResponseEntry response)
    : m_editor(editor), m_key(std::move(key)), m_response(std::move(response)), m_entryId(m_response->entryId)
{
    setText(QCoreApplication::translate("RecommendationCommands", "Remove recorded response"));
}

RemoveEntryCommand::RemoveEntryCommand(RecommendationEditor* editor, QString key, UpdateEntry update)
    : m_editor(editor), m_key(std::move(key)), m_update(std::move(update)), m_entryId(m_update->entryId)
{
    setText(QCoreApplication::translate("RecommendationCommands", "Remove recorded update"));
}

void RemoveEntryCommand::redo()
{
    if (auto failed = RecommendationStore(*m_editor->database()).removeEntry(m_entryId)) {
        setObsolete(true);
        emit m_editor->failed(failed->describe());
        return;
    }
    emit m_editor->recommendationChanged(m_key);
}

void RemoveEntryCommand::undo()
{
    RecommendationStore store(*m_editor->database());
    const Expected<qint64> id = m_response ? store.addResponse(m_key, *m_response) : store.addUpdate(m_key, *m_update);
    if (!id) {
        emit m_editor->failed(id.error().describe());
        return;
    }
    m_entryId = *id; // recorded again under a new id; redo removes that one
    emit m_editor->recommendationChanged(m_key);
}

} // namespace scrutineer::gui
