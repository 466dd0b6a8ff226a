// The recommendations workspace with real widgets: what it lists, its filters and sorting, opening
// the page a recommendation came from, and responses and updates recorded by hand with undo.
#include "../tracker/ChairFixtures.h"
#include "RecommendationFixtures.h"

#include "Csv.h"
#include "Rating.h"
#include "RecommendationStore.h"
#include "common/ColumnFit.h"
#include "main/Theme.h"
#include "main/Workspaces.h"
#include "recommendations/RecommendationEntryDialog.h"
#include "recommendations/RecommendationLabels.h"
#include "recommendations/RecommendationProxyModel.h"
#include "recommendations/RecommendationTableModel.h"
#include "recommendations/RecommendationsView.h"
#include "reports/ReportsPanel.h"
#include "tracker/ChairTools.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;
using Model = scrutineer::gui::RecommendationTableModel;

namespace {

constexpr int kRecommendationsViewTimeoutMs = 20000;

class RecommendationsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_library.ok()) << m_library.error().toStdString();
        const QString failed = rectest::addRecommendations(*m_library.open());
        ASSERT_TRUE(failed.isEmpty()) << failed.toStdString();
        m_view = std::make_unique<RecommendationsView>();
        m_sourceGuard = std::make_unique<ModelGuard>(m_view->model());
        m_proxyGuard = std::make_unique<ModelGuard>(m_view->proxy());
        m_view->setToday(today());
        m_view->setFilter({});
        m_view->resize(1400, 700);
        m_view->show();
        QSignalSpy loaded(m_view.get(), &RecommendationsView::loaded);
        m_view->setDatabasePath(m_library.databasePath());
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kRecommendationsViewTimeoutMs));
    }
    void TearDown() override
    {
        for (const auto* guard : {m_sourceGuard.get(), m_proxyGuard.get()}) {
            const QStringList warnings = guard->warnings();
            EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
        }
        m_proxyGuard.reset();
        m_sourceGuard.reset();
        m_view.reset();
    }
    // The key of the recommendation with this number and text beginning.
    QString keyOf(const QString& number, const QString& start) const
    {
        for (const RecommendationRecord& r : m_view->model()->records()) {
            if (r.recommendation.number == number && r.recommendation.text.startsWith(start))
                return r.key;
        }
        return {};
    }
    // What a column shows, row by row, in the order shown.
    QStringList shown(int column) const
    {
        QStringList values;
        for (int row = 0; row < m_view->proxy()->rowCount(); ++row)
            values.append(m_view->proxy()->index(row, column).data().toString());
        return values;
    }
    QString cell(const QString& key, int column, int role = Qt::DisplayRole) const
    {
        return m_view->model()->index(m_view->model()->rowOf(key), column).data(role).toString();
    }

    ChairLibrary m_library;
    std::unique_ptr<RecommendationsView> m_view;
    std::unique_ptr<ModelGuard> m_sourceGuard;
    std::unique_ptr<ModelGuard> m_proxyGuard;
};

} // namespace

TEST_F(RecommendationsViewTest, EachRecommendationIsListedWithItsResponseAndLatestProgress)
{
    ASSERT_EQ(m_view->model()->rowCount(), 6);
    const QString two = keyOf(QStringLiteral("2"), QStringLiteral("That routes"));
    ASSERT_FALSE(two.isEmpty());
    EXPECT_EQ(cell(two, Model::ResponseColumn), QStringLiteral("Partly accepted"));
    EXPECT_EQ(cell(two, Model::RespondedColumn), QStringLiteral("20 Mar 2030"));
    EXPECT_EQ(cell(two, Model::LeadColumn), QStringLiteral("Head of Transport"));
    EXPECT_EQ(cell(two, Model::DueColumn), QStringLiteral("31 Dec 2030"));
    EXPECT_EQ(cell(two, Model::ProgressColumn),
              QStringLiteral("Twelve routes reviewed with parents; the rest follow in the autumn."));
    EXPECT_EQ(cell(two, Model::UpdatedColumn), QStringLiteral("12 May 2030"));
    EXPECT_EQ(cell(two, Model::MadeByColumn), QStringLiteral("Home to School Transport Task and Finish Group"));
    EXPECT_TRUE(cell(two, Model::ResponseColumn, Qt::ToolTipRole).contains(QStringLiteral("every two years")));
    EXPECT_TRUE(cell(two, Model::TextColumn, Qt::ToolTipRole).endsWith(QStringLiteral("To: Cabinet")));

    const QString one = keyOf(QStringLiteral("1"), QStringLiteral("That the Council"));
    EXPECT_EQ(cell(one, Model::DueColumn), QStringLiteral("Sep 2030")) << "a month stays a month";
    EXPECT_EQ(m_view->model()->index(m_view->model()->rowOf(one), 0).data(Model::ChaseRole).toInt(),
              int(rating::Rag::Amber));
    const QString three = keyOf(QStringLiteral("3"), QStringLiteral("That independent"));
    EXPECT_EQ(cell(three, Model::ResponseColumn), QStringLiteral("Awaiting response"));
    // The tooltip holds the cell's words, then why it is chased.
    EXPECT_TRUE(cell(three, Model::ResponseColumn, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("Awaiting response\nNo response 4 months")));
    EXPECT_TRUE(m_view->model()
                    ->index(m_view->model()->rowOf(three), Model::ResponseColumn)
                    .data(Qt::DecorationRole)
                    .isValid());
    // Answered in words without a decision: not awaiting a response.
    const QString four = keyOf(QStringLiteral("4"), QStringLiteral("That bus passes"));
    EXPECT_EQ(cell(four, Model::ResponseColumn), QStringLiteral("Decision not stated"));
    EXPECT_FALSE(m_view->model()->index(m_view->model()->rowOf(four), 0).data(Model::ChaseRole).isValid());

    // The recommendation's text gets the room; the dates keep to their width; the response's date
    // and lead are in the side pane until the user shows their columns.
    QTableView* table = m_view->view();
    EXPECT_TRUE(table->isColumnHidden(Model::LeadColumn));
    EXPECT_FALSE(table->isColumnHidden(Model::DueColumn));
    EXPECT_GE(table->columnWidth(Model::TextColumn), int(table->viewport()->width() * 0.3));
    EXPECT_LT(table->columnWidth(Model::MadeColumn), 130);
    // The response wraps on the row's two lines beside its dot, rather than taking one long line.
    const QFontMetrics metrics = table->fontMetrics();
    const QString awaiting = QStringLiteral("Awaiting response");
    const int dot = table->iconSize().width();
    EXPECT_LT(table->columnWidth(Model::ResponseColumn), metrics.horizontalAdvance(awaiting) + dot + 24);
    EXPECT_GE(table->columnWidth(Model::ResponseColumn), ColumnFit::widthOnLines(metrics, awaiting, 2) + dot);
}

TEST_F(RecommendationsViewTest, FiltersByBodyResponseAwaitingAndNoUpdateSince)
{
    RecommendationViewFilter f;
    f.base.awaitingOnly = true;
    m_view->setFilter(f);
    EXPECT_EQ(shown(Model::NumberColumn), QStringList {QStringLiteral("3")}) << "the adults' one is seven weeks old";
    f = {};
    f.base.acceptedWithoutUpdateOnly = true;
    m_view->setFilter(f);
    EXPECT_EQ(shown(Model::NumberColumn), QStringList {QStringLiteral("1")});
    EXPECT_EQ(shown(Model::MadeByColumn).first(), QStringLiteral("Home to School Transport Task and Finish Group"));
    f = {};
    f.body = QStringLiteral("Adult Social Care Committee");
    m_view->setFilter(f);
    EXPECT_EQ(shown(Model::ResponseColumn), QStringList {QStringLiteral("Awaiting response")});
    f = {};
    f.base.decision = ResponseDecision::Rejected;
    m_view->setFilter(f);
    EXPECT_EQ(shown(Model::NumberColumn), QStringList {QStringLiteral("10")});
    f = {};
    f.base.decision = ResponseDecision::Pending;
    m_view->setFilter(f);
    EXPECT_EQ(shown(Model::NumberColumn), (QStringList {QStringLiteral("3"), QStringLiteral("1")}))
        << "awaiting a response: nothing has answered them";
    f.decisionNotStated = true;
    m_view->setFilter(f);
    EXPECT_EQ(shown(Model::NumberColumn), QStringList {QStringLiteral("4")});
    EXPECT_TRUE(m_view->filter().decisionNotStated) << "the Response list has an entry for it";
    f = {};
    f.search = QStringLiteral("helpline COST");
    m_view->setFilter(f);
    EXPECT_EQ(shown(Model::NumberColumn), QStringList {QStringLiteral("10")}) << "words in the text and the response";
    m_view->setFilter({});
    EXPECT_EQ(m_view->proxy()->rowCount(), 6);
}

TEST_F(RecommendationsViewTest, ExportWritesTheRowsShownInTheExportFormat)
{
    RecommendationViewFilter f;
    f.body = QStringLiteral("Children's Scrutiny Committee");
    m_view->setFilter(f);
    m_view->view()->sortByColumn(Model::NumberColumn, Qt::DescendingOrder);
    const QString path = m_library.path(QStringLiteral("recommendations.csv"));
    QString error;
    ASSERT_TRUE(m_view->exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = csv::parse(QString::fromUtf8(file.readAll()));
    ASSERT_EQ(rows.size(), 6) << "a header and the five shown";
    EXPECT_EQ(rows.at(0).mid(0, 3),
              (QStringList {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("text")}));
    EXPECT_EQ(rows.at(1).at(1), QStringLiteral("10")) << "in the order shown";
    EXPECT_EQ(rows.at(1).at(8), QStringLiteral("rejected"));
}

TEST_F(RecommendationsViewTest, DatesSortChronologicallyAndNumbersInOrder)
{
    QTableView* table = m_view->view();
    table->sortByColumn(Model::MadeColumn, Qt::DescendingOrder);
    EXPECT_EQ(shown(Model::MadeColumn).first(), QStringLiteral("20 Apr 2030"))
        << "not alphabetical ('14 Jan' > '20 Apr')";
    table->sortByColumn(Model::UpdatedColumn, Qt::DescendingOrder);
    EXPECT_EQ(shown(Model::UpdatedColumn).first(), QStringLiteral("12 May 2030"));
    RecommendationViewFilter f;
    f.body = QStringLiteral("Children's Scrutiny Committee");
    m_view->setFilter(f);
    table->sortByColumn(Model::NumberColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(Model::NumberColumn),
              (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                            QStringLiteral("10")}));
    table->sortByColumn(Model::ResponseColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(Model::NumberColumn).mid(0, 2), (QStringList {QStringLiteral("3"), QStringLiteral("1")}))
        << "what needs chasing comes first";
}

TEST_F(RecommendationsViewTest, DoubleClickingARecommendationOpensThePageItCameFrom)
{
    const QString three = keyOf(QStringLiteral("3"), QStringLiteral("That independent"));
    m_view->selectKey(three);
    EXPECT_TRUE(m_view->findChild<QTextBrowser*>(QStringLiteral("detailsBrowser"))
                    ->toPlainText()
                    .contains(QStringLiteral("No response 4 months")));
    QSignalSpy open(m_view.get(), &RecommendationsView::openRequested);
    QTableView* table = m_view->view();
    const QModelIndex index = table->currentIndex().siblingAtColumn(Model::TextColumn);
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    ASSERT_EQ(open.count(), 1);
    auto db = m_library.open();
    const auto record = RecommendationStore(*db).find(three);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->fileName, rectest::kReportFile);
    EXPECT_EQ(open.first().at(0).toLongLong(), record->documentId);
    EXPECT_EQ(open.first().at(1).toInt(), 2);
    EXPECT_EQ(open.first().at(2).toString(), QStringLiteral("That independent travel training"));
}

TEST_F(RecommendationsViewTest, AResponseRecordedByHandIsOneUndoStepAndKeptApart)
{
    const QString three = keyOf(QStringLiteral("3"), QStringLiteral("That independent"));
    m_view->selectKey(three);
    auto* button = m_view->findChild<QPushButton*>(QStringLiteral("recordResponseButton"));
    ASSERT_TRUE(button->isEnabled());
    button->click();
    auto* dialog = m_view->findChild<RecommendationEntryDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->fill(ResponseDecision::Accepted, QStringLiteral("Training will be offered from September."),
                 QDate(2030, 5, 28), QStringLiteral("Cabinet Member for Education"), QDate(2030, 9, 30));
    dialog->accept();
    EXPECT_EQ(cell(three, Model::ResponseColumn), QStringLiteral("Accepted"));
    EXPECT_EQ(cell(three, Model::LeadColumn), QStringLiteral("Cabinet Member for Education"));
    EXPECT_EQ(cell(three, Model::DueColumn), QStringLiteral("30 Sep 2030"));
    EXPECT_EQ(m_view->undoStack()->count(), 1);
    {
        const auto stored = RecommendationStore(*m_library.open()).find(three);
        ASSERT_EQ(stored->responses.size(), 1);
        EXPECT_TRUE(stored->responses.first().manual) << "kept as the user's entry, not as extracted data";
    }
    m_view->undoStack()->undo();
    EXPECT_EQ(cell(three, Model::ResponseColumn), QStringLiteral("Awaiting response"));
    EXPECT_TRUE(RecommendationStore(*m_library.open()).find(three)->responses.isEmpty());
    m_view->undoStack()->redo();
    EXPECT_EQ(cell(three, Model::ResponseColumn), QStringLiteral("Accepted"));
}

TEST_F(RecommendationsViewTest, AResponseRecordedInAnEarlierSessionCanBeRemovedFromTheSidePane)
{
    const QString three = keyOf(QStringLiteral("3"), QStringLiteral("That independent"));
    ResponseEntry response;
    response.decision = ResponseDecision::Rejected;
    response.text = QStringLiteral("Recorded against the wrong recommendation");
    response.date = QDate(2030, 5, 2);
    m_view->recordResponse(three, response);
    m_view->undoStack()->clear(); // as after closing and opening the library again
    m_view->selectKey(three);
    EXPECT_EQ(cell(three, Model::ResponseColumn), QStringLiteral("Rejected"));
    auto* details = m_view->findChild<QTextBrowser*>(QStringLiteral("detailsBrowser"));
    ASSERT_TRUE(details->toHtml().contains(QStringLiteral("remove-response:0")));
    emit details->anchorClicked(QUrl(QStringLiteral("remove-response:0")));
    EXPECT_EQ(cell(three, Model::ResponseColumn), QStringLiteral("Awaiting response"));
    EXPECT_TRUE(RecommendationStore(*m_library.open()).find(three)->responses.isEmpty());
    ASSERT_EQ(m_view->undoStack()->count(), 1);
    m_view->undoStack()->undo();
    EXPECT_EQ(cell(three, Model::ResponseColumn), QStringLiteral("Rejected"));
    m_view->undoStack()->redo();
    EXPECT_EQ(cell(three, Model::ResponseColumn), QStringLiteral("Awaiting response"));
    EXPECT_FALSE(details->toHtml().contains(QStringLiteral("remove-"))) << "printed entries have no remove link";
}

TEST_F(RecommendationsViewTest, AnUpdateRecordedByHandClearsNoUpdateSinceUntilUndone)
{
    RecommendationViewFilter f;
    f.base.acceptedWithoutUpdateOnly = true;
    m_view->setFilter(f);
    ASSERT_EQ(m_view->proxy()->rowCount(), 1);
    const QString one = keyOf(QStringLiteral("1"), QStringLiteral("That the Council"));
    m_view->selectKey(one);
    m_view->findChild<QPushButton*>(QStringLiteral("recordUpdateButton"))->click();
    auto* dialog = m_view->findChild<RecommendationEntryDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->kind(), RecommendationEntryDialog::Kind::Update);
    dialog->fill(ResponseDecision::Pending, QStringLiteral("Draft policy shared with the parents' forum."),
                 QDate(2030, 5, 30));
    dialog->accept();
    EXPECT_EQ(m_view->proxy()->rowCount(), 0);
    EXPECT_EQ(cell(one, Model::ProgressColumn), QStringLiteral("Draft policy shared with the parents' forum."));
    EXPECT_EQ(cell(one, Model::UpdatedColumn), QStringLiteral("30 May 2030"));
    m_view->undoStack()->undo();
    EXPECT_EQ(m_view->proxy()->rowCount(), 1);
    EXPECT_TRUE(cell(one, Model::ProgressColumn).isEmpty());
}

TEST_F(RecommendationsViewTest, TheWindowsUndoTakesBackAnEntryInTheRecommendationsWorkspace)
{
    QStackedWidget stack;
    auto* reading = new QWidget(&stack);
    auto* tools = new ChairTools(&stack);
    stack.addWidget(reading);
    stack.addWidget(tools);
    Workspaces workspaces(&stack, reading, tools);
    tools->recommendations()->setToday(today());
    QSignalSpy loaded(tools->recommendations(), &RecommendationsView::loaded);
    tools->setDatabasePath(m_library.databasePath());
    stack.show();
    workspaces.show(Workspaces::Workspace::Recommendations);
    EXPECT_EQ(tools->currentWidget(), tools->recommendations());
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kRecommendationsViewTimeoutMs));
    RecommendationsView* view = tools->recommendations();
    const QString three = keyOf(QStringLiteral("3"), QStringLiteral("That independent"));
    ResponseEntry response;
    response.decision = ResponseDecision::Noted;
    response.date = QDate(2030, 5, 20);
    view->recordResponse(three, response);
    const QModelIndex cellIndex = view->model()->index(view->model()->rowOf(three), Model::ResponseColumn);
    EXPECT_EQ(cellIndex.data().toString(), QStringLiteral("Noted"));
    QAction* undo = workspaces.undoAction();
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(view->model()->index(view->model()->rowOf(three), Model::ResponseColumn).data().toString(),
              QStringLiteral("Awaiting response"));
}

TEST(RecommendationsViewEmpty, ALibraryWithoutRecommendationsSaysWhereTheyComeFrom)
{
    ChairLibrary library;
    ASSERT_TRUE(library.ok());
    RecommendationsView view;
    auto* count = view.findChild<QLabel*>(QStringLiteral("countLabel"));
    ASSERT_NE(count, nullptr);
    QSignalSpy loaded(&view, &RecommendationsView::loaded);
    view.setDatabasePath(library.databasePath());
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kRecommendationsViewTimeoutMs));
    EXPECT_TRUE(count->text().startsWith(QStringLiteral("No recommendations yet"))) << count->text().toStdString();
    EXPECT_FALSE(view.findChild<QPushButton*>(QStringLiteral("recordResponseButton"))->isEnabled());
}

// A screenshot of the workspace for review, written only when SCRUTINEER_CHAIR_SCREENSHOTS names
// a folder (run under Xvfb with QT_QPA_PLATFORM=xcb for real fonts and styles).
TEST_F(RecommendationsViewTest, Screenshot)
{
    const QString folder = qEnvironmentVariable("SCRUTINEER_CHAIR_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set SCRUTINEER_CHAIR_SCREENSHOTS to a folder to write screenshots";
    Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    m_view->resize(1440, 860);
    m_view->view()->sortByColumn(Model::ResponseColumn, Qt::AscendingOrder);
    m_view->reload();
    QSignalSpy loaded(m_view.get(), &RecommendationsView::loaded);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kRecommendationsViewTimeoutMs));
    m_view->selectKey(keyOf(QStringLiteral("3"), QStringLiteral("That independent")));
    EXPECT_TRUE(m_view->grab().save(folder + QStringLiteral("/recommendations.png")));
    m_view->selectKey(keyOf(QStringLiteral("2"), QStringLiteral("That routes")));
    m_view->findChild<QPushButton*>(QStringLiteral("recordResponseButton"))->click();
    auto* dialog = m_view->findChild<RecommendationEntryDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->grab().save(folder + QStringLiteral("/recommendation-response-dialog.png")));
    dialog->reject();

    ReportsPanel reports;
    reports.setToday(today());
    QSignalSpy reportsLoaded(&reports, &ReportsPanel::loaded);
    reports.setDatabasePath(m_library.databasePath());
    ASSERT_TRUE(QTest::qWaitFor([&] { return reportsLoaded.count() > 0; }, kRecommendationsViewTimeoutMs));
    EXPECT_TRUE(reports.saveBriefingPdf(folder + QStringLiteral("/recommendations-briefing.pdf"),
                                        m_library.meetingId(QDate(2030, 7, 8))));
    EXPECT_TRUE(reports.saveOutstandingPdf(folder + QStringLiteral("/recommendations-outstanding.pdf"), {}));
}

TEST(RecommendationLabels, AnAddresseeThePaperDoesNotPrintIsSaidToBeUnknown)
{
    Recommendation r;
    r.text = QStringLiteral("Full details of the funding");
    EXPECT_FALSE(gui::reclabels::addresseeKnown(r));
    EXPECT_EQ(gui::reclabels::addressee(r), QStringLiteral("addressee unknown"));
    r.addressedTo = QStringLiteral("Cabinet");
    EXPECT_EQ(gui::reclabels::addressee(r), QStringLiteral("Cabinet"));
}

// A recommendation whose paper does not say who made it (an appended review's list in a pack)
// says so; it is not shown as made by the committee whose papers printed it.
TEST(RecommendationTableModelMadeBy, AMakerThePaperDoesNotStateIsNotTheMeetingsBody)
{
    RecommendationRecord record;
    record.key = QStringLiteral("k");
    record.recommendation.number = QStringLiteral("b");
    record.recommendation.text = QStringLiteral("Develop a more concise self-assessment format");
    record.body = QStringLiteral("Overview and Scrutiny Committee");
    record.meetingDate = QDate(2030, 9, 25);
    Model model;
    model.setRecords({record});
    const QModelIndex made = model.index(0, Model::MadeByColumn);
    EXPECT_EQ(made.data().toString(), QStringLiteral("Not stated"));
    EXPECT_TRUE(made.data(Qt::ToolTipRole).toString().contains(QStringLiteral("does not say who made")));
    EXPECT_TRUE(made.data(Qt::ToolTipRole).toString().contains(record.body));
}
