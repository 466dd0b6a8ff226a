#include "minutes/MinutesTable.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/AgreedDecisions.h"
#include "minutes/DeclarationParser.h"
#include "minutes/MinuteReferences.h"
#include "minutes/MinutesTableColumns.h"
#include "minutes/VoteParser.h"

#include <QStringList>

namespace scrutineer::parse {
namespace {

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
    QString declarations; // the row's cell of a declarations column, joined
    int declarationsPage = 0;
};

// The cells of line `i` by role; false when the line leaves the table (text in the number column
// that is no minute number, or left of the table).
bool minutesTableCells(const MinutesTableHeader& header, const MinutesLine& line, QString& number, QString& subject,
                       QString& decision, QString& declarations)
{
    for (const auto& [left, cell] : line.cells) {
        const qsizetype column = header.columnOf(left, line.height);
        if (column < 0)
            return false;
        QString* into = nullptr;
        switch (header.columns.at(column).role) {
        case MinutesColumnRole::Number:
            into = &number;
            break;
        case MinutesColumnRole::Subject:
            into = &subject;
            break;
        case MinutesColumnRole::Decision:
            into = &decision;
            break;
        case MinutesColumnRole::Declarations:
            into = &declarations;
            break;
        case MinutesColumnRole::Other:
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
    const std::optional<MinutesTableHeader> found = MinutesTableColumns::find(lines);
    if (!found)
        return std::nullopt;
    const MinutesTableHeader& header = *found;

    QList<MinutesTableRow> rows;
    for (qsizetype i = header.line + 1; i < lines.size(); ++i) {
        const MinutesLine& line = lines.at(i);
        if (header.keys.contains(text::normaliseForMatch(line.text)))
            continue; // the header (or its second line) repeated after a page break
        QString number;
        QString subject;
        QString decision;
        QString declarations;
        if (!minutesTableCells(header, line, number, subject, decision, declarations)) {
            // Furniture above a header repeated on the page (a running title) stays out; other text
            // ends the table.
            qsizetype repeat = i + 1;
            while (repeat < lines.size() && repeat <= i + 3 && lines.at(repeat).page == line.page
                   && text::normaliseForMatch(lines.at(repeat).text) != header.keys.first())
                ++repeat;
            if (repeat < lines.size() && repeat <= i + 3 && lines.at(repeat).page == line.page
                && text::normaliseForMatch(lines.at(repeat).text) == header.keys.first()) {
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
        if (!declarations.isEmpty()) {
            if (rows.last().declarations.isEmpty())
                rows.last().declarationsPage = line.page;
            minutes::appendText(rows.last().declarations, declarations);
        }
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
        if (!span.title.isEmpty())
            heading.cells.append({header.leftOf(MinutesColumnRole::Subject), span.title});
        reading.lines.append(heading);
        span.body = reading.lines.size();
        bool firstOfRow = true;
        for (const auto& [at, text] : row.decision) {
            MinutesLine line = lines.at(at);
            line.text = text;
            line.left = header.leftOf(MinutesColumnRole::Decision);
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
        if (!row.declarations.isEmpty())
            reading.declarations += DeclarationParser::fromCell(row.declarations, row.number, row.declarationsPage);
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
    ParsedResolution parsed;
    for (qsizetype i = span.body; i < span.end; ++i) {
        // A division under the decision ("(For 6, Against 1, Abstain 0)") is its vote, not its text.
        qsizetype next = i + 1;
        if (VoteParser::isVoteLabel(lines.at(i).text)) {
            if (auto vote = VoteParser::parse(lines, i, span.end, &next)) {
                parsed.resolution.votes = vote;
                i = next - 1;
                continue;
            }
        }
        content.append({lines.at(i).text, lines.at(i).left, lines.at(i).page});
        texts.append(lines.at(i).text);
    }
    parsed.resolution.text = minutes::joinTexts(texts);
    if (!parsed.resolution.votes)
        parsed.resolution.votes = VoteParser::tallyInText(parsed.resolution.text);
    parsed.resolution.pdfPage = lines.at(span.body).page;
    parsed.clauses = ClauseParser::parse(content);
    parsed.resolution.clauses = parsed.clauses.clauses;
    parsed.resolution.flags.append(AgreedDecisions::flag());
    parsed.agreedProse = true;
    return parsed;
}

} // namespace scrutineer::parse
