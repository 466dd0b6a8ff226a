#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

namespace scrutineer {

class Database;

// Hears what other people change in a team database: LISTENs on the channel every table's
// trigger NOTIFYs (through QSqlDriver::subscribeToNotification) and, a moment after the last of a
// burst, says which tables changed. Changes this program made as the listening user (on any of
// its connections) are left out: the views that made them refresh themselves. Does nothing for a SQLite file.
// Thread that created it (it needs that thread's event loop); it owns its own connection.
class ChangeListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeListener)

public:
    explicit ChangeListener(QObject* parent = nullptr);
    ~ChangeListener() override;

    // Listens on `location` (stops listening to the previous one); false when it is a file or
    // the subscription failed.
    bool listenTo(const QString& location);
    void stop();
    bool isListening() const { return m_database != nullptr; }

    // How long a burst of notifications is gathered before changed() (default 250 ms).
    void setQuietPeriod(int ms) { m_quiet.setInterval(ms); }

    // The application_name every connection of this program gives the server, which the
    // triggers put in the notification: "scrutineer <random id>".
    static QString applicationName();

signals:
    void changed(const QSet<QString>& tables);

private:
    void notified(const QString& name, const QString& payload);

    std::unique_ptr<Database> m_database;
    QSet<QString> m_pending;
    QTimer m_quiet;
};

} // namespace scrutineer
