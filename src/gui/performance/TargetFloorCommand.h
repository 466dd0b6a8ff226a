#pragma once

#include "IndicatorStore.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// Replaces an indicator's user Target and Floor (std::nullopt = back to the published ones)
// through IndicatorStore, remembering the previous ones for undo. `applied` is called after each
// change so the view can reload. GUI thread only.
class TargetFloorCommand final : public QUndoCommand {
public:
    using Values = std::optional<IndicatorStore::TargetFloor>;
    TargetFloorCommand(Database& database, QString indicatorKey, Values before, Values after,
                       std::function<void(const QString& error)> applied, const QString& text);
    void redo() override;
    void undo() override;

private:
    void write(const Values& values);

    Database& m_database;
    QString m_key;
    Values m_before;
    Values m_after;
    std::function<void(const QString&)> m_applied;
};

} // namespace scrutineer::gui
