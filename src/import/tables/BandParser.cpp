#include "tables/BandParser.h"

#include "Rating.h"
#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace scrutineer::parse {
namespace {

using rating::BandSpec;

// Two printed pieces may form one band only across an operator: "<" "65", "65" "-" "75", "85" "+".
bool joinable(const QString& left, const QString& right)
{
    static const QString trailing = QStringLiteral("<>=\u2264\u2265-\u2013\u2014");
    static const QString leading = QStringLiteral("-\u2013\u2014%+");
    return (!left.isEmpty() && trailing.contains(left.back())) || (!right.isEmpty() && leading.contains(right.front()));
}

constexpr qint64 kLowest = std::numeric_limits<qint64>::min() / 4;
constexpr qint64 kHighest = std::numeric_limits<qint64>::max() / 4;

// A band as a closed interval counted in steps of the printed precision ("<65" -> ..64).
struct Interval {
    qint64 lo = kLowest;
    qint64 hi = kHighest;
};

Interval intervalOf(const BandSpec& band, double step)
{
    // A bound past what the interval arithmetic can hold (a run of digits read as one number)
    // is held at the far end rather than overflowing.
    auto units = [step](double v) {
        const double u = std::round(v / step);
        if (!(u > double(kLowest)))
            return kLowest;
        if (!(u < double(kHighest)))
            return kHighest;
        return qint64(u);
    };
    Interval iv;
    switch (band.kind) {
    case BandSpec::Kind::Below:
        iv.hi = units(band.high) - 1;
        break;
    case BandSpec::Kind::AtMost:
        iv.hi = units(band.high);
        break;
    case BandSpec::Kind::Above:
        iv.lo = units(band.low) + 1;
        break;
    case BandSpec::Kind::AtLeast:
        iv.lo = units(band.low);
        break;
    case BandSpec::Kind::Range:
        iv.lo = units(band.low);
        iv.hi = units(band.high);
        break;
    default:
        break;
    }
    return iv;
}

QString formatUnits(qint64 units, double step, int decimals)
{
    return QString::number(double(units) * step, 'f', decimals);
}

QString formatSpan(qint64 lo, qint64 hi, double step, int decimals)
{
    if (lo == hi)
        return formatUnits(lo, step, decimals);
    return formatUnits(lo, step, decimals) + QChar(0x2013) + formatUnits(hi, step, decimals);
}

QString formatValue(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

std::optional<QStringList> BandParser::splitBands(const QString& text)
{
    const QStringList tokens = text::collapseWhitespace(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return std::nullopt;
    QStringList bands;
    qsizetype i = 0;
    while (i < tokens.size()) {
        // The longest run of joinable pieces from i that reads as one band.
        qsizetype reach = i;
        while (reach + 1 < tokens.size() && reach - i < 4 && joinable(tokens.at(reach), tokens.at(reach + 1)))
            ++reach;
        qsizetype found = -1;
        for (qsizetype end = reach; end >= i; --end) {
            if (rating::parseBand(tokens.mid(i, end - i + 1).join(QString()))) {
                found = end;
                break;
            }
        }
        if (found < 0)
            return std::nullopt;
        bands.append(tokens.mid(i, found - i + 1).join(QLatin1Char(' ')));
        i = found + 1;
    }
    return bands;
}

std::optional<QList<ThresholdBand>> BandParser::gradedBands(const QString& text)
{
    static const QRegularExpression separator(QStringLiteral("\\s*[,;]\\s*"));
    const QStringList parts = text::collapseWhitespace(text).split(separator, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return std::nullopt;
    QList<ThresholdBand> bands;
    for (const QString& part : parts) {
        // The grade's name: the longest run of the part's first words (up to three) the lexicon
        // names a grade, with the band after it.
        const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::optional<ThresholdBand> band;
        for (qsizetype n = std::min<qsizetype>(3, words.size() - 1); n >= 1 && !band; --n) {
            const QString grade = Lexicon::instance().heading(words.mid(0, n).join(QLatin1Char(' '))).grade;
            const QString rest = words.mid(n).join(QLatin1Char(' '));
            // The band in symbols ("<90%") or in words ("below 90%", "18 days or under").
            if (!grade.isEmpty()
                && (splitBands(rest).value_or(QStringList()).size() == 1 || rating::parseBand(rest).has_value()))
                band = makeBand(grade, rest);
        }
        if (!band)
            return std::nullopt;
        bands.append(*band);
    }
    return bands;
}

BandParser::Tail BandParser::trailingBands(const QString& text)
{
    Tail tail;
    const QStringList tokens = text::collapseWhitespace(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    tail.before = tokens.join(QLatin1Char(' '));
    for (qsizetype start = 0; start < tokens.size(); ++start) {
        if (start > 0 && joinable(tokens.at(start - 1), tokens.at(start)))
            continue; // would cut a band in half
        if (const auto bands = splitBands(tokens.mid(start).join(QLatin1Char(' '))); bands) {
            tail.before = tokens.mid(0, start).join(QLatin1Char(' '));
            tail.bands = *bands;
            return tail;
        }
    }
    return tail;
}

ThresholdBand BandParser::makeBand(const QString& grade, const QString& text)
{
    ThresholdBand band;
    band.grade = grade;
    band.text = text::collapseWhitespace(text);
    if (const auto spec = rating::parseBand(band.text); spec) {
        band.min = spec->min();
        band.max = spec->max();
    }
    return band;
}

int BandParser::gradeRank(const QString& grade)
{
    const QString g = grade.simplified().toLower();
    if (g.startsWith(QLatin1String("inadequate")))
        return 0;
    if (g.startsWith(QLatin1String("requires improvement")))
        return 1;
    if (g.startsWith(QLatin1String("good")))
        return 2;
    if (g.startsWith(QLatin1String("outstanding")))
        return 3;
    // Bands graded by colour: Red worst, Green best.
    if (const auto colour = rating::ragFromText(grade))
        return *colour == rating::Rag::Red ? 0 : *colour == rating::Rag::Amber ? 1 : 2;
    return -1;
}

Polarity BandParser::inferPolarity(const QList<ThresholdBand>& bands, const QString& wording)
{
    QList<BandSpec> numeric;
    bool direction = false;
    for (const ThresholdBand& band : bands) {
        const auto spec = rating::parseBand(band.text);
        if (!spec)
            continue;
        if (spec->isDirection())
            direction = true;
        else
            numeric.append(*spec);
    }
    if (numeric.isEmpty())
        return direction ? Polarity::DirectionOnly : Polarity::Unknown;

    int higher = 0;
    int lower = 0;
    if (numeric.size() >= 2) {
        const BandSpec& worst = numeric.first();
        const BandSpec& best = numeric.last();
        higher += worst.openBelow() ? 1 : 0;
        lower += worst.openAbove() ? 1 : 0;
        higher += best.openAbove() ? 1 : 0;
        lower += best.openBelow() ? 1 : 0;
        QList<double> mids;
        for (const BandSpec& band : numeric) {
            if (band.kind == BandSpec::Kind::Range)
                mids.append((band.low + band.high) / 2);
        }
        if (mids.size() >= 2) {
            bool ascending = true;
            bool descending = true;
            for (qsizetype i = 1; i < mids.size(); ++i) {
                ascending = ascending && mids.at(i) > mids.at(i - 1);
                descending = descending && mids.at(i) < mids.at(i - 1);
            }
            higher += ascending ? 1 : 0;
            lower += descending ? 1 : 0;
        }
    }
    if (higher > lower)
        return Polarity::HigherIsBetter;
    if (lower > higher)
        return Polarity::LowerIsBetter;

    const QString words = text::normaliseForMatch(wording);
    static const char* const lowerCues[]
        = {"reduction in", "reduce the", "low percentage is an indicator of good", "lower is better", "fewer "};
    static const char* const higherCues[]
        = {"high percentage is an indicator of good", "higher is better", "increase in the"};
    for (const char* cue : lowerCues) {
        if (words.contains(QLatin1String(cue)))
            return Polarity::LowerIsBetter;
    }
    for (const char* cue : higherCues) {
        if (words.contains(QLatin1String(cue)))
            return Polarity::HigherIsBetter;
    }
    return Polarity::Unknown;
}

QStringList BandParser::defects(const QList<ThresholdBand>& bands, const QStringList& headerGrades, Polarity polarity)
{
    QStringList found;
    struct Parsed {
        QString grade;
        QString text;
        BandSpec spec;
    };
    QList<Parsed> numeric;
    bool direction = false;
    for (const ThresholdBand& band : bands) {
        if (band.text.trimmed().isEmpty())
            continue;
        const auto spec = rating::parseBand(band.text);
        if (!spec) {
            found.append(tr("%1 band not understood: %2").arg(band.grade, band.text));
            continue;
        }
        if (spec->isDirection())
            direction = true;
        else
            numeric.append({band.grade, band.text, *spec});
    }

    // Missing bands: a grade column left empty while the others carry numbers.
    if (!direction && !numeric.isEmpty()) {
        for (qsizetype i = 0; i < headerGrades.size(); ++i) {
            bool present = false;
            for (const ThresholdBand& band : bands)
                present = present || (band.grade == headerGrades.at(i) && !band.text.trimmed().isEmpty());
            if (present)
                continue;
            if (i == 0)
                found.append(tr("worst band missing (%1)").arg(headerGrades.at(i)));
            else if (i + 1 == headerGrades.size())
                found.append(tr("best band missing (%1)").arg(headerGrades.at(i)));
            else
                found.append(tr("band missing (%1)").arg(headerGrades.at(i)));
        }
    }
    if (numeric.isEmpty())
        return found;

    int decimals = 0;
    for (const Parsed& p : numeric)
        decimals = std::max(decimals, p.spec.decimals);
    const double step = std::pow(10.0, -decimals);
    const bool higher = polarity == Polarity::HigherIsBetter;
    const bool lower = polarity == Polarity::LowerIsBetter;

    // Wrong direction: an open band that points inwards (checked against the polarity).
    QList<bool> wrong(numeric.size(), false);
    if ((higher || lower) && numeric.size() >= 2) {
        for (qsizetype i = 0; i < numeric.size(); ++i) {
            const BandSpec& spec = numeric.at(i).spec;
            const bool isWorst = i == 0;
            const bool isBest = i + 1 == numeric.size();
            QString expected;
            if (isWorst && (higher ? spec.openAbove() : spec.openBelow())) {
                const BandSpec& next = numeric.at(1).spec;
                const auto bound = higher ? next.min() : next.max();
                if (bound)
                    expected = (higher ? QStringLiteral("<") : QStringLiteral(">")) + formatValue(*bound);
                wrong[i] = true;
            } else if (isBest && (higher ? spec.openBelow() : spec.openAbove())) {
                const BandSpec& previous = numeric.at(i - 1).spec;
                const auto bound = higher ? previous.max() : previous.min();
                if (bound)
                    expected = (higher ? QStringLiteral(">") : QStringLiteral("<")) + formatValue(*bound);
                wrong[i] = true;
            } else if (!isWorst && !isBest && (spec.openAbove() || spec.openBelow())) {
                wrong[i] = true;
            }
            if (!wrong[i])
                continue;
            if (expected.isEmpty())
                found.append(tr("%1 band %2 points the wrong way").arg(numeric.at(i).grade, numeric.at(i).text));
            else
                found.append(tr("%1 band %2 points the wrong way (expected %3)")
                                 .arg(numeric.at(i).grade, numeric.at(i).text, expected));
        }
    }

    // Overlaps between any two bands, gaps between neighbours (when the direction is known).
    QList<Interval> intervals;
    QList<qsizetype> kept;
    for (qsizetype i = 0; i < numeric.size(); ++i) {
        if (wrong.at(i))
            continue;
        intervals.append(intervalOf(numeric.at(i).spec, step));
        kept.append(i);
    }
    for (qsizetype a = 0; a < intervals.size(); ++a) {
        for (qsizetype b = a + 1; b < intervals.size(); ++b) {
            const qint64 lo = std::max(intervals.at(a).lo, intervals.at(b).lo);
            const qint64 hi = std::min(intervals.at(a).hi, intervals.at(b).hi);
            if (lo <= hi && lo > kLowest && hi < kHighest)
                found.append(tr("bands overlap at %1").arg(formatSpan(lo, hi, step, decimals)));
        }
    }
    if (higher || lower) {
        for (qsizetype a = 0; a + 1 < intervals.size(); ++a) {
            const Interval& worse = intervals.at(a);
            const Interval& better = intervals.at(a + 1);
            qint64 from = 0;
            qint64 to = 0;
            if (higher && worse.hi < kHighest && better.lo > kLowest) {
                from = worse.hi + 1;
                to = better.lo - 1;
            } else if (lower && better.hi < kHighest && worse.lo > kLowest) {
                from = better.hi + 1;
                to = worse.lo - 1;
            } else {
                continue;
            }
            if (from <= to)
                found.append(tr("no band covers %1").arg(formatSpan(from, to, step, decimals)));
        }
    }
    return found;
}

} // namespace scrutineer::parse
