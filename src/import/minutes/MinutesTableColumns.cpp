#include "minutes/MinutesTableColumns.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <algorithm>

namespace scrutineer::parse {
namespace {

// The roles a heading may name (an 'Item' heading names a number or a subject column).
struct MinutesColumnHeading {
    bool number = false;
    bool subject = false;
    bool decision = false;
    bool declarations = false;
    bool other = false;

    bool any() const { return number || subject || decision || declarations || other; }
};

MinutesColumnHeading minutesColumnHeading(const QString& cell)
{
    const Lexicon& lexicon = Lexicon::instance();
    const QString text = cell.simplified();
    MinutesColumnHeading heading;
    heading.number = lexicon.matches(QStringLiteral("minutes-column-number"), text);
    heading.subject = lexicon.matches(QStringLiteral("minutes-column-subject"), text);
    heading.decision = lexicon.matches(QStringLiteral("minutes-column-decision"), text);
    heading.declarations = lexicon.matches(QStringLiteral("minutes-column-declarations"), text);
    heading.other = lexicon.matches(QStringLiteral("minutes-column-other"), text);
    return heading;
}

// The text of line `below` in the column starting at `left`, when the line sits right under the
// header line on its page and every cell of it starts at a column of `header`; else empty.
QString minutesColumnBelow(const MinutesLine& header, const MinutesLine& below, qreal left)
{
    const qreal slack = std::max<qreal>(3, 0.5 * header.height);
    if (below.page != header.page || below.gapBefore > 1.2 * header.height)
        return {};
    QString found;
    for (const auto& [at, text] : below.cells) {
        bool aligned = false;
        for (const auto& [headerLeft, headerText] : header.cells)
            aligned = aligned || std::abs(headerLeft - at) <= slack;
        if (!aligned)
            return {};
        if (std::abs(at - left) <= slack)
            found = text;
    }
    return found;
}

std::optional<MinutesTableHeader> minutesTableHeaderAt(const QList<MinutesLine>& lines, qsizetype i)
{
    const MinutesLine& line = lines.at(i);
    const auto& cells = line.cells;
    if (cells.size() < 3)
        return std::nullopt;
    const MinutesLine* below = i + 1 < lines.size() ? &lines.at(i + 1) : nullptr;
    QList<MinutesColumnHeading> headings;
    qsizetype unknown = 0;
    bool wraps = false;
    for (const auto& [left, text] : cells) {
        MinutesColumnHeading heading = minutesColumnHeading(text);
        if (!heading.any() && below) {
            // A heading wrapping onto the line below ('Lead officer /' over 'by when').
            const QString rest = minutesColumnBelow(line, *below, left);
            if (!rest.isEmpty()) {
                heading = minutesColumnHeading(text + QLatin1Char(' ') + rest);
                wraps = wraps || heading.any();
            }
        }
        unknown += heading.any() ? 0 : 1;
        headings.append(heading);
    }
    // Every cell a heading, but one among four or more (a heading the lexicon does not know).
    if (unknown > cells.size() / 4)
        return std::nullopt;

    qsizetype decision = -1;
    qsizetype number = -1;
    qsizetype subject = -1;
    for (qsizetype k = 0; k < headings.size(); ++k) {
        if (decision < 0 && headings.at(k).decision && !headings.at(k).number)
            decision = k;
    }
    // A number heading that is no subject heading ('Minute', 'Ref.', 'No.') names the number
    // column; an ambiguous one ('Item') does when another heading names the subject.
    for (qsizetype k = 0; k < headings.size() && number < 0; ++k) {
        if (headings.at(k).number && !headings.at(k).subject)
            number = k;
    }
    for (qsizetype k = 0; k < headings.size() && subject < 0; ++k) {
        if (k != number && k != decision && headings.at(k).subject && !headings.at(k).number)
            subject = k;
    }
    for (qsizetype k = 0; k < headings.size() && (number < 0 || subject < 0); ++k) {
        if (k == number || k == decision || k == subject || !headings.at(k).number)
            continue;
        (number < 0 ? number : subject) = k;
    }
    if (decision < 0 || number < 0 || subject < 0)
        return std::nullopt;

    MinutesTableHeader header;
    header.line = i;
    header.keys.append(text::normaliseForMatch(line.text));
    for (qsizetype k = 0; k < cells.size(); ++k) {
        MinutesColumnRole role = MinutesColumnRole::Other;
        if (k == number)
            role = MinutesColumnRole::Number;
        else if (k == subject)
            role = MinutesColumnRole::Subject;
        else if (k == decision)
            role = MinutesColumnRole::Decision;
        else if (headings.at(k).declarations)
            role = MinutesColumnRole::Declarations;
        header.columns.append({cells.at(k).first, role});
    }
    // The headings' second line: right under the header, nothing in the number column.
    if (below && (wraps || !below->cells.isEmpty())) {
        bool second = below->page == line.page && below->gapBefore <= 1.2 * line.height;
        for (const auto& [left, text] : below->cells) {
            const qsizetype column = header.columnOf(left, below->height);
            second = second && column >= 0 && header.columns.at(column).role != MinutesColumnRole::Number
                && !minutesColumnBelow(line, *below, left).isEmpty();
        }
        if (second)
            header.keys.append(text::normaliseForMatch(below->text));
    }
    return header;
}

} // namespace

qsizetype MinutesTableHeader::columnOf(qreal left, qreal height) const
{
    const qreal slack = std::max<qreal>(3, 0.5 * height);
    qsizetype found = -1;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).left <= left + slack)
            found = c;
    }
    return found;
}

qreal MinutesTableHeader::leftOf(MinutesColumnRole role) const
{
    for (const MinutesColumn& column : columns) {
        if (column.role == role)
            return column.left;
    }
    return 0;
}

std::optional<MinutesTableHeader> MinutesTableColumns::find(const QList<MinutesLine>& lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (auto header = minutesTableHeaderAt(lines, i))
            return header;
    }
    return std::nullopt;
}

} // namespace scrutineer::parse
