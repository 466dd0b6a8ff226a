#include "marking/MarkingCommands.h"

#include "Database.h"
#include "MarkedTableStore.h"
#include "TemplateStore.h"

#include <QCoreApplication>

namespace scrutineer::gui {

KeepMarkedTableCommand::KeepMarkedTableCommand(Database* database, qint64 documentId, MarkedTableSpec spec,
                                               MarkedRecords records, std::optional<TableTemplate> tableTemplate,
                                               std::function<void(const QString&)> changed)
    : QUndoCommand(QCoreApplication::translate("KeepMarkedTableCommand", "Keep marked table")),
      m_database(database),
      m_documentId(documentId),
      m_spec(std::move(spec)),
      m_records(std::move(records)),
      m_template(std::move(tableTemplate)),
      m_changed(std::move(changed))
{
}

void KeepMarkedTableCommand::redo()
{
    QString error;
    if (m_template) {
        auto added = TemplateStore(*m_database).add(*m_template, m_templateId);
        if (added)
            m_templateId = added.value();
        else
            error = added.error().describe();
    }
    auto kept = MarkedTableStore(*m_database).add(m_documentId, m_spec, m_records, m_templateId, m_markedId);
    if (kept)
        m_markedId = kept.value();
    else
        error = kept.error().describe();
    m_changed(error);
}

void KeepMarkedTableCommand::undo()
{
    QString error;
    if (m_markedId > 0) {
        if (auto failed = MarkedTableStore(*m_database).remove(m_markedId))
            error = failed->describe();
    }
    if (m_templateId > 0) {
        if (auto failed = TemplateStore(*m_database).remove(m_templateId))
            error = failed->describe();
    }
    m_changed(error);
}

} // namespace scrutineer::gui
