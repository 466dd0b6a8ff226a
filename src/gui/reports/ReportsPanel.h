#pragma once

#include "MeetingStore.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QPrinter;

namespace Ui {
class ReportsPanel;
}

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

class LatestLoad;
class ReportDocument;

// Outputs for chairs and officers: the outstanding-actions report and a meeting briefing (print
// or PDF, paginated with headers), the meetings as an iCalendar file, and the JSON export of the
// whole library (written off the GUI thread). File names are asked through SaveLocation.
// GUI thread only.
class ReportsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPanel)

public:
    explicit ReportsPanel(QWidget* parent = nullptr);
    ~ReportsPanel() override;

    void setDatabasePath(const QString& path);
    void setToday(const QDate& today) { m_today = today; }

    // Each returns false with the reason in `error`.
    bool saveOutstandingPdf(const QString& path, const QString& body, QString* error = nullptr);
    bool saveBriefingPdf(const QString& path, qint64 meetingId, QString* error = nullptr);
    bool saveCalendar(const QString& path, bool upcomingOnly, QString* error = nullptr);
    // Starts the JSON export; exported() reports the outcome.
    void saveJson(const QString& path);

    // The report documents, for printing or previews.
    std::unique_ptr<ReportDocument> outstandingReport(const QString& body) const;
    std::unique_ptr<ReportDocument> briefing(qint64 meetingId) const;

public slots:
    void reload();
    // The meeting the reader is looking at: the briefing defaults to it.
    void setMeeting(qint64 meetingId);

signals:
    void loaded(int meetingCount);
    void exported(const QString& path, bool ok, const QString& message);

private:
    void fillChoices();
    void print(std::unique_ptr<ReportDocument> document);
    void askOutstandingPdf();
    void askBriefingPdf();
    void askCalendar();
    void askJson();
    void report(const QString& path, bool ok, const QString& error);

    std::unique_ptr<Ui::ReportsPanel> m_ui;
    std::unique_ptr<Database> m_database;
    QString m_databasePath;
    QList<MeetingStore::MeetingSummary> m_meetings;
    qint64 m_meeting = 0;
    LatestLoad* m_load = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace scrutineer::gui
