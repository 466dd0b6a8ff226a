#pragma once

#include "performance/PerformanceData.h"

#include <QChartView>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;

namespace scrutineer::gui {

// Readings of one indicator over time as a line, with its threshold bands (or Target/Floor zones)
// drawn behind it as shaded areas in RAG colours, and a ring on readings whose printed rating
// disagrees with the computed one. GUI thread only.
class PerformanceChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerformanceChart)

public:
    explicit PerformanceChart(QWidget* parent = nullptr);

    void setChart(const PerformanceData::Chart& data, const QString& title, const QString& unit);
    void clear(const QString& message);

    // The series as built (tests read them back).
    QLineSeries* readingSeries() const { return m_readings; }
    QList<QAreaSeries*> bandSeries() const { return m_bands; }
    QScatterSeries* disagreementSeries() const { return m_disagreements; }

private:
    QLineSeries* m_readings = nullptr;
    QScatterSeries* m_disagreements = nullptr;
    QList<QAreaSeries*> m_bands;
};

} // namespace scrutineer::gui
