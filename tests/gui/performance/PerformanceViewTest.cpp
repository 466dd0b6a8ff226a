#include "../tracker/ChairFixtures.h"

#include "IndicatorStore.h"
#include "performance/AddReadingDialog.h"
#include "performance/BreachModel.h"
#include "performance/IndicatorSummary.h"
#include "performance/IndicatorTableModel.h"
#include "performance/PerformanceChart.h"
#include "performance/PerformanceData.h"
#include "performance/PerformanceView.h"
#include "performance/ReadingTableModel.h"
#include "performance/ThresholdModel.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

namespace {

constexpr int kPerformanceViewTimeoutMs = 20000;
const QString kVisits = QStringLiteral("Percentage of visits on time");

QList<PerformanceData::Series> loadSeries(const ChairLibrary& library)
{
    auto db = library.open();
    IndicatorStore store(*db);
    return PerformanceData::series(store.indicators(), store.readings(), MeetingStore(*db).meetings());
}

const PerformanceData::Series* find(const QList<PerformanceData::Series>& all, const QString& name)
{
    for (const PerformanceData::Series& s : all) {
        if (s.indicator.indicator.name == name)
            return &s;
    }
    return nullptr;
}

class PerformanceViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_library.ok()) << m_library.error().toStdString();
        m_view = std::make_unique<PerformanceView>();
        for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_view->indicatorModel()),
                                          static_cast<QAbstractItemModel*>(m_view->breachModel()),
                                          static_cast<QAbstractItemModel*>(m_view->readingModel()),
                                          static_cast<QAbstractItemModel*>(m_view->thresholdModel())})
            m_guards.push_back(std::make_unique<ModelGuard>(model));
        m_view->resize(1300, 760);
        m_view->show();
        ASSERT_NO_FATAL_FAILURE(load());
    }
    void TearDown() override
    {
        for (const auto& guard : m_guards)
            EXPECT_TRUE(guard->warnings().isEmpty()) << guard->warnings().join(QLatin1Char('\n')).toStdString();
        m_guards.clear();
        m_view.reset();
    }
    void load()
    {
        QSignalSpy loaded(m_view.get(), &PerformanceView::loaded);
        if (m_view->databasePath().isEmpty())
            m_view->setDatabasePath(m_library.databasePath());
        else
            m_view->reload();
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kPerformanceViewTimeoutMs));
    }
    // Runs `change` and waits for the reload it starts.
    void afterReload(const std::function<void()>& change)
    {
        QSignalSpy loaded(m_view.get(), &PerformanceView::loaded);
        change();
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kPerformanceViewTimeoutMs));
    }
    QString keyOf(const QString& name) const
    {
        const auto all = loadSeries(m_library);
        return find(all, name)->indicator.key;
    }
    QStringList breachReasons() const
    {
        QStringList why;
        for (int row = 0; row < m_view->breachModel()->rowCount(); ++row)
            why.append(m_view->breachModel()->index(row, BreachModel::WhyColumn).data().toString());
        return why;
    }
    QString visitsKey() const
    {
        const auto all = loadSeries(m_library);
        return find(all, kVisits)->indicator.key;
    }

    ChairLibrary m_library;
    std::unique_ptr<PerformanceView> m_view;
    std::vector<std::unique_ptr<ModelGuard>> m_guards;
};

} // namespace

TEST(PerformanceDataTest, PeriodsSortAsDates)
{
    EXPECT_EQ(PerformanceData::periodDate(QStringLiteral("Oct 2029")), QDate(2029, 10, 1));
    EXPECT_EQ(PerformanceData::periodDate(QStringLiteral("2030-01")), QDate(2030, 1, 1));
    EXPECT_EQ(PerformanceData::periodDate(QStringLiteral("Q3 2018/19")), QDate(2018, 10, 1)) << "financial quarters";
    EXPECT_EQ(PerformanceData::periodDate(QStringLiteral("Q4 2018-19")), QDate(2019, 1, 1));
    EXPECT_EQ(PerformanceData::periodDate(QStringLiteral("2018/19")), QDate(2018, 4, 1));
    EXPECT_FALSE(PerformanceData::periodDate(QStringLiteral("latest")).isValid());
}

TEST(PerformanceDataTest, SeriesBreachesAndChartFromTheStore)
{
    ChairLibrary library;
    ASSERT_TRUE(library.ok());
    const auto all = loadSeries(library);
    ASSERT_EQ(all.size(), 2);
    const PerformanceData::Series* visits = find(all, kVisits);
    ASSERT_NE(visits, nullptr);
    EXPECT_EQ(visits->body, QStringLiteral("Children's Scrutiny Committee"));
    QStringList periods;
    for (const auto& r : visits->readings)
        periods.append(r.reading.period);
    EXPECT_EQ(periods,
              (QStringList {QStringLiteral("Oct 2029"), QStringLiteral("Jan 2030"), QStringLiteral("Mar 2030")}));

    const auto breaches = PerformanceData::breaches(all);
    ASSERT_EQ(breaches.size(), 3) << "70 (Requires Improvement), 60 (Inadequate), 27 (worse than the floor)";
    EXPECT_EQ(breaches.first().reading.reading.period, QStringLiteral("Mar 2030")) << "newest first";
    EXPECT_EQ(breaches.first().severity, rating::Rag::Red);
    EXPECT_EQ(breaches.first().why, QStringLiteral("Inadequate (<65)"));
    bool floor = false;
    for (const auto& b : breaches)
        floor = floor || b.why == QStringLiteral("worse than the floor of 25");
    EXPECT_TRUE(floor);

    const PerformanceData::Chart chart = PerformanceData::chart(*visits);
    EXPECT_EQ(chart.points, (QList<QPointF> {{0, 70}, {1, 80}, {2, 60}}));
    EXPECT_EQ(chart.disagreements, (QList<QPointF> {{1, 80}})) << "printed Requires Improvement, computed Good";
    ASSERT_EQ(chart.bands.size(), 4);
    EXPECT_EQ(chart.bands.at(0).grade, QStringLiteral("Inadequate"));
    EXPECT_DOUBLE_EQ(chart.bands.at(0).high, 64.5) << "<65 at whole-number precision ends at 64.5";
    EXPECT_DOUBLE_EQ(chart.bands.at(1).low, 64.5) << "bands that tile leave no gap";
    EXPECT_DOUBLE_EQ(chart.bands.at(1).high, 74.5);
    EXPECT_DOUBLE_EQ(chart.bands.at(2).low, 74.5);
    EXPECT_DOUBLE_EQ(chart.bands.at(0).low, chart.yMin);
    EXPECT_DOUBLE_EQ(chart.bands.at(3).low, 84.5);
    EXPECT_DOUBLE_EQ(chart.bands.at(3).high, chart.yMax);
    EXPECT_LE(chart.yMin, 60);
    EXPECT_GE(chart.yMax, 85);

    const PerformanceData::Chart zones
        = PerformanceData::chart(*find(all, QStringLiteral("Re-referrals within 12 months")));
    ASSERT_EQ(zones.bands.size(), 3);
    EXPECT_EQ(zones.bands.at(0).rag, rating::Rag::Green) << "lower is better: at or below the target";
    EXPECT_DOUBLE_EQ(zones.bands.at(0).high, 20);
    EXPECT_EQ(zones.bands.at(2).rag, rating::Rag::Red);
    EXPECT_DOUBLE_EQ(zones.bands.at(2).low, 25);
}

TEST_F(PerformanceViewTest, ShowsRatingsBreachesAndDisagreements)
{
    IndicatorTableModel* model = m_view->indicatorModel();
    ASSERT_EQ(model->rowCount(), 2);
    const int row = model->rowOf(visitsKey());
    EXPECT_EQ(model->index(row, IndicatorTableModel::LatestColumn).data().toString(), QStringLiteral("60%"));
    EXPECT_EQ(model->index(row, IndicatorTableModel::RatingColumn).data().toString(), QStringLiteral("Inadequate"));
    EXPECT_TRUE(model->index(row, IndicatorTableModel::RatingColumn).data(Qt::DecorationRole).isValid());
    EXPECT_EQ(model->index(row, IndicatorTableModel::ThresholdsColumn).data().toString(),
              QStringLiteral("<65 | 65-74 | 75-84 | 85+"));
    EXPECT_EQ(m_view->breachModel()->rowCount(), 3);

    m_view->selectIndicator(visitsKey());
    ReadingTableModel* readings = m_view->readingModel();
    ASSERT_EQ(readings->rowCount(), 3);
    EXPECT_EQ(readings->index(1, ReadingTableModel::AgreementColumn).data().toString(),
              QStringLiteral("Printed Requires Improvement, computed Good"));
    EXPECT_TRUE(readings->index(1, ReadingTableModel::AgreementColumn).data(Qt::DecorationRole).isValid());
    EXPECT_TRUE(readings->index(0, ReadingTableModel::AgreementColumn).data().toString().isEmpty());
}

TEST_F(PerformanceViewTest, ChartDrawsReadingsOverBands)
{
    m_view->selectIndicator(visitsKey());
    PerformanceChart* chart = m_view->chart();
    ASSERT_NE(chart->readingSeries(), nullptr);
    EXPECT_EQ(chart->readingSeries()->points(), (QList<QPointF> {{0, 70}, {1, 80}, {2, 60}}));
    ASSERT_EQ(chart->bandSeries().size(), 4);
    QAreaSeries* good = chart->bandSeries().at(2);
    EXPECT_EQ(good->name(), QStringLiteral("Good"));
    EXPECT_DOUBLE_EQ(good->upperSeries()->at(0).y(), 84.5);
    EXPECT_DOUBLE_EQ(good->lowerSeries()->at(0).y(), 74.5);
    const QList<QAbstractSeries*> order = chart->chart()->series();
    EXPECT_LT(order.indexOf(good), order.indexOf(chart->readingSeries())) << "bands are drawn behind the line";
    EXPECT_EQ(chart->disagreementSeries()->points(), (QList<QPointF> {{1, 80}}));
    // "85+" and "<65" have no printed end: they reach the ends of the axis as drawn (nice numbers
    // widen it), not a sliver just past the last reading.
    const QList<QAbstractAxis*> vertical = chart->chart()->axes(Qt::Vertical);
    ASSERT_EQ(vertical.size(), 1);
    const auto* axis = qobject_cast<const QValueAxis*>(vertical.first());
    ASSERT_NE(axis, nullptr);
    EXPECT_DOUBLE_EQ(chart->bandSeries().at(3)->upperSeries()->at(0).y(), axis->max());
    EXPECT_DOUBLE_EQ(chart->bandSeries().at(3)->lowerSeries()->at(0).y(), 84.5);
    EXPECT_DOUBLE_EQ(chart->bandSeries().at(0)->lowerSeries()->at(0).y(), axis->min());
    EXPECT_DOUBLE_EQ(good->upperSeries()->at(0).y(), 84.5) << "a band with both ends keeps them";
}

TEST_F(PerformanceViewTest, EditedThresholdsRateReadingsAndUndo)
{
    const QString key = visitsKey();
    m_view->selectIndicator(key);
    ThresholdModel* bands = m_view->thresholdModel();
    ASSERT_EQ(bands->rowCount(), 4);
    ASSERT_TRUE(bands->setData(bands->index(0, ThresholdModel::BandColumn), QStringLiteral("<55")));
    ASSERT_TRUE(bands->setData(bands->index(1, ThresholdModel::BandColumn), QStringLiteral("55-74")));
    EXPECT_EQ(bands->index(1, ThresholdModel::RangeColumn).data().toString(), QStringLiteral("55 to 74"));
    ASSERT_TRUE(bands->isValid());
    m_view->setThresholds(key, bands->bands());
    ASSERT_NO_FATAL_FAILURE(load());
    auto stored = [&] {
        for (const auto& r : IndicatorStore(*m_library.open()).readings()) {
            if (r.indicatorKey == key && r.reading.period == QStringLiteral("Mar 2030"))
                return r.computed.grade;
        }
        return QString();
    };
    EXPECT_EQ(stored(), QStringLiteral("Requires Improvement")) << "60 now sits in 55-74";
    EXPECT_EQ(m_view->breachModel()->rowCount(), 3) << "still outside Good, now amber";
    const int row = m_view->indicatorModel()->rowOf(key);
    EXPECT_TRUE(m_view->indicatorModel()
                    ->index(row, IndicatorTableModel::ThresholdsColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("(edited)")));

    ASSERT_TRUE(bands->setData(bands->index(0, ThresholdModel::BandColumn), QStringLiteral("about sixty")));
    EXPECT_FALSE(bands->isValid()) << "text that is not a band cannot be saved";
    m_view->undoStack()->undo();
    ASSERT_NO_FATAL_FAILURE(load());
    EXPECT_EQ(stored(), QStringLiteral("Inadequate"));
    for (const auto& i : IndicatorStore(*m_library.open()).indicators())
        EXPECT_FALSE(i.thresholdsEdited) << "undo goes back to the printed bands";
}

TEST_F(PerformanceViewTest, EditedFloorMakesABreachDisappearAndAppear)
{
    const QString key = keyOf(QStringLiteral("Re-referrals within 12 months"));
    m_view->selectIndicator(key);
    EXPECT_TRUE(breachReasons().contains(QStringLiteral("worse than the floor of 25"))) << "27 against a floor of 25";
    ASSERT_EQ(m_view->breachModel()->rowCount(), 3);

    // As a chair would: type a new floor on the Thresholds tab and save it.
    auto* tabs = m_view->findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    tabs->setCurrentWidget(m_view->findChild<QWidget*>(QStringLiteral("thresholdsTab")));
    auto* floor = m_view->findChild<QLineEdit*>(QStringLiteral("floorLineEdit"));
    auto* save = m_view->findChild<QPushButton*>(QStringLiteral("saveTargetFloorButton"));
    ASSERT_TRUE(floor && save);
    EXPECT_EQ(floor->text(), QStringLiteral("25"));
    EXPECT_FALSE(save->isEnabled()) << "nothing changed yet";
    floor->selectAll();
    QTest::keyClicks(floor, QStringLiteral("28"));
    ASSERT_TRUE(save->isEnabled());
    ASSERT_NO_FATAL_FAILURE(afterReload([&] { save->click(); }));
    EXPECT_EQ(m_view->breachModel()->rowCount(), 2) << "27 now meets the floor of 28";
    EXPECT_FALSE(breachReasons().join(QLatin1Char('|')).contains(QStringLiteral("floor")));
    EXPECT_EQ(IndicatorStore(*m_library.open()).userTargetFloor(key), (IndicatorStore::TargetFloor {20.0, 28.0}));
    const int row = m_view->indicatorModel()->rowOf(key);
    EXPECT_EQ(m_view->indicatorModel()->index(row, IndicatorTableModel::RatingColumn).data().toString(),
              QStringLiteral("Amber"));
    EXPECT_EQ(m_view->indicatorModel()->index(row, IndicatorTableModel::ThresholdsColumn).data().toString(),
              QStringLiteral("Target 20 · Floor 28 (edited)"));
    EXPECT_EQ(m_view->selectedKey(), key);
    EXPECT_EQ(floor->text(), QStringLiteral("28"));

    ASSERT_NO_FATAL_FAILURE(afterReload([&] { m_view->undoStack()->undo(); }));
    EXPECT_EQ(m_view->breachModel()->rowCount(), 3);
    EXPECT_TRUE(breachReasons().contains(QStringLiteral("worse than the floor of 25")));
    EXPECT_FALSE(IndicatorStore(*m_library.open()).userTargetFloor(key).has_value())
        << "undo goes back to the printed floor";
    ASSERT_NO_FATAL_FAILURE(afterReload([&] { m_view->undoStack()->redo(); }));
    EXPECT_EQ(m_view->breachModel()->rowCount(), 2);

    ASSERT_NO_FATAL_FAILURE(afterReload([&] {
        m_view->setTargetFloor(key, IndicatorStore::TargetFloor {20.0, 21.0});
    }));
    EXPECT_EQ(m_view->breachModel()->rowCount(), 4) << "22 and 27 are both worse than a floor of 21";
    EXPECT_EQ(breachReasons().count(QStringLiteral("worse than the floor of 21")), 2);
    ASSERT_NO_FATAL_FAILURE(afterReload([&] {
        m_view->setTargetFloor(key, IndicatorStore::TargetFloor {20.0, 25.0});
    }));
    EXPECT_FALSE(IndicatorStore(*m_library.open()).userTargetFloor(key).has_value())
        << "the printed values again: no edit kept";
    EXPECT_EQ(m_view->breachModel()->rowCount(), 3);
    EXPECT_EQ(m_view->undoStack()->count(), 3);
}

TEST_F(PerformanceViewTest, InvalidFloorTextCannotBeSaved)
{
    m_view->selectIndicator(keyOf(QStringLiteral("Re-referrals within 12 months")));
    auto* floor = m_view->findChild<QLineEdit*>(QStringLiteral("floorLineEdit"));
    auto* save = m_view->findChild<QPushButton*>(QStringLiteral("saveTargetFloorButton"));
    floor->selectAll();
    QTest::keyClicks(floor, QStringLiteral("about a quarter"));
    EXPECT_FALSE(save->isEnabled());
    floor->selectAll();
    QTest::keyClicks(floor, QStringLiteral("26%"));
    EXPECT_TRUE(save->isEnabled()) << "a percent sign after the number is fine";
}

TEST_F(PerformanceViewTest, ReadingAddedByHandJoinsTheChartAndCanBeRemoved)
{
    const QString key = visitsKey();
    m_view->selectIndicator(key);
    ASSERT_EQ(m_view->chart()->readingSeries()->count(), 3);
    const int breaches = m_view->breachModel()->rowCount();

    AddReadingDialog* dialog = m_view->askAddReading();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isVisible(); }, kPerformanceViewTimeoutMs));
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()) << "a reading needs a period";
    dialog->fill(QStringLiteral("Apr 2030"), 58);
    ASSERT_TRUE(ok->isEnabled());
    ASSERT_NO_FATAL_FAILURE(afterReload([&] { ok->click(); }));

    EXPECT_EQ(m_view->selectedKey(), key);
    EXPECT_EQ(m_view->chart()->readingSeries()->points(), (QList<QPointF> {{0, 70}, {1, 80}, {2, 60}, {3, 58}}));
    ReadingTableModel* readings = m_view->readingModel();
    ASSERT_EQ(readings->rowCount(), 4);
    EXPECT_TRUE(readings->reading(3).manual);
    EXPECT_EQ(readings->reading(3).computed.grade, QStringLiteral("Inadequate"));
    EXPECT_EQ(m_view->breachModel()->rowCount(), breaches + 1) << "58 is below Good";
    const int row = m_view->indicatorModel()->rowOf(key);
    EXPECT_EQ(m_view->indicatorModel()->index(row, IndicatorTableModel::LatestColumn).data().toString(),
              QStringLiteral("58%"));

    // The remove button acts on the selected reading, and only on one entered by hand.
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("readingsTableView"));
    auto* remove = m_view->findChild<QPushButton*>(QStringLiteral("removeReadingButton"));
    table->setCurrentIndex(readings->index(0, 0));
    EXPECT_FALSE(remove->isEnabled()) << "printed readings stay";
    table->setCurrentIndex(readings->index(3, 0));
    ASSERT_TRUE(remove->isEnabled());
    ASSERT_NO_FATAL_FAILURE(afterReload([&] { remove->click(); }));
    EXPECT_EQ(m_view->chart()->readingSeries()->count(), 3);
    EXPECT_EQ(m_view->breachModel()->rowCount(), breaches);

    ASSERT_NO_FATAL_FAILURE(afterReload([&] { m_view->undoStack()->undo(); }));
    EXPECT_EQ(m_view->chart()->readingSeries()->points().last(), QPointF(3, 58)) << "undo puts it back";
    ASSERT_NO_FATAL_FAILURE(afterReload([&] { m_view->undoStack()->undo(); }));
    EXPECT_EQ(m_view->chart()->readingSeries()->count(), 3) << "undo of the add removes it";
    int manual = 0;
    for (const auto& r : IndicatorStore(*m_library.open()).readings())
        manual += r.manual ? 1 : 0;
    EXPECT_EQ(manual, 0);
    ASSERT_NO_FATAL_FAILURE(afterReload([&] { m_view->undoStack()->redo(); }));
    EXPECT_EQ(m_view->chart()->readingSeries()->count(), 4);
}

TEST_F(PerformanceViewTest, FindBodySortAndTabAreRememberedBetweenRuns)
{
    m_view->setBodyFilter(QStringLiteral("Children's Scrutiny Committee"));
    m_view->findChild<QLineEdit*>(QStringLiteral("findLineEdit"))->setText(QStringLiteral("visits"));
    auto* breaches = m_view->findChild<QTableView*>(QStringLiteral("breachesTableView"));
    breaches->sortByColumn(BreachModel::ValueColumn, Qt::AscendingOrder);
    // One body's breaches: their Body column is hidden for repeating; the user hides the period too.
    EXPECT_TRUE(breaches->isColumnHidden(BreachModel::BodyColumn));
    ASSERT_TRUE(scrutineer::testing::chooseColumnInMenu(breaches->horizontalHeader(), QStringLiteral("Period"), false));
    auto* tabs = m_view->findChild<QTabWidget*>(QStringLiteral("listTabs"));
    tabs->setCurrentIndex(1);
    m_guards.clear();
    m_view.reset();

    m_view = std::make_unique<PerformanceView>();
    m_guards.push_back(std::make_unique<ModelGuard>(m_view->breachModel()));
    breaches = m_view->findChild<QTableView*>(QStringLiteral("breachesTableView"));
    EXPECT_EQ(breaches->horizontalHeader()->sortIndicatorSection(), int(BreachModel::ValueColumn));
    EXPECT_EQ(breaches->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    EXPECT_TRUE(breaches->isColumnHidden(BreachModel::PeriodColumn));
    EXPECT_FALSE(breaches->isColumnHidden(BreachModel::BodyColumn)) << "saved as shown: the next load decides";
    EXPECT_EQ(m_view->findChild<QLineEdit*>(QStringLiteral("findLineEdit"))->text(), QStringLiteral("visits"));
    EXPECT_EQ(m_view->findChild<QTabWidget*>(QStringLiteral("listTabs"))->currentIndex(), 1);
    ASSERT_NO_FATAL_FAILURE(load());
    EXPECT_EQ(m_view->findChild<QComboBox*>(QStringLiteral("bodyComboBox"))->currentText(),
              QStringLiteral("Children's Scrutiny Committee"))
        << "restored once the load lists it";
    EXPECT_EQ(m_view->indicatorModel()->rowCount(), 1);
    EXPECT_EQ(m_view->breachModel()->rowCount(), 2) << "the visits breaches only";
}

TEST_F(PerformanceViewTest, TheSelectedIndicatorIsNamedInFullAboveItsChart)
{
    auto* summary = m_view->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    ASSERT_NE(summary, nullptr);
    m_view->selectIndicator(visitsKey());
    EXPECT_TRUE(summary->isVisible());
    EXPECT_TRUE(summary->text().contains(kVisits));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("the latest 60% for Mar 2030")))
        << summary->text().toStdString();
    IndicatorTableModel* model = m_view->indicatorModel();
    EXPECT_TRUE(model->index(model->rowOf(visitsKey()), IndicatorTableModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(kVisits))
        << "however narrow the column, the tooltip names it in full";
}
