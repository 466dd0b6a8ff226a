#include "ReportsPanel.h"

#include "ActionStore.h"
#include "CalendarExport.h"
#include "Database.h"
#include "JsonExporter.h"
#include "RecommendationStore.h"
#include "common/LatestLoad.h"
#include "reports/MeetingBriefing.h"
#include "reports/OutstandingActionsReport.h"
#include "reports/ReportDocument.h"
#include "reports/SaveLocation.h"
#include "ui_ReportsPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QtConcurrent>

namespace scrutineer::gui {
namespace {

std::optional<QString> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("ReportsPanel", "cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return std::nullopt;
}

} // namespace

ReportsPanel::ReportsPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ReportsPanel>())
{
    m_ui->setupUi(this);
    m_load = new LatestLoad(this);
    connect(m_ui->outstandingPrintButton, &QPushButton::clicked, this,
            [this] { print(outstandingReport(m_ui->outstandingBodyComboBox->currentData().toString())); });
    connect(m_ui->outstandingPdfButton, &QPushButton::clicked, this, &ReportsPanel::askOutstandingPdf);
    connect(m_ui->briefingPrintButton, &QPushButton::clicked, this,
            [this] { print(briefing(m_ui->briefingMeetingComboBox->currentData().toLongLong())); });
    // A committee's name is long: the whole of the chosen one is a hover away when the box cuts it.
    for (QComboBox* box : {m_ui->outstandingBodyComboBox, m_ui->briefingMeetingComboBox})
        connect(box, &QComboBox::currentTextChanged, box, &QWidget::setToolTip);
    connect(m_ui->briefingPdfButton, &QPushButton::clicked, this, &ReportsPanel::askBriefingPdf);
    connect(m_ui->calendarButton, &QPushButton::clicked, this, &ReportsPanel::askCalendar);
    connect(m_ui->jsonButton, &QPushButton::clicked, this, &ReportsPanel::askJson);
    connect(this, &ReportsPanel::exported, this, &ReportsPanel::report);
    fillChoices();
}

ReportsPanel::~ReportsPanel() = default;

void ReportsPanel::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_database.reset();
    if (auto opened = Database::open(path))
        m_database = std::move(opened.value());
    else
        m_ui->statusLabel->setText(opened.error().describe());
    reload();
}

void ReportsPanel::reload()
{
    if (m_databasePath.isEmpty())
        return;
    m_load->start<QList<MeetingStore::MeetingSummary>>(
        m_databasePath, [](Database& db) { return MeetingStore(db).meetings(); },
        [this](const Loaded<QList<MeetingStore::MeetingSummary>>& result) {
            m_meetings = result.value;
            fillChoices();
            emit loaded(int(m_meetings.size()));
        });
}

void ReportsPanel::setMeeting(qint64 meetingId)
{
    m_meeting = meetingId;
    const int index = m_ui->briefingMeetingComboBox->findData(meetingId);
    if (index >= 0)
        m_ui->briefingMeetingComboBox->setCurrentIndex(index);
}

void ReportsPanel::fillChoices()
{
    const QString body = m_ui->outstandingBodyComboBox->currentData().toString();
    m_ui->outstandingBodyComboBox->clear();
    m_ui->outstandingBodyComboBox->addItem(tr("All bodies"), QString());
    QStringList bodies;
    for (const MeetingStore::MeetingSummary& m : m_meetings) {
        if (!m.body.isEmpty() && !bodies.contains(m.body))
            bodies.append(m.body);
    }
    bodies.sort(Qt::CaseInsensitive);
    for (const QString& b : bodies)
        m_ui->outstandingBodyComboBox->addItem(b, b);
    m_ui->outstandingBodyComboBox->setCurrentIndex(std::max(0, m_ui->outstandingBodyComboBox->findData(body)));

    // Meetings by date, upcoming first (soonest first), then past ones (latest first).
    QList<MeetingStore::MeetingSummary> ordered = m_meetings;
    std::stable_sort(ordered.begin(), ordered.end(), [this](const auto& a, const auto& b) {
        const bool futureA = a.date >= m_today;
        const bool futureB = b.date >= m_today;
        if (futureA != futureB)
            return futureA;
        return futureA ? a.date < b.date : a.date > b.date;
    });
    m_ui->briefingMeetingComboBox->clear();
    for (const MeetingStore::MeetingSummary& m : ordered) {
        const QString date = m.date.isValid() ? QLocale().toString(m.date, QStringLiteral("d MMM yyyy")) : tr("undated");
        m_ui->briefingMeetingComboBox->addItem(tr("%1 — %2").arg(date, m.body.isEmpty() ? tr("Unknown body") : m.body), m.id);
    }
    setMeeting(m_meeting);
    const bool any = m_database && !m_meetings.isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->outstandingGroupBox), static_cast<QWidget*>(m_ui->briefingGroupBox),
                       static_cast<QWidget*>(m_ui->calendarGroupBox), static_cast<QWidget*>(m_ui->jsonGroupBox)})
        w->setEnabled(any);
}

std::unique_ptr<ReportDocument> ReportsPanel::outstandingReport(const QString& body) const
{
    if (!m_database)
        return nullptr;
    OutstandingActionsReport::Options options;
    options.body = body;
    options.today = m_today;
    return std::make_unique<ReportDocument>(OutstandingActionsReport::document(
        ActionStore(*m_database).list(), options, RecommendationStore(*m_database).list()));
}

std::unique_ptr<ReportDocument> ReportsPanel::briefing(qint64 meetingId) const
{
    if (!m_database)
        return nullptr;
    const auto data = MeetingBriefing::gather(*m_database, meetingId, m_today);
    return data ? std::make_unique<ReportDocument>(MeetingBriefing::document(*data)) : nullptr;
}

void ReportsPanel::print(std::unique_ptr<ReportDocument> document)
{
    if (!document)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    document->setUpPrinter(*printer);
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print report"));
    std::shared_ptr<ReportDocument> shared(std::move(document));
    connect(dialog, &QDialog::accepted, this, [this, printer, shared] {
        const auto failed = shared->print(*printer);
        m_ui->statusLabel->setText(failed ? tr("Printing failed: %1").arg(*failed) : tr("Sent to the printer."));
    });
    dialog->open();
}

bool ReportsPanel::saveOutstandingPdf(const QString& path, const QString& body, QString* error)
{
    const auto document = outstandingReport(body);
    const auto failed = document ? document->writePdf(path) : std::optional<QString>(tr("no library is open"));
    if (failed && error)
        *error = *failed;
    return !failed;
}

bool ReportsPanel::saveBriefingPdf(const QString& path, qint64 meetingId, QString* error)
{
    const auto document = briefing(meetingId);
    const auto failed = document ? document->writePdf(path) : std::optional<QString>(tr("the meeting is not in the library"));
    if (failed && error)
        *error = *failed;
    return !failed;
}

bool ReportsPanel::saveCalendar(const QString& path, bool upcomingOnly, QString* error)
{
    if (!m_database) {
        if (error)
            *error = tr("no library is open");
        return false;
    }
    QList<qint64> ids;
    for (const MeetingStore::MeetingSummary& m : m_meetings) {
        if (!upcomingOnly || m.date >= m_today)
            ids.append(m.id);
    }
    if (ids.isEmpty()) {
        if (error)
            *error = upcomingOnly ? tr("no upcoming meetings in the library") : tr("no dated meetings in the library");
        return false;
    }
    const auto failed = writeFile(path, CalendarExport(*m_database).build(ids));
    if (failed && error)
        *error = *failed;
    return !failed;
}

void ReportsPanel::saveJson(const QString& path)
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        emit exported(path, error.isEmpty(), error);
        watcher->deleteLater();
    });
    m_ui->jsonButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    watcher->setFuture(QtConcurrent::run([databasePath = m_databasePath, path]() -> QString {
        auto db = Database::open(databasePath);
        if (!db)
            return db.error().describe();
        const auto failed = writeFile(path, JsonExporter(*db.value()).toJson());
        return failed ? *failed : QString();
    }));
}

void ReportsPanel::report(const QString& path, bool ok, const QString& error)
{
    m_ui->jsonButton->setEnabled(m_database != nullptr);
    m_ui->statusLabel->setText(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : tr("Not saved: %1").arg(error));
}

void ReportsPanel::askOutstandingPdf()
{
    const QString body = m_ui->outstandingBodyComboBox->currentData().toString();
    SaveLocation::ask(this, tr("Save outstanding actions"), tr("outstanding-actions.pdf"), tr("PDF files (*.pdf)"),
                      [this, body](const QString& path) {
                          QString error;
                          report(path, saveOutstandingPdf(path, body, &error), error);
                      });
}

void ReportsPanel::askBriefingPdf()
{
    const qint64 meeting = m_ui->briefingMeetingComboBox->currentData().toLongLong();
    SaveLocation::ask(this, tr("Save briefing"), tr("briefing.pdf"), tr("PDF files (*.pdf)"), [this, meeting](const QString& path) {
        QString error;
        report(path, saveBriefingPdf(path, meeting, &error), error);
    });
}

void ReportsPanel::askCalendar()
{
    const bool upcoming = m_ui->upcomingOnlyCheckBox->isChecked();
    SaveLocation::ask(this, tr("Save calendar"), tr("meetings.ics"), tr("iCalendar files (*.ics)"),
                      [this, upcoming](const QString& path) {
                          QString error;
                          report(path, saveCalendar(path, upcoming, &error), error);
                      });
}

void ReportsPanel::askJson()
{
    SaveLocation::ask(this, tr("Save JSON export"), tr("scrutineer-export.json"), tr("JSON files (*.json)"),
                      [this](const QString& path) { saveJson(path); });
}

} // namespace scrutineer::gui
