#include "tables/ScorecardParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

#include <optional>

namespace scrutineer::parse {
namespace {

struct Figure {
    double value = 0;
    bool percent = false;
};

// "82%", "1,234", "£3.2m", "-4.5", "12.3 days": the first figure in a cell.
std::optional<Figure> figure(const QString& text)
{
    static const QRegularExpression number(QStringLiteral(
        "^[<>\u2264\u2265~]?\\s*[\u00a3$\u20ac]?(?<value>-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)"
        "\\s*(?<percent>%)?"));
    const auto m = number.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString plain = m.captured(QStringLiteral("value"));
    plain.remove(QLatin1Char(','));
    return Figure {plain.toDouble(), !m.captured(QStringLiteral("percent")).isEmpty()};
}

// The period a column heading names: "Q3 2024/25", "Dec 2024", "2023/24", "Quarter 2".
QString periodInHeading(const QString& heading)
{
    static const QRegularExpression period(
        QStringLiteral("(?:\\b(?:Q[1-4]|Quarter\\s+[1-4])(?:\\s+\\d{4}(?:[/-]\\d{2,4})?)?|"
                       "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?[\\s-]+\\d{2,4}|"
                       "\\b\\d{4}[/-]\\d{2,4}\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = period.match(heading);
    return m.hasMatch() ? text::collapseWhitespace(m.captured(0)) : QString();
}

bool isRating(const QString& text)
{
    return Lexicon::instance().inList(QStringLiteral("rag-words"), Lexicon::headingWords(text).join(QLatin1Char(' ')));
}

Polarity polarityFrom(const QString& text)
{
    static const QStringList higher {QStringLiteral("high"),     QStringLiteral("higher"), QStringLiteral("up"),
                                     QStringLiteral("increase"), QStringLiteral("bigger"), QStringLiteral("more")};
    static const QStringList lower {QStringLiteral("low"),      QStringLiteral("lower"),   QStringLiteral("down"),
                                    QStringLiteral("decrease"), QStringLiteral("smaller"), QStringLiteral("less"),
                                    QStringLiteral("fewer")};
    const QStringList words = Lexicon::headingWords(text);
    bool up = text.contains(QChar(0x2191)) || text.contains(QChar(0x25b2));
    bool down = text.contains(QChar(0x2193)) || text.contains(QChar(0x25bc));
    for (const QString& word : words) {
        up = up || higher.contains(word);
        down = down || lower.contains(word);
    }
    if (up != down)
        return up ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
    return Polarity::Unknown;
}

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
    const QString latestPeriod = periodInHeading(headingOf(table.header, role::Actual));
    const QString previousPeriod = periodInHeading(headingOf(table.header, role::Previous));
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
        if (const auto target = figure(targetText)) {
            indicator.target = target->value;
            percent = percent || target->percent;
        }
        if (const auto floor = figure(cell(row, role::Floor))) {
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
        const auto actual = figure(actualText);
        const auto previous = figure(previousText);
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
            reading.reportedRating = isRating(status) ? status : QString();
            reading.direction = cell(row, role::Direction);
            reading.confidence = indicator.confidence * (actual ? 1.0 : 0.7);
            reading.pdfPage = row.pdfPage;
            if (actual || !reading.reportedRating.isEmpty())
                readings.append(reading);
        }
    }
}

} // namespace scrutineer::parse
