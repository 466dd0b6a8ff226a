#include "PerformanceView.h"

#include "Database.h"
#include "common/BodyFilter.h"
#include "common/ColumnFit.h"
#include "common/ElideMiddleDelegate.h"
#include "common/LatestLoad.h"
#include "common/NaturalSortProxy.h"
#include "common/UndoActions.h"
#include "performance/BreachModel.h"
#include "performance/IndicatorSummary.h"
#include "performance/IndicatorTableModel.h"
#include "performance/PerformanceChart.h"
#include "performance/ReadingTableModel.h"
#include "performance/ThresholdCommand.h"
#include "performance/ThresholdModel.h"
#include "reports/SaveLocation.h"
#include "reports/TableCsv.h"
#include "ui_PerformanceView.h"

#include <QHeaderView>
#include <QUndoStack>

namespace scrutineer::gui {

PerformanceView::PerformanceView(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::PerformanceView>())
{
    m_ui->setupUi(this);
    m_undoStack = new QUndoStack(this);
    m_load = new LatestLoad(this);
    m_indicators = new IndicatorTableModel(this);
    m_indicatorProxy = new NaturalSortProxy(this);
    m_indicatorProxy->setSourceModel(m_indicators);
    m_indicatorProxy->setSortRole(IndicatorTableModel::SortRole);
    m_indicatorProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_breaches = new BreachModel(this);
    m_breachProxy = new NaturalSortProxy(this);
    m_breachProxy->setSourceModel(m_breaches);
    m_breachProxy->setSortRole(BreachModel::SortRole);
    m_readings = new ReadingTableModel(this);
    m_thresholds = new ThresholdModel(this);
    m_ui->indicatorsTableView->setModel(m_indicatorProxy);
    m_ui->breachesTableView->setModel(m_breachProxy);
    m_ui->readingsTableView->setModel(m_readings);
    m_ui->thresholdsTableView->setModel(m_thresholds);
    setUpControls();
    restoreSettings();
    showSelected();
}

PerformanceView::~PerformanceView() { saveSettings(); }

PerformanceChart* PerformanceView::chart() const { return m_ui->chartView; }

void PerformanceView::setUpControls()
{
    for (QTableView* table : {m_ui->indicatorsTableView, m_ui->breachesTableView, m_ui->readingsTableView,
                              m_ui->thresholdsTableView}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionsMovable(table != m_ui->thresholdsTableView);
    }
    m_ui->indicatorsTableView->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::NameColumn, QHeaderView::Stretch);
    // Names that start alike ("Percentage of assessments …") differ at their end: they wrap onto
    // the lines they need (a very long list keeps one line a row, cut in the middle).
    m_ui->indicatorsTableView->setTextElideMode(Qt::ElideMiddle);
    ElideMiddleDelegate::install(m_ui->indicatorsTableView, {IndicatorTableModel::BodyColumn});
    m_ui->breachesTableView->setTextElideMode(Qt::ElideMiddle);
    m_ui->indicatorsTableView->setColumnWidth(IndicatorTableModel::BodyColumn, 130);
    m_ui->indicatorsTableView->setColumnWidth(IndicatorTableModel::LatestColumn, 60);
    m_ui->indicatorsTableView->setColumnWidth(IndicatorTableModel::PeriodColumn, 75);
    m_ui->indicatorsTableView->setColumnWidth(IndicatorTableModel::RatingColumn, 130);
    m_ui->indicatorsTableView->setColumnWidth(IndicatorTableModel::PrintedColumn, 130);
    m_ui->indicatorsTableView->hideColumn(IndicatorTableModel::ThresholdsColumn); // in the Thresholds tab; the column menu shows it
    m_ui->breachesTableView->setColumnWidth(BreachModel::BodyColumn, 150);
    m_ui->breachesTableView->setColumnWidth(BreachModel::PeriodColumn, 80);
    m_ui->breachesTableView->setColumnWidth(BreachModel::ValueColumn, 70);
    m_ui->readingsTableView->setColumnWidth(ReadingTableModel::PeriodColumn, 80);
    m_ui->readingsTableView->setColumnWidth(ReadingTableModel::ValueColumn, 60);
    m_ui->readingsTableView->setColumnWidth(ReadingTableModel::PrintedColumn, 150);
    m_ui->readingsTableView->setColumnWidth(ReadingTableModel::ComputedColumn, 150);
    m_ui->readingsTableView->setColumnWidth(ReadingTableModel::SourceColumn, 75);
    ViewSettings::enableColumnMenu(m_ui->indicatorsTableView->horizontalHeader());
    ViewSettings::enableColumnMenu(m_ui->breachesTableView->horizontalHeader());
    m_ui->indicatorsTableView->sortByColumn(IndicatorTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->breachesTableView->horizontalHeader()->setSectionResizeMode(BreachModel::IndicatorColumn, QHeaderView::Stretch);
    m_ui->breachesTableView->setColumnWidth(BreachModel::WhyColumn, 220);
    m_ui->breachesTableView->sortByColumn(BreachModel::PeriodColumn, Qt::DescendingOrder);
    m_ui->readingsTableView->horizontalHeader()->setSectionResizeMode(ReadingTableModel::AgreementColumn, QHeaderView::Stretch);
    m_ui->thresholdsTableView->horizontalHeader()->setSectionResizeMode(ThresholdModel::RangeColumn, QHeaderView::Stretch);
    m_ui->thresholdsTableView->setColumnWidth(ThresholdModel::GradeColumn, 190);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({760, 680});
    m_ui->detailSplitter->setStretchFactor(0, 3);
    m_ui->detailSplitter->setStretchFactor(1, 2);
    m_bodyFilter = new BodyFilter(m_ui->bodyComboBox);
    m_settings.track(m_ui->indicatorsTableView->horizontalHeader(), QStringLiteral("indicators"));
    m_settings.track(m_ui->breachesTableView->horizontalHeader(), QStringLiteral("breaches"));
    m_settings.track(m_ui->splitter, QStringLiteral("splitter"));
    m_settings.track(m_ui->detailSplitter, QStringLiteral("detailSplitter"));
    m_settings.track(m_ui->findLineEdit, QStringLiteral("find"));
    m_settings.track(m_ui->listTabs, QStringLiteral("tab"));
    m_settings.track(
        QStringLiteral("body"), [this] { return QVariant(m_bodyFilter->body()); },
        [this](const QVariant& body) { m_bodyFilter->setBody(body.toString()); }, QString());

    UndoActions::install(m_undoStack, this, m_ui->undoButton, m_ui->redoButton);

    connect(m_ui->findLineEdit, &QLineEdit::textChanged, this, &PerformanceView::applyFilter);
    connect(m_ui->bodyComboBox, &QComboBox::currentIndexChanged, this, &PerformanceView::applyFilter);
    connect(m_ui->indicatorsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PerformanceView::showSelected);
    connect(m_ui->breachesTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        selectIndicator(index.data(BreachModel::KeyRole).toString());
        m_ui->listTabs->setCurrentWidget(m_ui->indicatorsTab);
    });
    connect(m_ui->readingsTableView, &QTableView::activated, this, &PerformanceView::openReading);
    connect(m_ui->addBandButton, &QPushButton::clicked, this, [this] {
        m_thresholds->addBand();
        m_ui->thresholdsTableView->edit(m_thresholds->index(m_thresholds->rowCount() - 1, ThresholdModel::GradeColumn));
    });
    connect(m_ui->removeBandButton, &QPushButton::clicked, this,
            [this] { m_thresholds->removeBand(m_ui->thresholdsTableView->currentIndex().row()); });
    connect(m_ui->saveThresholdsButton, &QPushButton::clicked, this, &PerformanceView::saveEditedThresholds);
    connect(m_ui->resetThresholdsButton, &QPushButton::clicked, this, &PerformanceView::resetToPrinted);
    connect(m_ui->targetLineEdit, &QLineEdit::textEdited, this, &PerformanceView::targetFloorEdited);
    connect(m_ui->floorLineEdit, &QLineEdit::textEdited, this, &PerformanceView::targetFloorEdited);
    connect(m_ui->targetLineEdit, &QLineEdit::returnPressed, this, &PerformanceView::saveEditedTargetFloor);
    connect(m_ui->floorLineEdit, &QLineEdit::returnPressed, this, &PerformanceView::saveEditedTargetFloor);
    connect(m_ui->saveTargetFloorButton, &QPushButton::clicked, this, &PerformanceView::saveEditedTargetFloor);
    connect(m_ui->addReadingButton, &QPushButton::clicked, this, &PerformanceView::askAddReading);
    connect(m_ui->removeReadingButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->readingsTableView->currentIndex();
        if (current.isValid() && m_readings->reading(current.row()).manual)
            removeReading(m_readings->reading(current.row()).id);
    });
    connect(m_ui->readingsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PerformanceView::readingSelectionChanged);
    connect(m_readings, &QAbstractItemModel::modelReset, this, &PerformanceView::readingSelectionChanged);
    connect(m_thresholds, &ThresholdModel::edited, this, &PerformanceView::thresholdsEdited);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &PerformanceView::exportChosen);
}

void PerformanceView::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_undoStack->clear();
    m_database.reset();
    // The view reads in the background; this connection is for edits, which a reader of a team
    // database may not make.
    if (auto opened = Database::open(path); opened && opened.value()->mayEdit())
        m_database = std::move(opened.value());
    reload();
}

void PerformanceView::reload()
{
    if (m_databasePath.isEmpty())
        return;
    m_load->start<QList<PerformanceData::Series>>(
        m_databasePath,
        [](Database& db) {
            IndicatorStore store(db);
            return PerformanceData::series(store.indicators(), store.readings(), MeetingStore(db).meetings());
        },
        [this](const Loaded<QList<PerformanceData::Series>>& result) {
            if (!result.error.isEmpty())
                m_ui->countLabel->setText(tr("Cannot read the indicators: %1").arg(result.error));
            applyLoaded(result.value);
        });
}

void PerformanceView::applyLoaded(const QList<PerformanceData::Series>& series)
{
    const QString selected = selectedKey().isEmpty() ? m_wantedKey : selectedKey();
    m_all = series;
    QStringList bodies;
    for (const PerformanceData::Series& s : series)
        bodies.append(s.body);
    m_bodyFilter->setBodies(bodies);
    applyFilter();
    fitColumns();
    selectIndicator(selected.isEmpty() ? firstToShow() : selected);
    emit loaded(int(m_indicators->rowCount()), int(m_breaches->rowCount()));
}

void PerformanceView::setBodyFilter(const QString& body)
{
    m_bodyFilter->setBody(body);
    applyFilter();
}

void PerformanceView::applyFilter()
{
    if (m_restoring)
        return;
    const QString body = m_bodyFilter->body();
    const QString words = m_ui->findLineEdit->text().trimmed();
    QList<PerformanceData::Series> shown;
    QHash<QString, QString> units;
    for (const PerformanceData::Series& s : m_all) {
        if (!body.isEmpty() && s.body.compare(body, Qt::CaseInsensitive) != 0)
            continue;
        if (!words.isEmpty() && !s.indicator.indicator.name.contains(words, Qt::CaseInsensitive))
            continue;
        shown.append(s);
        units.insert(s.indicator.key, s.indicator.indicator.unit);
    }
    const QString selected = selectedKey();
    m_indicators->setSeries(shown);
    m_breaches->setBreaches(PerformanceData::breaches(shown), units);
    m_ui->listTabs->setTabText(m_ui->listTabs->indexOf(m_ui->breachesTab),
                               tr("Breaches (%1)").arg(m_breaches->rowCount()));
    int disagreeing = 0;
    for (const PerformanceData::Series& s : shown) {
        for (const IndicatorStore::ReadingRecord& r : s.readings)
            disagreeing += r.disagrees() ? 1 : 0;
    }
    QString text = (shown.size() == 1 ? tr("1 indicator") : tr("%n indicators", nullptr, int(shown.size()))) + QStringLiteral(" · ") +
                   (m_breaches->rowCount() == 1 ? tr("%n breach", nullptr, m_breaches->rowCount()) : tr("%n breaches", nullptr, m_breaches->rowCount()));
    if (disagreeing > 0)
        text += QStringLiteral(" · ") + (disagreeing == 1 ? tr("%n printed rating disagrees", nullptr, disagreeing) : tr("%n printed ratings disagree", nullptr, disagreeing));
    m_ui->countLabel->setText(text);
    m_ui->exportCsvButton->setEnabled(!shown.isEmpty());
    selectIndicator(selected);
}

void PerformanceView::fitColumns()
{
    // The name gets the room; columns every row leaves empty or repeats (a body) give theirs up.
    ColumnFit::fit(m_ui->indicatorsTableView, IndicatorTableModel::NameColumn,
                   {{IndicatorTableModel::BodyColumn, 200},
                    {IndicatorTableModel::LatestColumn, 110},
                    {IndicatorTableModel::PeriodColumn, 110},
                    {IndicatorTableModel::RatingColumn, 170},
                    {IndicatorTableModel::PrintedColumn, 170}},
                   0.45, {IndicatorTableModel::BodyColumn});
    m_ui->indicatorsTableView->verticalHeader()->setSectionResizeMode(
        m_indicatorProxy->rowCount() <= 500 ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    ColumnFit::fit(m_ui->breachesTableView, BreachModel::IndicatorColumn,
                   {{BreachModel::BodyColumn, 200}, {BreachModel::PeriodColumn, 110}, {BreachModel::ValueColumn, 110},
                    {BreachModel::WhyColumn, 260}},
                   0.4, {BreachModel::BodyColumn});
}

QString PerformanceView::nothingToChart(const PerformanceData::Series& s)
{
    const Indicator& i = s.indicator.indicator;
    const bool anyReading = !s.readings.isEmpty();
    if (!i.thresholds.isEmpty() || i.target || i.floor) // printed, but not as figures on the reading's scale
        return anyReading ? tr("Nothing to chart: its readings are not figures, and its thresholds give no figures to draw.")
                          : tr("Nothing to chart yet: no readings, and its thresholds give no figures to draw.");
    return anyReading ? tr("Nothing to chart: its readings are not figures, and no thresholds were printed.")
                      : tr("Nothing to chart yet: no readings and no thresholds.");
}

const PerformanceData::Series* PerformanceView::seriesFor(const QString& key) const
{
    for (const PerformanceData::Series& s : m_all) {
        if (s.indicator.key == key)
            return &s;
    }
    return nullptr;
}

QString PerformanceView::selectedKey() const
{
    return m_ui->indicatorsTableView->currentIndex().data(IndicatorTableModel::KeyRole).toString();
}

QString PerformanceView::firstToShow() const
{
    // Nothing chosen yet: the first breach is what a chair looks for, else the first indicator.
    if (m_breaches->rowCount() > 0)
        return m_breaches->index(0, 0).data(BreachModel::KeyRole).toString();
    if (m_indicatorProxy->rowCount() > 0)
        return m_indicatorProxy->index(0, 0).data(IndicatorTableModel::KeyRole).toString();
    return {};
}

void PerformanceView::selectIndicator(const QString& key)
{
    const int row = m_indicators->rowOf(key);
    if (row < 0) {
        m_wantedKey = key;
        showSelected();
        return;
    }
    m_wantedKey.clear();
    const QModelIndex index = m_indicatorProxy->mapFromSource(m_indicators->index(row, 0));
    m_ui->indicatorsTableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
    m_ui->indicatorsTableView->scrollTo(index);
    showSelected();
}

void PerformanceView::showSelected()
{
    const PerformanceData::Series* s = seriesFor(selectedKey());
    m_ui->summaryLabel->setVisible(s != nullptr);
    showReadingsOrWhy(s);
    if (!s) {
        m_readings->clear();
        m_ui->chartView->clear(m_all.isEmpty() ? tr("No indicators imported yet.") : tr("Select an indicator to see its readings."));
        showThresholds(nullptr);
        return;
    }
    m_readings->setSeries(*s);
    // The name in full and what is known stand above the chart; the chart only draws.
    m_ui->summaryLabel->setText(IndicatorSummary::html(*s));
    const PerformanceData::Chart data = PerformanceData::chart(*s);
    if (data.points.isEmpty() && data.bands.isEmpty())
        m_ui->chartView->clear(nothingToChart(*s));
    else if (data.points.isEmpty()) // the thresholds alone still show the chair where Good lies
        m_ui->chartView->setChart(data, tr("No readings yet"), s->indicator.indicator.unit);
    else
        m_ui->chartView->setChart(data, QString(), s->indicator.indicator.unit);
    showThresholds(s);
}

} // namespace scrutineer::gui
