// End to end through the real window: database with meetings, navigator, agenda tree, page jumps
// with highlights, search hits opening their page, the empty state with the sample import, drag
// and drop, and the layout and meeting remembered between runs.
#include "main/MainWindow.h"
#include "GuiFixtures.h"
#include "importing/ImportController.h"
#include "ImportSummary.h"
#include "main/AppSettings.h"
#include "main/ReadingController.h"
#include "meetings/AgendaPanel.h"
#include "meetings/AgendaTreeModel.h"
#include "meetings/MeetingLibrary.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"
#include "search/SearchPanel.h"
#include "search/SearchResultsModel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUrl>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using fx::GuiTestDir;
using gui::AgendaTreeModel;
using gui::MainWindow;
using scrutineer::Database;
using scrutineer::ImportBundle;

namespace {

// An archive of two meetings of one committee (the later one upcoming) and one of another body.
void fillArchive(const GuiTestDir& dir)
{
    auto database = Database::open(dir.databasePath());
    ASSERT_TRUE(database.hasValue());
    const QDate upcoming = QDate::currentDate().addDays(10);
    fx::writeBundle(*database.value(), fx::childrenPack(dir.path(QStringLiteral("next.pdf")), upcoming));
    fx::writeBundle(*database.value(), fx::childrenPack(dir.path(QStringLiteral("last.pdf")), upcoming.addMonths(-3)));
    ImportBundle audit = fx::childrenPack(dir.path(QStringLiteral("audit.pdf")), upcoming.addMonths(-1));
    audit.meetings[0].body = QStringLiteral("Audit Committee");
    audit.sha256 = QByteArray("audit-") + audit.sha256.left(20);
    fx::writeBundle(*database.value(), audit);
}

bool waitForMeetings(MainWindow& window, int count)
{
    return fx::waitUntil([&] { return window.navigator()->model()->meetingCount() == count; }, 10000);
}

} // namespace

TEST(MainWindow, OpensTheUpcomingMeetingWithItsAgendaAndPack)
{
    GuiTestDir dir;
    fillArchive(dir);
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(waitForMeetings(window, 3));
    EXPECT_FALSE(window.isShowingEmptyState());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("reading-room — Scrutineer"));
    // Bodies alphabetically; the committee's upcoming meeting is selected and its pack opened.
    const gui::MeetingsModel* meetings = window.navigator()->model();
    EXPECT_EQ(meetings->index(0, 0).data().toString(), QStringLiteral("Audit Committee"));
    const QModelIndex next = meetings->index(0, 0, meetings->index(1, 0));
    EXPECT_TRUE(next.data(gui::MeetingsModel::UpcomingRole).toBool());
    ASSERT_TRUE(fx::waitUntil(
        [&] {
            return (window.navigator()->currentMeeting())
                == (next.data(gui::MeetingsModel::MeetingIdRole).toLongLong());
        },
        5000));
    AgendaTreeModel* agenda = window.agendaPanel()->model();
    ASSERT_TRUE(agenda->find(AgendaTreeModel::Kind::Item, QStringLiteral("Fostering Recruitment")).isValid());
    EXPECT_TRUE(window.agendaPanel()->headerText().contains(QStringLiteral("Children's Scrutiny Committee")));
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->documentId() > 0; }, 5000));
    EXPECT_TRUE(window.viewer()->documentPath().endsWith(QStringLiteral("next.pdf")));
}

TEST(MainWindow, AgendaRowsJumpToTheirPageAndHighlightTheWords)
{
    GuiTestDir dir;
    fillArchive(dir);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(waitForMeetings(window, 3));
    AgendaTreeModel* agenda = window.agendaPanel()->model();
    ASSERT_TRUE(fx::waitUntil([&] { return agenda->rowCount() > 0; }, 5000));
    gui::PdfView* view = window.viewer()->view();
    QSignalSpy highlighted(view, &gui::PdfView::highlightShown);

    window.agendaPanel()->openRow(agenda->find(AgendaTreeModel::Kind::Item, QStringLiteral("Fostering")));
    ASSERT_TRUE(highlighted.wait(10000));
    EXPECT_EQ(window.viewer()->currentPage(), 2);
    EXPECT_EQ(view->highlightPage(), 2);
    EXPECT_GE(view->highlightBoxes().size(), 1);
    EXPECT_EQ(window.viewer()->pageIndicatorText(), QStringLiteral("Page 2 · PDF p. 2"));

    const QModelIndex resolution = agenda->find(AgendaTreeModel::Kind::Resolution, QStringLiteral("report back"));
    ASSERT_TRUE(resolution.isValid());
    EXPECT_EQ(resolution.parent().data().toString(), QStringLiteral("Minute 7: Adoption Timeliness"));
    window.agendaPanel()->openRow(resolution);
    ASSERT_TRUE(highlighted.wait(10000));
    EXPECT_EQ(window.viewer()->currentPage(), 4);
    EXPECT_EQ(view->highlightPage(), 4);
    EXPECT_GE(view->highlightBoxes().size(), 1);

    window.agendaPanel()->openRow(agenda->find(AgendaTreeModel::Kind::Action, QStringLiteral("foster carers")));
    ASSERT_TRUE(highlighted.wait(10000));
    EXPECT_EQ(window.viewer()->currentPage(), 3);
}

TEST(MainWindow, SearchHitOpensItsMeetingAndPage)
{
    GuiTestDir dir;
    fillArchive(dir);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(waitForMeetings(window, 3));
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->documentId() > 0; }, 5000));
    QSignalSpy finished(window.searchPanel(), &gui::SearchPanel::searchFinished);
    window.searchPanel()->setQuery(QStringLiteral("allowance"));
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_GT(finished.last().first().toInt(), 0);
    QSignalSpy highlighted(window.viewer()->view(), &gui::PdfView::highlightShown);
    auto* edit = window.searchPanel()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    ASSERT_NE(edit, nullptr);
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(highlighted.wait(10000));
    EXPECT_EQ(window.viewer()->currentPage(), 2);
    EXPECT_GE(window.viewer()->view()->highlightBoxes().size(), 1);

    // A hit in another meeting's pack selects that meeting too.
    const auto lastMeeting = window.navigator()->model()->index(1, 0, window.navigator()->model()->index(1, 0));
    const qint64 lastId = lastMeeting.data(gui::MeetingsModel::MeetingIdRole).toLongLong();
    const qint64 lastDocument = window.library()->meetingContents(lastId).documents.value(0).id;
    ASSERT_GT(lastDocument, 0);
    emit window.searchPanel()->openRequested(lastDocument, 3, QStringLiteral("foster carers"));
    EXPECT_EQ(window.navigator()->currentMeeting(), lastId);
    ASSERT_TRUE(highlighted.wait(10000));
    EXPECT_EQ(window.viewer()->documentId(), lastDocument);
    EXPECT_EQ(window.viewer()->currentPage(), 3);
}

TEST(MainWindow, MissingFileIsExplainedInsteadOfShown)
{
    GuiTestDir dir;
    fillArchive(dir);
    QFile::remove(dir.path(QStringLiteral("last.pdf")));
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(waitForMeetings(window, 3));
    const auto lastMeeting = window.navigator()->model()->index(1, 0, window.navigator()->model()->index(1, 0));
    window.navigator()->selectMeeting(lastMeeting.data(gui::MeetingsModel::MeetingIdRole).toLongLong());
    EXPECT_EQ(window.viewer()->documentId(), 0);
    EXPECT_EQ(window.viewer()->currentPage(), 0);
}

TEST(MainWindow, EmptyDatabaseShowsTheWelcomeAndTheSampleImportFillsTheReadingRoom)
{
    GuiTestDir dir;
    MainWindow window;
    window.show();
    window.importController()->setSummaryDialogEnabled(false);
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(
        fx::waitUntil([&] { return window.reading()->meetingCount() == 0 && !window.library()->isLoading(); }, 5000));
    EXPECT_TRUE(window.isShowingEmptyState());
    EXPECT_FALSE(window.findChild<QDockWidget*>(QStringLiteral("meetingsDock"))->isVisible());
    QSignalSpy finished(window.importController(), &gui::ImportController::finished);
    window.importController()->importSample();
    ASSERT_TRUE(finished.wait(60000));
    const auto summary = finished.first().first().value<gui::ImportSummary>();
    ASSERT_EQ(summary.count(gui::ImportFileResult::Status::Imported), 1);
    ASSERT_TRUE(fx::waitUntil([&] { return !window.isShowingEmptyState(); }, 10000));
    EXPECT_TRUE(window.findChild<QDockWidget*>(QStringLiteral("meetingsDock"))->isVisible());
    // The imported pack is open at its first page, and its meeting selected.
    ASSERT_TRUE(
        fx::waitUntil([&] { return (window.viewer()->documentId()) == (summary.files.first().documentId); }, 10000));
    EXPECT_EQ(window.navigator()->currentMeeting(), summary.files.first().meetingId);
    // Its agenda came through the parsers: the last item with papers opens at its first page.
    AgendaTreeModel* agenda = window.agendaPanel()->model();
    QModelIndex item;
    for (int row = 0; row < agenda->rowCount(); ++row) {
        const QModelIndex index = agenda->index(row, 0);
        if (index.data(AgendaTreeModel::KindRole).value<AgendaTreeModel::Kind>() == AgendaTreeModel::Kind::Item
            && index.data(AgendaTreeModel::PdfPageRole).toInt() > 1)
            item = index;
    }
    ASSERT_TRUE(item.isValid());
    const int page = item.data(AgendaTreeModel::PdfPageRole).toInt();
    window.agendaPanel()->openRow(item);
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->currentPage() == page; }, 10000));
}

TEST(MainWindow, DroppedPdfsAreImported)
{
    GuiTestDir dir;
    MainWindow window;
    window.show();
    window.importController()->setSummaryDialogEnabled(false);
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    const QString pdf = dir.path(QStringLiteral("dropped.pdf"));
    fx::writePdf(pdf, {{QStringLiteral("Agenda")}, {QStringLiteral("Report")}});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(pdf)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QSignalSpy started(window.importController(), &gui::ImportController::started);
    QSignalSpy finished(window.importController(), &gui::ImportController::finished);
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    EXPECT_EQ(started.count(), 1);
    ASSERT_TRUE(finished.wait(60000));

    // Text and other non-PDF files are refused at the door.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST(MainWindow, LayoutDatabaseAndMeetingAreRememberedBetweenRuns)
{
    GuiTestDir dir;
    fillArchive(dir);
    qint64 chosen = 0;
    {
        MainWindow window;
        window.show();
        ASSERT_TRUE(window.openDatabase(dir.databasePath()));
        ASSERT_TRUE(waitForMeetings(window, 3));
        const gui::MeetingsModel* meetings = window.navigator()->model();
        chosen = meetings->index(0, 0, meetings->index(0, 0)).data(gui::MeetingsModel::MeetingIdRole).toLongLong();
        ASSERT_TRUE(window.navigator()->selectMeeting(chosen));
        window.findChild<QDockWidget*>(QStringLiteral("notesDock"))->hide();
        window.close();
    }
    EXPECT_EQ(gui::AppSettings::recentDatabases().value(0), QFileInfo(dir.databasePath()).absoluteFilePath());
    MainWindow again;
    again.show();
    ASSERT_TRUE(again.openDatabase(gui::AppSettings::lastDatabase()));
    ASSERT_TRUE(waitForMeetings(again, 3));
    ASSERT_TRUE(fx::waitUntil([&] { return (again.navigator()->currentMeeting()) == (chosen); }, 5000));
    EXPECT_FALSE(again.findChild<QDockWidget*>(QStringLiteral("notesDock"))->isVisible());
    EXPECT_TRUE(again.findChild<QDockWidget*>(QStringLiteral("agendaDock"))->isVisible());
}

TEST(MainWindow, ABadDatabaseFileIsRefusedAndTheCurrentOneKept)
{
    GuiTestDir dir;
    fillArchive(dir);
    QFile junk(dir.path(QStringLiteral("junk.sqlite")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("definitely not sqlite, just some words");
    junk.close();
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    QString error;
    EXPECT_FALSE(window.openDatabase(junk.fileName(), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(window.databasePath(), QFileInfo(dir.databasePath()).absoluteFilePath());
    ASSERT_TRUE(waitForMeetings(window, 3));
}

TEST(MainWindow, OneClickOnASearchResultOpensItKeepsTheMeetingsFilterAndSelectsTheAgendaItem)
{
    GuiTestDir dir;
    fillArchive(dir);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(waitForMeetings(window, 3));
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->documentId() > 0; }, 5000));
    auto* filter = window.navigator()->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    ASSERT_NE(filter, nullptr);
    filter->setText(QStringLiteral("Audit"));

    QSignalSpy finished(window.searchPanel(), &gui::SearchPanel::searchFinished);
    window.searchPanel()->setQuery(QStringLiteral("allowance"));
    ASSERT_TRUE(finished.wait(10000));
    // The oldest meeting's hit: a meeting the filter hides.
    const QAbstractItemModel* results = window.searchPanel()->resultsModel();
    ASSERT_EQ(results->rowCount(), 3);
    QModelIndex hit;
    const QModelIndex oldest = results->index(2, 0);
    for (int row = 0; row < results->rowCount(oldest) && !hit.isValid(); ++row) {
        if (results->index(row, 0, oldest).data(gui::SearchResultsModel::PdfPageRole).toInt() == 2)
            hit = results->index(row, 0, oldest);
    }
    ASSERT_TRUE(hit.isValid());
    auto* view = window.searchPanel()->findChild<QTreeView*>(QStringLiteral("resultsView"));
    ASSERT_NE(view, nullptr);
    view->scrollTo(hit);
    QSignalSpy highlighted(window.viewer()->view(), &gui::PdfView::highlightShown);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(hit).center());
    ASSERT_TRUE(highlighted.wait(10000)) << "one click opens a result";
    EXPECT_TRUE(window.viewer()->documentPath().endsWith(QStringLiteral("last.pdf")));
    EXPECT_EQ(window.viewer()->currentPage(), 2);
    EXPECT_EQ(filter->text(), QStringLiteral("Audit")) << "the Meetings filter is kept";
    EXPECT_EQ(window.navigator()->currentMeeting(), 0) << "nothing the filter shows is selected";
    const QModelIndex item
        = window.agendaPanel()->model()->find(AgendaTreeModel::Kind::Item, QStringLiteral("Fostering"));
    ASSERT_TRUE(item.isValid());
    EXPECT_EQ(window.agendaPanel()->currentAgendaNumber(), item.data(AgendaTreeModel::AgendaNumberRole).toString());
    EXPECT_TRUE(window.agendaPanel()->headerText().contains(QStringLiteral("Children's Scrutiny Committee")));
}
