#include "performance/IndicatorSummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace scrutineer::gui {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("IndicatorSummary", text, nullptr, n);
}

QString figure(double value, const QString& unit)
{
    const QString number = QLocale().toString(value, 'g', 6);
    return unit == QLatin1String("%") ? number + unit : (unit.isEmpty() ? number : number + QLatin1Char(' ') + unit);
}

} // namespace

QString IndicatorSummary::html(const PerformanceData::Series& s)
{
    const Indicator& i = s.indicator.indicator;
    QStringList facts;
    if (i.target)
        facts.append(tr("target %1").arg(figure(*i.target, i.unit)));
    if (i.floor)
        facts.append(tr("floor %1").arg(figure(*i.floor, i.unit)));
    if (s.indicator.targetFloorEdited)
        facts.append(tr("(Target and Floor as you set them)"));
    switch (i.polarity) {
    case Polarity::HigherIsBetter:
        facts.append(tr("higher is better"));
        break;
    case Polarity::LowerIsBetter:
        facts.append(tr("lower is better"));
        break;
    case Polarity::DirectionOnly:
    case Polarity::Unknown:
        break;
    }
    if (i.thresholds.isEmpty()) {
        if (!i.target && !i.floor)
            facts.append(tr("no thresholds, target or floor printed, so readings cannot be rated"));
    } else {
        QStringList bands;
        for (const ThresholdBand& band : i.thresholds)
            bands.append(band.text.isEmpty() ? band.grade : tr("%1 (%2)").arg(band.grade, band.text));
        facts.append(tr("thresholds: %1").arg(bands.join(QStringLiteral(", "))));
    }
    if (const IndicatorStore::ReadingRecord* latest = s.latest()) {
        const Reading& r = latest->reading;
        const QString value = r.value ? figure(*r.value, i.unit) : r.valueText;
        const int count = int(s.readings.size());
        facts.append(r.period.isEmpty() ? tr("%n reading(s), the latest %1", count).arg(value)
                                        : tr("%n reading(s), the latest %1 for %2", count).arg(value, r.period));
    } else {
        facts.append(tr("no readings yet: add one below, or they arrive with the next pack that reports it"));
    }
    QString where;
    if (s.indicator.documentId > 0 && i.pdfPage > 0)
        where = tr("Printed on PDF p. %1").arg(i.pdfPage);
    if (i.definedBy == QLatin1String("user"))
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + tr("in a table you marked");
    else if (i.definedBy == QLatin1String("template"))
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + tr("read with your template");
    QString html = QStringLiteral("<p style=\"margin:0\"><b>%1</b>").arg(i.name.toHtmlEscaped());
    if (!s.body.isEmpty())
        html += QStringLiteral(" <span style=\"color:#808080\">\u00b7 %1</span>").arg(s.body.toHtmlEscaped());
    QString known = facts.join(QStringLiteral("; "));
    if (!known.isEmpty())
        known[0] = known.at(0).toUpper();
    html += QStringLiteral("</p><p style=\"margin:0\">%1.").arg(known.toHtmlEscaped());
    if (!where.isEmpty())
        html += QStringLiteral(" <span style=\"color:#808080\">%1.</span>").arg(where.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

} // namespace scrutineer::gui
