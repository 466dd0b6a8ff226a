#include "DatabaseOpener.h"

#include "Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace scrutineer::gui {

DatabaseOpener::DatabaseOpener(QObject* parent) : QObject(parent), m_watcher(new QFutureWatcher<QString>(this))
{
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, &DatabaseOpener::attemptEnded);
}

DatabaseOpener::~DatabaseOpener()
{
    m_watcher->waitForFinished();
}

void DatabaseOpener::open(const QString& location)
{
    if (!Database::isServerLocation(location)) {
        m_pending.clear();
        emit reachable(location);
        return;
    }
    m_pending = location;
    emit connecting(location);
    if (m_watcher->isRunning())
        return; // attemptEnded() starts the newer one
    m_trying = location;
    // The connection made here is closed on the worker thread; the window opens its own once
    // the server has answered.
    m_watcher->setFuture(QtConcurrent::run([location] {
        auto opened = Database::open(location);
        return opened ? QString() : opened.error().message;
    }));
}

void DatabaseOpener::attemptEnded()
{
    const QString tried = m_trying;
    const QString error = m_watcher->result();
    m_trying.clear();
    if (m_pending.isEmpty())
        return;
    if (m_pending != tried) {
        const QString newer = std::exchange(m_pending, QString());
        open(newer);
        return;
    }
    m_pending.clear();
    if (error.isEmpty())
        emit reachable(tried);
    else
        emit unreachable(tried, error);
}

} // namespace scrutineer::gui
