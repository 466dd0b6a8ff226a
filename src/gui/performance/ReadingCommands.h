#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

// A reading entered by hand for an indicator key (user data: kept through re-imports).
struct ManualReading {
    QString indicatorKey;
    QString period;
    double value = 0;
    QString reportedRating;
};

// Adds (or, with Kind::Remove, removes) a hand-entered reading through IndicatorStore; undo does
// the opposite. The reading gets a new id each time it is written back, which the command follows.
// `applied` is called after each change so the view can reload. GUI thread only.
class ManualReadingCommand final : public QUndoCommand {
public:
    enum class Kind { Add, Remove };
    // `id` is the stored reading's id for Kind::Remove, ignored for Kind::Add.
    ManualReadingCommand(Database& database, Kind kind, ManualReading reading, qint64 id,
                         std::function<void(const QString& error)> applied, const QString& text);
    void redo() override;
    void undo() override;
    qint64 readingId() const { return m_id; } // 0 while the reading is not stored

private:
    void add();
    void remove();

    Database& m_database;
    Kind m_kind;
    ManualReading m_reading;
    qint64 m_id = 0;
    std::function<void(const QString&)> m_applied;
};

} // namespace scrutineer::gui
