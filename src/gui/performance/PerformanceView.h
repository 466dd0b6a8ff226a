#pragma once

#include "performance/PerformanceData.h"
#include "common/ViewSettings.h"
#include "performance/ReadingCommands.h"

#include <QWidget>

#include <functional>
#include <memory>

class QSortFilterProxyModel;
class QUndoStack;

namespace Ui {
class PerformanceView;
}

namespace scrutineer {
class Database;
}

namespace scrutineer::gui {

class AddReadingDialog;
class BodyFilter;
class BreachModel;
class LatestLoad;
class IndicatorTableModel;
class PerformanceChart;
class ReadingTableModel;
class ThresholdModel;

// The chair's performance view: indicators with their thresholds (editable, undoable) and current
// rating; the selected indicator's readings over time as a chart with its bands behind the line;
// the breaches (readings outside Good, or worse than their floor); and a mark wherever the printed
// rating and the computed one disagree. Loads off the GUI thread. GUI thread only.
class PerformanceView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerformanceView)

public:
    explicit PerformanceView(QWidget* parent = nullptr);
    ~PerformanceView() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }

    IndicatorTableModel* indicatorModel() const { return m_indicators; }
    BreachModel* breachModel() const { return m_breaches; }
    ReadingTableModel* readingModel() const { return m_readings; }
    ThresholdModel* thresholdModel() const { return m_thresholds; }
    PerformanceChart* chart() const;
    QUndoStack* undoStack() const { return m_undoStack; }

    void selectIndicator(const QString& key);
    QString selectedKey() const;
    // Replaces the selected indicator's thresholds (one undo step); empty = the printed bands.
    void setThresholds(const QString& key, const QList<ThresholdBand>& bands);
    // Replaces the indicator's Target and Floor (one undo step); std::nullopt = as published.
    void setTargetFloor(const QString& key, const std::optional<IndicatorStore::TargetFloor>& values);
    // Adds a reading entered by hand (one undo step).
    void addReading(const ManualReading& reading);
    // Removes a reading entered by hand (one undo step); printed readings cannot be removed.
    void removeReading(qint64 readingId);
    // Opens the window-modal dialog that adds a reading of the selected indicator; null without one.
    AddReadingDialog* askAddReading();
    void setBodyFilter(const QString& body);
    // The list on show (indicators or breaches) as CSV.
    bool exportCsv(const QString& path, QString* error = nullptr) const;

public slots:
    void reload();

signals:
    void loaded(int indicatorCount, int breachCount);
    void openRequested(qint64 documentId, int pdfPage, const QString& highlight);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QString firstToShow() const;
    void setUpControls();
    void applyLoaded(const QList<PerformanceData::Series>& series);
    void applyFilter();
    void showSelected();
    void showThresholds(const PerformanceData::Series* series);
    // The readings table, or in its place why there are none (no indicator chosen, none printed).
    void showReadingsOrWhy(const PerformanceData::Series* series);
    // What the chart would need and the indicator lacks.
    static QString nothingToChart(const PerformanceData::Series& series);
    void fitColumns();
    void thresholdsEdited();
    void saveEditedThresholds();
    void showTargetFloor(const PerformanceData::Series* series);
    void targetFloorEdited();
    void saveEditedTargetFloor();
    void resetToPrinted();
    void readingSelectionChanged();
    std::function<void(const QString&)> reloadAfter(const QString& failure);
    void openReading(const QModelIndex& index);
    void exportChosen();
    void saveSettings() const;
    void restoreSettings();
    const PerformanceData::Series* seriesFor(const QString& key) const;

    std::unique_ptr<Ui::PerformanceView> m_ui;
    std::unique_ptr<Database> m_database;
    QUndoStack* m_undoStack = nullptr;
    IndicatorTableModel* m_indicators = nullptr;
    QSortFilterProxyModel* m_indicatorProxy = nullptr;
    BreachModel* m_breaches = nullptr;
    QSortFilterProxyModel* m_breachProxy = nullptr;
    ReadingTableModel* m_readings = nullptr;
    ThresholdModel* m_thresholds = nullptr;
    QString m_databasePath;
    QList<PerformanceData::Series> m_all;
    BodyFilter* m_bodyFilter = nullptr;
    LatestLoad* m_load = nullptr;
    ViewSettings m_settings{QStringLiteral("performance")};
    QString m_wantedKey;
    bool m_restoring = false;
};

} // namespace scrutineer::gui
