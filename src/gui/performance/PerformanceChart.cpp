#include "PerformanceChart.h"

#include "tracker/ActionLabels.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

namespace scrutineer::gui {
namespace {

QColor bandColor(const PerformanceData::Band& band, bool dark)
{
    QColor c = band.rag ? labels::ragColor(*band.rag) : QColor(0x78, 0x90, 0x9C);
    const bool best = band.grade.compare(QStringLiteral("Outstanding"), Qt::CaseInsensitive) == 0;
    c.setAlphaF((dark ? 0.28 : 0.18) + (best ? 0.12 : 0.0));
    return c;
}

} // namespace

PerformanceChart::PerformanceChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Chart of the indicator's readings over time with its threshold bands"));
    setMinimumHeight(240);
    clear(tr("Select an indicator to see its readings."));
}

void PerformanceChart::clear(const QString& message)
{
    auto* chart = new QChart();
    chart->setTitle(message);
    chart->legend()->hide();
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::PlaceholderText));
    QChart* old = this->chart();
    QChartView::setChart(chart);
    delete old;
    m_readings = nullptr;
    m_disagreements = nullptr;
    m_bands.clear();
}

void PerformanceChart::setChart(const PerformanceData::Chart& data, const QString& title, const QString& unit)
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto* xAxis = new QCategoryAxis(chart);
    auto* yAxis = new QValueAxis(chart);
    const double xMin = -0.5;
    const double xMax = std::max<double>(data.labels.size() - 0.5, 0.5);
    xAxis->setRange(xMin, xMax);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < data.labels.size(); ++i)
        xAxis->append(data.labels.at(i), i);
    xAxis->setLabelsColor(palette.color(QPalette::Text));
    xAxis->setGridLineVisible(false);
    yAxis->setRange(data.yMin, data.yMax);
    yAxis->setLabelsColor(palette.color(QPalette::Text));
    yAxis->setTitleText(unit == QStringLiteral("%") ? tr("Per cent") : unit);
    yAxis->setTitleBrush(palette.color(QPalette::Text));
    yAxis->applyNiceNumbers();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    m_bands.clear();
    for (const PerformanceData::Band& band : data.bands) {
        // The axis's nice numbers widen its range: a band open at one end goes on to that end.
        const double high = band.openAbove ? std::max(band.high, yAxis->max()) : band.high;
        const double low = band.openBelow ? std::min(band.low, yAxis->min()) : band.low;
        auto* upper = new QLineSeries(chart);
        auto* lower = new QLineSeries(chart);
        upper->append({QPointF(xMin, high), QPointF(xMax, high)});
        lower->append({QPointF(xMin, low), QPointF(xMax, low)});
        auto* area = new QAreaSeries(upper, lower);
        area->setName(band.grade);
        area->setBrush(bandColor(band, dark));
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        m_bands.append(area);
    }

    m_readings = new QLineSeries(chart);
    m_readings->setName(tr("Reading"));
    m_readings->append(data.points);
    m_readings->setPointsVisible(true);
    QPen line(palette.color(QPalette::Text));
    line.setWidthF(2.2);
    m_readings->setPen(line);
    chart->addSeries(m_readings);
    m_readings->attachAxis(xAxis);
    m_readings->attachAxis(yAxis);

    m_disagreements = new QScatterSeries(chart);
    m_disagreements->setName(tr("Printed rating differs"));
    m_disagreements->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_disagreements->setMarkerSize(16);
    m_disagreements->setColor(Qt::transparent);
    m_disagreements->setBorderColor(QColor(0xD8, 0x1B, 0x60));
    m_disagreements->setPen(QPen(QColor(0xD8, 0x1B, 0x60), 2.5));
    m_disagreements->append(data.disagreements);
    chart->addSeries(m_disagreements);
    m_disagreements->attachAxis(xAxis);
    m_disagreements->attachAxis(yAxis);
    if (data.disagreements.isEmpty())
        chart->legend()->markers(m_disagreements).first()->setVisible(false);
    if (data.points.isEmpty())
        chart->legend()->markers(m_readings).first()->setVisible(false);

    QChart* old = this->chart();
    QChartView::setChart(chart);
    delete old;
}

} // namespace scrutineer::gui
