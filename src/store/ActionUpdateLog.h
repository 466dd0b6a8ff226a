#pragma once

#include "Database.h"
#include "DomainEnums.h"
#include "Error.h"

#include <QList>
#include <QString>

namespace scrutineer {

// Action edits that can be taken back: records a change through ActionStore::setStatus and
// returns the history entry it wrote, so an undo removes exactly that entry (and nothing the
// user did before), and removes a manual action again. Thread of the Database.
class ActionUpdateLog final {
public:
    explicit ActionUpdateLog(Database& database) : m_database(database) {}

    // Records one dated status change; returns the id of its history entry. With
    // `expectedRevision`, refuses with Error::Conflict when someone changed the status since.
    Expected<qint64> record(const QString& actionKey, ActionStatus status, const QString& comment,
                            std::optional<int> expectedRevision = std::nullopt);
    // Removes history entries written by record() (an undo).
    std::optional<Error> remove(const QList<qint64>& updateIds);
    // Removes an action added by hand (ActionStore::addManual) and its history; extracted
    // actions are never removed here.
    std::optional<Error> removeManualAction(qint64 actionId);

private:
    Database& m_database;
};

} // namespace scrutineer
