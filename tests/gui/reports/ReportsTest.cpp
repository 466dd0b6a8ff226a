#include "../tracker/ChairFixtures.h"

#include "ActionStore.h"
#include "Csv.h"
#include "ImportWriter.h"
#include "pdf/PdfDocument.h"
#include "reports/MeetingBriefing.h"
#include "reports/OutstandingActionsReport.h"
#include "reports/ReportDocument.h"
#include "reports/ReportsPanel.h"
#include "reports/TableCsv.h"
#include "tracker/ActionTracker.h"
#include "tracker/ChairTools.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QTextDocument>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

namespace {

constexpr int kReportsTimeoutMs = 20000;

// The words of a PDF page in reading order, joined with spaces.
QString pageText(const PdfDocument& pdf, int index)
{
    QStringList words;
    for (const auto& word : pdf.readPage(index).words)
        words.append(word.text);
    return words.join(QLatin1Char(' ')).normalized(QString::NormalizationForm_KC); // "ﬁ" ligatures
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// VEVENTs of an iCalendar text as property maps (lines unfolded, TEXT unescaped).
QList<QHash<QString, QString>> parseIcs(const QByteArray& ics)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QList<QHash<QString, QString>> events;
    QHash<QString, QString>* current = nullptr;
    for (const QByteArray& raw : unfolded.split('\n')) {
        const QString line = QString::fromUtf8(raw).remove(QLatin1Char('\r'));
        if (line == QStringLiteral("BEGIN:VEVENT")) {
            events.append(QHash<QString, QString>());
            current = &events.last();
        } else if (line == QStringLiteral("END:VEVENT")) {
            current = nullptr;
        } else if (current) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            QString value = line.mid(colon + 1);
            value.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\,"), QStringLiteral(","));
            value.replace(QStringLiteral("\\;"), QStringLiteral(";")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
            current->insert(line.left(colon), value);
        }
    }
    return events;
}

class ReportsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_library.ok()) << m_library.error().toStdString();
        m_panel = std::make_unique<ReportsPanel>();
        m_panel->setToday(today());
        QSignalSpy loaded(m_panel.get(), &ReportsPanel::loaded);
        m_panel->setDatabasePath(m_library.databasePath());
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kReportsTimeoutMs));
    }
    // A long improvement plan so the report runs over several pages.
    void addLongPlan()
    {
        ImportBundle b = adultsPack();
        b.sha256 = "chair-long";
        b.fileName = QStringLiteral("adults-plan.pdf");
        b.meetings.first().date = QDate(2030, 5, 2);
        b.actions.clear();
        for (int i = 1; i <= 90; ++i) {
            Action a;
            a.origin = ActionOrigin::ImprovementPlan;
            a.ref = QStringLiteral("2.1.%1").arg(i);
            a.text = QStringLiteral("Carry out practice review number %1 with the locality teams and report the findings").arg(i);
            a.owner = QStringLiteral("Erin Eve, Practice Lead");
            a.due = i % 2 ? QStringLiteral("2030-03") : QStringLiteral("2030-11");
            a.status = ActionStatus::OnTrack;
            a.pdfPage = 3;
            b.actions.append(a);
        }
        auto db = m_library.open();
        ASSERT_TRUE(ImportWriter(*db).write(b).hasValue());
    }

    ChairLibrary m_library;
    std::unique_ptr<ReportsPanel> m_panel;
};

} // namespace

TEST(TableCsvTest, WritesWhatTheViewShowsInItsColumnOrder)
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Ref"), QStringLiteral("Hidden"), QStringLiteral("Action, text")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("1.1")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("secret")));
    model.setItem(0, 2, new QStandardItem(QStringLiteral("Say \"hello\", twice\nthen stop")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("1.2")));
    ModelGuard guard(&model);
    QTableView view;
    view.setModel(&model);
    view.hideColumn(1);
    view.horizontalHeader()->moveSection(2, 0);
    const QList<QStringList> rows = csv::parse(TableCsv::text(model, view.horizontalHeader()));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0), (QStringList{QStringLiteral("Action, text"), QStringLiteral("Ref")}));
    EXPECT_EQ(rows.at(1), (QStringList{QStringLiteral("Say \"hello\", twice\nthen stop"), QStringLiteral("1.1")}));
    EXPECT_EQ(rows.at(2), (QStringList{QString(), QStringLiteral("1.2")}));
    EXPECT_EQ(csv::parse(TableCsv::text(model)).first().size(), 3) << "without a view, every column";
    EXPECT_TRUE(guard.warnings().isEmpty());
}

TEST_F(ReportsTest, OutstandingActionsPdfPaginatesWithHeadersOnEveryPage)
{
    addLongPlan();
    const QString path = m_library.path(QStringLiteral("outstanding.pdf"));
    QString error;
    ASSERT_TRUE(m_panel->saveOutstandingPdf(path, {}, &error)) << error.toStdString();
    auto pdf = PdfDocument::open(path);
    ASSERT_TRUE(pdf.hasValue()) << pdf.error().describe().toStdString();
    const int pages = pdf.value()->pageCount();
    QPrinter printer(QPrinter::HighResolution);
    const auto report = m_panel->outstandingReport({});
    report->setUpPrinter(printer);
    EXPECT_EQ(pages, report->pageCount(printer));
    EXPECT_GE(pages, 3) << "95 open actions do not fit on two A4 pages";
    const QString first = pageText(*pdf.value(), 0);
    EXPECT_TRUE(first.contains(QStringLiteral("Outstanding actions"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("Page 1 of %1").arg(pages))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("Erin Eve")) && first.contains(QStringLiteral("Practice Lead")))
        << "the owner resolved to a person, her post beside her name";
    const QString last = pageText(*pdf.value(), pages - 1);
    EXPECT_TRUE(last.contains(QStringLiteral("Page %1 of %1").arg(pages))) << last.toStdString();
    EXPECT_TRUE(last.contains(QStringLiteral("Outstanding actions"))) << "running header on every page";
    const QString second = pageText(*pdf.value(), 1);
    EXPECT_TRUE(second.contains(QStringLiteral("Owner")) && second.contains(QStringLiteral("Due"))) << "table header repeats";

    const QString html = OutstandingActionsReport::html(ActionStore(*m_library.open()).list(), {QString(), today()});
    EXPECT_FALSE(html.contains(QStringLiteral("Appoint a virtual school head"))) << "complete actions are not outstanding";
    EXPECT_LT(html.indexOf(QStringLiteral("Recruit twenty new foster carers")), html.indexOf(QStringLiteral("Publish the sufficiency strategy")))
        << "overdue first";
    EXPECT_TRUE(html.contains(QStringLiteral(">7 months<"))) << "213 days late, in months as the tracker shows it";
}

TEST_F(ReportsTest, MeetingBriefingHasAgendaActionsBreachesAndQuestions)
{
    const qint64 meeting = m_library.meetingId(QDate(2030, 7, 8));
    auto db = m_library.open();
    const auto data = MeetingBriefing::gather(*db, meeting, today());
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->agenda.size(), 3);
    EXPECT_EQ(data->openActions.size(), 4);
    EXPECT_EQ(data->breaches.size(), 2) << "both indicators at their latest reading";
    EXPECT_EQ(data->questions.size(), 1);

    const QString path = m_library.path(QStringLiteral("briefing.pdf"));
    QString error;
    ASSERT_TRUE(m_panel->saveBriefingPdf(path, meeting, &error)) << error.toStdString();
    auto pdf = PdfDocument::open(path);
    ASSERT_TRUE(pdf.hasValue());
    QString text;
    for (int i = 0; i < pdf.value()->pageCount(); ++i)
        text += pageText(*pdf.value(), i) + QLatin1Char(' ');
    for (const QString& expected : {QStringLiteral("Briefing: Children's Scrutiny Committee"), QStringLiteral("Adoption Timeliness Update"),
                                    QStringLiteral("Recruit twenty new foster carers"), QStringLiteral("Inadequate (<65)"),
                                    QStringLiteral("worse than the floor of 25"), QStringLiteral("Why did visits on time fall to 60% in March?"),
                                    QStringLiteral("Page 1 of")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("respite"))) << "another body's actions stay out";
}

// Every word of a printed report is a word of its text: a narrow column never breaks one across
// lines ("Decembe" / "r"), and the running header and footer are the only other words.
TEST_F(ReportsTest, PrintedReportsNeverBreakAWordAcrossLines)
{
    addLongPlan();
    {
        ImportBundle b = adultsPack();
        b.sha256 = "chair-long-ref";
        b.fileName = QStringLiteral("adults-plan-2.pdf");
        b.actions.clear();
        Action a;
        a.origin = ActionOrigin::ImprovementPlan;
        a.ref = QStringLiteral("CSCR2030117"); // one word, wider than the Ref column
        a.text = QStringLiteral("Review the commissioning arrangements for short breaks");
        a.owner = QStringLiteral("Commissioning Manager");
        a.due = QStringLiteral("2030-12");
        a.status = ActionStatus::OnTrack;
        a.pdfPage = 2;
        b.actions.append(a);
        ASSERT_TRUE(ImportWriter(*m_library.open()).write(b).hasValue());
    }
    const qint64 meeting = m_library.meetingId(QDate(2030, 7, 8));
    std::vector<std::pair<QString, std::unique_ptr<ReportDocument>>> reports;
    reports.emplace_back(QStringLiteral("outstanding.pdf"), m_panel->outstandingReport({}));
    reports.emplace_back(QStringLiteral("briefing.pdf"), m_panel->briefing(meeting));
    for (auto& [name, report] : reports) {
        ASSERT_TRUE(report);
        QTextDocument plain;
        plain.setHtml(report->html());
        QSet<QString> words;
        const QString furniture = report->title() + QLatin1Char(' ') + report->subtitle() + QLatin1Char(' ')
            + QLocale().toString(QDate::currentDate(), QLocale::LongFormat) + QStringLiteral(" Printed Scrutineer Page of");
        for (const QString& text : {plain.toPlainText(), furniture}) {
            for (const QString& word : text.normalized(QString::NormalizationForm_KC).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                words.insert(word);
        }
        const QString path = m_library.path(name);
        ASSERT_FALSE(report->writePdf(path).has_value());
        auto pdf = PdfDocument::open(path);
        ASSERT_TRUE(pdf.hasValue()) << name.toStdString();
        QStringList broken;
        for (int i = 0; i < pdf.value()->pageCount(); ++i) {
            const QStringList printed = pageText(*pdf.value(), i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (qsizetype w = 0; w < printed.size(); ++w) {
                static const QRegularExpression number(QStringLiteral("^[0-9·,.]+$"));
                const QString& word = printed.at(w);
                if (!words.contains(word) && !number.match(word).hasMatch() && !word.contains(QChar(0x2026)))
                    broken.append(word + QStringLiteral(" (before: ") + printed.mid(w + 1, 3).join(QLatin1Char(' ')) + QLatin1Char(')'));
            }
        }
        EXPECT_TRUE(broken.isEmpty()) << name.toStdString() << ": " << broken.join(QStringLiteral(" | ")).toStdString();
    }
}

TEST_F(ReportsTest, CalendarExportParsesBack)
{
    const QString path = m_library.path(QStringLiteral("meetings.ics"));
    QString error;
    ASSERT_TRUE(m_panel->saveCalendar(path, true, &error)) << error.toStdString();
    QList<QHash<QString, QString>> events = parseIcs(readAll(path));
    ASSERT_EQ(events.size(), 1) << "only 8 July is upcoming on 1 June";
    EXPECT_EQ(events.first().value(QStringLiteral("SUMMARY")), QStringLiteral("Children's Scrutiny Committee"));
    EXPECT_EQ(events.first().value(QStringLiteral("DTSTART")), QStringLiteral("20300708T183000"));
    EXPECT_EQ(events.first().value(QStringLiteral("LOCATION")), QStringLiteral("Council Chamber, Town Hall"));
    EXPECT_TRUE(events.first().value(QStringLiteral("DESCRIPTION")).contains(QStringLiteral("3. Adoption Timeliness Update")));

    ASSERT_TRUE(m_panel->saveCalendar(path, false, &error));
    events = parseIcs(readAll(path));
    EXPECT_EQ(events.size(), 4);
    QSet<QString> uids;
    for (const auto& e : events)
        uids.insert(e.value(QStringLiteral("UID")));
    EXPECT_EQ(uids.size(), 4) << "every event has its own UID";
}

TEST_F(ReportsTest, JsonExportIsWrittenOffTheGuiThread)
{
    const QString path = m_library.path(QStringLiteral("export.json"));
    QSignalSpy exported(m_panel.get(), &ReportsPanel::exported);
    m_panel->saveJson(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return exported.count() == 1; }, kReportsTimeoutMs));
    EXPECT_TRUE(exported.first().at(1).toBool()) << exported.first().at(2).toString().toStdString();
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("scrutineer-export"));
    EXPECT_EQ(root.value(QStringLiteral("actions")).toArray().size(), 6);
}

TEST_F(ReportsTest, ChairToolsHostsEveryToolAndForwardsOpenRequests)
{
    ChairTools tools;
    tools.setDatabasePath(m_library.databasePath());
    EXPECT_EQ(tools.count(), 5);
    QSignalSpy loaded(tools.actions(), &ActionTracker::loaded);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kReportsTimeoutMs));
    QSignalSpy open(&tools, &ChairTools::openRequested);
    emit tools.actions()->openRequested(3, 4, QStringLiteral("1.1.2"));
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(1).toInt(), 4);
}
