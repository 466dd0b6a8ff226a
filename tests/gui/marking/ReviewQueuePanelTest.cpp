// The review queue in the window: every kind of entry listed, with Open Page, Accept, Correct and
// Dismiss from buttons and keys; accepting and dismissing undoable, dismissed entries staying
// dismissed after the pack is imported again, the count in the status bar, and Correct taking
// the officer to the register, the tracker, or marking the table on its page.
#include "../main/GuiFixtures.h"
#include "MarkingFixtures.h"

#include "ResolutionStore.h"
#include "ReviewQueue.h"
#include "main/MainWindow.h"
#include "main/Workspaces.h"
#include "marking/MarkingController.h"
#include "marking/RegionMarker.h"
#include "pdf/PdfViewer.h"
#include "review/ReviewQueueModel.h"
#include "review/ReviewQueuePanel.h"
#include "review/ReviewRoom.h"
#include "review/TemplateListModel.h"
#include "review/TemplatesDialog.h"

#include "TemplateStore.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace gui = scrutineer::gui;
namespace fx = scrutineer::testing;
using namespace scrutineer;

namespace {

void snapQueuePanel(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SCRUTINEER_REVIEW_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(100);
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A library with one entry of each kind: the plan pack's unread table (by the real importer) and
// a hand-built pack with a resolution recorded without RESOLVED, an attendee the membership does
// not name, a printed rating the thresholds contradict and a plan row read with little confidence.
void fillLibrary(const fx::GuiTestDir& dir, const fx::PlanPack& plan)
{
    auto db = Database::open(dir.databasePath());
    ASSERT_TRUE(db.hasValue());
    ASSERT_TRUE(fx::writePlanPack(dir.path(QStringLiteral("board.pdf")), plan));
    fx::importWithTemplates(*db.value(), dir.path(QStringLiteral("board.pdf")));
    ImportBundle b = fx::childrenPack(dir.path(QStringLiteral("children.pdf")), QDate(2025, 2, 4));
    Meeting& meeting = b.meetings[0];
    meeting.minutes[0].resolutions[0].flags = {QStringLiteral("agreed-without-resolved")};
    meeting.members = {{QStringLiteral("Ann Able"), MemberRole::Chair, {}, {}, 1}};
    meeting.attendance = {{QStringLiteral("Ann Able"), AttendanceStatus::Present, {}, {}, 4},
                          {QStringLiteral("Zed Zebedee"), AttendanceStatus::Present, {}, {}, 4}};
    b.actions[0].confidence = 0.5;
    Indicator visits;
    visits.name = QStringLiteral("Visits on time");
    visits.thresholds = {{QStringLiteral("Good"), QStringLiteral("65-100"), 65.0, 100.0}};
    visits.pdfPage = 3;
    b.indicators = {visits};
    Reading reading;
    reading.indicatorIndex = 0;
    reading.period = QStringLiteral("Q3");
    reading.value = 70;
    reading.valueText = QStringLiteral("70");
    reading.reportedRating = QStringLiteral("Inadequate");
    reading.pdfPage = 3;
    b.readings = {reading};
    fx::writeBundle(*db.value(), b);
}

int rowOfKind(const gui::ReviewQueueModel* model, ReviewEntry::Kind kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row)->kind == kind)
            return row;
    }
    return -1;
}

const fx::PlanPack kPlan {QDate(2025, 1, 14), 0, 5, false, QStringLiteral("v1")};

} // namespace

TEST(ReviewQueuePanel, AcceptDismissUndoAndDismissedStaysDismissed)
{
    fx::GuiTestDir dir;
    fillLibrary(dir, kPlan);
    gui::ReviewQueuePanel panel;
    panel.resize(760, 420);
    fx::ModelCheck check(panel.model());
    QSignalSpy loaded(&panel, &gui::ReviewQueuePanel::loaded);
    panel.setDatabasePath(dir.databasePath());
    panel.show();
    ASSERT_TRUE(fx::waitUntil([&] { return loaded.count() >= 1; }, 10000));
    EXPECT_EQ(panel.openCount(), 5);
    auto* view = panel.findChild<QTableView*>(QStringLiteral("view"));
    ASSERT_TRUE(view);
    snapQueuePanel(&panel, QStringLiteral("6-review-queue-kinds"));

    // Open Page: Enter on the unread table's row.
    const int table = rowOfKind(panel.model(), ReviewEntry::Kind::UnreadTable);
    ASSERT_GE(table, 0);
    view->setCurrentIndex(panel.model()->index(table, gui::ReviewQueueModel::WhatColumn));
    QSignalSpy open(&panel, &gui::ReviewQueuePanel::openRequested);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(1).toInt(), 2);

    // Accept the low-confidence row (Ctrl+Enter); undo brings it back.
    const int low = rowOfKind(panel.model(), ReviewEntry::Kind::LowConfidence);
    view->setCurrentIndex(panel.model()->index(low, gui::ReviewQueueModel::WhatColumn));
    loaded.clear();
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(fx::waitUntil([&] { return loaded.count() >= 1; }, 10000));
    EXPECT_EQ(panel.openCount(), 4);
    EXPECT_EQ(rowOfKind(panel.model(), ReviewEntry::Kind::LowConfidence), -1);
    loaded.clear();
    panel.history()->undo();
    ASSERT_TRUE(fx::waitUntil([&] { return loaded.count() >= 1; }, 10000));
    EXPECT_EQ(panel.openCount(), 5);

    // Dismiss the unread table (Delete), then import a revised pack: it stays dismissed.
    view->setCurrentIndex(panel.model()->index(rowOfKind(panel.model(), ReviewEntry::Kind::UnreadTable),
                                               gui::ReviewQueueModel::WhatColumn));
    loaded.clear();
    QTest::keyClick(view, Qt::Key_Delete);
    ASSERT_TRUE(fx::waitUntil([&] { return loaded.count() >= 1; }, 10000));
    EXPECT_EQ(panel.openCount(), 4);
    {
        auto db = Database::open(dir.databasePath());
        QDir().mkpath(dir.path(QStringLiteral("revised")));
        fx::PlanPack revised = kPlan;
        revised.tag = QStringLiteral("v2");
        ASSERT_TRUE(fx::writePlanPack(dir.path(QStringLiteral("revised/board.pdf")), revised));
        EXPECT_EQ(fx::importWithTemplates(*db.value(), dir.path(QStringLiteral("revised/board.pdf"))).status,
                  ImportWriter::Outcome::Status::Replaced);
    }
    loaded.clear();
    panel.reload();
    ASSERT_TRUE(fx::waitUntil([&] { return loaded.count() >= 1; }, 10000));
    EXPECT_EQ(panel.openCount(), 4);
    EXPECT_EQ(rowOfKind(panel.model(), ReviewEntry::Kind::UnreadTable), -1);
    loaded.clear();
    panel.setShowClosed(true);
    ASSERT_TRUE(fx::waitUntil([&] { return loaded.count() >= 1; }, 10000));
    const int dismissed = rowOfKind(panel.model(), ReviewEntry::Kind::UnreadTable);
    ASSERT_GE(dismissed, 0);
    EXPECT_EQ(panel.model()->entry(dismissed)->state, ReviewEntry::State::Dismissed);
    snapQueuePanel(&panel, QStringLiteral("7-review-queue-closed-shown"));

    // Accepting a resolution checks it in the register; Correct asks for the register.
    const int resolution = rowOfKind(panel.model(), ReviewEntry::Kind::Resolution);
    view->setCurrentIndex(panel.model()->index(resolution, gui::ReviewQueueModel::WhatColumn));
    QSignalSpy correct(&panel, &gui::ReviewQueuePanel::correctRequested);
    QTest::keyClick(view, Qt::Key_F2);
    ASSERT_EQ(correct.count(), 1);
    const auto entry = correct.first().first().value<ReviewEntry>();
    EXPECT_FALSE(entry.resolutionKey.isEmpty());
    loaded.clear();
    panel.acceptCurrent();
    ASSERT_TRUE(fx::waitUntil([&] { return loaded.count() >= 1; }, 10000));
    auto db = Database::open(dir.databasePath());
    EXPECT_TRUE(ResolutionStore(*db.value()).userState(entry.resolutionKey).checked);
}

// The queue is loaded while the panel is hidden (its dock behind another tab): once shown, each
// row is as tall as its text at the width the panel has, not as it was at no width.
TEST(ReviewQueuePanel, RowsFitTheirTextOnceThePanelIsShown)
{
    fx::GuiTestDir dir;
    fillLibrary(dir, kPlan);
    gui::ReviewQueuePanel panel;
    QSignalSpy loaded(&panel, &gui::ReviewQueuePanel::loaded);
    panel.setDatabasePath(dir.databasePath());
    ASSERT_TRUE(fx::waitUntil([&] { return loaded.count() >= 1; }, 10000));
    ASSERT_GT(panel.model()->rowCount(), 0);
    panel.resize(420, 700);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* view = panel.findChild<QTableView*>(QStringLiteral("view"));
    ASSERT_TRUE(view);
    const int line = view->fontMetrics().lineSpacing();
    ASSERT_TRUE(fx::waitUntil(
        [&] {
            for (int row = 0; row < panel.model()->rowCount(); ++row) {
                if (view->rowHeight(row) > 6 * line)
                    return false;
            }
            return true;
        },
        2000))
        << "row 0 is " << view->rowHeight(0) << " px for a line of " << line << " px, its text column "
        << view->columnWidth(gui::ReviewQueueModel::WhatColumn) << " px";
}

TEST(ReviewQueuePanel, CorrectTakesTheOfficerWhereTheFixIsMade)
{
    fx::GuiTestDir dir;
    fillLibrary(dir, kPlan);
    gui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(dir.databasePath()));
    gui::ReviewRoom* room = window.reviewRoom();
    ASSERT_TRUE(fx::waitUntil([&] { return room->panel()->openCount() == 5; }, 10000));
    EXPECT_EQ(room->statusButton()->text(), QStringLiteral("5 to review"));
    room->statusButton()->click();
    EXPECT_TRUE(room->dock()->isVisible());
    auto* view = room->panel()->findChild<QTableView*>(QStringLiteral("view"));
    const gui::ReviewQueueModel* model = room->panel()->model();

    // A resolution: the register, with it selected.
    view->setCurrentIndex(model->index(rowOfKind(model, ReviewEntry::Kind::Resolution), 0));
    room->panel()->correctCurrent();
    EXPECT_EQ(window.workspaces()->current(), gui::Workspaces::Workspace::Resolutions);
    snapQueuePanel(&window, QStringLiteral("8-correct-resolution"));

    // A row read uncertainly: the tracker.
    window.workspaces()->show(gui::Workspaces::Workspace::Reading);
    view->setCurrentIndex(model->index(rowOfKind(model, ReviewEntry::Kind::LowConfidence), 0));
    room->panel()->correctCurrent();
    EXPECT_EQ(window.workspaces()->current(), gui::Workspaces::Workspace::Actions);

    // A table not read: its page, ready to mark.
    window.workspaces()->show(gui::Workspaces::Workspace::Reading);
    view->setCurrentIndex(model->index(rowOfKind(model, ReviewEntry::Kind::UnreadTable), 0));
    const qint64 documentId = model->entry(rowOfKind(model, ReviewEntry::Kind::UnreadTable))->documentId;
    room->panel()->correctCurrent();
    EXPECT_EQ(window.workspaces()->current(), gui::Workspaces::Workspace::Reading);
    ASSERT_TRUE(fx::waitUntil([&] { return window.viewer()->documentId() == documentId; }, 10000));
    EXPECT_TRUE(room->marking()->marker()->isMarking());
    EXPECT_TRUE(room->marking()->markAction()->isChecked());
    snapQueuePanel(&window, QStringLiteral("9-correct-table"));
}

TEST(ReviewQueuePanel, TemplatesAreListedRenamedAndDeletedWithUndo)
{
    fx::GuiTestDir dir;
    auto db = Database::open(dir.databasePath());
    ASSERT_TRUE(db.hasValue());
    TableTemplate t;
    t.name = QStringLiteral("Board plan");
    t.body = QStringLiteral("Children's Services Improvement Board");
    t.kind = MarkedKind::Plan;
    t.columns = {{QStringLiteral("Proposal"), QStringLiteral("action"), 0.08, 0.4},
                 {QStringLiteral("Sponsor"), QStringLiteral("owner"), 0.4, 0.65}};
    ASSERT_TRUE(TemplateStore(*db.value()).add(t).hasValue());
    auto own = Database::open(dir.databasePath());
    gui::TemplatesDialog dialog(std::move(own.value()));
    fx::ModelCheck check(dialog.model());
    dialog.show();
    ASSERT_EQ(dialog.model()->rowCount(), 1);
    EXPECT_EQ(dialog.model()->index(0, gui::TemplateListModel::ColumnsColumn).data().toString(),
              QStringLiteral("Proposal \u2192 Action, Sponsor \u2192 Owner"));
    snapQueuePanel(&dialog, QStringLiteral("10-templates"));
    EXPECT_TRUE(dialog.model()->setData(dialog.model()->index(0, gui::TemplateListModel::NameColumn),
                                        QStringLiteral("Improvement board plan")));
    EXPECT_EQ(TemplateStore(*db.value()).all().first().name, QStringLiteral("Improvement board plan"));
    dialog.selectRow(0);
    dialog.deleteCurrent();
    EXPECT_TRUE(TemplateStore(*db.value()).all().isEmpty());
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    dialog.history()->undo();
    ASSERT_EQ(TemplateStore(*db.value()).all().size(), 1);
    EXPECT_EQ(TemplateStore(*db.value()).all().first().name, QStringLiteral("Improvement board plan"));
    dialog.history()->undo();
    EXPECT_EQ(TemplateStore(*db.value()).all().first().name, QStringLiteral("Board plan"));
}
