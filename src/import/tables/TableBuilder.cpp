#include "tables/TableBuilder.h"

#include "TextUtil.h"

#include <algorithm>
#include <cmath>

namespace scrutineer::parse {
namespace {

constexpr qreal kInfinity = std::numeric_limits<qreal>::infinity();

} // namespace

QString wordsText(const QList<layout::LayoutWord>& words)
{
    if (words.isEmpty())
        return {};
    layout::LayoutLine line;
    line.words = words;
    return line.text();
}

bool isCapitalHeading(const layout::LayoutLine& line)
{
    // One run of words: a row of short capitalised cells ("JSNA   CPH   SO1,SO2") is no heading.
    for (qsizetype i = 1; i < line.words.size(); ++i) {
        const layout::LayoutWord& a = line.words.at(i - 1);
        const layout::LayoutWord& b = line.words.at(i);
        if (b.box.left() - a.box.right() > 1.5 * std::max(a.box.height(), b.box.height()))
            return false;
    }
    int words = 0;
    for (const layout::LayoutWord& word : line.words) {
        bool letters = false;
        for (const QChar c : word.text) {
            if (c.isLower())
                return false;
            letters = letters || c.isLetter();
        }
        if (letters)
            ++words;
    }
    return words >= 3;
}

QString AssignedLine::text(qsizetype column) const
{
    return isEmpty(column) ? QString() : wordsText(cells.at(column));
}

QString TableRow::text(const QString& key) const
{
    return TableBuilder::joinLines(cells.value(key));
}

QString TableRow::line(const QString& key) const
{
    return text::collapseWhitespace(text(key));
}

TableBuilder::TableBuilder(const TableHeader& header)
{
    setHeader(header);
}

void TableBuilder::setHeader(const TableHeader& header)
{
    m_header = header;
    m_lastPage = header.pageNumber;
    m_lastBottom = header.bottom;
    m_headerJustSeen = true;
}

AssignedLine TableBuilder::assign(const layout::LayoutLine& line) const
{
    AssignedLine assigned;
    assigned.line = line;
    assigned.cells.resize(m_header.columns.size());
    if (m_header.columns.isEmpty())
        return assigned;
    const QList<int> columns = columnsOf(line);
    for (qsizetype i = 0; i < line.words.size(); ++i)
        assigned.cells[columns.at(i)].append(line.words.at(i));
    return assigned;
}

QList<int> TableBuilder::columnsOf(const layout::LayoutLine& line) const
{
    QList<int> result(line.words.size(), 0);
    if (m_header.columns.isEmpty())
        return result;
    qsizetype start = 0;
    while (start < line.words.size()) {
        qsizetype end = start;
        while (end + 1 < line.words.size()) {
            const layout::LayoutWord& a = line.words.at(end);
            const layout::LayoutWord& b = line.words.at(end + 1);
            if (b.box.left() - a.box.right() > 0.5 * std::min(a.box.height(), b.box.height()))
                break;
            ++end;
        }
        end = runEndAtColumnEdge(line, start, end);
        const int column = columnOf(line.words.at(start).box.left(), line.words.at(end).box.right(),
                                    line.words.at(start).box.height());
        for (qsizetype i = start; i <= end; ++i)
            result[i] = column;
        start = end + 1;
    }
    return result;
}

qsizetype TableBuilder::runEndAtColumnEdge(const layout::LayoutLine& line, qsizetype start, qsizetype end) const
{
    // A cell filled to its right edge meets the next one with no more than a word space between
    // them ("Head of Procurement and" then "31/03/2025"): the next cell's first word still starts
    // where its column's cells start. A run across several edges (a row across the table) is whole.
    const layout::LayoutWord& first = line.words.at(start);
    const qreal height = first.box.height();
    const int firstColumn = columnOf(first.box.left(), first.box.right(), height);
    const int lastColumn = columnOf(line.words.at(end).box.left(), line.words.at(end).box.right(), height);
    if (lastColumn != firstColumn + 1)
        return end;
    const qreal edge = m_header.columns.at(lastColumn).left;
    for (qsizetype k = start + 1; k <= end; ++k) {
        const qreal left = line.words.at(k).box.left();
        if (std::abs(left - edge) <= kOnEdgeShare * height && line.words.at(k - 1).box.right() < edge)
            return k - 1;
    }
    return end;
}

int TableBuilder::columnOf(qreal left, qreal right, qreal textHeight) const
{
    const qsizetype n = m_header.columns.size();
    const qreal tolerance = kEdgeToleranceShare * textHeight;
    int best = 0;
    qreal bestOverlap = -kInfinity;
    for (qsizetype i = 0; i < n; ++i) {
        const qreal lo = i == 0 ? -kInfinity : m_header.columns.at(i).left - tolerance;
        const qreal hi = i + 1 == n ? kInfinity : m_header.columns.at(i + 1).left - tolerance;
        // A zero-width box still picks the band holding its left edge.
        const qreal overlap = std::min(right, hi) - std::max(left, lo);
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = int(i);
        }
    }
    return best;
}

void TableBuilder::startRow(const layout::LayoutLine& line)
{
    TableRow row;
    row.pdfPage = line.pageNumber;
    row.top = line.top();
    m_rows.append(row);
}

void TableBuilder::appendToRow(const AssignedLine& line)
{
    if (m_rows.isEmpty())
        startRow(line.line);
    TableRow& row = m_rows.last();
    for (qsizetype i = 0; i < line.cells.size() && i < m_header.columns.size(); ++i) {
        if (!line.cells.at(i).isEmpty())
            row.cells[m_header.columns.at(i).key].append(line.text(i));
    }
    markBodyLine(line.line);
}

void TableBuilder::markBodyLine(const layout::LayoutLine& line)
{
    if (!m_rows.isEmpty())
        ++m_rows.last().lineCount;
    m_lastBodyPage = line.pageNumber;
    noteLine(line);
}

void TableBuilder::appendCell(const QString& key, const QString& text)
{
    if (!m_rows.isEmpty() && !text.isEmpty())
        m_rows.last().cells[key].append(text);
}

QList<TableRow> TableBuilder::takeRows()
{
    QList<TableRow> rows;
    rows.swap(m_rows);
    return rows;
}

void TableBuilder::noteLine(const layout::LayoutLine& line)
{
    m_lastPage = line.pageNumber;
    m_lastBottom = line.box.bottom();
    m_headerJustSeen = false;
}

qreal TableBuilder::gapAbove(const layout::LayoutLine& line) const
{
    if (line.pageNumber != m_lastPage)
        return kInfinity;
    return line.top() - m_lastBottom;
}

bool TableBuilder::endsTable(const layout::LayoutLine& line, qreal maxGapLines) const
{
    if (isCapitalHeading(line))
        return true;
    if (firstBodyLineOnPage(line) && !headerJustSeen() && !alignsWithColumns(line))
        return true; // the next page does not continue the table
    const qreal gap = gapAbove(line);
    return gap != kInfinity && gap > maxGapLines * line.height();
}

bool TableBuilder::alignsWithColumns(const layout::LayoutLine& line) const
{
    const qreal tolerance = kAlignShare * line.height();
    QList<int> aligned;
    for (const layout::LayoutWord& word : line.words) {
        for (int i = 0; i < m_header.columns.size(); ++i) {
            if (std::abs(word.box.left() - m_header.columns.at(i).left) <= tolerance && !aligned.contains(i))
                aligned.append(i);
        }
    }
    if (aligned.size() >= 2)
        return true;
    // One cell only: it must start at an inner column, not at the margin where prose starts.
    return aligned.size() == 1 && aligned.first() > 0 && !line.words.isEmpty()
        && std::abs(line.words.first().box.left() - m_header.columns.at(aligned.first()).left) <= tolerance;
}

void TableBuilder::fillDown(QList<TableRow>& rows, const QStringList& keys)
{
    for (const QString& key : keys) {
        QStringList carried;
        for (TableRow& row : rows) {
            if (row.has(key))
                carried = row.cells.value(key);
            else if (!carried.isEmpty())
                row.cells.insert(key, carried);
        }
    }
}

QString TableBuilder::joinLines(const QStringList& lines)
{
    QString out;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (out.isEmpty()) {
            out = line;
        } else if (out.size() >= 2 && out.endsWith(QLatin1Char('-')) && out.at(out.size() - 2).isLetter()
                   && line.at(0).isLower()) {
            out += line; // "non-" + "engagement": keep the hyphen, drop the break
        } else {
            out += QLatin1Char(' ') + line;
        }
    }
    return out;
}

} // namespace scrutineer::parse
