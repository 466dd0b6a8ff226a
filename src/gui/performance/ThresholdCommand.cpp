#include "ThresholdCommand.h"

#include "IndicatorStore.h"

namespace scrutineer::gui {

ThresholdCommand::ThresholdCommand(Database& database, QString indicatorKey, QList<ThresholdBand> before,
                                   QList<ThresholdBand> after, std::function<void(const QString&)> applied, const QString& text)
    : m_database(database), m_key(std::move(indicatorKey)), m_before(std::move(before)), m_after(std::move(after)),
      m_applied(std::move(applied))
{
    setText(text);
}

void ThresholdCommand::write(const QList<ThresholdBand>& bands)
{
    const auto failed = IndicatorStore(m_database).setThresholds(m_key, bands);
    if (m_applied)
        m_applied(failed ? failed->describe() : QString());
}

void ThresholdCommand::redo() { write(m_after); }

void ThresholdCommand::undo() { write(m_before); }

} // namespace scrutineer::gui
