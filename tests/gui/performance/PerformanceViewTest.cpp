#include "../tracker/ChairFixtures.h"

#include "IndicatorStore.h"
#include "performance/BreachModel.h"
#include "performance/IndicatorTableModel.h"
#include "performance/PerformanceChart.h"
#include "performance/PerformanceData.h"
#include "performance/PerformanceView.h"
#include "performance/ReadingTableModel.h"
#include "performance/ThresholdModel.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

namespace {

constexpr int kTimeoutMs = 20000;
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
        EXPECT_TRUE(m_guards.front()->warnings().isEmpty()) << m_guards.front()->warnings().join(QLatin1Char('\n')).toStdString();
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
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kTimeoutMs));
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
    EXPECT_EQ(periods, (QStringList{QStringLiteral("Oct 2029"), QStringLiteral("Jan 2030"), QStringLiteral("Mar 2030")}));

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
    EXPECT_EQ(chart.points, (QList<QPointF>{{0, 70}, {1, 80}, {2, 60}}));
    EXPECT_EQ(chart.disagreements, (QList<QPointF>{{1, 80}})) << "printed Requires Improvement, computed Good";
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

    const PerformanceData::Chart zones = PerformanceData::chart(*find(all, QStringLiteral("Re-referrals within 12 months")));
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
    EXPECT_EQ(model->index(row, IndicatorTableModel::ThresholdsColumn).data().toString(), QStringLiteral("<65 | 65-74 | 75-84 | 85+"));
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
    EXPECT_EQ(chart->readingSeries()->points(), (QList<QPointF>{{0, 70}, {1, 80}, {2, 60}}));
    ASSERT_EQ(chart->bandSeries().size(), 4);
    QAreaSeries* good = chart->bandSeries().at(2);
    EXPECT_EQ(good->name(), QStringLiteral("Good"));
    EXPECT_DOUBLE_EQ(good->upperSeries()->at(0).y(), 84.5);
    EXPECT_DOUBLE_EQ(good->lowerSeries()->at(0).y(), 74.5);
    const QList<QAbstractSeries*> order = chart->chart()->series();
    EXPECT_LT(order.indexOf(good), order.indexOf(chart->readingSeries())) << "bands are drawn behind the line";
    EXPECT_EQ(chart->disagreementSeries()->points(), (QList<QPointF>{{1, 80}}));
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
    EXPECT_TRUE(m_view->indicatorModel()->index(row, IndicatorTableModel::ThresholdsColumn).data().toString().endsWith(QStringLiteral("(edited)")));

    ASSERT_TRUE(bands->setData(bands->index(0, ThresholdModel::BandColumn), QStringLiteral("about sixty")));
    EXPECT_FALSE(bands->isValid()) << "text that is not a band cannot be saved";
    m_view->undoStack()->undo();
    ASSERT_NO_FATAL_FAILURE(load());
    EXPECT_EQ(stored(), QStringLiteral("Inadequate"));
    for (const auto& i : IndicatorStore(*m_library.open()).indicators())
        EXPECT_FALSE(i.thresholdsEdited) << "undo goes back to the printed bands";
}
