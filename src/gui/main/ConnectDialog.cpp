#include "main/ConnectDialog.h"

#include "Database.h"
#include "ServerAddress.h"
#include "main/RecentConnections.h"
#include "ui_ConnectDialog.h"

#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace scrutineer::gui {
namespace {

QString environment(const char* name, const QString& fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>()), m_watcher(new QFutureWatcher<QString>(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->securityCombo->addItem(tr("Encrypt when the server can"), QStringLiteral("prefer"));
    m_ui->securityCombo->addItem(tr("Always encrypt"), QStringLiteral("require"));
    m_ui->securityCombo->addItem(tr("Encrypt and check the server's certificate"), QStringLiteral("verify-full"));
    // The same defaults as PostgreSQL's own tools.
    m_ui->hostEdit->setText(qEnvironmentVariable("PGHOST"));
    m_ui->portSpin->setValue(environment("PGPORT", QStringLiteral("5432")).toInt());
    m_ui->databaseEdit->setText(environment("PGDATABASE", QStringLiteral("scrutineer")));
    m_ui->userEdit->setText(environment("PGUSER", qEnvironmentVariable("USER")));
    fillRecent();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->recentList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_ui->recentList->item(row))
            setAddress(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        setAddress(item->data(Qt::UserRole).toString());
        tryConnect();
    });
    for (QLineEdit* edit : {m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, [this] { finished(m_trying, m_watcher->result()); });
    updateButtons();
}

ConnectDialog::~ConnectDialog()
{
    m_watcher->waitForFinished();
}

ConnectDialog* ConnectDialog::ask(QWidget* parent, const std::function<void(const QString& address)>& connected)
{
    auto* dialog = new ConnectDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &ConnectDialog::connected, parent, connected);
    dialog->open();
    return dialog;
}

void ConnectDialog::fillRecent()
{
    m_ui->recentList->clear();
    for (const QString& address : RecentConnections::addresses()) {
        auto* item = new QListWidgetItem(RecentConnections::label(address), m_ui->recentList);
        item->setData(Qt::UserRole, address);
        item->setToolTip(address);
    }
    const bool any = m_ui->recentList->count() > 0;
    m_ui->recentLabel->setVisible(any);
    m_ui->recentList->setVisible(any);
}

QString ConnectDialog::address() const
{
    ServerAddress a;
    a.host = m_ui->hostEdit->text().trimmed();
    a.port = m_ui->portSpin->value();
    a.database = m_ui->databaseEdit->text().trimmed();
    a.user = m_ui->userEdit->text().trimmed();
    const QString security = m_ui->securityCombo->currentData().toString();
    if (security != QLatin1String("prefer"))
        a.options.insert(QStringLiteral("sslmode"), security);
    return a.toString();
}

void ConnectDialog::setAddress(const QString& address)
{
    const auto a = ServerAddress::parse(address);
    if (!a)
        return;
    m_ui->hostEdit->setText(a->host);
    m_ui->portSpin->setValue(a->port > 0 ? a->port : 5432);
    m_ui->databaseEdit->setText(a->database);
    m_ui->userEdit->setText(a->user);
    const int security
        = m_ui->securityCombo->findData(a->options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
    m_ui->securityCombo->setCurrentIndex(std::max(0, security));
}

QString ConnectDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

bool ConnectDialog::isConnecting() const
{
    return m_watcher->isRunning();
}

void ConnectDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!isConnecting() && !m_ui->databaseEdit->text().trimmed().isEmpty()
                     && !m_ui->userEdit->text().trimmed().isEmpty());
}

void ConnectDialog::tryConnect()
{
    if (isConnecting())
        return;
    m_trying = address();
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(tr("Connecting to %1…").arg(RecentConnections::label(m_trying)));
    // Connecting (and, for an administrator, upgrading the schema) can take a while on a slow
    // network: off the GUI thread, with its own connection.
    m_watcher->setFuture(QtConcurrent::run([address = m_trying] {
        auto opened = Database::open(address);
        return opened ? QString() : opened.error().message;
    }));
    updateButtons();
}

void ConnectDialog::finished(const QString& address, const QString& error)
{
    updateButtons();
    if (!error.isEmpty()) {
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_ui->statusLabel->setText(tr("Could not connect: %1").arg(error));
        return;
    }
    m_ui->statusLabel->clear();
    RecentConnections::add(address);
    emit connected(address);
    accept();
}

} // namespace scrutineer::gui
