// Screenshots of the chairs' tools for review, written only when SCRUTINEER_CHAIR_SCREENSHOTS
// names a folder (run under Xvfb with QT_QPA_PLATFORM=xcb for real fonts and styles).
#include "../tracker/ChairFixtures.h"

#include "Database.h"
#include "MeetingStore.h"
#include "main/Theme.h"
#include "performance/IndicatorTableModel.h"
#include "performance/PerformanceView.h"
#include "register/ResolutionDialog.h"
#include "register/ResolutionRegister.h"
#include "register/ResolutionRegisterModel.h"
#include "reports/ReportsPanel.h"
#include "tracker/ActionTableModel.h"
#include "tracker/ActionTracker.h"
#include "tracker/CarryForwardView.h"
#include "tracker/ChairTools.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

TEST(ChairScreenshots, Capture)
{
    const QString folder = qEnvironmentVariable("SCRUTINEER_CHAIR_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set SCRUTINEER_CHAIR_SCREENSHOTS to a folder to write screenshots";
    QDir().mkpath(folder);
    Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    ChairLibrary library;
    ASSERT_TRUE(library.ok());

    ChairTools tools;
    tools.resize(1440, 860);
    tools.actions()->setToday(today());
    tools.reports()->setToday(today());
    QSignalSpy actions(tools.actions(), &ActionTracker::loaded);
    QSignalSpy resolutions(tools.resolutions(), &ResolutionRegister::loaded);
    QSignalSpy performance(tools.performance(), &PerformanceView::loaded);
    tools.setDatabasePath(library.databasePath());
    tools.show();
    QTRY_VERIFY_WITH_TIMEOUT(actions.count() > 0 && resolutions.count() > 0 && performance.count() > 0, 20000);

    const auto& records = tools.actions()->model()->records();
    for (const ActionRecord& r : records) {
        if (r.action.text.startsWith(QStringLiteral("Report back")))
            tools.actions()->selectActions({r.id});
    }
    tools.setCurrentIndex(0);
    QTest::qWait(50);
    EXPECT_TRUE(tools.grab().save(folder + QStringLiteral("/tracker.png")));

    tools.resolutions()->selectKey(tools.resolutions()->model()->record(0).key);
    tools.setCurrentIndex(1);
    QTest::qWait(50);
    EXPECT_TRUE(tools.grab().save(folder + QStringLiteral("/register.png")));

    const auto& series = tools.performance()->indicatorModel()->series();
    tools.performance()->selectIndicator(series.first().indicator.key);
    tools.setCurrentIndex(2);
    QTest::qWait(50);
    EXPECT_TRUE(tools.grab().save(folder + QStringLiteral("/performance.png")));

    tools.setCurrentIndex(3);
    QTest::qWait(50);
    EXPECT_TRUE(tools.grab().save(folder + QStringLiteral("/reports.png")));

    CarryForwardView* carry = tools.actions()->showCarryForward();
    QSignalSpy carried(carry, &CarryForwardView::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(carried.count() > 0, 20000);
    QTest::qWait(50);
    EXPECT_TRUE(carry->window()->grab().save(folder + QStringLiteral("/carry-forward.png")));

    auto db = library.open();
    ResolutionDialog dialog(*db, MeetingStore(*db).meetings());
    dialog.startNew(library.meetingId(QDate(2030, 7, 8)), QStringLiteral("3"));
    dialog.setText(QStringLiteral("RESOLVED: That\n(1) the update be noted;\n(2) the Director of Children's Services be requested to:\n"
                                  "    (a) report the adoption figures to the October meeting; and\n"
                                  "    (b) circulate the regional comparison to members.\n(3) "));
    dialog.resize(900, 560);
    dialog.show();
    QTest::qWait(50);
    EXPECT_TRUE(dialog.grab().save(folder + QStringLiteral("/resolution-dialog.png")));
}
