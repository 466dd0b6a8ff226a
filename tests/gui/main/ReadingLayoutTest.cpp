// The reading room's panels at the two sizes a councillor reads at (a 1280×800 laptop, a 1920×1080
// monitor): the page gets most of the width, the meetings list and the tabs under it share the
// column's height however the tabs are switched, several search results show at once, agenda
// titles are whole, and the sizes a user sets come back. Also: a table fitted while it was hidden
// is fitted again for the width it is shown at.
#include "GuiFixtures.h"
#include "common/ColumnFit.h"
#include "main/DockArrangement.h"
#include "main/MainWindow.h"
#include "meetings/AgendaPanel.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"
#include "search/SearchPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QScreen>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using gui::MainWindow;

namespace {

QDockWidget* readingDock(const MainWindow& window, const char* name)
{
    return window.findChild<QDockWidget*>(QString::fromLatin1(name));
}

const QString kLongTitle = QStringLiteral(
    "Local Government Association Care Practice Diagnostic (Peer Review) and the Improvement Plan that follows it");

// Three meetings of one committee, so a search finds something in each; each pack's second item
// has a title too long for one line of the column.
void fillReadingDatabase(const fx::GuiTestDir& dir)
{
    auto database = scrutineer::Database::open(dir.databasePath());
    ASSERT_TRUE(database.hasValue());
    for (int month : {1, 2, 3}) {
        scrutineer::ImportBundle bundle
            = fx::childrenPack(dir.path(QStringLiteral("pack%1.pdf").arg(month)), QDate(2030, month, 4));
        bundle.meetings[0].agendaItems[1].title = kLongTitle;
        fx::writeBundle(*database.value(), bundle);
    }
}

void showReadingRoomAt(MainWindow& window, const fx::GuiTestDir& dir, const QSize& size)
{
    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(fx::waitUntil([&] { return window.navigator()->model()->meetingCount() == 3; }, 10000));
    ASSERT_FALSE(window.isShowingEmptyState());
    QTest::qWait(50); // the docks are sized once the window has its size
    QCoreApplication::processEvents();
}

// Results whose whole row is in sight.
int resultsInSight(QTreeView* view)
{
    int seen = 0;
    const QRect viewport = view->viewport()->rect();
    QAbstractItemModel* model = view->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QRect rect = view->visualRect(model->index(row, 0, parent));
            if (!rect.isEmpty() && viewport.contains(rect))
                ++seen;
        }
    }
    return seen;
}

} // namespace

class ReadingLayoutSizes : public ::testing::TestWithParam<QSize> { };

TEST_P(ReadingLayoutSizes, ThePageGetsMostOfTheWidthAndThePanelsStayUsable)
{
    fx::GuiTestDir dir;
    fillReadingDatabase(dir);
    MainWindow window;
    showReadingRoomAt(window, dir, GetParam());
    const QSize size = GetParam();
    ASSERT_EQ(window.size(), size);
    QDockWidget* meetings = readingDock(window, "meetingsDock");
    const int page = window.viewer()->view()->width();
    EXPECT_GE(page, size.width() * 70 / 100) << "the page view is " << page << " px";
    EXPECT_LE(page, size.width() * 80 / 100) << "the column is " << meetings->width() << " px";
    EXPECT_GE(meetings->width(), gui::DockArrangement::kColumnWidth);
    if (size.width() >= 1920) {
        EXPECT_GE(meetings->width(), 440) << "a wide window gives the column room for agenda titles";
    }

    // The meetings list has a good part of the column, and keeps it whichever tab is shown below.
    const int column = window.centralWidget()->height();
    const int listHeight = meetings->height();
    EXPECT_GE(listHeight, column * 33 / 100) << listHeight << " of " << column << " px";
    EXPECT_LE(listHeight, column * 50 / 100) << listHeight << " of " << column << " px";
    for (const char* tab : {"searchDock", "notesDock", "carryForwardDock", "agendaDock"}) {
        readingDock(window, tab)->raise();
        QCoreApplication::processEvents();
        EXPECT_NEAR(meetings->height(), listHeight, 4) << "after showing " << tab;
    }
    // Reading mode puts the panels back as they were.
    const int listWidth = meetings->width();
    auto* readingMode = window.findChild<QAction*>(QStringLiteral("actionReadingMode"));
    ASSERT_NE(readingMode, nullptr);
    readingMode->trigger();
    QCoreApplication::processEvents();
    ASSERT_FALSE(meetings->isVisible());
    readingMode->trigger();
    QCoreApplication::processEvents();
    ASSERT_TRUE(meetings->isVisible());
    EXPECT_NEAR(meetings->height(), listHeight, 4) << "after reading mode";
    EXPECT_NEAR(meetings->width(), listWidth, 4) << "after reading mode";

    // Several search results in sight at once.
    window.findChild<QAction*>(QStringLiteral("actionFind"))->trigger();
    window.searchPanel()->setQuery(QStringLiteral("report"));
    auto* results = window.searchPanel()->findChild<QTreeView*>(QStringLiteral("resultsView"));
    ASSERT_NE(results, nullptr);
    ASSERT_TRUE(fx::waitUntil([&] { return results->model()->rowCount() >= 3; }, 10000));
    QCoreApplication::processEvents();
    EXPECT_GE(resultsInSight(results), 3) << "the results list is " << results->viewport()->height() << " px high";
    EXPECT_NEAR(meetings->height(), listHeight, 4) << "after a search";
}

INSTANTIATE_TEST_SUITE_P(
    Screens, ReadingLayoutSizes, ::testing::Values(QSize(1280, 800), QSize(1920, 1080)),
    [](const ::testing::TestParamInfo<QSize>& screen) {
        return QStringLiteral("W%1x%2").arg(screen.param.width()).arg(screen.param.height()).toStdString();
    });

TEST(ReadingLayout, AgendaTitlesAreWholeOnAsManyLinesAsTheyNeed)
{
    fx::GuiTestDir dir;
    fillReadingDatabase(dir);
    MainWindow window;
    showReadingRoomAt(window, dir, QSize(1280, 800));
    auto* tree = window.agendaPanel()->findChild<QTreeView*>(QStringLiteral("agendaTreeView"));
    ASSERT_NE(tree, nullptr);
    if (window.navigator()->currentMeeting() == 0) {
        auto* list = window.navigator()->findChild<QTreeView*>(QStringLiteral("meetingsTreeView"));
        const QModelIndex first = list->model()->index(0, 0, list->model()->index(0, 0)); // a committee's first meeting
        ASSERT_GT(first.data(gui::MeetingsModel::MeetingIdRole).toLongLong(), 0);
        window.navigator()->selectMeeting(first.data(gui::MeetingsModel::MeetingIdRole).toLongLong());
    }
    ASSERT_TRUE(fx::waitUntil(
        [&] {
            return !tree->model()
                        ->match(tree->model()->index(0, 0), Qt::DisplayRole, kLongTitle, 1,
                                Qt::MatchContains | Qt::MatchRecursive)
                        .isEmpty();
        },
        10000))
        << "the newest meeting is shown";
    const QModelIndex longRow = tree->model()
                                    ->match(tree->model()->index(0, 0), Qt::DisplayRole, kLongTitle, 1,
                                            Qt::MatchContains | Qt::MatchRecursive)
                                    .constFirst();
    const QModelIndex shortRow = tree->model()->index(0, 0);
    QCoreApplication::processEvents();
    const int titleWidth = tree->fontMetrics().horizontalAdvance(longRow.data().toString());
    ASSERT_GT(titleWidth, tree->header()->sectionSize(0)) << "the title is longer than the column";
    EXPECT_GE(tree->visualRect(longRow).height(), 2 * tree->visualRect(shortRow).height() - 4)
        << "the long title wraps onto more lines instead of being cut";
}

TEST(ReadingLayout, PanelSizesTheUserSetAreRestored)
{
    fx::GuiTestDir dir;
    fillReadingDatabase(dir);
    int width = 0;
    int height = 0;
    int defaultWidth = 0;
    {
        MainWindow window;
        showReadingRoomAt(window, dir, QSize(1280, 800));
        QDockWidget* meetings = readingDock(window, "meetingsDock");
        defaultWidth = meetings->width();
        ASSERT_LT(defaultWidth, 380);
        window.resizeDocks({meetings}, {400}, Qt::Horizontal);
        window.resizeDocks({meetings, readingDock(window, "agendaDock")}, {200, 400}, Qt::Vertical);
        QCoreApplication::processEvents();
        width = meetings->width();
        height = meetings->height();
        ASSERT_NEAR(width, 400, 12);
        window.close();
    }
    MainWindow again;
    showReadingRoomAt(again, dir, QSize(1280, 800));
    EXPECT_NEAR(readingDock(again, "meetingsDock")->width(), width, 4) << "not the default's";
    EXPECT_NEAR(readingDock(again, "meetingsDock")->height(), height, 4);
    again.findChild<QAction*>(QStringLiteral("actionResetLayout"))->trigger();
    QTest::qWait(50);
    EXPECT_NEAR(readingDock(again, "meetingsDock")->width(), defaultWidth, 4)
        << "Reset Layout sizes the default for the window";
}

TEST(ColumnFitting, ATableIsFittedAgainForTheWidthItIsGiven)
{
    QStandardItemModel model(20, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Action"), QStringLiteral("Due"), QStringLiteral("Owner")});
    for (int row = 0; row < model.rowCount(); ++row) {
        model.setItem(row, 0,
                      new QStandardItem(QStringLiteral("Review the fostering allowance and report back to the "
                                                       "committee with the figures for every quarter")));
        model.setItem(row, 1, new QStandardItem(QStringLiteral("29 January 2031")));
        model.setItem(row, 2, new QStandardItem(QStringLiteral("Head of Children's Social Care %1").arg(row % 3)));
    }
    QTableView table;
    table.setModel(&model);
    // Fitted at a width that cannot show a date: as a workspace's table is fitted while it is
    // hidden, or in a window made larger later.
    table.resize(260, 300);
    table.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&table));
    gui::ColumnFit::fit(&table, 0, {{1, 200}, {2, 300}}, 0.4);
    const int due = table.fontMetrics().horizontalAdvance(QStringLiteral("29 January 2031"));
    ASSERT_LT(table.columnWidth(1), due) << "too narrow to show a date";

    table.resize(1200, 400);
    ASSERT_TRUE(fx::waitUntil([&] { return table.columnWidth(1) >= due; }, 2000))
        << "the date column is " << table.columnWidth(1) << " px at " << table.viewport()->width();
    EXPECT_GE(table.columnWidth(2), table.fontMetrics().horizontalAdvance(model.item(0, 2)->text()));
    EXPECT_GE(table.columnWidth(0), table.viewport()->width() * 40 / 100) << "the text column has the rest";

    // A column the user sizes by hand stays as it is when the window changes.
    table.setColumnWidth(2, 90);
    table.resize(1000, 400);
    QTest::qWait(20);
    EXPECT_EQ(table.columnWidth(2), 90);
}

// A column that gives way and that most rows leave empty (the committee of plan actions from
// papers of no meeting) keeps only its heading when the room is short; a column every row fills
// (the owner) keeps its values.
TEST(ColumnFitting, AMostlyEmptyColumnGivesItsRoomToAFilledOne)
{
    QStandardItemModel model(20, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Action"), QStringLiteral("Body"), QStringLiteral("Owner")});
    for (int row = 0; row < model.rowCount(); ++row) {
        model.setItem(row, 0, new QStandardItem(QStringLiteral("Review the fostering allowance and report back")));
        model.setItem(row, 1,
                      new QStandardItem(row % 5 == 0 ? QStringLiteral("Overview and Scrutiny Committee (Children's "
                                                                      "Services and Safeguarding) %1")
                                                           .arg(row)
                                                     : QString()));
        model.setItem(row, 2, new QStandardItem(QStringLiteral("Head of Children's Services %1").arg(row % 3)));
    }
    QTableView table;
    table.setModel(&model);
    gui::ColumnFit::wrapRows(&table);
    const int owner = table.fontMetrics().horizontalAdvance(model.item(0, 2)->text());
    const int heading = table.horizontalHeader()->fontMetrics().horizontalAdvance(QStringLiteral("Body"));
    table.resize(int(1.4 * owner + 3 * heading + 120), 300);
    table.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&table));
    gui::ColumnFit::fit(&table, 0, {{1, 200}, {2, 260}}, 0.3, {1});
    EXPECT_GE(table.columnWidth(2), owner) << "the owner shows on one line";
    EXPECT_LT(table.columnWidth(1), table.columnWidth(2)) << "the mostly empty committee column gives way";
}

TEST(ColumnFitting, WrappedRowsAreTwoLinesHighAndFollowTheFont)
{
    QStandardItemModel model(3, 1);
    QTableView table;
    table.setModel(&model);
    gui::ColumnFit::wrapRows(&table);
    EXPECT_TRUE(table.wordWrap());
    EXPECT_GE(table.rowHeight(0), 2 * table.fontMetrics().lineSpacing());
    QFont larger = table.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    table.setFont(larger);
    EXPECT_GE(table.rowHeight(0), 2 * QFontMetrics(larger).lineSpacing()) << "a larger text size, taller rows";
}

// On the first start (no saved layout) the window takes nine tenths of the screen it opens on, or
// its minimum size where that is larger: the widgets' own size hint is wider and taller than a
// 1280 x 800 laptop's screen.
TEST(ReadingLayout, TheFirstWindowFitsTheScreen)
{
    fx::GuiTestDir dir;
    MainWindow window;
    const QScreen* display = window.screen();
    ASSERT_TRUE(display);
    const QRect available = display->availableGeometry();
    ASSERT_LT(available.width(), window.sizeHint().width())
        << "the check needs a screen smaller than the window's hint";
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QSize minimum = window.minimumSizeHint();
    EXPECT_LE(window.width(), std::max(available.width() * 9 / 10, minimum.width()));
    EXPECT_LE(window.height(), std::max(available.height() * 9 / 10, minimum.height()));
}
