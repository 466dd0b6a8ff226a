#include "ReadingCommands.h"

#include "IndicatorStore.h"

namespace scrutineer::gui {

ManualReadingCommand::ManualReadingCommand(Database& database, Kind kind, ManualReading reading, qint64 id,
                                           std::function<void(const QString&)> applied, const QString& text)
    : m_database(database), m_kind(kind), m_reading(std::move(reading)), m_id(kind == Kind::Remove ? id : 0),
      m_applied(std::move(applied))
{
    setText(text);
}

void ManualReadingCommand::add()
{
    const auto added = IndicatorStore(m_database)
                           .addManualReading(m_reading.indicatorKey, m_reading.period, m_reading.value, m_reading.reportedRating);
    m_id = added ? added.value() : 0;
    if (!added)
        setObsolete(true); // nothing stored: nothing to undo
    if (m_applied)
        m_applied(added ? QString() : added.error().describe());
}

void ManualReadingCommand::remove()
{
    const auto failed = IndicatorStore(m_database).removeManualReading(m_id);
    if (!failed)
        m_id = 0;
    else
        setObsolete(true);
    if (m_applied)
        m_applied(failed ? failed->describe() : QString());
}

void ManualReadingCommand::redo() { m_kind == Kind::Add ? add() : remove(); }

void ManualReadingCommand::undo() { m_kind == Kind::Add ? remove() : add(); }

} // namespace scrutineer::gui
