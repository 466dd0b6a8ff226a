#include "main/DatabaseSwitcher.h"

#include "Database.h"
#include "Log.h"
#include "main/DatabaseDialogs.h"
#include "main/DatabaseOpener.h"
#include "main/RecentConnections.h"

#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace scrutineer::gui {

DatabaseSwitcher::DatabaseSwitcher(QMainWindow* window, Open open, Current current)
    : QObject(window),
      m_window(window),
      m_open(std::move(open)),
      m_current(std::move(current)),
      m_opener(new DatabaseOpener(this))
{
    connect(m_opener, &DatabaseOpener::connecting, this, [this](const QString& location) {
        m_window->statusBar()->showMessage(tr("Connecting to %1…").arg(RecentConnections::label(location)));
    });
    connect(m_opener, &DatabaseOpener::reachable, this, [this](const QString& location) {
        m_window->statusBar()->clearMessage();
        m_open(location);
    });
    connect(m_opener, &DatabaseOpener::unreachable, this, [this](const QString& location, const QString& reason) {
        m_window->statusBar()->clearMessage();
        showError(location, reason);
        if (m_current().isEmpty() && m_open(Database::defaultPath())) {
            m_window->statusBar()->showMessage(
                tr("%1 could not be reached, so your own library is open.").arg(RecentConnections::label(location)));
        }
    });
}

void DatabaseSwitcher::openWhenReachable(const QString& location)
{
    m_opener->open(location);
}

void DatabaseSwitcher::choose(bool createNew)
{
    const auto chosen = [this](const QString& path) { m_open(path); };
    if (createNew)
        DatabaseDialogs::chooseNew(m_window, m_current(), chosen);
    else
        DatabaseDialogs::chooseExisting(m_window, m_current(), chosen);
}

void DatabaseSwitcher::showError(const QString& location, const QString& reason)
{
    log::warning(QStringLiteral("could not open the database %1: %2").arg(location, reason));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Database not opened"),
                                tr("Scrutineer could not open %1.")
                                    .arg(Database::isServerLocation(location) ? RecentConnections::label(location)
                                                                              : QDir::toNativeSeparators(location)),
                                QMessageBox::Ok, m_window);
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace scrutineer::gui
