// PerformanceView's edits of an indicator's Target and Floor and of readings entered by hand.
#include "PerformanceView.h"

#include "performance/AddReadingDialog.h"
#include "performance/ReadingTableModel.h"
#include "performance/TargetFloorCommand.h"
#include "performance/ThresholdCommand.h"
#include "reports/SaveLocation.h"
#include "ui_PerformanceView.h"

#include <QLocale>
#include <QUndoStack>

namespace scrutineer::gui {
namespace {

QString numberText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QString();
}

// The number typed into a Target or Floor box: empty = none; std::nullopt when it is not a number.
std::optional<std::optional<double>> typedNumber(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty())
        return std::optional<std::optional<double>>(std::in_place);
    bool ok = false;
    double value = QLocale().toDouble(t, &ok);
    if (!ok)
        value = QLocale::c().toDouble(t, &ok);
    if (!ok)
        return std::nullopt;
    return std::optional<std::optional<double>>(std::in_place, value);
}

} // namespace

std::function<void(const QString&)> PerformanceView::reloadAfter(const QString& failure)
{
    return [this, failure](const QString& error) {
        if (!error.isEmpty())
            SaveLocation::warn(this, failure, error);
        reload();
    };
}

void PerformanceView::showTargetFloor(const PerformanceData::Series* s)
{
    m_ui->targetLineEdit->setText(s ? numberText(s->indicator.indicator.target) : QString());
    m_ui->floorLineEdit->setText(s ? numberText(s->indicator.indicator.floor) : QString());
    const bool editable = s && m_database;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->targetLineEdit), static_cast<QWidget*>(m_ui->floorLineEdit)})
        w->setEnabled(editable);
    m_ui->saveTargetFloorButton->setEnabled(false);
    m_ui->addReadingButton->setEnabled(editable);
    readingSelectionChanged();
}

void PerformanceView::targetFloorEdited()
{
    const PerformanceData::Series* s = seriesFor(selectedKey());
    const auto target = typedNumber(m_ui->targetLineEdit->text());
    const auto floor = typedNumber(m_ui->floorLineEdit->text());
    const bool changed = s && target && floor &&
                         (*target != s->indicator.indicator.target || *floor != s->indicator.indicator.floor);
    m_ui->saveTargetFloorButton->setEnabled(m_database && changed);
}

void PerformanceView::saveEditedTargetFloor()
{
    const auto target = typedNumber(m_ui->targetLineEdit->text());
    const auto floor = typedNumber(m_ui->floorLineEdit->text());
    if (target && floor)
        setTargetFloor(selectedKey(), IndicatorStore::TargetFloor{*target, *floor});
}

void PerformanceView::setTargetFloor(const QString& key, const std::optional<IndicatorStore::TargetFloor>& values)
{
    const PerformanceData::Series* s = seriesFor(key);
    if (!m_database || !s)
        return;
    using Values = TargetFloorCommand::Values;
    const Values before = s->indicator.targetFloorEdited
                              ? Values(IndicatorStore::TargetFloor{s->indicator.userTarget, s->indicator.userFloor})
                              : Values();
    const Values after = values == s->published ? Values() : values; // as printed again: no edit left to keep
    if (before == after)
        return;
    const QString name = s->indicator.indicator.name;
    m_wantedKey = key;
    m_undoStack->push(new TargetFloorCommand(*m_database, key, before, after,
                                             reloadAfter(tr("The target and floor were not saved")),
                                             after ? tr("Edit target and floor of %1").arg(name)
                                                   : tr("Use printed target and floor of %1").arg(name)));
}

void PerformanceView::resetToPrinted()
{
    const QString key = selectedKey();
    const PerformanceData::Series* s = seriesFor(key);
    if (!m_database || !s || !(s->indicator.thresholdsEdited || s->indicator.targetFloorEdited))
        return;
    const bool both = s->indicator.thresholdsEdited && s->indicator.targetFloorEdited;
    if (both)
        m_undoStack->beginMacro(tr("Use printed thresholds of %1").arg(s->indicator.indicator.name));
    const bool bands = s->indicator.thresholdsEdited;
    if (s->indicator.targetFloorEdited)
        setTargetFloor(key, std::nullopt);
    if (bands)
        setThresholds(key, {});
    if (both)
        m_undoStack->endMacro();
}

void PerformanceView::addReading(const ManualReading& reading)
{
    const PerformanceData::Series* s = seriesFor(reading.indicatorKey);
    if (!m_database || !s || reading.period.trimmed().isEmpty())
        return;
    m_wantedKey = reading.indicatorKey;
    m_undoStack->push(new ManualReadingCommand(*m_database, ManualReadingCommand::Kind::Add, reading, 0,
                                               reloadAfter(tr("The reading was not saved")),
                                               tr("Add reading %1 of %2").arg(reading.period, s->indicator.indicator.name)));
}

void PerformanceView::removeReading(qint64 readingId)
{
    if (!m_database)
        return;
    for (const PerformanceData::Series& s : m_all) {
        for (const IndicatorStore::ReadingRecord& r : s.readings) {
            if (!r.manual || r.id != readingId || !r.reading.value)
                continue;
            m_wantedKey = s.indicator.key;
            const ManualReading reading{r.indicatorKey, r.reading.period, *r.reading.value, r.reading.reportedRating};
            m_undoStack->push(new ManualReadingCommand(*m_database, ManualReadingCommand::Kind::Remove, reading, readingId,
                                                       reloadAfter(tr("The reading was not removed")),
                                                       tr("Remove reading %1 of %2").arg(r.reading.period, s.indicator.indicator.name)));
            return;
        }
    }
}

AddReadingDialog* PerformanceView::askAddReading()
{
    const PerformanceData::Series* s = seriesFor(selectedKey());
    if (!m_database || !s)
        return nullptr;
    auto* dialog = new AddReadingDialog(s->indicator.key, s->indicator.indicator.name, s->indicator.indicator.unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addReading(dialog->reading()); });
    dialog->open();
    return dialog;
}

void PerformanceView::showReadingsOrWhy(const PerformanceData::Series* s)
{
    const bool none = !s || s->readings.isEmpty();
    m_ui->readingsTableView->setVisible(!none);
    m_ui->noReadingsLabel->setVisible(none);
    if (!s)
        m_ui->noReadingsLabel->setText(tr("Select an indicator to see its readings."));
    else if (none)
        m_ui->noReadingsLabel->setText(
            m_database ? tr("No readings of this indicator have been imported. Add one by hand, or they arrive with the "
                            "next pack that reports it.")
                       : tr("No readings of this indicator have been imported. They arrive with the next pack that "
                            "reports it."));
}

void PerformanceView::readingSelectionChanged()
{
    const QModelIndex current = m_ui->readingsTableView->currentIndex();
    m_ui->removeReadingButton->setEnabled(m_database && current.isValid() && current.row() < m_readings->rowCount() &&
                                          m_readings->reading(current.row()).manual);
}

} // namespace scrutineer::gui
