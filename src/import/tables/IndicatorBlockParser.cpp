#include "tables/IndicatorBlockParser.h"

#include "TextUtil.h"
#include "tables/ColumnRoles.h"
#include "tables/Figure.h"

#include <QHash>
#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

const QStringList& blockRoles()
{
    static const QStringList roles {role::Measure, role::Target,    role::Floor,  role::Actual,   role::Previous,
                                    role::Status,  role::Direction, role::Period, role::Baseline, role::Polarity};
    return roles;
}

bool isFigureRole(const QString& role)
{
    return role == role::Target || role == role::Floor || role == role::Actual || role == role::Previous
        || role == role::Baseline;
}

// The scorecard role a label names, or an empty string.
QString roleOfLabel(const QString& label, const Lexicon& lexicon)
{
    const QStringList words = Lexicon::headingWords(label);
    if (words.isEmpty() || words.size() > 5)
        return {};
    // A whole heading phrase ("Direction of travel"), or a cue word beside the period it names
    // ("Q2 Actual", "Target 2025/26").
    const Lexicon::Heading heading = lexicon.heading(label);
    if (!heading.byPhrase && (words.size() > 3 || periodIn(label).isEmpty()))
        return {};
    for (const QString& role : heading.roles) {
        if (blockRoles().contains(role))
            return role;
    }
    return {};
}

bool looksLikeTitle(const QString& text, const Lexicon& lexicon)
{
    const QString trimmed = text.trimmed();
    // A chart's legend or axis ("Actual Target Floor") is made of headings, not a measure's name.
    bool onlyHeadings = true;
    for (const QString& word : Lexicon::headingWords(trimmed))
        onlyHeadings = onlyHeadings && (lexicon.isPhrase({word}) || word.at(0).isDigit());
    if (onlyHeadings)
        return false;
    const qsizetype words = trimmed.count(QLatin1Char(' ')) + 1;
    return !trimmed.isEmpty() && words >= 2 && words <= 25 && !trimmed.endsWith(QLatin1Char(':'))
        && (trimmed.at(0).isUpper() || trimmed.at(0).isDigit());
}

// "Lead officer: Head of Housing", "Variance: Worse than target by 21": a line led by a short
// capitalised label and its colon, whatever the label names.
bool ledByLabel(const layout::LayoutLine& line)
{
    static const QRegularExpression label(
        QStringLiteral("^[A-Z][A-Za-z'/&()-]*(?:\\s+[A-Za-z'/&()-]+){0,3}\\s*:(?:\\s|$)"));
    return !line.words.isEmpty() && label.match(line.text()).hasMatch();
}

} // namespace

QList<IndicatorBlockParser::Field> IndicatorBlockParser::fields(const layout::LayoutLine& line, const Lexicon& lexicon)
{
    QList<Field> result;
    // Cheap test first: a label needs a colon after it, or a column of its own.
    bool colon = false;
    int runs = 0;
    qreal lastRight = -1e9;
    for (const layout::LayoutWord& word : line.words) {
        colon = colon || word.text.contains(QLatin1Char(':'));
        runs += word.box.left() - lastRight > 1.5 * word.box.height() ? 1 : 0;
        lastRight = word.box.right();
    }
    if (!colon && runs != 2)
        return result;
    const QString text = line.text();
    // "Label: value" pairs, several to a line.
    static const QRegularExpression labelled(
        QStringLiteral("(?:^|(?<=\\s))([A-Z][A-Za-z'/&()]*(?:\\s+[A-Za-z'/&()]+){0,4})\\s*:\\s*"));
    QList<std::pair<qsizetype, qsizetype>> labels; // start of label, start of value
    QStringList roles;
    QStringList names;
    auto it = labelled.globalMatch(colon ? text : QString());
    while (colon && it.hasNext()) {
        const auto m = it.next();
        // The label may start mid-run ("82% Target: 85%"): try its last words first.
        const QStringList words = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype k = std::max<qsizetype>(0, words.size() - 5); k < words.size(); ++k) {
            const QString label = words.mid(k).join(QLatin1Char(' '));
            const QString role = roleOfLabel(label, lexicon);
            if (role.isEmpty())
                continue;
            const qsizetype start = m.capturedEnd(1) - label.size();
            labels.append({start, m.capturedEnd(0)});
            roles.append(role);
            names.append(label);
            break;
        }
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const qsizetype end = i + 1 < labels.size() ? labels.at(i + 1).first : text.size();
        const QString value = text.mid(labels.at(i).second, end - labels.at(i).second).trimmed();
        QString cleaned = value;
        while (cleaned.endsWith(QLatin1Char(',')) || cleaned.endsWith(QLatin1Char(';')))
            cleaned.chop(1);
        if (!cleaned.isEmpty())
            result.append(Field {roles.at(i), names.at(i), cleaned});
    }
    if (!result.isEmpty())
        return result;
    // A label in its own column beside the value: "Target        85%".
    if (runs != 2)
        return result;
    lastRight = -1e9;
    QStringList cells;
    for (const layout::LayoutWord& word : line.words) {
        if (word.box.left() - lastRight > 1.5 * word.box.height())
            cells.append(word.text);
        else
            cells.last() += QLatin1Char(' ') + word.text;
        lastRight = word.box.right();
    }
    if (cells.size() == 2) {
        const QString role = roleOfLabel(cells.first(), lexicon);
        if (!role.isEmpty())
            result.append(Field {role, cells.first(), cells.last().trimmed()});
    }
    return result;
}

void IndicatorBlockParser::parse(const layout::LayoutDocument& document, QList<Indicator>& indicators,
                                 QList<Reading>& readings)
{
    for (const layout::LayoutPage& page : document.pages)
        parsePage(page, indicators, readings);
}

void IndicatorBlockParser::parsePage(const layout::LayoutPage& page, QList<Indicator>& indicators,
                                     QList<Reading>& readings)
{
    const Lexicon& lexicon = Lexicon::instance();
    const QList<layout::LayoutLine>& lines = page.lines;
    QList<QList<Field>> lineFields;
    lineFields.reserve(lines.size());
    for (const layout::LayoutLine& line : lines)
        lineFields.append(fields(line, lexicon));

    qsizetype i = 0;
    qsizetype titleFloor = 0; // a title is looked for after the previous block only
    while (i < lines.size()) {
        if (lineFields.at(i).isEmpty()) {
            ++i;
            continue;
        }
        // The block runs on over labelled lines of its own that name no figure ("Variance: …",
        // "Lead officer: …") to the fields after them.
        qsizetype end = i;
        while (end + 1 < lines.size() && (!lineFields.at(end + 1).isEmpty() || ledByLabel(lines.at(end + 1)))
               && lines.at(end + 1).top() - lines.at(end).box.bottom() < 1.5 * lines.at(end).height())
            ++end;
        QHash<QString, Field> block;
        for (qsizetype k = i; k <= end; ++k) {
            for (const Field& field : lineFields.at(k)) {
                if (!block.contains(field.role))
                    block.insert(field.role, field);
            }
        }
        const qsizetype start = i;
        i = end + 1;
        int figures = 0;
        for (auto it = block.cbegin(); it != block.cend(); ++it)
            figures += isFigureRole(it.key()) && parseFigure(it->value) ? 1 : 0;
        const bool rated = block.contains(role::Status) && isRatingText(block.value(role::Status).value);
        if (figures < 2 && !(figures == 1 && rated))
            continue;

        QString name = block.value(role::Measure).value;
        if (name.isEmpty()) {
            for (qsizetype k = start - 1; k >= titleFloor && k >= start - 3; --k) {
                if (lines.at(start).top() - lines.at(k).box.bottom() > 3 * lines.at(start).height())
                    break;
                if (looksLikeTitle(lines.at(k).text(), lexicon)) {
                    name = lines.at(k).text();
                    break;
                }
            }
        }
        titleFloor = i;
        if (name.isEmpty())
            continue; // figures with no measure to hang them on

        Indicator indicator;
        indicator.name = text::collapseWhitespace(name);
        indicator.pdfPage = lines.at(start).pageNumber;
        indicator.confidence = block.contains(role::Measure) ? 0.9 : 0.8;
        for (auto it = block.cbegin(); it != block.cend(); ++it)
            indicator.roles.append(it.key());
        std::sort(indicator.roles.begin(), indicator.roles.end());
        bool percent = false;
        const auto target = parseFigure(block.value(role::Target).value);
        const auto floor = parseFigure(block.value(role::Floor).value);
        const auto actual = parseFigure(block.value(role::Actual).value);
        const auto previous = parseFigure(block.value(role::Previous).value);
        for (const auto& figure : {target, floor, actual, previous})
            percent = percent || (figure && figure->percent);
        if (target)
            indicator.target = target->value;
        if (floor)
            indicator.floor = floor->value;
        indicator.polarity = polarityFrom(block.value(role::Polarity).value);
        if (indicator.polarity == Polarity::Unknown && target && floor && target->value != floor->value)
            indicator.polarity = floor->value < target->value ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
        if (percent)
            indicator.unit = QStringLiteral("%");
        indicators.append(indicator);
        const int index = int(indicators.size()) - 1;
        if (previous) {
            Reading reading;
            reading.indicatorIndex = index;
            reading.value = previous->value;
            reading.valueText = block.value(role::Previous).value;
            const QString period = periodIn(block.value(role::Previous).label);
            reading.period = period.isEmpty() ? QStringLiteral("previous") : period;
            reading.confidence = indicator.confidence;
            reading.pdfPage = indicator.pdfPage;
            readings.append(reading);
        }
        if (actual || rated) {
            Reading reading;
            reading.indicatorIndex = index;
            if (actual)
                reading.value = actual->value;
            reading.valueText = block.value(role::Actual).value;
            QString period = block.value(role::Period).value;
            if (period.isEmpty())
                period = periodIn(block.value(role::Actual).label);
            reading.period = period.isEmpty() ? QStringLiteral("latest") : period;
            reading.reportedRating = rated ? block.value(role::Status).value : QString();
            reading.direction = directionText(block.value(role::Direction).value);
            reading.confidence = indicator.confidence * (actual ? 1.0 : 0.7);
            reading.pdfPage = indicator.pdfPage;
            readings.append(reading);
        }
    }
}

} // namespace scrutineer::parse
