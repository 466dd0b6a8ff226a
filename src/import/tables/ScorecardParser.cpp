#include "tables/ScorecardParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/BandParser.h"
#include "tables/Figure.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace scrutineer::parse {
namespace {

QString headingOf(const TableHeader& header, const QString& key)
{
    const int i = header.indexOf(key);
    return i < 0 ? QString() : header.columns.at(i).heading;
}

// A tolerance cell holds a margin around the target ("3%", "+/-5%", "within 2%", "1 day"), which is
// no floor; only an absolute figure on the target's own scale (between half and double it, and
// not the target itself) is the floor below which the measure is red ("Target 95% | Tolerance 90%").
// The margin's wording is the lexicon's (tolerance-margin).
std::optional<double> floorFromTolerance(const QString& text, std::optional<double> target)
{
    if (!target || *target <= 0 || text.isEmpty()
        || Lexicon::instance().matches(QStringLiteral("tolerance-margin"), text))
        return std::nullopt;
    const auto figure = parseFigure(text);
    if (!figure || figure->value == *target)
        return std::nullopt;
    const double ratio = figure->value / *target;
    return ratio >= 0.5 && ratio <= 2.0 ? std::optional<double>(figure->value) : std::nullopt;
}

// The unit word printed after a figure ("17.8 days", "18 days"), when the lexicon knows it as one.
QString unitAfterFigure(const QString& text)
{
    static const QRegularExpression figureThenWord(
        QStringLiteral("^(?:[<>]=?|=[<>]|[\u2264\u2265~])?\\s*[\u00a3$\u20ac]?\\d[\\d,]*(?:\\.\\d+)?\\s+([A-Za-z]+)$"));
    const auto m = figureThenWord.match(text.trimmed());
    if (!m.hasMatch() || !Lexicon::instance().inList(QStringLiteral("figure-unit-words"), m.captured(1).toLower()))
        return {};
    return m.captured(1);
}

// A cell as the lexicon's lists hold it: its words, or the cell itself when it has none ("%").
QString listForm(const QString& cell)
{
    const QStringList words = Lexicon::headingWords(cell);
    return words.isEmpty() ? cell.trimmed() : words.join(QLatin1Char(' '));
}

// A Unit column's cell beside bare figures ("%", "Days", "Kg"): the measure's unit when the
// lexicon knows it as one (unit-percent-words, figure-unit-words); a count ("Number") has none.
QString unitFromColumn(const QString& cell)
{
    const Lexicon& lexicon = Lexicon::instance();
    const QString form = listForm(cell);
    if (lexicon.inList(QStringLiteral("unit-percent-words"), form))
        return QStringLiteral("%");
    return lexicon.inList(QStringLiteral("figure-unit-words"), form) ? cell.trimmed() : QString();
}

// A status column headed by a question ("Target achieved?", "Target met?") is answered in its
// cells ("Yes", "Close", "No"): those answers rate the reading as RAG words do elsewhere.
bool answersRate(const TableHeader& header)
{
    return headingOf(header, role::Status).trimmed().endsWith(QLatin1Char('?'));
}

// A target cell as printed, with what it asks for ("≥ 95%", "At least 9,000", "No more than 14",
// "3.6 or fewer"): its figure, and the polarity its wording implies, in the lexicon's words
// (target-at-least, target-at-most).
struct ScorecardTargetCell {
    std::optional<Figure> figure;
    QString figureText; // from the figure on ("9.5 mins" of "Under 9.5 mins")
    Polarity implied = Polarity::Unknown;
};

ScorecardTargetCell readScorecardTarget(const QString& text)
{
    ScorecardTargetCell cell;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return cell;
    const Lexicon& lexicon = Lexicon::instance();
    const bool atLeast = lexicon.matches(QStringLiteral("target-at-least"), trimmed);
    const bool atMost = lexicon.matches(QStringLiteral("target-at-most"), trimmed);
    if (atLeast != atMost)
        cell.implied = atLeast ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
    cell.figure = parseFigure(trimmed);
    cell.figureText = trimmed;
    if (!cell.figure && cell.implied != Polarity::Unknown) {
        // The words before the figure ("At least 9,000"): the figure after them.
        static const QRegularExpression figureStart(QStringLiteral("[\\d\u00a3$\u20ac]"));
        if (const qsizetype at = trimmed.indexOf(figureStart); at > 0) {
            cell.figureText = trimmed.mid(at);
            cell.figure = parseFigure(cell.figureText);
        }
    }
    return cell;
}

// A cell holding one mark and nothing else: a cross, tick or bullet ("X", "✓", "●").
bool isMark(const QString& text)
{
    return text.size() == 1 && !text.at(0).isDigit();
}

// A reading's period: the one printed in brackets with its figure ("60.1% (2024)"), else the first
// of `otherwise` given (the row's period column, the column's heading, a word for the column).
QString scorecardPeriodPrinted(const QString& cell, const QStringList& otherwise)
{
    const QString inCell = bracketedPeriodIn(cell);
    if (!inCell.isEmpty())
        return inCell;
    for (const QString& period : otherwise) {
        if (!period.isEmpty())
            return period;
    }
    return {};
}

} // namespace

void ScorecardParser::read(const RoleTableResult& table, QList<Indicator>& indicators, QList<Reading>& readings)
{
    const QString latestPeriod = periodIn(headingOf(table.header, role::Actual));
    const QString previousPeriod = periodIn(headingOf(table.header, role::Previous));
    const QString baselinePeriod = periodIn(headingOf(table.header, role::Baseline));
    const bool answered = answersRate(table.header);
    const auto ratingOf = [answered](const QString& status) {
        const bool answer
            = answered && Lexicon::instance().inList(QStringLiteral("rating-answer-words"), listForm(status));
        return isRatingText(status) || answer ? status : QString();
    };
    for (const RoleRow& roleRow : table.rows) {
        const TableRow& row = roleRow.row;
        Indicator indicator;
        indicator.name = row.line(role::Measure);
        // A measure is named in words: a cell of figures alone ("7" in a count of measures by
        // rating) names none.
        if (std::none_of(indicator.name.cbegin(), indicator.name.cend(), [](QChar c) { return c.isLetter(); }))
            continue;
        indicator.description = row.line(role::Description);
        indicator.section = roleRow.section;
        indicator.pdfPage = row.pdfPage;
        indicator.roles = table.roles;
        bool percent = false;
        // Every band in one cell ("Green ≥95%, Amber 90–94%, Red <90%"), whatever the column is
        // headed: the bands, and no target when that column is the target's.
        std::optional<QList<ThresholdBand>> cellBands;
        QString bandsKey;
        for (const TableColumn& column : table.header.columns) {
            if (column.key != role::Measure && column.key != role::Description && !cellBands) {
                cellBands = BandParser::gradedBands(row.line(column.key));
                bandsKey = column.key;
            }
        }
        const QString targetText = cellBands && bandsKey == role::Target ? QString() : row.line(role::Target);
        const ScorecardTargetCell targetCell = readScorecardTarget(targetText);
        if (const auto& target = targetCell.figure) {
            indicator.target = target->value;
            percent = percent || target->percent;
        }
        if (const auto floor = parseFigure(row.line(role::Floor))) {
            indicator.floor = floor->value;
            percent = percent || floor->percent;
        }
        if (!indicator.floor)
            indicator.floor = floorFromTolerance(row.line(role::Tolerance), indicator.target);
        // Band columns ("Red | Amber | Green") hold the row's tolerances, worst to best; a grade
        // column holding only a mark (a cross or tick under "R | A | G") rates the row instead.
        QStringList gradesPrinted;
        QString markedGrade;
        for (const TableColumn& column : table.header.columns) {
            if (column.grade.isEmpty())
                continue;
            const QString band = row.line(column.key).trimmed();
            if (isMark(band)) {
                markedGrade = column.grade;
                continue;
            }
            gradesPrinted.append(column.grade);
            // A band cell saying none is set ("Not set", "TBC": the lexicon's no-band-words) states
            // no threshold, and none is made up.
            if (!band.isEmpty() && !Lexicon::instance().inList(QStringLiteral("no-band-words"), listForm(band)))
                indicator.thresholds.append(BandParser::makeBand(column.grade, band));
        }
        if (cellBands && indicator.thresholds.isEmpty()) {
            indicator.thresholds = *cellBands;
            for (const ThresholdBand& band : std::as_const(*cellBands))
                gradesPrinted.append(band.grade);
        }
        std::stable_sort(indicator.thresholds.begin(), indicator.thresholds.end(),
                         [](const ThresholdBand& a, const ThresholdBand& b) {
                             return BandParser::gradeRank(a.grade) < BandParser::gradeRank(b.grade);
                         });
        std::stable_sort(gradesPrinted.begin(), gradesPrinted.end(), [](const QString& a, const QString& b) {
            return BandParser::gradeRank(a) < BandParser::gradeRank(b);
        });
        indicator.polarity = polarityFrom(row.line(role::Polarity));
        if (indicator.polarity == Polarity::Unknown && !indicator.thresholds.isEmpty())
            indicator.polarity = BandParser::inferPolarity(indicator.thresholds, indicator.name);
        if (!indicator.thresholds.isEmpty())
            indicator.defects = BandParser::defects(indicator.thresholds, gradesPrinted, indicator.polarity);
        if (indicator.polarity == Polarity::Unknown && indicator.target && indicator.floor
            && *indicator.target != *indicator.floor)
            indicator.polarity
                = *indicator.floor < *indicator.target ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
        // Failing all those, what the target asks for ("≥ 95%", "No more than 14").
        if (indicator.polarity == Polarity::Unknown)
            indicator.polarity = targetCell.implied;
        const QString actualText = row.line(role::Actual);
        const QString previousText = row.line(role::Previous);
        const auto actual = parseFigure(actualText);
        const auto previous = parseFigure(previousText);
        percent = percent || (actual && actual->percent) || (previous && previous->percent);
        if (percent || Lexicon::instance().matches(QStringLiteral("percentage-measure-name"), indicator.name))
            indicator.unit = QStringLiteral("%");
        if (indicator.unit.isEmpty())
            indicator.unit = unitFromColumn(row.line(role::Unit));
        for (const QString& printed : {targetCell.figureText, actualText, previousText}) {
            if (indicator.unit.isEmpty())
                indicator.unit = unitAfterFigure(printed);
        }
        const bool figures = actual || previous || indicator.target || indicator.floor;
        indicator.confidence = table.confidence * (figures || table.header.has(role::Due) ? 1.0 : 0.85);
        indicators.append(indicator);
        const int index = int(indicators.size()) - 1;

        const QString period = row.line(role::Period);
        if (previous) {
            Reading reading;
            reading.indicatorIndex = index;
            reading.value = previous->value;
            reading.valueText = previousText;
            reading.period = scorecardPeriodPrinted(previousText, {previousPeriod, QStringLiteral("previous")});
            reading.confidence = indicator.confidence;
            reading.pdfPage = row.pdfPage;
            readings.append(reading);
        }
        // A baseline beside the latest figure ("Baseline | Latest") is the measure's earlier
        // reading, for the period printed with it or over it; without a latest column it is only
        // where a plan starts from.
        const QString baselineText = row.line(role::Baseline);
        if (const auto baseline = parseFigure(baselineText); baseline && table.header.has(role::Actual)) {
            Reading reading;
            reading.indicatorIndex = index;
            reading.value = baseline->value;
            reading.valueText = baselineText;
            reading.period = scorecardPeriodPrinted(baselineText, {baselinePeriod, QStringLiteral("baseline")});
            reading.confidence = indicator.confidence;
            reading.pdfPage = row.pdfPage;
            readings.append(reading);
        }
        // A reading for each figure under the columns whose keys carry `prefix` (then the
        // period); returns the index of the last one added, or -1.
        const auto readingsUnder = [&](const QString& prefix) {
            qsizetype last = -1;
            for (const TableColumn& column : table.header.columns) {
                if (!column.key.startsWith(prefix))
                    continue;
                const QString printed = row.line(column.key);
                const auto value = parseFigure(printed);
                if (!value)
                    continue;
                Reading reading;
                reading.indicatorIndex = index;
                reading.value = value->value;
                reading.valueText = printed;
                reading.period = column.key.mid(prefix.size());
                reading.confidence = indicator.confidence;
                reading.pdfPage = row.pdfPage;
                readings.append(reading);
                last = readings.size() - 1;
                if (value->percent && indicator.unit.isEmpty())
                    indicators[index].unit = QStringLiteral("%");
            }
            return last;
        };
        // Values under headings that are only periods ("Q1 | Q2 | Q3", "Apr-25"): one reading each.
        const qsizetype lastPeriodReading = readingsUnder(role::PeriodValuePrefix);
        // The year's cumulative figure so far beside them ("YTD"): a reading of its own, unrated.
        readingsUnder(role::CumulativeValuePrefix);
        const QString status = row.line(role::Status);
        if (!actual && lastPeriodReading >= 0) {
            // The rating and direction printed beside a row of periods rate the latest of them.
            Reading& lastOfPeriods = readings[lastPeriodReading];
            lastOfPeriods.reportedRating = ratingOf(status);
            lastOfPeriods.direction = directionText(row.line(role::Direction));
            continue;
        }
        // A latest cell in words with no figure ("Survey due Mar 2026", "Not yet collected") says
        // the figure is not there: no reading, whatever the rating column says of it.
        const bool figureAwaited
            = !actual && std::any_of(actualText.cbegin(), actualText.cend(), [](QChar c) { return c.isLetter(); });
        if (figureAwaited)
            continue;
        if (actual || !status.isEmpty() || !markedGrade.isEmpty()) {
            Reading reading;
            reading.indicatorIndex = index;
            if (actual)
                reading.value = actual->value;
            reading.valueText = actualText;
            reading.period = scorecardPeriodPrinted(actualText, {period, latestPeriod, QStringLiteral("latest")});
            reading.reportedRating = ratingOf(status);
            if (reading.reportedRating.isEmpty())
                reading.reportedRating = markedGrade;
            reading.direction = directionText(row.line(role::Direction));
            reading.confidence = indicator.confidence * (actual ? 1.0 : 0.7);
            reading.pdfPage = row.pdfPage;
            if (actual || !reading.reportedRating.isEmpty())
                readings.append(reading);
        }
    }
}

} // namespace scrutineer::parse
