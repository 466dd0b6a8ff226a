// PerformanceView's threshold editing, exports and remembered settings.
#include "PerformanceView.h"

#include "performance/BreachModel.h"
#include "performance/IndicatorTableModel.h"
#include "performance/ReadingTableModel.h"
#include "performance/ThresholdCommand.h"
#include "performance/ThresholdModel.h"
#include "reports/SaveLocation.h"
#include "reports/TableCsv.h"
#include "ui_PerformanceView.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QUndoStack>

namespace scrutineer::gui {

void PerformanceView::showThresholds(const PerformanceData::Series* s)
{
    const bool targetFloor = s && (s->indicator.indicator.target || s->indicator.indicator.floor);
    m_thresholds->setBands(s && !targetFloor ? s->indicator.indicator.thresholds : QList<ThresholdBand>{});
    const bool editable = s && !targetFloor && m_database;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->thresholdsTableView), static_cast<QWidget*>(m_ui->addBandButton),
                       static_cast<QWidget*>(m_ui->removeBandButton)})
        w->setEnabled(editable);
    m_ui->saveThresholdsButton->setEnabled(false);
    m_ui->resetThresholdsButton->setEnabled(s && m_database && (s->indicator.thresholdsEdited || s->indicator.targetFloorEdited));
    showTargetFloor(s);
    if (!s) {
        m_ui->thresholdNoteLabel->setText(tr("Select an indicator to see its thresholds."));
    } else if (targetFloor && s->indicator.targetFloorEdited) {
        Indicator published = s->indicator.indicator;
        published.target = s->published.target;
        published.floor = s->published.floor;
        const QString printed = PerformanceData::thresholdsText(published);
        m_ui->thresholdNoteLabel->setText(tr("Rated against a Target and Floor edited here: %1; the pack printed %2. Green meets "
                                             "the target, Amber meets the floor only, Red falls below the floor.")
                                              .arg(PerformanceData::thresholdsText(s->indicator.indicator),
                                                   printed.isEmpty() ? tr("none") : printed));
    } else if (targetFloor) {
        m_ui->thresholdNoteLabel->setText(tr("Rated against its Target and Floor as published: %1. Green meets the target, "
                                             "Amber meets the floor only, Red falls below the floor.")
                                              .arg(PerformanceData::thresholdsText(s->indicator.indicator)));
    } else if (s->indicator.thresholdsEdited) {
        QStringList printed;
        for (const ThresholdBand& b : s->indicator.printed)
            printed.append(b.text);
        m_ui->thresholdNoteLabel->setText(tr("Edited here; the pack printed: %1. Readings are rated against the bands below.")
                                              .arg(printed.isEmpty() ? tr("no bands") : printed.join(QStringLiteral(" | "))));
    } else if (s->indicator.indicator.thresholds.isEmpty()) {
        m_ui->thresholdNoteLabel->setText(tr("The pack printed no thresholds for this indicator. Add bands to rate its readings."));
    } else {
        QString note = tr("As printed in the pack. Edit a grade or band and save to rate readings against your bands.");
        if (!s->indicator.indicator.defects.isEmpty())
            note += QLatin1Char(' ') + tr("Defects in the printed bands: %1.").arg(s->indicator.indicator.defects.join(QStringLiteral("; ")));
        m_ui->thresholdNoteLabel->setText(note);
    }
}

void PerformanceView::thresholdsEdited()
{
    m_ui->saveThresholdsButton->setEnabled(m_database && !selectedKey().isEmpty() && m_thresholds->isValid());
}

void PerformanceView::saveEditedThresholds()
{
    if (m_thresholds->isValid())
        setThresholds(selectedKey(), m_thresholds->bands());
}

void PerformanceView::setThresholds(const QString& key, const QList<ThresholdBand>& bands)
{
    const PerformanceData::Series* s = seriesFor(key);
    if (!m_database || !s)
        return;
    const QList<ThresholdBand> before = s->indicator.thresholdsEdited ? s->indicator.indicator.thresholds : QList<ThresholdBand>{};
    if (before.isEmpty() && bands.isEmpty())
        return;
    const QString name = s->indicator.indicator.name;
    m_wantedKey = key;
    m_undoStack->push(new ThresholdCommand(
        *m_database, key, before, bands,
        [this](const QString& error) {
            if (!error.isEmpty())
                SaveLocation::warn(this, tr("The thresholds were not saved"), error);
            reload();
        },
        bands.isEmpty() ? tr("Use printed thresholds of %1").arg(name) : tr("Edit thresholds of %1").arg(name)));
}

void PerformanceView::openReading(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const IndicatorStore::ReadingRecord& r = m_readings->reading(index.row());
    if (r.documentId > 0 && r.reading.pdfPage > 0)
        emit openRequested(r.documentId, r.reading.pdfPage, r.reading.valueText);
}

bool PerformanceView::exportCsv(const QString& path, QString* error) const
{
    const bool breaches = m_ui->listTabs->currentWidget() == m_ui->breachesTab;
    const QTableView* view = breaches ? m_ui->breachesTableView : m_ui->indicatorsTableView;
    const auto failed = TableCsv::write(*view->model(), path, view->horizontalHeader());
    if (failed && error)
        *error = *failed;
    return !failed;
}

void PerformanceView::exportChosen()
{
    const bool breaches = m_ui->listTabs->currentWidget() == m_ui->breachesTab;
    SaveLocation::ask(this, breaches ? tr("Export breaches") : tr("Export indicators"),
                                           breaches ? tr("breaches.csv") : tr("indicators.csv"), tr("CSV files (*.csv)"), [this](const QString& path) {
        QString error;
        if (!exportCsv(path, &error))
            SaveLocation::warn(this, tr("Export failed"), error);
    });
}

void PerformanceView::hideEvent(QHideEvent* event)
{
    saveSettings();
    QWidget::hideEvent(event);
}

void PerformanceView::saveSettings() const { m_settings.save(); }

void PerformanceView::restoreSettings()
{
    m_restoring = true; // applyFilter runs once the first load is in
    m_settings.restore();
    m_restoring = false;
}

} // namespace scrutineer::gui
