#include "PerformanceData.h"

#include "DateText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scrutineer::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("PerformanceData", text); }

QString number(double value) { return QString::number(value, 'g', 10); }

// Where a band's edges fall on a continuous axis: printed bands are closed at their printed
// precision ("75-84" holds 74.5 up to 84.5), so consistent bands tile without gaps and real gaps
// or overlaps in the printed bands still show.
std::pair<std::optional<double>, std::optional<double>> drawnRange(const ThresholdBand& band)
{
    const auto spec = rating::parseBand(band.text);
    if (!spec || spec->isDirection())
        return {band.min, band.max};
    const double half = 0.5 * std::pow(10.0, -spec->decimals);
    using Kind = rating::BandSpec::Kind;
    switch (spec->kind) {
    case Kind::Range: return {spec->low - half, spec->high + half};
    case Kind::AtLeast: return {spec->low - half, std::nullopt};
    case Kind::Above: return {spec->low + half, std::nullopt};
    case Kind::Below: return {std::nullopt, spec->high - half};
    case Kind::AtMost: return {std::nullopt, spec->high + half};
    default: return {band.min, band.max};
    }
}

bool goodOrBetter(const QString& grade)
{
    const QString g = grade.trimmed().toLower();
    return g == QStringLiteral("good") || g == QStringLiteral("outstanding");
}

} // namespace

QDate PerformanceData::periodDate(const QString& period)
{
    const QString p = period.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?$"));
    if (const auto m = iso.match(p); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 1 : m.captured(3).toInt());
    static const QRegularExpression quarter(QStringLiteral("\\bQ([1-4])\\D{0,3}(\\d{4})(?:\\s*[/-]\\s*(\\d{2,4}))?"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = quarter.match(p); m.hasMatch()) {
        const int q = m.captured(1).toInt();
        const int year = m.captured(2).toInt();
        // Financial year: Q1 = Apr-Jun of the first year ... Q4 = Jan-Mar of the next.
        if (!m.captured(3).isEmpty())
            return q == 4 ? QDate(year + 1, 1, 1) : QDate(year, 4 + (q - 1) * 3, 1);
        return QDate(year, 1 + (q - 1) * 3, 1);
    }
    static const QRegularExpression financialYear(QStringLiteral("^(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})$"));
    if (const auto m = financialYear.match(p); m.hasMatch())
        return QDate(m.captured(1).toInt(), 4, 1);
    const QString due = datetext::parseDueDate(p);
    if (due.size() == 7)
        return QDate::fromString(due + QStringLiteral("-01"), Qt::ISODate);
    if (due.size() == 10)
        return QDate::fromString(due, Qt::ISODate);
    if (const auto date = datetext::parseDate(p))
        return *date;
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    if (const auto m = year.match(p); m.hasMatch())
        return QDate(m.captured(1).toInt(), 1, 1);
    return {};
}

QList<PerformanceData::Series> PerformanceData::series(const QList<IndicatorStore::IndicatorRecord>& indicators,
                                                       const QList<IndicatorStore::ReadingRecord>& readings,
                                                       const QList<MeetingStore::MeetingSummary>& meetings)
{
    QHash<qint64, QString> bodies;
    for (const MeetingStore::MeetingSummary& m : meetings)
        bodies.insert(m.id, m.body);
    QList<Series> result;
    QHash<QString, int> byKey;
    for (const IndicatorStore::IndicatorRecord& i : indicators) { // ordered by id: later versions last
        IndicatorStore::IndicatorRecord rated = i;
        rated.indicator = i.rated();
        const IndicatorStore::TargetFloor published{i.indicator.target, i.indicator.floor};
        const auto it = byKey.constFind(i.key);
        if (it == byKey.constEnd()) {
            byKey.insert(i.key, int(result.size()));
            result.append({rated, bodies.value(i.meetingId), {}, published});
        } else {
            result[*it].indicator = rated;
            result[*it].published = published;
            if (!bodies.value(i.meetingId).isEmpty())
                result[*it].body = bodies.value(i.meetingId);
        }
    }
    for (const IndicatorStore::ReadingRecord& r : readings) {
        if (const auto it = byKey.constFind(r.indicatorKey); it != byKey.constEnd())
            result[*it].readings.append(r);
    }
    for (Series& s : result) {
        const bool allDated = std::all_of(s.readings.begin(), s.readings.end(),
                                          [](const auto& r) { return periodDate(r.reading.period).isValid(); });
        if (allDated) {
            std::stable_sort(s.readings.begin(), s.readings.end(), [](const auto& a, const auto& b) {
                return periodDate(a.reading.period) < periodDate(b.reading.period);
            });
        }
    }
    return result;
}

std::optional<PerformanceData::Breach> PerformanceData::breach(const Series& s, const IndicatorStore::ReadingRecord& r)
{
    if (!r.computed.rated || !r.reading.value)
        return std::nullopt;
    const Indicator& indicator = s.indicator.indicator;
    Breach b{s.indicator.key, indicator.name, s.body, r, rating::Rag::Red, {}};
    if (indicator.target || indicator.floor) {
        if (r.computed.rag != rating::Rag::Red)
            return std::nullopt;
        b.why = indicator.floor ? tr("worse than the floor of %1").arg(number(*indicator.floor))
                                : tr("short of the target of %1").arg(number(*indicator.target));
        return b;
    }
    if (goodOrBetter(r.computed.grade))
        return std::nullopt;
    b.severity = r.computed.rag.value_or(rating::Rag::Red);
    QString band;
    for (const ThresholdBand& t : indicator.thresholds) {
        if (t.grade == r.computed.grade)
            band = t.text;
    }
    b.why = band.isEmpty() ? r.computed.grade : tr("%1 (%2)").arg(r.computed.grade, band);
    return b;
}

QList<PerformanceData::Breach> PerformanceData::breaches(const QList<Series>& series)
{
    QList<Breach> result;
    for (const Series& s : series) {
        for (const IndicatorStore::ReadingRecord& r : s.readings) {
            if (auto b = breach(s, r))
                result.append(*b);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Breach& a, const Breach& b) {
        const QDate x = periodDate(a.reading.reading.period);
        const QDate y = periodDate(b.reading.reading.period);
        return x.isValid() && y.isValid() ? x > y : x.isValid() && !y.isValid();
    });
    return result;
}

PerformanceData::Chart PerformanceData::chart(const Series& s)
{
    Chart c;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    auto take = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    for (const IndicatorStore::ReadingRecord& r : s.readings) {
        if (!r.reading.value)
            continue;
        const QPointF point(c.labels.size(), *r.reading.value);
        c.labels.append(r.reading.period);
        c.points.append(point);
        take(point.y());
        if (r.disagrees())
            c.disagreements.append(point);
    }
    const Indicator& indicator = s.indicator.indicator;
    struct Raw {
        QString grade;
        std::optional<rating::Rag> rag;
        std::optional<double> min, max;
    };
    QList<Raw> raw;
    if (indicator.target || indicator.floor) {
        const bool higher = indicator.polarity != Polarity::LowerIsBetter &&
                            !(indicator.target && indicator.floor && *indicator.floor > *indicator.target);
        const std::optional<double> t = indicator.target;
        const std::optional<double> f = indicator.floor;
        if (higher) {
            raw = {{tr("Below floor"), rating::Rag::Red, std::nullopt, f ? f : t},
                   {tr("Floor met"), rating::Rag::Amber, f, t},
                   {tr("Target met"), rating::Rag::Green, t, std::nullopt}};
        } else {
            raw = {{tr("Target met"), rating::Rag::Green, std::nullopt, t},
                   {tr("Floor met"), rating::Rag::Amber, t, f},
                   {tr("Above floor"), rating::Rag::Red, f ? f : t, std::nullopt}};
        }
        raw.erase(std::remove_if(raw.begin(), raw.end(), [](const Raw& r) { return !r.min && !r.max; }), raw.end());
    } else {
        for (const ThresholdBand& b : indicator.thresholds) {
            if (const auto drawn = drawnRange(b); drawn.first || drawn.second)
                raw.append({b.grade, rating::ragForGrade(b.grade), drawn.first, drawn.second});
        }
    }
    for (const Raw& r : raw) {
        if (r.min)
            take(*r.min);
        if (r.max)
            take(*r.max);
    }
    if (low > high) {
        low = 0;
        high = 100;
    }
    const double pad = std::max((high - low) * 0.08, 1.0);
    c.yMin = low - pad;
    c.yMax = high + pad;
    if (indicator.unit == QStringLiteral("%") && low >= 0 && high <= 100) {
        c.yMin = std::max(0.0, c.yMin);
        c.yMax = std::min(100.0, c.yMax);
    }
    for (const Raw& r : raw) {
        const double bandLow = std::max(r.min.value_or(c.yMin), c.yMin);
        const double bandHigh = std::min(r.max.value_or(c.yMax), c.yMax);
        if (bandHigh > bandLow)
            c.bands.append({r.grade, r.rag, bandLow, bandHigh, !r.min, !r.max});
    }
    return c;
}

QString PerformanceData::thresholdsText(const Indicator& indicator)
{
    if (indicator.target || indicator.floor) {
        QStringList parts;
        if (indicator.target)
            parts.append(tr("Target %1").arg(number(*indicator.target)));
        if (indicator.floor)
            parts.append(tr("Floor %1").arg(number(*indicator.floor)));
        return parts.join(QStringLiteral(" · "));
    }
    QStringList bands;
    for (const ThresholdBand& b : indicator.thresholds)
        bands.append(b.text);
    return bands.join(QStringLiteral(" | "));
}

QString PerformanceData::valueText(const IndicatorStore::ReadingRecord& r, const QString& unit)
{
    if (!r.reading.value)
        return r.reading.valueText;
    return number(*r.reading.value) + (unit == QStringLiteral("%") ? unit : QString());
}

} // namespace scrutineer::gui
