#include "tables/IndicatorCardParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "tables/BandParser.h"
#include "tables/ColumnRoles.h"
#include "tables/Figure.h"
#include "tables/HeaderReader.h"
#include "tables/RefCell.h"
#include "tables/TableBuilder.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <tuple>

namespace scrutineer::parse {
namespace {

// One "Label: value" pair of a card's labelled lines.
struct IndicatorCardLabel {
    QString label;
    QString value;
};

// The labelled pairs of a line, several to a line ("Good performance:   High   Frequency:
// Monthly"): a cell ending in its colon labels the cell after it, a cell "Label: value" holds
// both. Empty when the line does not start with a label.
QList<IndicatorCardLabel> indicatorCardLabels(const layout::LayoutLine& line)
{
    QList<IndicatorCardLabel> result;
    if (line.words.isEmpty())
        return result;
    static const QRegularExpression inlineLabel(QStringLiteral("^([A-Z][^:]{0,40}):\\s+(.+)$"));
    const QList<layout::LayoutLine> cells = line.cells(0.8 * line.height());
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QString text = text::collapseWhitespace(cells.at(c).text());
        if (text.endsWith(QLatin1Char(':')) && text.size() > 1 && text.at(0).isUpper()) {
            QString value;
            if (c + 1 < cells.size() && !cells.at(c + 1).text().trimmed().endsWith(QLatin1Char(':')))
                value = text::collapseWhitespace(cells.at(++c).text());
            result.append({text.chopped(1).trimmed(), value});
        } else if (const auto m = inlineLabel.match(text); m.hasMatch()) {
            result.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
        } else if (result.isEmpty()) {
            return result; // the line starts with no label: no labelled line
        } else {
            result.last().value += QLatin1Char(' ') + text; // a value set in two cells
        }
    }
    return result;
}

bool indicatorCardHasRole(const QString& label, const QString& role)
{
    return Lexicon::instance().heading(label).roles.contains(role);
}

bool indicatorCardHasLetter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// A card's period table: its header, with the columns the card reads.
struct IndicatorCardTable {
    TableHeader header;
    int actual = -1;
    int target = -1;
    int status = -1;
    int direction = -1;
};

// One period row of a card's table: its cells by column.
struct IndicatorCardRow {
    QString period;
    QStringList cells;
    int page = 0;
};

} // namespace

QString IndicatorCardParser::rowPeriod(const QString& cell)
{
    static const QRegularExpression marker(QStringLiteral("\\s*\\([A-Za-z]{1,12}\\)$"));
    QString text = text::collapseWhitespace(cell);
    text.remove(marker);
    if (text.isEmpty())
        return {};
    return isPeriodHeading(text) || !monthPeriod(text).isEmpty() ? text : QString();
}

std::pair<QString, QString> IndicatorCardParser::splitRef(const QString& title)
{
    static const QRegularExpression separator(QStringLiteral("^[\\s\\-\u2013\u2014:|.]+"));
    const QStringList words = text::collapseWhitespace(title).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype at = -1;
    if (!words.isEmpty() && RefCell::isRef(words.first(), 2))
        at = 0;
    else if (words.size() > 2 && indicatorCardHasRole(words.first(), role::Measure) && RefCell::isRef(words.at(1), 1))
        at = 1; // "Measure PM1 - name", "KPI 04: name"
    if (at < 0)
        return {QString(), text::collapseWhitespace(title)};
    QString name = words.mid(at + 1).join(QLatin1Char(' '));
    name.remove(separator);
    return {words.at(at), name};
}

void IndicatorCardParser::parse(const layout::LayoutDocument& document, QList<Indicator>& indicators,
                                QList<Reading>& readings)
{
    const Lexicon& lexicon = Lexicon::instance();
    const HeaderReader headers(lexicon);
    for (const layout::LayoutPage& page : document.pages) {
        const QList<layout::LayoutLine>& lines = page.lines;
        qsizetype floor = 0; // the head of a card starts after the card before it
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto header = headers.read(lines, i);
            if (!header)
                continue;
            // A table whose rows are periods: no measure column, a column of figures.
            IndicatorCardTable table {*header, header->indexOf(role::Actual), header->indexOf(role::Target),
                                      header->indexOf(role::Status), header->indexOf(role::Direction)};
            if (header->indexOf(role::Measure) >= 0 || table.actual <= 0) {
                i += header->lineCount - 1;
                continue;
            }
            const TableBuilder builder(*header);
            QList<IndicatorCardRow> rows;
            qreal lastBottom = header->bottom;
            qsizetype j = i + header->lineCount;
            for (; j < lines.size(); ++j) {
                const layout::LayoutLine& line = lines.at(j);
                if (line.top() - lastBottom > 2.0 * line.height())
                    break;
                const AssignedLine assigned = builder.assign(line);
                QStringList cells;
                for (qsizetype c = 0; c < header->columns.size(); ++c)
                    cells.append(text::collapseWhitespace(assigned.text(c)));
                if (!cells.first().isEmpty()) {
                    const QString period = rowPeriod(cells.first());
                    if (period.isEmpty())
                        break;
                    rows.append({period, cells, line.pageNumber});
                } else if (!rows.isEmpty()) {
                    for (qsizetype c = 1; c < cells.size(); ++c) { // a cell wrapped onto a second line
                        if (!cells.at(c).isEmpty())
                            rows.last().cells[c] = text::collapseWhitespace(rows.last().cells.at(c) + QLatin1Char(' ') + cells.at(c));
                    }
                } else {
                    break;
                }
                lastBottom = line.box.bottom();
            }
            if (rows.isEmpty()) {
                i += header->lineCount - 1;
                continue;
            }
            // A column no heading names whose cells are ratings rates the rows.
            for (qsizetype c = 1; c < header->columns.size() && table.status < 0; ++c) {
                if (!header->columns.at(c).roles.isEmpty())
                    continue;
                bool rated = false;
                bool other = false;
                for (const IndicatorCardRow& row : std::as_const(rows)) {
                    const QString& cell = row.cells.at(c);
                    rated = rated || isRatingText(cell);
                    other = other || (indicatorCardHasLetter(cell) && !isRatingText(cell));
                }
                if (rated && !other)
                    table.status = int(c);
            }

            // The card's head above the table: labelled lines, and the title over them.
            qsizetype k = i - 1;
            while (k >= floor && lines.at(k).top() >= header->top - 0.5)
                --k; // lines the header took from above
            QList<qsizetype> labelled;
            qreal labelLeft = std::numeric_limits<qreal>::max();
            qsizetype title = -1;
            for (; k >= floor; --k) {
                const layout::LayoutLine& line = lines.at(k);
                const layout::LayoutLine& below = lines.at(k + 1);
                if (below.top() - line.box.bottom() > 3 * line.height())
                    break;
                if (!indicatorCardLabels(line).isEmpty()) {
                    labelled.prepend(k);
                    labelLeft = std::min(labelLeft, line.left());
                    continue;
                }
                // A label's value wrapped onto the next line, set in from the labels.
                if (labelLeft < std::numeric_limits<qreal>::max() && line.left() > labelLeft + 2 * line.height()) {
                    labelled.prepend(k);
                    continue;
                }
                title = k;
                break;
            }
            qsizetype titleStart = title;
            while (titleStart > floor && lines.at(titleStart).text().at(0).isLower()
                   && lines.at(titleStart).top() - lines.at(titleStart - 1).box.bottom() < lines.at(titleStart).height())
                --titleStart;
            QStringList titleLines;
            for (qsizetype t = titleStart; t >= 0 && t <= title; ++t)
                titleLines.append(lines.at(t).text());

            Indicator indicator;
            std::tie(indicator.ref, indicator.name) = splitRef(titleLines.join(QLatin1Char(' ')));
            std::optional<Figure> target;
            QList<IndicatorCardLabel> labels;
            for (const qsizetype l : std::as_const(labelled)) {
                const QList<IndicatorCardLabel> pairs = indicatorCardLabels(lines.at(l));
                if (pairs.isEmpty() && !labels.isEmpty())
                    labels.last().value += QLatin1Char(' ') + text::collapseWhitespace(lines.at(l).text());
                labels += pairs;
            }
            for (const IndicatorCardLabel& pair : std::as_const(labels)) {
                if (indicator.name.isEmpty() && indicatorCardHasRole(pair.label, role::Measure))
                    indicator.name = pair.value;
                if (!target && indicatorCardHasRole(pair.label, role::Target))
                    target = parseFigure(pair.value);
                if (indicator.polarity == Polarity::Unknown && indicatorCardHasRole(pair.label, role::Polarity))
                    indicator.polarity = polarityFrom(pair.value);
                if (indicator.thresholds.isEmpty()) {
                    if (const auto bands = BandParser::gradedBands(pair.value))
                        indicator.thresholds = *bands;
                }
            }
            i = j - 1;
            floor = j;
            if (indicator.name.isEmpty())
                continue; // figures with no measure to hang them on
            if (!target && table.target >= 0)
                target = parseFigure(rows.last().cells.at(table.target));
            if (target) {
                indicator.target = target->value;
                indicator.unit = target->percent ? QStringLiteral("%") : QString();
            }
            if (indicator.polarity == Polarity::Unknown && !indicator.thresholds.isEmpty())
                indicator.polarity = BandParser::inferPolarity(indicator.thresholds, indicator.name);
            indicator.pdfPage = lines.at(title >= 0 ? titleStart : i).pageNumber;
            indicator.confidence = 0.85;
            for (const TableColumn& column : header->columns)
                indicator.roles.append(column.key);
            indicators.append(indicator);
            const int index = int(indicators.size()) - 1;
            for (const IndicatorCardRow& row : std::as_const(rows)) {
                const auto value = parseFigure(row.cells.at(table.actual));
                if (!value)
                    continue; // "Not reported", "-"
                Reading reading;
                reading.indicatorIndex = index;
                reading.period = row.period;
                reading.value = value->value;
                reading.valueText = row.cells.at(table.actual);
                if (table.status >= 0 && isRatingText(row.cells.at(table.status)))
                    reading.reportedRating = row.cells.at(table.status);
                if (table.direction >= 0 && indicatorCardHasLetter(row.cells.at(table.direction)))
                    reading.direction = directionText(row.cells.at(table.direction));
                reading.confidence = indicator.confidence;
                reading.pdfPage = row.page;
                readings.append(reading);
                if (value->percent)
                    indicators[index].unit = QStringLiteral("%");
            }
        }
    }
}

} // namespace scrutineer::parse
