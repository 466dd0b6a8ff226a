#pragma once

#include "Indicator.h"

#include <QObject>
#include <QUndoCommand>

#include <functional>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// Replaces an indicator's user thresholds (empty = back to the printed bands) through
// IndicatorStore, remembering the previous ones for undo. `applied` is called after each
// change so the view can reload. GUI thread only.
class ThresholdCommand final : public QUndoCommand {
public:
    ThresholdCommand(Database& database, QString indicatorKey, QList<ThresholdBand> before, QList<ThresholdBand> after,
                     std::function<void(const QString& error)> applied, const QString& text);
    void redo() override;
    void undo() override;

private:
    void write(const QList<ThresholdBand>& bands);

    Database& m_database;
    QString m_key;
    QList<ThresholdBand> m_before;
    QList<ThresholdBand> m_after;
    std::function<void(const QString&)> m_applied;
};

} // namespace scrutineer::gui
