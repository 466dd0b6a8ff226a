#include "tables/PerformanceSummaryParser.h"

#include "lexicon/Lexicon.h"

#include "TextUtil.h"
#include "tables/Figure.h"
#include "tables/TableBuilder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace scrutineer::parse {
namespace {

struct Column {
    QString key; // "rag", "latest", "previous", "dot", "target", "floor"
    qreal left = 0;
};

struct Heading {
    QString key;
    QStringList words;
};

QString bare(const QString& word)
{
    QString out;
    for (const QChar c : word.toLower()) {
        if (c.isLetter())
            out.append(c);
    }
    return out;
}

// The header's value columns when the line ends in known headings and names "Latest" and one of
// "Previous", "RAG", "DoT"; words before them (a name heading or a section title) are allowed.
std::optional<QList<Column>> headerColumns(const layout::LayoutLine& line)
{
    static const QList<Heading> headings {
        {QStringLiteral("dot"), {QStringLiteral("direction"), QStringLiteral("of"), QStringLiteral("travel")}},
        {QStringLiteral("rag"), {QStringLiteral("rag"), QStringLiteral("rating")}},
        {QStringLiteral("rag"), {QStringLiteral("current"), QStringLiteral("rag")}},
        {QStringLiteral("latest"), {QStringLiteral("latest"), QStringLiteral("value")}},
        {QStringLiteral("previous"), {QStringLiteral("previous"), QStringLiteral("value")}},
        {QStringLiteral("previous"), {QStringLiteral("last"), QStringLiteral("quarter")}},
        {QStringLiteral("floor"), {QStringLiteral("floor"), QStringLiteral("standard")}},
        {QStringLiteral("dot"), {QStringLiteral("dot")}},
        {QStringLiteral("dot"), {QStringLiteral("trend")}},
        {QStringLiteral("rag"), {QStringLiteral("rag")}},
        {QStringLiteral("rag"), {QStringLiteral("rating")}},
        {QStringLiteral("latest"), {QStringLiteral("latest")}},
        {QStringLiteral("latest"), {QStringLiteral("current")}},
        {QStringLiteral("previous"), {QStringLiteral("previous")}},
        {QStringLiteral("target"), {QStringLiteral("target")}},
        {QStringLiteral("floor"), {QStringLiteral("floor")}}};
    const QList<layout::LayoutWord>& words = line.words;
    // Cheap test first: the line must end in a heading's last word.
    static const QSet<QString> lastWords = [] {
        QSet<QString> set;
        for (const Heading& h : headings)
            set.insert(h.words.last());
        return set;
    }();
    if (words.isEmpty() || !lastWords.contains(bare(words.last().text)))
        return std::nullopt;
    QList<Column> columns;
    qsizetype end = words.size();
    while (end > 0) {
        bool matched = false;
        for (const Heading& h : headings) {
            const qsizetype n = h.words.size();
            if (end - n < 0)
                continue;
            bool all = true;
            for (qsizetype k = 0; k < n && all; ++k)
                all = bare(words.at(end - n + k).text) == h.words.at(k);
            if (!all)
                continue;
            columns.prepend({h.key, words.at(end - n).box.left()});
            end -= n;
            matched = true;
            break;
        }
        if (!matched)
            break;
    }
    QStringList keys;
    for (const Column& c : columns)
        keys.append(c.key);
    if (!keys.contains(QStringLiteral("latest"))
        || !(keys.contains(QStringLiteral("previous")) || keys.contains(QStringLiteral("rag"))
             || keys.contains(QStringLiteral("dot")))
        || keys.removeDuplicates() > 0)
        return std::nullopt;
    return columns;
}

const QRegularExpression& numberPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[<>\u2264\u2265]?(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)\\s*(%)?$"));
    return re;
}

bool isRating(const QString& text)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("rag-rating-cell")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

struct Row {
    QString name;
    QHash<QString, QString> cells;
    int page = 0;
};

} // namespace

void PerformanceSummaryParser::parse(const layout::LayoutDocument& document, QList<Indicator>& indicators,
                                     QList<Reading>& readings)
{
    auto emitRow = [&](const Row& row) {
        const QString latest = row.cells.value(QStringLiteral("latest"));
        const QString previous = row.cells.value(QStringLiteral("previous"));
        const auto latestNumber = numberPattern().match(latest);
        const auto previousNumber = numberPattern().match(previous);
        if (row.name.isEmpty() || (!latestNumber.hasMatch() && !previousNumber.hasMatch()))
            return;
        Indicator indicator;
        indicator.name = text::collapseWhitespace(row.name);
        if (!latestNumber.captured(2).isEmpty() || !previousNumber.captured(2).isEmpty())
            indicator.unit = QStringLiteral("%");
        auto number = [](const QString& text) {
            QString plain = text;
            plain.remove(QLatin1Char(','));
            return plain.toDouble();
        };
        const auto target = numberPattern().match(row.cells.value(QStringLiteral("target")));
        if (target.hasMatch())
            indicator.target = number(target.captured(1));
        const auto floor = numberPattern().match(row.cells.value(QStringLiteral("floor")));
        if (floor.hasMatch())
            indicator.floor = number(floor.captured(1));
        indicator.pdfPage = row.page;
        indicators.append(indicator);
        const int index = int(indicators.size()) - 1;
        if (previousNumber.hasMatch()) {
            Reading reading;
            reading.indicatorIndex = index;
            reading.value = number(previousNumber.captured(1));
            reading.valueText = previous;
            reading.period = QStringLiteral("previous");
            reading.pdfPage = row.page;
            readings.append(reading);
        }
        if (latestNumber.hasMatch()) {
            Reading reading;
            reading.indicatorIndex = index;
            reading.value = number(latestNumber.captured(1));
            reading.valueText = latest;
            reading.period = QStringLiteral("latest");
            const QString rag = row.cells.value(QStringLiteral("rag"));
            reading.reportedRating = isRating(rag) ? rag.trimmed() : QString();
            reading.direction = directionText(row.cells.value(QStringLiteral("dot")));
            reading.pdfPage = row.page;
            readings.append(reading);
        }
    };

    for (const layout::LayoutPage& page : document.pages) {
        std::optional<QList<Column>> columns;
        std::optional<Row> row;
        QString pendingName;
        qreal lastBottom = 0;
        auto close = [&]() {
            if (row)
                emitRow(*row);
            row.reset();
            pendingName.clear();
        };
        for (const layout::LayoutLine& line : page.lines) {
            if (auto header = headerColumns(line)) {
                close();
                columns = header;
                lastBottom = line.box.bottom();
                continue;
            }
            if (!columns)
                continue;
            const qreal gap = line.box.top() - lastBottom;
            if (gap > line.height() * 3) {
                close();
                columns.reset();
                continue;
            }
            // Words right of the first value column's left edge (less a margin) are values.
            const qreal valuesLeft = columns->first().left - 6;
            QString name;
            QHash<QString, QString> cells;
            for (const layout::LayoutWord& word : line.words) {
                if (word.box.right() < valuesLeft) {
                    name = name.isEmpty() ? word.text : name + QLatin1Char(' ') + word.text;
                    continue;
                }
                int best = 0;
                for (int c = 0; c < columns->size(); ++c) {
                    if (word.box.right() >= columns->at(c).left - 6)
                        best = c;
                }
                QString& cell = cells[columns->at(best).key];
                cell = cell.isEmpty() ? word.text : cell + QLatin1Char(' ') + word.text;
            }
            if (cells.isEmpty() && isCapitalHeading(line)) {
                close(); // the next section's heading ends the table
                columns.reset();
                continue;
            }
            if (cells.isEmpty()) {
                // A name line: it wraps the row above when close under it, else it heads the next row.
                if (row && gap < line.height() * 0.5 && pendingName.isEmpty())
                    row->name += QLatin1Char(' ') + name;
                else
                    pendingName = pendingName.isEmpty() ? name : pendingName + QLatin1Char(' ') + name;
            } else {
                if (row)
                    emitRow(*row);
                row = Row {};
                row->name = pendingName.isEmpty() ? name : pendingName + QLatin1Char(' ') + name;
                row->name = row->name.trimmed();
                row->cells = cells;
                row->page = page.number;
                pendingName.clear();
            }
            lastBottom = line.box.bottom();
        }
        close();
    }
}

} // namespace scrutineer::parse
