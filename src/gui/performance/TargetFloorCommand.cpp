#include "TargetFloorCommand.h"

namespace scrutineer::gui {

TargetFloorCommand::TargetFloorCommand(Database& database, QString indicatorKey, Values before, Values after,
                                       std::function<void(const QString&)> applied, const QString& text)
    : m_database(database),
      m_key(std::move(indicatorKey)),
      m_before(before),
      m_after(after),
      m_applied(std::move(applied))
{
    setText(text);
}

void TargetFloorCommand::write(const Values& values)
{
    IndicatorStore store(m_database);
    const auto failed = values ? store.setTargetFloor(m_key, *values) : store.clearTargetFloor(m_key);
    if (m_applied)
        m_applied(failed ? failed->describe() : QString());
}

void TargetFloorCommand::redo() { write(m_after); }

void TargetFloorCommand::undo() { write(m_before); }

} // namespace scrutineer::gui
