#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace scrutineer::gui {

// Tries a team database's address off the GUI thread before the window switches to it, so that
// a server that is down or far away never freezes the window (libpq may wait up to its connect
// timeout). A file opens at once: it is local. Owns the one attempt in flight; GUI thread.
class DatabaseOpener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseOpener)

public:
    explicit DatabaseOpener(QObject* parent = nullptr);
    ~DatabaseOpener() override;

    // Emits reachable() now for a file; for a server, connecting() now and reachable() or
    // unreachable() when the attempt ends. A newer request replaces one still in flight.
    void open(const QString& location);
    bool isBusy() const { return m_watcher->isRunning(); }
    QString pending() const { return m_pending; }

signals:
    void connecting(const QString& location);
    void reachable(const QString& location);
    void unreachable(const QString& location, const QString& reason);

private:
    void attemptEnded();

    QFutureWatcher<QString>* m_watcher;
    QString m_pending; // the location whose answer is wanted; empty when none
    QString m_trying; // the location the running attempt is for
};

} // namespace scrutineer::gui
