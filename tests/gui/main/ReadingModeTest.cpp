// A better place to read: F11 gives the page the whole window and puts the panels back as they
// were, and each document opens at the zoom it was last read at.
#include "main/ReadingMode.h"
#include "GuiFixtures.h"
#include "main/MainWindow.h"
#include "main/Workspaces.h"
#include "meetings/MeetingsModel.h"
#include "meetings/MeetingsNavigator.h"
#include "pdf/PdfView.h"
#include "pdf/PdfViewer.h"

#include <QAction>
#include <QDockWidget>
#include <QTest>
#include <QToolBar>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using gui::MainWindow;
using gui::PdfView;
using gui::PdfViewer;
using gui::Workspaces;

namespace {

QStringList shownBars(const MainWindow& window)
{
    QStringList shown;
    for (const QDockWidget* dock : window.findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
        if (dock->isVisible())
            shown << dock->objectName();
    for (const QToolBar* bar : window.findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
        if (bar->isVisible())
            shown << bar->objectName();
    shown.sort();
    return shown;
}

} // namespace

TEST(ReadingMode, F11HidesEveryPanelAndF11PutsBackThoseThatWereShown)
{
    fx::GuiTestDir dir;
    {
        auto database = scrutineer::Database::open(dir.databasePath());
        ASSERT_TRUE(database.hasValue());
        fx::writeBundle(*database.value(),
                        fx::childrenPack(dir.path(QStringLiteral("next.pdf")), QDate::currentDate()));
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    ASSERT_TRUE(fx::waitUntil([&] { return window.navigator()->model()->meetingCount() == 1; }, 10000));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const QStringList before = shownBars(window);
    ASSERT_FALSE(before.isEmpty());
    const int pageWidth = window.viewer()->view()->width();

    QTest::keyClick(&window, Qt::Key_F11);
    EXPECT_TRUE(shownBars(window).isEmpty()) << shownBars(window).join(QLatin1Char(' ')).toStdString();
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->view()->width() > pageWidth; }, 5000))
        << "the page did not get the room";
    QTest::keyClick(&window, Qt::Key_F11);
    EXPECT_EQ(shownBars(window), before);

    // Reading mode is for reading: choosing a tool leaves it, with the panels put back first.
    QTest::keyClick(&window, Qt::Key_F11);
    window.workspaces()->show(Workspaces::Workspace::Actions);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionReadingMode"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isChecked());
    window.workspaces()->show(Workspaces::Workspace::Reading);
    EXPECT_EQ(shownBars(window), before);
}

TEST(ReadingMode, EachDocumentOpensAtTheZoomItWasLastReadAt)
{
    fx::GuiTestDir dir;
    const QString a = dir.path(QStringLiteral("a.pdf"));
    const QString b = dir.path(QStringLiteral("b.pdf"));
    fx::writePdf(a, {{QStringLiteral("First document")}, {QStringLiteral("page two")}}, 0);
    // Two pages and three: the page count says which one the view has open.
    fx::writePdf(b, {{QStringLiteral("Second document")}, {QStringLiteral("page two")}, {QStringLiteral("three")}}, 0);
    PdfViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    PdfView* view = viewer.view();
    auto open = [&](qint64 id, const QString& path, const QString& key) {
        viewer.showDocument({id, path, path, {}, key}, 1);
        const int pages = path == a ? 2 : 3;
        return fx::waitUntil([&] { return view->pageCount() == pages; }, 10000);
    };
    ASSERT_TRUE(open(1, a, QStringLiteral("sha-a")));
    view->setZoom(2.0);
    ASSERT_TRUE(open(2, b, QStringLiteral("sha-b")));
    view->setZoomMode(PdfView::ZoomMode::FitPage);
    ASSERT_TRUE(open(1, a, QStringLiteral("sha-a")));
    EXPECT_EQ(view->zoomMode(), PdfView::ZoomMode::Custom);
    EXPECT_DOUBLE_EQ(view->zoom(), 2.0);
    ASSERT_TRUE(open(2, b, QStringLiteral("sha-b")));
    EXPECT_EQ(view->zoomMode(), PdfView::ZoomMode::FitPage);
}
