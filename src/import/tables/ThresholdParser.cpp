#include "tables/ThresholdParser.h"

#include "lexicon/Lexicon.h"

#include "BandWording.h"
#include "Rating.h"
#include "TextUtil.h"
#include "tables/BandParser.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

const QString kMeasure = QStringLiteral("measure");
const QString kDescription = QStringLiteral("description");

// Could the word be (part of) a band: digits and operators, a direction word, or a word of a band
// written in words ("below", "or more").
bool bandish(const QString& word)
{
    if (word.compare(QLatin1String("Increase"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("Decrease"), Qt::CaseInsensitive) == 0)
        return true;
    if (rating::BandWording::isBandWord(word))
        return true;
    for (const QChar c : word) {
        if (c.isLetter())
            return false;
    }
    return true;
}

bool isBandNumber(const QString& word)
{
    return !word.isEmpty() && (word.at(0).isDigit() || word.startsWith(QChar(0x00a3)));
}

// The unit after a band's number ("9 to 12 days"): one word of letters only.
bool isBandUnit(const QString& word)
{
    for (const QChar c : word) {
        if (!c.isLetter())
            return false;
    }
    return !word.isEmpty();
}

bool hasNumericBand(const QStringList& bands)
{
    for (const QString& band : bands) {
        const auto spec = rating::parseBand(band);
        if (spec && !spec->isDirection())
            return true;
    }
    return false;
}

} // namespace

bool ThresholdParser::accepts(const TableHeader& header)
{
    int grades = 0;
    for (const TableColumn& column : header.columns)
        grades += column.grade.isEmpty() ? 0 : 1;
    return header.has(kMeasure) && grades >= 2;
}

ThresholdParser::ThresholdParser(const TableHeader& header, const QString& section)
    : m_builder(header), m_section(section)
{
    repeatHeader(header);
}

void ThresholdParser::repeatHeader(const TableHeader& header)
{
    m_builder.setHeader(header);
    m_headerGrades.clear();
    for (const TableColumn& column : header.columns) {
        if (!column.grade.isEmpty())
            m_headerGrades.append(column.key);
    }
    // Worst to best, whichever way the columns are printed (Ofsted grades, or RAG colours).
    std::stable_sort(m_headerGrades.begin(), m_headerGrades.end(), [](const QString& a, const QString& b) {
        return BandParser::gradeRank(a) < BandParser::gradeRank(b);
    });
}

QList<int> ThresholdParser::gradeColumns() const
{
    QList<int> result;
    const auto& columns = m_builder.header().columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (!columns.at(i).grade.isEmpty())
            result.append(i);
    }
    return result;
}

int ThresholdParser::textColumn() const
{
    const int description = m_builder.header().indexOf(kDescription);
    return description >= 0 ? description : m_builder.header().indexOf(kMeasure);
}

ThresholdParser::Split ThresholdParser::split(const layout::LayoutLine& line) const
{
    Split result;
    const auto& columns = m_builder.header().columns;
    result.line.line = line;
    result.line.cells.resize(columns.size());
    const QList<int> grades = gradeColumns();
    const int prose = textColumn();

    // Prose drifting into the band columns joins the description while it runs on without a gap.
    bool previousProse = false;
    qreal previousRight = 0;
    const QList<int> assigned = m_builder.columnsOf(line);
    for (qsizetype w = 0; w < line.words.size(); ++w) {
        const layout::LayoutWord& word = line.words.at(w);
        const int column = assigned.at(w);
        if (grades.contains(column)) {
            const qreal space = word.box.left() - previousRight;
            const QList<layout::LayoutWord>& cell = result.line.cells.at(column);
            const bool unit = !cell.isEmpty() && isBandNumber(cell.last().text) && isBandUnit(word.text);
            if ((bandish(word.text) || unit) && !(previousProse && space < 0.45 * word.box.height())) {
                result.line.cells[column].append(word);
                previousProse = false;
            } else if (previousProse && prose >= 0 && space < 2 * word.box.height()) {
                result.line.cells[prose].append(word);
            } else {
                result.foreign = true;
                result.line.cells[column].append(word);
            }
        } else {
            result.line.cells[column].append(word);
            previousProse = true;
        }
        previousRight = word.box.right();
    }

    // Several bands in one cell (columns printed close together): spill into empty cells to the right.
    for (int g = 0; g < grades.size(); ++g) {
        const auto bands = BandParser::splitBands(result.line.text(grades.at(g)));
        if (!bands || bands->size() < 2)
            continue;
        const int free = int(grades.size()) - g;
        bool roomy = bands->size() <= free;
        for (int k = 1; k < bands->size() && roomy; ++k)
            roomy = result.line.isEmpty(grades.at(g + k));
        if (!roomy)
            continue;
        const QList<layout::LayoutWord> words = result.line.cells.at(grades.at(g));
        // Re-deal the cell's words band by band, in order.
        qsizetype w = 0;
        for (int k = 0; k < bands->size(); ++k) {
            const qsizetype pieces = bands->at(k).split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
            result.line.cells[grades.at(g + k)] = words.mid(w, pieces);
            w += pieces;
        }
    }

    for (int g : grades)
        result.hasBands = result.hasBands || !result.line.isEmpty(g);
    return result;
}

bool ThresholdParser::feed(const layout::LayoutLine& line)
{
    const bool pageTop = m_builder.firstBodyLineOnPage(line);
    const qreal gap = m_builder.gapAbove(line);
    const qreal height = line.height();
    if (m_builder.endsTable(line, 3))
        return false;

    Split parts = split(line);
    if (parts.foreign)
        return false; // text under the band headings that is no band: another table or prose
    const QList<int> grades = gradeColumns();
    const auto& columns = m_builder.header().columns;

    // A flattened band line glued to the description ("… timescale. 60-69 70-84 85+").
    QHash<int, QString> glued;
    if (!parts.hasBands) {
        int source = textColumn();
        if (source >= 0 && parts.line.isEmpty(source))
            source = m_builder.header().indexOf(kMeasure);
        if (source >= 0 && !parts.line.isEmpty(source)) {
            const BandParser::Tail tail = BandParser::trailingBands(parts.line.text(source));
            const bool direction = tail.bands.size() == 1 && rating::parseBand(tail.bands.first())
                && rating::parseBand(tail.bands.first())->isDirection() && tail.bands.first().at(0).isUpper();
            if ((tail.bands.size() >= 2 || direction) && tail.bands.size() <= grades.size()) {
                const qsizetype keep = tail.before.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
                parts.line.cells[source] = parts.line.cells.at(source).mid(0, keep);
                const qsizetype offset = grades.size() - tail.bands.size();
                for (qsizetype k = 0; k < tail.bands.size(); ++k)
                    glued.insert(grades.at(offset + k), tail.bands.at(k));
                parts.hasBands = true;
            }
        }
    }

    const bool measureText = !parts.line.isEmpty(m_builder.header().indexOf(kMeasure));
    bool anyText = parts.hasBands;
    for (qsizetype i = 0; i < parts.line.cells.size(); ++i)
        anyText = anyText || !parts.line.isEmpty(i);
    if (!anyText)
        return true;

    bool newRow = false;
    if (!m_builder.hasRow()) {
        newRow = true;
    } else {
        TableRow& row = m_builder.currentRow();
        bool rowHasBands = false;
        for (const QString& grade : std::as_const(m_headerGrades))
            rowHasBands = rowHasBands || row.has(grade);
        if (pageTop && !parts.hasBands) {
            newRow = false; // a row split by the page break carries on
        } else if (parts.hasBands) {
            newRow = rowHasBands;
        } else if (gap > 0.55 * height) {
            newRow = true;
        } else if (rowHasBands && !row.bandsOnFirstLine && measureText) {
            // Flattened rows print the bands after the name: a new name after them is a new row.
            const QString first = parts.line.text(m_builder.header().indexOf(kMeasure));
            newRow = !first.isEmpty() && first.at(0).isUpper();
        }
    }
    if (newRow) {
        m_builder.startRow(line);
        m_builder.currentRow().bandsOnFirstLine = parts.hasBands;
    }
    m_builder.appendToRow(parts.line);
    for (auto it = glued.cbegin(); it != glued.cend(); ++it)
        m_builder.appendCell(columns.at(it.key()).key, it.value());
    return true;
}

QList<Indicator> ThresholdParser::finish()
{
    QList<Indicator> result;
    for (const TableRow& row : m_builder.takeRows()) {
        QList<ThresholdBand> bands;
        QStringList texts;
        for (const QString& grade : std::as_const(m_headerGrades)) {
            const QString text = row.text(grade);
            if (text.isEmpty())
                continue;
            bands.append(BandParser::makeBand(grade, text));
            texts.append(text);
        }
        if (bands.isEmpty())
            continue;

        Indicator indicator;
        indicator.name = text::collapseWhitespace(row.text(kMeasure));
        indicator.description = text::collapseWhitespace(row.text(kDescription));
        const QStringList nameLines = row.cells.value(kMeasure);
        if (indicator.description.isEmpty() && nameLines.size() >= 2) {
            // Fully flattened: the name runs on in lines starting lower case; the description follows.
            qsizetype split = 1;
            while (split < nameLines.size() && !nameLines.at(split).isEmpty() && nameLines.at(split).at(0).isLower())
                ++split;
            indicator.name = TableBuilder::joinLines(nameLines.mid(0, split));
            indicator.description = TableBuilder::joinLines(nameLines.mid(split));
        }
        if (indicator.name.isEmpty())
            continue;
        indicator.thresholds = bands;
        indicator.polarity
            = BandParser::inferPolarity(bands, indicator.name + QLatin1Char(' ') + indicator.description);
        indicator.defects = BandParser::defects(bands, m_headerGrades, indicator.polarity);
        static const QRegularExpression percentName(Lexicon::instance().alternation(QStringLiteral("percentage-name")),
                                                    QRegularExpression::CaseInsensitiveOption);
        bool percent = percentName.match(indicator.name).hasMatch();
        for (const QString& t : texts)
            percent = percent || (hasNumericBand({t}) && t.contains(QLatin1Char('%')));
        if (percent)
            indicator.unit = QStringLiteral("%");
        indicator.section = m_section;
        indicator.ref = text::collapseWhitespace(row.text(QStringLiteral("ref")));
        indicator.pdfPage = row.pdfPage;
        result.append(indicator);
    }
    return result;
}

} // namespace scrutineer::parse
