#include "Rating.h"

#include "BandWording.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace scrutineer::rating {
namespace {

constexpr double kEpsilon = 1e-9;
// Precision at which a value is compared as printed, not rounded to a band's precision.
constexpr int kExactDecimals = 9;

const QString kNumber = QStringLiteral("(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");

double toNumber(const QString& text)
{
    QString plain = text;
    plain.remove(QLatin1Char(','));
    return plain.toDouble();
}

int decimalsOf(const QString& text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(text.size() - dot - 1);
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

QString toString(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QStringLiteral("Red");
    case Rag::Amber:
        return QStringLiteral("Amber");
    case Rag::Green:
        return QStringLiteral("Green");
    }
    return {};
}

std::optional<double> BandSpec::min() const
{
    switch (kind) {
    case Kind::Range:
    case Kind::Above:
    case Kind::AtLeast:
        return low;
    default:
        return std::nullopt;
    }
}

std::optional<double> BandSpec::max() const
{
    switch (kind) {
    case Kind::Range:
    case Kind::Below:
    case Kind::AtMost:
        return high;
    default:
        return std::nullopt;
    }
}

bool BandSpec::contains(double value) const
{
    const double v = roundTo(value, decimals);
    switch (kind) {
    case Kind::Below:
        return v < high - kEpsilon;
    case Kind::AtMost:
        return v <= high + kEpsilon;
    case Kind::Above:
        return v > low + kEpsilon;
    case Kind::AtLeast:
        return v >= low - kEpsilon;
    case Kind::Range:
        return v >= low - kEpsilon && v <= high + kEpsilon;
    case Kind::Increase:
    case Kind::Decrease:
        return false;
    }
    return false;
}

namespace {

std::optional<BandSpec> parseSymbolicBand(const QString& text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2212:
            s += QLatin1Char('-');
            break;
        case 0x2264:
            s += QStringLiteral("<=");
            break;
        case 0x2265:
            s += QStringLiteral(">=");
            break;
        default:
            s += c;
            break;
        }
    }
    if (s.isEmpty())
        return std::nullopt;

    BandSpec band;
    if (s.compare(QLatin1String("increase"), Qt::CaseInsensitive) == 0) {
        band.kind = BandSpec::Kind::Increase;
        return band;
    }
    if (s.compare(QLatin1String("decrease"), Qt::CaseInsensitive) == 0) {
        band.kind = BandSpec::Kind::Decrease;
        return band;
    }

    static const QRegularExpression open(QStringLiteral("^(<=|>=|=<|=>|<|>)") + kNumber + QStringLiteral("(%?)$"));
    static const QRegularExpression range(QStringLiteral("^") + kNumber + QStringLiteral("(%?)-") + kNumber
                                          + QStringLiteral("(%?)$"));
    static const QRegularExpression plus(QStringLiteral("^") + kNumber + QStringLiteral("(%?)\\+$"));

    if (const auto m = open.match(s); m.hasMatch()) {
        const QString op = m.captured(1);
        const double value = toNumber(m.captured(2));
        band.percent = !m.captured(3).isEmpty();
        band.decimals = decimalsOf(m.captured(2));
        if (op.startsWith(QLatin1Char('<')) || op == QLatin1String("=<")) {
            band.kind = op.contains(QLatin1Char('=')) ? BandSpec::Kind::AtMost : BandSpec::Kind::Below;
            band.high = value;
        } else {
            band.kind = op.contains(QLatin1Char('=')) ? BandSpec::Kind::AtLeast : BandSpec::Kind::Above;
            band.low = value;
        }
        return band;
    }
    if (const auto m = range.match(s); m.hasMatch()) {
        const double first = toNumber(m.captured(1));
        const double second = toNumber(m.captured(3));
        band.kind = BandSpec::Kind::Range;
        band.percent = !m.captured(2).isEmpty() || !m.captured(4).isEmpty();
        band.decimals = std::max(decimalsOf(m.captured(1)), decimalsOf(m.captured(3)));
        band.descending = first > second;
        band.low = std::min(first, second);
        band.high = std::max(first, second);
        return band;
    }
    if (const auto m = plus.match(s); m.hasMatch()) {
        band.kind = BandSpec::Kind::AtLeast;
        band.low = toNumber(m.captured(1));
        band.percent = !m.captured(2).isEmpty();
        band.decimals = decimalsOf(m.captured(1));
        return band;
    }
    return std::nullopt;
}

} // namespace

std::optional<BandSpec> parseBand(const QString& text)
{
    if (auto band = parseSymbolicBand(text))
        return band;
    // Written in words ("below 70%", "9 to 12 days", "85% or more"): the band the words mean.
    if (const auto symbols = BandWording::toSymbols(text))
        return parseSymbolicBand(*symbols);
    return std::nullopt;
}

std::optional<Rag> ragForGrade(const QString& grade)
{
    if (const auto colour = ragFromText(grade))
        return colour; // bands graded by colour (RAG tolerances)
    const QString g = grade.simplified().toLower();
    if (g.startsWith(QLatin1String("inadequate")))
        return Rag::Red;
    if (g.startsWith(QLatin1String("requires improvement")) || g == QLatin1String("ri"))
        return Rag::Amber;
    if (g.startsWith(QLatin1String("good")) || g.startsWith(QLatin1String("outstanding")))
        return Rag::Green;
    return std::nullopt;
}

std::optional<Rag> ragFromText(const QString& text)
{
    QString word = text.trimmed();
    while (word.startsWith(QLatin1Char('(')) || word.startsWith(QLatin1Char('[')))
        word.remove(0, 1);
    while (word.endsWith(QLatin1Char(')')) || word.endsWith(QLatin1Char(']')) || word.endsWith(QLatin1Char('.')))
        word.chop(1);
    word = word.trimmed().toLower();
    if (word == QLatin1String("red"))
        return Rag::Red;
    if (word == QLatin1String("amber"))
        return Rag::Amber;
    if (word == QLatin1String("green"))
        return Rag::Green;
    return std::nullopt;
}

Rating rateByBands(const QList<ThresholdBand>& bands, double value)
{
    Rating result;
    QList<QPair<QString, BandSpec>> numeric;
    QString direction;
    for (const ThresholdBand& band : bands) {
        std::optional<BandSpec> spec = parseBand(band.text);
        if (!spec && (band.min || band.max)) {
            // Not printed in the grammar but parsed elsewhere: read min/max as a closed range.
            BandSpec closed;
            if (band.min && band.max) {
                closed.kind = BandSpec::Kind::Range;
                closed.low = *band.min;
                closed.high = *band.max;
            } else if (band.min) {
                closed.kind = BandSpec::Kind::AtLeast;
                closed.low = *band.min;
            } else {
                closed.kind = BandSpec::Kind::AtMost;
                closed.high = *band.max;
            }
            spec = closed;
        }
        if (!spec)
            continue;
        if (spec->isDirection()) {
            direction = band.text.trimmed();
            continue;
        }
        numeric.append({band.grade, *spec});
    }
    if (numeric.isEmpty()) {
        result.reason = direction.isEmpty() ? Rating::tr("no thresholds to rate against")
                                            : Rating::tr("the thresholds give a direction only (%1)").arg(direction);
        return result;
    }

    // The value as printed first ("44.6" is in "42-45%", not in "45% or above"); rounded to the
    // bands' printed precision only when it falls between them ("74.6" between "65-74" and "75-80").
    QStringList holding;
    for (const auto& [grade, spec] : numeric) {
        BandSpec exact = spec;
        exact.decimals = kExactDecimals;
        if (exact.contains(value))
            holding.append(grade);
    }
    if (holding.isEmpty()) {
        for (const auto& [grade, spec] : numeric) {
            if (spec.contains(value))
                holding.append(grade);
        }
    }
    if (holding.size() == 1) {
        result.rated = true;
        result.grade = holding.first();
        result.rag = ragForGrade(result.grade);
        return result;
    }
    if (holding.size() > 1) {
        result.reason = Rating::tr("%1 lies in more than one band (%2): the bands overlap")
                            .arg(formatNumber(value), holding.join(QStringLiteral(", ")));
        return result;
    }
    result.reason = Rating::tr("%1 lies in no band: the bands leave a gap").arg(formatNumber(value));
    return result;
}

Rating rateByTarget(double value, std::optional<double> target, std::optional<double> floor, Polarity polarity)
{
    Rating result;
    if (!target && !floor) {
        result.reason = Rating::tr("no target or floor to rate against");
        return result;
    }
    bool higherIsBetter = true;
    if (target && floor && std::abs(*target - *floor) > kEpsilon) {
        higherIsBetter = *floor < *target;
    } else if (polarity == Polarity::HigherIsBetter || polarity == Polarity::LowerIsBetter) {
        higherIsBetter = polarity == Polarity::HigherIsBetter;
    } else {
        result.reason = Rating::tr("cannot tell whether higher or lower is better");
        return result;
    }
    auto meets = [&](double bound) { return higherIsBetter ? value >= bound - kEpsilon : value <= bound + kEpsilon; };
    if (target && meets(*target)) {
        result.rated = true;
        result.rag = Rag::Green;
        return result;
    }
    if (floor) {
        result.rated = true;
        result.rag = meets(*floor) ? Rag::Amber : Rag::Red;
        return result;
    }
    result.reason = Rating::tr("the target is not met and no floor is printed to tell Amber from Red");
    return result;
}

Rating rate(const Indicator& indicator, double value)
{
    if (indicator.target || indicator.floor) {
        // A target with no floor cannot tell Amber from Red: the bands printed beside it can.
        Rating byTarget = rateByTarget(value, indicator.target, indicator.floor, indicator.polarity);
        if (byTarget.rated || indicator.thresholds.isEmpty())
            return byTarget;
    }
    return rateByBands(indicator.thresholds, value);
}

} // namespace scrutineer::rating
