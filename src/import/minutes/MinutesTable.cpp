#include "minutes/MinutesTable.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/AgreedDecisions.h"
#include "minutes/MinuteReferences.h"

#include <QStringList>

namespace scrutineer::parse {
namespace {

enum class MinutesTableRole { Number, Subject, Decision, Other };

struct MinutesTableColumn {
    qreal left = 0;
    MinutesTableRole role = MinutesTableRole::Other;
};

struct MinutesTableHeader {
    qsizetype line = -1;
    QString key; // the header line's text, normalised, to know it when it is repeated
    QList<MinutesTableColumn> columns; // left to right
};

bool minutesTableHeadingIs(const char* cue, const QString& cell)
{
    return Lexicon::instance().matches(QLatin1String(cue), cell.simplified());
}

// A header line: the number column's heading first, then a subject's and a decision's.
std::optional<MinutesTableHeader> minutesTableHeader(const QList<MinutesLine>& lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto& cells = lines.at(i).cells;
        if (cells.size() < 2 || !minutesTableHeadingIs("minutes-table-number-heading", cells.first().second))
            continue;
        MinutesTableHeader header;
        header.line = i;
        header.key = text::normaliseForMatch(lines.at(i).text);
        header.columns.append({cells.first().first, MinutesTableRole::Number});
        bool decision = false;
        bool subject = false;
        for (qsizetype k = 1; k < cells.size(); ++k) {
            MinutesTableRole role = MinutesTableRole::Other;
            if (!decision && minutesTableHeadingIs("minutes-table-decision-heading", cells.at(k).second)) {
                role = MinutesTableRole::Decision;
                decision = true;
            } else if (!subject && !decision
                       && minutesTableHeadingIs("minutes-table-subject-heading", cells.at(k).second)) {
                role = MinutesTableRole::Subject;
                subject = true;
            }
            header.columns.append({cells.at(k).first, role});
        }
        if (decision && subject)
            return header;
    }
    return std::nullopt;
}

// The column a cell starting at `left` sits in: the last whose left edge it reaches (cells are
// set flush left in their columns); -1 left of the table.
qsizetype minutesTableColumnOf(const MinutesTableHeader& header, qreal left, qreal height)
{
    const qreal slack = std::max<qreal>(3, 0.5 * height);
    qsizetype found = -1;
    for (qsizetype c = 0; c < header.columns.size(); ++c) {
        if (header.columns.at(c).left <= left + slack)
            found = c;
    }
    return found;
}

// A row's number cell: a minute reference alone ("42", "42.", "CAB/12", "45/23") or a short code
// with a digit ("EX41").
bool isMinutesTableNumber(const QString& cell)
{
    if (!MinuteReferences::readAlone(cell).isEmpty())
        return true;
    if (cell.size() > 10 || cell.count(QLatin1Char(' ')) > 1)
        return false;
    for (const QChar c : cell) {
        if (c.isDigit())
            return true;
    }
    return false;
}

struct MinutesTableRow {
    QString number;
    QList<QPair<qsizetype, QString>> subject; // (line, text)
    QList<QPair<qsizetype, QString>> decision;
};

// The cells of line `i` by role; false when the line leaves the table (text in the number column
// that is no minute number, or left of the table).
bool minutesTableCells(const MinutesTableHeader& header, const MinutesLine& line, QString& number,
                       QString& subject, QString& decision)
{
    for (const auto& [left, cell] : line.cells) {
        const qsizetype column = minutesTableColumnOf(header, left, line.height);
        if (column < 0)
            return false;
        QString* into = nullptr;
        switch (header.columns.at(column).role) {
        case MinutesTableRole::Number:
            into = &number;
            break;
        case MinutesTableRole::Subject:
            into = &subject;
            break;
        case MinutesTableRole::Decision:
            into = &decision;
            break;
        case MinutesTableRole::Other:
            break;
        }
        if (into)
            minutes::appendText(*into, cell);
    }
    return number.isEmpty() || isMinutesTableNumber(number);
}

} // namespace

std::optional<MinutesTableReading> MinutesTable::read(const QList<MinutesLine>& lines)
{
    const std::optional<MinutesTableHeader> found = minutesTableHeader(lines);
    if (!found)
        return std::nullopt;
    const MinutesTableHeader& header = *found;

    QList<MinutesTableRow> rows;
    for (qsizetype i = header.line + 1; i < lines.size(); ++i) {
        const MinutesLine& line = lines.at(i);
        if (text::normaliseForMatch(line.text) == header.key)
            continue; // the header repeated after a page break
        QString number;
        QString subject;
        QString decision;
        if (!minutesTableCells(header, line, number, subject, decision)) {
            // Furniture above a header repeated on the page (a running title) stays out; other text
            // ends the table.
            qsizetype repeat = i + 1;
            while (repeat < lines.size() && repeat <= i + 3 && lines.at(repeat).page == line.page
                   && text::normaliseForMatch(lines.at(repeat).text) != header.key)
                ++repeat;
            if (repeat < lines.size() && repeat <= i + 3 && lines.at(repeat).page == line.page
                && text::normaliseForMatch(lines.at(repeat).text) == header.key) {
                i = repeat;
                continue;
            }
            break;
        }
        if (!number.isEmpty()) {
            MinutesTableRow row;
            row.number = number.endsWith(QLatin1Char('.')) ? number.chopped(1) : number;
            rows.append(row);
        } else if (rows.isEmpty()) {
            continue; // the header's own second line
        }
        if (!subject.isEmpty())
            rows.last().subject.append({i, subject});
        if (!decision.isEmpty())
            rows.last().decision.append({i, decision});
    }
    if (rows.size() < 2)
        return std::nullopt;

    MinutesTableReading reading;
    reading.lines = lines.mid(0, header.line);
    const Lexicon& lexicon = Lexicon::instance();
    for (const MinutesTableRow& row : rows) {
        QStringList title;
        for (const auto& [at, text] : row.subject) {
            if (lexicon.matches(QStringLiteral("minutes-table-subject-note"), text))
                break;
            title.append(text);
        }
        const qsizetype first = std::min(row.subject.isEmpty() ? lines.size() : row.subject.first().first,
                                         row.decision.isEmpty() ? lines.size() : row.decision.first().first);
        const MinutesLine& source = lines.at(std::min(first, lines.size() - 1));
        MinuteSpan span;
        span.number = row.number;
        span.title = minutes::joinTexts(title);
        span.page = source.page;
        span.tableRow = true;
        span.heading = reading.lines.size();
        MinutesLine heading = source;
        heading.left = header.columns.first().left;
        heading.text = span.title.isEmpty() ? row.number : row.number + QLatin1Char(' ') + span.title;
        heading.cells = {{heading.left, row.number}};
        for (const MinutesTableColumn& column : header.columns) {
            if (column.role == MinutesTableRole::Subject && !span.title.isEmpty())
                heading.cells.append({column.left, span.title});
        }
        reading.lines.append(heading);
        span.body = reading.lines.size();
        bool firstOfRow = true;
        for (const auto& [at, text] : row.decision) {
            MinutesLine line = lines.at(at);
            line.text = text;
            for (const MinutesTableColumn& column : header.columns) {
                if (column.role == MinutesTableRole::Decision)
                    line.left = column.left;
            }
            line.cells = {{line.left, text}};
            line.firstWordRight = line.left;
            line.secondWordLeft = 0;
            if (firstOfRow && line.gapBefore >= 0)
                line.gapBefore = 0;
            firstOfRow = false;
            reading.lines.append(line);
        }
        span.end = reading.lines.size();
        reading.spans.append(span);
    }
    return reading;
}

std::optional<ParsedResolution> MinutesTable::cellDecision(const QList<MinutesLine>& lines, const MinuteSpan& span)
{
    if (!span.tableRow || span.body >= span.end
        || !Lexicon::instance().matches(QStringLiteral("minutes-table-outcome-cell"), lines.at(span.body).text))
        return std::nullopt;
    QList<ClauseLine> content;
    QStringList texts;
    for (qsizetype i = span.body; i < span.end; ++i) {
        content.append({lines.at(i).text, lines.at(i).left, lines.at(i).page});
        texts.append(lines.at(i).text);
    }
    ParsedResolution parsed;
    parsed.resolution.text = minutes::joinTexts(texts);
    parsed.resolution.pdfPage = lines.at(span.body).page;
    parsed.clauses = ClauseParser::parse(content);
    parsed.resolution.clauses = parsed.clauses.clauses;
    parsed.resolution.flags.append(AgreedDecisions::flag());
    parsed.agreedProse = true;
    return parsed;
}

} // namespace scrutineer::parse
