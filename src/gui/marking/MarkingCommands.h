#pragma once

#include "MarkedRecords.h"
#include "MarkedTable.h"
#include "TableTemplate.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// Keeps the rows of a marked table (and the template made from it): redo writes them, under
// the ids they had when an undo took them away; undo removes them. `changed` runs after either.
class KeepMarkedTableCommand final : public QUndoCommand {
public:
    KeepMarkedTableCommand(Database* database, qint64 documentId, MarkedTableSpec spec, MarkedRecords records,
                           std::optional<TableTemplate> tableTemplate, std::function<void(const QString&)> changed);
    void redo() override;
    void undo() override;
    qint64 markedId() const { return m_markedId; }
    qint64 templateId() const { return m_templateId; }

private:
    Database* m_database;
    qint64 m_documentId;
    MarkedTableSpec m_spec;
    MarkedRecords m_records;
    std::optional<TableTemplate> m_template;
    std::function<void(const QString&)> m_changed; // the error text, empty on success
    qint64 m_markedId = 0;
    qint64 m_templateId = 0;
};

} // namespace scrutineer::gui
