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
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

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
    ASSERT_TRUE(QTest::qWaitFor([&] { return actions.count() > 0 && resolutions.count() > 0 && performance.count() > 0; }, 20000));

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
    EXPECT_TRUE(tools.reports()->saveOutstandingPdf(folder + QStringLiteral("/outstanding.pdf"), {}));
    EXPECT_TRUE(tools.reports()->saveBriefingPdf(folder + QStringLiteral("/briefing.pdf"), library.meetingId(QDate(2030, 7, 8))));

    CarryForwardView* carry = tools.actions()->showCarryForward();
    QSignalSpy carried(carry, &CarryForwardView::loaded);
    ASSERT_TRUE(QTest::qWaitFor([&] { return carried.count() > 0; }, 20000));
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

// Load times and screenshots on a real library (SCRUTINEER_CHAIR_CORPUS_DB, e.g. the corpus
// imported with scrutineer-cli); screenshots go to SCRUTINEER_CHAIR_SCREENSHOTS when set.
TEST(ChairScreenshots, CorpusTimings)
{
    const QString databasePath = qEnvironmentVariable("SCRUTINEER_CHAIR_CORPUS_DB");
    if (databasePath.isEmpty())
        GTEST_SKIP() << "set SCRUTINEER_CHAIR_CORPUS_DB to an imported library to time the tools on it";
    const QString folder = qEnvironmentVariable("SCRUTINEER_CHAIR_SCREENSHOTS");
    Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    ChairTools tools;
    tools.resize(1440, 860);
    QSignalSpy actions(tools.actions(), &ActionTracker::loaded);
    QSignalSpy resolutions(tools.resolutions(), &ResolutionRegister::loaded);
    QSignalSpy performance(tools.performance(), &PerformanceView::loaded);
    QElapsedTimer timer;
    timer.start();
    tools.setDatabasePath(databasePath);
    tools.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return actions.count() > 0; }, 60000));
    const qint64 actionsMs = timer.elapsed();
    ASSERT_TRUE(QTest::qWaitFor([&] { return resolutions.count() > 0 && performance.count() > 0; }, 60000));
    const qint64 allMs = timer.elapsed();
    std::cout << "actions: " << tools.actions()->model()->rowCount() << " listed in " << actionsMs << " ms; resolutions: "
              << tools.resolutions()->model()->rowCount() << ", indicators: " << tools.performance()->indicatorModel()->rowCount()
              << ", all tools loaded in " << allMs << " ms" << std::endl;

    auto db = Database::open(databasePath);
    ASSERT_TRUE(db.hasValue());
    timer.restart();
    const auto meetings = MeetingStore(*db.value()).meetings();
    qint64 busiest = 0;
    int most = -1;
    for (const auto& m : meetings) {
        if (m.openActions > most) {
            most = m.openActions;
            busiest = m.id;
        }
    }
    const QString briefing = QDir::temp().filePath(QStringLiteral("chair-corpus-briefing.pdf"));
    ASSERT_TRUE(tools.reports()->saveBriefingPdf(briefing, busiest));
    std::cout << "briefing PDF for the meeting with most open actions in " << timer.elapsed() << " ms" << std::endl;
    timer.restart();
    const QString outstanding = QDir::temp().filePath(QStringLiteral("chair-corpus-outstanding.pdf"));
    ASSERT_TRUE(tools.reports()->saveOutstandingPdf(outstanding, {}));
    std::cout << "outstanding-actions PDF in " << timer.elapsed() << " ms" << std::endl;

    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    tools.actions()->view()->selectRow(0);
    tools.setCurrentIndex(0);
    QTest::qWait(50);
    tools.grab().save(folder + QStringLiteral("/corpus-tracker.png"));
    tools.resolutions()->view()->selectRow(0);
    tools.setCurrentIndex(1);
    QTest::qWait(50);
    tools.grab().save(folder + QStringLiteral("/corpus-register.png"));
    tools.performance()->selectIndicator(tools.performance()->indicatorModel()->series().value(0).indicator.key);
    tools.setCurrentIndex(2);
    QTest::qWait(50);
    tools.grab().save(folder + QStringLiteral("/corpus-performance.png"));
}
