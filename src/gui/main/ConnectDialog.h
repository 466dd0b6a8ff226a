#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace scrutineer::gui {

// File → Connect to Team Database…: server, port, database, user and security, or one of the
// recent connections; never a password (libpq reads ~/.pgpass or PGPASSWORD). Connect tries the
// connection off the GUI thread and stays open with the server's reason when it fails. GUI thread.
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // Opens a window-modal dialog that calls `connected` with the address once it connects.
    static ConnectDialog* ask(QWidget* parent, const std::function<void(const QString& address)>& connected);

    // The address the fields describe: postgresql://user@host:port/name[?sslmode=…].
    QString address() const;
    void setAddress(const QString& address);
    QString statusText() const;
    bool isConnecting() const;

    // Tries the address; emits connected() and closes when it works.
    void tryConnect();

signals:
    void connected(const QString& address);

private:
    void fillRecent();
    void updateButtons();
    void finished(const QString& address, const QString& error);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QFutureWatcher<QString>* m_watcher;
    QString m_trying;
};

} // namespace scrutineer::gui
