#include "ChairFixtures.h"

#include "ActionStore.h"
#include "Csv.h"
#include "tracker/ActionLabels.h"
#include "tracker/ActionProxyModel.h"
#include "tracker/ActionTableModel.h"
#include "tracker/ActionTracker.h"
#include "tracker/CarryForward.h"
#include "tracker/CarryForwardView.h"
#include "tracker/TrackerFilter.h"

#include "Rating.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

namespace {

constexpr int kActionTrackerTimeoutMs = 20000;

ActionRecord record(const QString& owner, ActionStatus status, const QString& due,
                    const QString& body = QStringLiteral("A"))
{
    ActionRecord r;
    r.action.owner = owner;
    r.action.status = status;
    r.action.due = due;
    r.action.text = QStringLiteral("Report back on fostering");
    r.body = body;
    return r;
}

class ActionTrackerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_library.ok()) << m_library.error().toStdString();
        m_tracker = std::make_unique<ActionTracker>();
        m_sourceGuard = std::make_unique<ModelGuard>(m_tracker->model());
        m_proxyGuard = std::make_unique<ModelGuard>(m_tracker->proxy());
        m_tracker->setToday(today());
        m_tracker->setFilter({});
        m_tracker->resize(1300, 700);
        m_tracker->show();
        ASSERT_NO_FATAL_FAILURE(load());
    }
    void TearDown() override
    {
        const QStringList warnings = m_sourceGuard->warnings();
        EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
        m_proxyGuard.reset();
        m_sourceGuard.reset();
        m_tracker.reset();
    }
    void load()
    {
        QSignalSpy loaded(m_tracker.get(), &ActionTracker::loaded);
        m_tracker->setDatabasePath(m_library.databasePath());
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kActionTrackerTimeoutMs));
    }
    qint64 idOf(const QString& text) const
    {
        for (const ActionRecord& r : m_tracker->model()->records()) {
            if (r.action.text == text)
                return r.id;
        }
        return 0;
    }
    ActionRecord stored(qint64 id) const { return *ActionStore(*m_library.open()).find(id); }

    ChairLibrary m_library;
    std::unique_ptr<ActionTracker> m_tracker;
    std::unique_ptr<ModelGuard> m_sourceGuard;
    std::unique_ptr<ModelGuard> m_proxyGuard;
};

} // namespace

TEST(TrackerFilterTest, OverdueOwnerStatusOriginAndWords)
{
    TrackerFilter f;
    f.base.today = QDate(2030, 6, 1);
    const ActionRecord late
        = record(QStringLiteral("Director of Children's Services"), ActionStatus::Open, QStringLiteral("2030-05"));
    const ActionRecord notYet = record(QStringLiteral("Cara Cole"), ActionStatus::OnTrack, QStringLiteral("2030-06"));
    const ActionRecord done = record(QStringLiteral("Cara Cole"), ActionStatus::Complete, QStringLiteral("2029-01"));
    EXPECT_TRUE(f.matches(late) && f.matches(notYet) && f.matches(done));
    f.base.overdueOnly = true;
    EXPECT_TRUE(f.matches(late));
    EXPECT_FALSE(f.matches(notYet)) << "due by the end of June";
    EXPECT_FALSE(f.matches(done)) << "complete actions are never overdue";
    f = {};
    f.base.owner = QStringLiteral("cara");
    EXPECT_FALSE(f.matches(late));
    EXPECT_TRUE(f.matches(notYet));
    f = {};
    f.status = ActionStatus::Complete;
    EXPECT_TRUE(f.matches(done));
    EXPECT_FALSE(f.matches(late));
    f = {};
    f.search = QStringLiteral("FOSTERING report");
    EXPECT_TRUE(f.matches(late)) << "all words, any order, any case";
    f.search = QStringLiteral("fostering adoption");
    EXPECT_FALSE(f.matches(late));
    f = {};
    f.origin = ActionOrigin::Manual;
    EXPECT_TRUE(f.matches(late)) << "a default action is manual";
}

TEST_F(ActionTrackerTest, ListsEveryActionWithLatenessAndRag)
{
    ActionTableModel* model = m_tracker->model();
    EXPECT_EQ(model->rowCount(), 6);
    const int row = model->rowOf(idOf(QStringLiteral("Recruit twenty new foster carers")));
    ASSERT_GE(row, 0);
    const QModelIndex overdue = model->index(row, ActionTableModel::OverdueColumn);
    EXPECT_EQ(overdue.data(ActionTableModel::SortRole).toInt(), QDate(2029, 10, 31).daysTo(today()));
    EXPECT_EQ(overdue.data().toString(), QStringLiteral("7 months")) << "213 days, read in months";
    EXPECT_EQ(model->index(row, ActionTableModel::StatusColumn).data(ActionTableModel::RagRole).toInt(),
              int(rating::Rag::Red))
        << "on track on paper, but past its milestone";
    const int atRisk = model->rowOf(idOf(QStringLiteral("Publish the sufficiency strategy")));
    EXPECT_EQ(model->index(atRisk, ActionTableModel::StatusColumn).data(ActionTableModel::RagRole).toInt(),
              int(rating::Rag::Amber));
    EXPECT_TRUE(model->index(atRisk, ActionTableModel::StatusColumn).data(Qt::DecorationRole).isValid());
    EXPECT_EQ(model->index(atRisk, ActionTableModel::DueColumn).data().toString(), QStringLiteral("Dec 2030"));
    EXPECT_EQ(m_tracker->proxy()->index(0, ActionTableModel::OverdueColumn).data(ActionTableModel::SortRole).toInt(),
              QDate(2029, 10, 31).daysTo(today()))
        << "the most overdue first";
}

TEST_F(ActionTrackerTest, FiltersOverdueAndOwnerThroughTheControls)
{
    auto* owner = m_tracker->findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"));
    auto* overdue = m_tracker->findChild<QCheckBox*>(QStringLiteral("overdueOnlyCheckBox"));
    overdue->setChecked(true);
    EXPECT_EQ(m_tracker->proxy()->rowCount(), 3) << "foster carers, adoption report-back, respite contract";
    QTest::keyClicks(owner, QStringLiteral("director"));
    EXPECT_EQ(m_tracker->proxy()->rowCount(), 2);
    auto* body = m_tracker->findChild<QComboBox*>(QStringLiteral("bodyComboBox"));
    body->setCurrentIndex(body->findData(QStringLiteral("Adult Social Care Committee")));
    ASSERT_EQ(m_tracker->proxy()->rowCount(), 1);
    EXPECT_EQ(m_tracker->proxy()->index(0, ActionTableModel::ActionColumn).data().toString(),
              QStringLiteral("Review the respite care contract"));
}

TEST_F(ActionTrackerTest, StatusChangeIsADatedHistoryEntryThatUndoes)
{
    const qint64 id = idOf(QStringLiteral("Report back on adoption timeliness"));
    m_tracker->selectActions({id});
    auto* status = m_tracker->findChild<QComboBox*>(QStringLiteral("newStatusComboBox"));
    status->setCurrentIndex(status->findData(int(ActionStatus::Complete)));
    QTest::keyClicks(m_tracker->findChild<QLineEdit*>(QStringLiteral("commentLineEdit")),
                     QStringLiteral("Reported in July"));
    m_tracker->findChild<QPushButton*>(QStringLiteral("applyStatusButton"))->click();

    auto db = m_library.open();
    const ActionRecord after = *ActionStore(*db).find(id);
    const auto history = ActionStore(*db).history(after.actionKey);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().status, ActionStatus::Complete);
    EXPECT_EQ(history.first().comment, QStringLiteral("Reported in July"));
    EXPECT_TRUE(history.first().changedAt.isValid());
    EXPECT_LE(history.first().changedAt.secsTo(QDateTime::currentDateTimeUtc()), 60);
    EXPECT_EQ(m_tracker->model()->record(m_tracker->model()->rowOf(id)).action.status, ActionStatus::Complete);
    EXPECT_TRUE(m_tracker->findChild<QTextBrowser*>(QStringLiteral("historyBrowser"))
                    ->toPlainText()
                    .contains(QStringLiteral("Reported in July")));

    m_tracker->undoStack()->undo();
    EXPECT_TRUE(ActionStore(*db).history(after.actionKey).isEmpty());
    EXPECT_EQ(m_tracker->model()->record(m_tracker->model()->rowOf(id)).action.status, ActionStatus::Open);
    m_tracker->undoStack()->redo();
    EXPECT_EQ(ActionStore(*db).history(after.actionKey).size(), 1);
    EXPECT_EQ(stored(id).action.status, ActionStatus::Complete);
}

TEST_F(ActionTrackerTest, BulkUpdateIsOneUndoStep)
{
    const qint64 a = idOf(QStringLiteral("Recruit twenty new foster carers"));
    const qint64 b = idOf(QStringLiteral("Publish the sufficiency strategy"));
    m_tracker->selectActions({a, b});
    EXPECT_EQ(m_tracker->selectedActionIds().size(), 2);
    EXPECT_TRUE(
        m_tracker->findChild<QPushButton*>(QStringLiteral("applyStatusButton"))->text().contains(QStringLiteral("2")));
    m_tracker->setStatus(m_tracker->selectedActionIds(), ActionStatus::OffTrack, QStringLiteral("Recruitment paused"));
    EXPECT_EQ(stored(a).action.status, ActionStatus::OffTrack);
    EXPECT_EQ(stored(b).action.status, ActionStatus::OffTrack);
    EXPECT_EQ(m_tracker->undoStack()->count(), 1);
    m_tracker->undoStack()->undo();
    EXPECT_EQ(stored(a).action.status, ActionStatus::OnTrack);
    EXPECT_EQ(stored(b).action.status, ActionStatus::AtRisk);
}

TEST_F(ActionTrackerTest, HistoryPaneShowsLaterMinutesThatCiteTheRequest)
{
    m_tracker->selectActions({idOf(QStringLiteral("Report back on adoption timeliness"))});
    const QString history = m_tracker->findChild<QTextBrowser*>(QStringLiteral("historyBrowser"))->toPlainText();
    EXPECT_TRUE(history.contains(QStringLiteral("Further to Minute No. 7 of 14 January 2030")))
        << history.toStdString();
    EXPECT_TRUE(history.contains(QStringLiteral("Minute 12"))) << history.toStdString();
}

TEST_F(ActionTrackerTest, RowsAskToOpenTheirSourcePage)
{
    QSignalSpy open(m_tracker.get(), &ActionTracker::openRequested);
    m_tracker->selectActions({idOf(QStringLiteral("Publish the sufficiency strategy"))});
    m_tracker->findChild<QPushButton*>(QStringLiteral("openSourceButton"))->click();
    ASSERT_EQ(open.count(), 1);
    EXPECT_GT(open.at(0).at(0).toLongLong(), 0);
    EXPECT_EQ(open.at(0).at(1).toInt(), 4);
    EXPECT_EQ(open.at(0).at(2).toString(), QStringLiteral("1.1.2")) << "the ref is what the plan prints";
}

TEST_F(ActionTrackerTest, ManualActionsAreAddedAndTakenBack)
{
    const qint64 meeting = m_library.meetingId(QDate(2030, 3, 4));
    Action a;
    a.text = QStringLiteral("Invite the foster carers' association");
    a.owner = QStringLiteral("Chair");
    a.due = QStringLiteral("2030-09-01");
    QSignalSpy loaded(m_tracker.get(), &ActionTracker::loaded);
    m_tracker->addManualAction(a, meeting);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kActionTrackerTimeoutMs));
    EXPECT_EQ(m_tracker->model()->rowCount(), 7);
    const qint64 id = idOf(a.text);
    ASSERT_GT(id, 0);
    EXPECT_EQ(stored(id).action.origin, ActionOrigin::Manual);
    m_tracker->undoStack()->undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 1; }, kActionTrackerTimeoutMs));
    EXPECT_EQ(m_tracker->model()->rowCount(), 6);
}

TEST_F(ActionTrackerTest, CsvExportHoldsTheRowsShown)
{
    m_tracker->findChild<QCheckBox*>(QStringLiteral("overdueOnlyCheckBox"))->setChecked(true);
    const QString path = m_library.path(QStringLiteral("actions.csv"));
    QString error;
    ASSERT_TRUE(m_tracker->exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = csv::parse(QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)));
    ASSERT_EQ(rows.size(), 1 + m_tracker->proxy()->rowCount());
    EXPECT_EQ(rows.first().value(ActionTableModel::OwnerColumn), QStringLiteral("Owner"));
    QStringList owners;
    for (int i = 1; i < rows.size(); ++i)
        owners.append(rows.at(i).value(ActionTableModel::OwnerColumn));
    EXPECT_TRUE(owners.contains(QStringLiteral("Cara Cole, Head of Service")));
    EXPECT_TRUE(owners.contains(QStringLiteral("Director of Children's Services")));
}

TEST_F(ActionTrackerTest, FiltersSortAndColumnsAreRememberedBetweenRuns)
{
    m_tracker->findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"))->setText(QStringLiteral("Cole"));
    m_tracker->findChild<QCheckBox*>(QStringLiteral("openOnlyCheckBox"))->setChecked(true);
    m_tracker->view()->sortByColumn(ActionTableModel::OwnerColumn, Qt::AscendingOrder);
    m_tracker->view()->hideColumn(ActionTableModel::BodyColumn);
    m_tracker->view()->showColumn(ActionTableModel::OriginColumn); // hidden until asked for
    m_proxyGuard.reset();
    m_sourceGuard.reset();
    m_tracker.reset();

    m_tracker = std::make_unique<ActionTracker>();
    m_sourceGuard = std::make_unique<ModelGuard>(m_tracker->model());
    EXPECT_EQ(m_tracker->filter().base.owner, QStringLiteral("Cole"));
    EXPECT_TRUE(m_tracker->filter().base.openOnly);
    EXPECT_EQ(m_tracker->view()->horizontalHeader()->sortIndicatorSection(), int(ActionTableModel::OwnerColumn));
    EXPECT_TRUE(m_tracker->view()->isColumnHidden(ActionTableModel::BodyColumn));
    EXPECT_FALSE(m_tracker->view()->isColumnHidden(ActionTableModel::OriginColumn));
    m_tracker->setToday(today());
    ASSERT_NO_FATAL_FAILURE(load());
    EXPECT_EQ(m_tracker->proxy()->rowCount(), 1) << "Cara Cole's one open action";
}

TEST_F(ActionTrackerTest, OpenActionsAreCarriedForwardToTheNextMeeting)
{
    auto db = m_library.open();
    const auto meetings = MeetingStore(*db).meetings();
    const auto next = CarryForward::nextMeeting(meetings, QStringLiteral("Children's Scrutiny Committee"), today());
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->date, QDate(2030, 7, 8));

    CarryForwardView view;
    ModelGuard guard(view.model());
    view.setToday(today());
    QSignalSpy loaded(&view, &CarryForwardView::loaded);
    view.setBody(QStringLiteral("Children's Scrutiny Committee"));
    view.setDatabasePath(m_library.databasePath());
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kActionTrackerTimeoutMs));
    EXPECT_EQ(view.meetingId(), next->id);
    QStringList carried;
    for (const ActionRecord& r : view.carried())
        carried.append(r.action.text);
    EXPECT_EQ(carried,
              (QStringList {QStringLiteral("Recruit twenty new foster carers"),
                            QStringLiteral("Report back on adoption timeliness"),
                            QStringLiteral("Circulate the performance dashboard to members"),
                            QStringLiteral("Publish the sufficiency strategy")}))
        << carried.join(QStringLiteral(" | ")).toStdString();

    view.recordCarryForward();
    const ActionRecord first = view.carried().first();
    const auto history = ActionStore(*db).history(first.actionKey);
    ASSERT_EQ(history.size(), 1);
    EXPECT_TRUE(history.first().comment.startsWith(QStringLiteral("Carried forward to the meeting of")));
    EXPECT_EQ(history.first().status, first.action.status) << "carrying forward keeps the status";
    EXPECT_TRUE(guard.warnings().isEmpty()) << guard.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(ActionEvidenceTest, AnOldPrintedStatusIsALastReportNotOverdueForEver)
{
    ActionRecord old = record(QStringLiteral("Head of Early Help"), ActionStatus::OnTrack, QStringLiteral("2019-01"));
    old.id = 1;
    old.documentId = 4;
    old.meetingDate = QDate(2018, 9, 25);
    ActionRecord recent = record(QStringLiteral("Cara Cole"), ActionStatus::Open, QStringLiteral("2030-03"));
    recent.id = 2;
    recent.documentId = 5;
    recent.meetingDate = QDate(2030, 4, 20);
    recent.action.text = QStringLiteral("Review the respite care contract");
    EXPECT_EQ(lastEvidence(old), QDate(2018, 9, 25));
    EXPECT_TRUE(noRecentEvidence(old, today()));
    EXPECT_FALSE(noRecentEvidence(recent, today()));
    ActionRecord updated = old; // a status update in Scrutineer is evidence of its own
    updated.statusEdited = true;
    updated.statusChangedAt = QDateTime(QDate(2030, 5, 1), QTime(9, 0));
    EXPECT_FALSE(noRecentEvidence(updated, today()));
    ActionRecord done = old;
    done.action.status = ActionStatus::Complete;
    EXPECT_FALSE(noRecentEvidence(done, today())) << "finished work needs no evidence";

    ActionTableModel model;
    ModelGuard guard(&model);
    model.setToday(today());
    model.setRecords({old, recent});
    const int row = model.rowOf(1);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, ActionTableModel::OverdueColumn).data().toString(), QStringLiteral("No recent evidence"))
        << "not thousands of days overdue";
    EXPECT_LT(model.index(row, ActionTableModel::OverdueColumn).data(ActionTableModel::SortRole).toInt(), 0);
    EXPECT_FALSE(model.index(row, ActionTableModel::StatusColumn).data(ActionTableModel::RagRole).isValid())
        << "an old snapshot says nothing about now";
    EXPECT_EQ(model.index(row, ActionTableModel::StatusColumn)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .section(QLatin1Char('\n'), 0, 0),
              QStringLiteral("Last reported: On track, 25 Sep 2018"));
    EXPECT_EQ(model.headerData(ActionTableModel::MeetingColumn, Qt::Horizontal).toString(),
              QStringLiteral("Last reported"));
    EXPECT_EQ(model.index(row, ActionTableModel::MeetingColumn).data().toString(), QStringLiteral("25 Sep 2018"));
    const int late = model.rowOf(2);
    EXPECT_EQ(model.index(late, ActionTableModel::OverdueColumn).data().toString(), QStringLiteral("2 months"))
        << QDate(2030, 3, 31).daysTo(today()) << " days";
    EXPECT_TRUE(guard.warnings().isEmpty()) << guard.warnings().join(QLatin1Char('\n')).toStdString();

    TrackerFilter overdue;
    overdue.base.today = today();
    overdue.base.overdueOnly = true;
    EXPECT_FALSE(overdue.matches(old));
    EXPECT_TRUE(overdue.matches(recent));
}

TEST_F(ActionTrackerTest, TheActionTextGetsTheRoomAndRepeatedValuesGiveItUp)
{
    auto* table = m_tracker->findChild<QTableView*>(QStringLiteral("actionsTableView"));
    ASSERT_NE(table, nullptr);
    const int action = table->columnWidth(ActionTableModel::ActionColumn);
    for (int column = 0; column < m_tracker->model()->columnCount(); ++column) {
        if (column != ActionTableModel::ActionColumn && !table->isColumnHidden(column)) {
            EXPECT_LT(table->columnWidth(column), action) << "column " << column;
        }
    }
    EXPECT_GE(action, int(table->viewport()->width() * 0.35));
    // Every action of the library is from one origin or another; the column is no wider than
    // what it carries needs.
    const QFontMetrics metrics(table->font());
    int widest = 0;
    for (int row = 0; row < m_tracker->model()->rowCount(); ++row) {
        widest = std::max(widest,
                          metrics.horizontalAdvance(
                              m_tracker->model()->index(row, ActionTableModel::OriginColumn).data().toString()));
    }
    EXPECT_LE(table->columnWidth(ActionTableModel::OriginColumn), widest + 80);
}

TEST(ActionEvidenceTest, OverdueMeansOpenLateAndRecentlyReportedEverywhere)
{
    // Due in 2019, last printed in 2018: late by years, but nothing says where it stands now.
    ActionRecord old = record(QStringLiteral("Head of Early Help"), ActionStatus::Open, QStringLiteral("2019-01"));
    old.meetingDate = QDate(2018, 9, 25);
    ActionRecord late = record(QStringLiteral("Cara Cole"), ActionStatus::Open, QStringLiteral("2030-03"));
    late.meetingDate = QDate(2030, 4, 20);
    EXPECT_GT(daysOverdue(old, today()), 0);
    EXPECT_FALSE(isOverdue(old, today()));
    EXPECT_TRUE(isOverdue(late, today()));
    ActionRecord repeat = late;
    repeat.repeatOf = 7;
    EXPECT_FALSE(isOverdue(repeat, today())) << "a repeat is counted at its first occurrence";
    // A chain of repeats was last reported at its latest occurrence.
    old.occurrences = {{}, {}};
    old.occurrences[1].meetingDate = QDate(2030, 4, 20);
    EXPECT_EQ(lastEvidence(old), QDate(2030, 4, 20));
    EXPECT_TRUE(isOverdue(old, today()));
    ActionFilter filter;
    filter.overdueOnly = true;
    filter.today = today();
    ActionRecord stale = late;
    stale.meetingDate = QDate(2018, 9, 25);
    EXPECT_TRUE(filter.matches(late));
    EXPECT_FALSE(filter.matches(stale));
}

TEST(ActionLabelsLateness, ReadsInDaysThenMonthsThenYears)
{
    EXPECT_EQ(labels::lateness(0), QString());
    EXPECT_EQ(labels::lateness(-5), QString());
    EXPECT_EQ(labels::lateness(1), QStringLiteral("1 day"));
    EXPECT_EQ(labels::lateness(45), QStringLiteral("45 days"));
    EXPECT_EQ(labels::lateness(60), QStringLiteral("60 days"));
    EXPECT_EQ(labels::lateness(61), QStringLiteral("2 months"));
    EXPECT_EQ(labels::lateness(1072), QStringLiteral("35 months")) << "not a count of days nobody reads";
    EXPECT_EQ(labels::lateness(1100), QStringLiteral("36 months"));
    EXPECT_EQ(labels::lateness(1200), QStringLiteral("over 3 years"));
}
