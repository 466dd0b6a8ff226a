#include "tables/ScorecardParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/Figure.h"

#include <QRegularExpression>

#include <optional>

namespace scrutineer::parse {
namespace {

QString cell(const TableRow& row, const QString& key)
{
    return text::collapseWhitespace(row.text(key));
}

QString headingOf(const TableHeader& header, const QString& key)
{
    const int i = header.indexOf(key);
    return i < 0 ? QString() : header.columns.at(i).heading;
}

} // namespace

void ScorecardParser::read(const RoleTableResult& table, QList<Indicator>& indicators, QList<Reading>& readings)
{
    const QString latestPeriod = periodIn(headingOf(table.header, role::Actual));
    const QString previousPeriod = periodIn(headingOf(table.header, role::Previous));
    for (const RoleRow& roleRow : table.rows) {
        const TableRow& row = roleRow.row;
        Indicator indicator;
        indicator.name = cell(row, role::Measure);
        if (indicator.name.isEmpty())
            continue;
        indicator.description = cell(row, role::Description);
        indicator.section = roleRow.section;
        indicator.pdfPage = row.pdfPage;
        indicator.roles = table.roles;
        bool percent = false;
        const QString targetText = cell(row, role::Target);
        if (const auto target = parseFigure(targetText)) {
            indicator.target = target->value;
            percent = percent || target->percent;
        }
        if (const auto floor = parseFigure(cell(row, role::Floor))) {
            indicator.floor = floor->value;
            percent = percent || floor->percent;
        }
        indicator.polarity = polarityFrom(cell(row, role::Polarity));
        if (indicator.polarity == Polarity::Unknown && indicator.target && indicator.floor
            && *indicator.target != *indicator.floor)
            indicator.polarity
                = *indicator.floor < *indicator.target ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
        const QString actualText = cell(row, role::Actual);
        const QString previousText = cell(row, role::Previous);
        const auto actual = parseFigure(actualText);
        const auto previous = parseFigure(previousText);
        percent = percent || (actual && actual->percent) || (previous && previous->percent);
        static const QRegularExpression percentName(
            QStringLiteral("^(?:the\\s+)?(?:percentage|percent|proportion|%)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (percent || percentName.match(indicator.name).hasMatch())
            indicator.unit = QStringLiteral("%");
        const bool figures = actual || previous || indicator.target || indicator.floor;
        indicator.confidence = table.confidence * (figures || table.header.has(role::Due) ? 1.0 : 0.85);
        indicators.append(indicator);
        const int index = int(indicators.size()) - 1;

        const QString period = cell(row, role::Period);
        if (previous) {
            Reading reading;
            reading.indicatorIndex = index;
            reading.value = previous->value;
            reading.valueText = previousText;
            reading.period = !previousPeriod.isEmpty() ? previousPeriod : QStringLiteral("previous");
            reading.confidence = indicator.confidence;
            reading.pdfPage = row.pdfPage;
            readings.append(reading);
        }
        const QString status = cell(row, role::Status);
        if (actual || !status.isEmpty()) {
            Reading reading;
            reading.indicatorIndex = index;
            if (actual)
                reading.value = actual->value;
            reading.valueText = actualText;
            reading.period = !period.isEmpty() ? period
                : !latestPeriod.isEmpty()      ? latestPeriod
                                               : QStringLiteral("latest");
            reading.reportedRating = isRatingText(status) ? status : QString();
            reading.direction = cell(row, role::Direction);
            reading.confidence = indicator.confidence * (actual ? 1.0 : 0.7);
            reading.pdfPage = row.pdfPage;
            if (actual || !reading.reportedRating.isEmpty())
                readings.append(reading);
        }
    }
}

} // namespace scrutineer::parse
