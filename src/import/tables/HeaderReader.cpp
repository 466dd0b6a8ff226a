#include "tables/HeaderReader.h"

#include "tables/Figure.h"

#include <QRegularExpression>

#include <algorithm>

namespace scrutineer::parse {
namespace {

constexpr int kMaxHeaderLines = 4;
// A heading fragment may fall this share of its type height short of the column it continues
// (3 pt at 10 pt), so that the slack grows and shrinks with the page.
constexpr qreal kOverlapSlackShare = 0.3;

qreal headingSlack(const QList<layout::LayoutWord>& words)
{
    qreal height = 0;
    for (const layout::LayoutWord& word : words)
        height = std::max(height, word.box.height());
    return kOverlapSlackShare * height;
}

// A date or reporting period printed under a column's heading: "30/09/2024", "2024/25", "Q3", "Dec-24";
// or heading a column itself: a quarter's months "Apr–Jun 2024", with its year on the line below
// ("Jan–Mar" over "2024").
bool isPeriod(const QString& text)
{
    static const QRegularExpression period(
        QStringLiteral(
            "^(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}[/-]\\d{2,4}|Q[1-4](?:\\s+\\d{2,4}(?:[/-]\\d{2,4})?)?|"
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*[\\s-]+\\d{2,4}|\\(?\\d{4}\\)?|"
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s*[-\u2013\u2014]\\s*"
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{2,4}(?:[/-]\\d{2,4})?)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    // A month alone or with its year heads that month's column ("Apr | May | Jun", "Apr-25").
    return period.match(text.trimmed()).hasMatch() || !monthPeriod(text).isEmpty();
}

// A quarter's months without their year: "Jan–Mar", "Apr - Jun".
bool isMonthSpan(const QString& text)
{
    static const QRegularExpression span(
        QStringLiteral("^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s*[-\u2013\u2014]\\s*"
                       "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    return span.match(text.trimmed()).hasMatch();
}

// A year or financial year alone: "2024", "2024/25".
bool isYear(const QString& text)
{
    static const QRegularExpression year(QStringLiteral("^(?:19|20)\\d{2}(?:[/-]\\d{2,4})?$"));
    return year.match(text.trimmed()).hasMatch();
}

QString joined(const QString& a, const QString& b)
{
    return a.isEmpty() ? b : a + QLatin1Char(' ') + b;
}

} // namespace

int TableHeader::indexOf(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

QStringList TableHeader::keys() const
{
    QStringList result;
    for (const TableColumn& column : columns)
        result.append(column.key);
    return result;
}

int TableHeader::knownColumns() const
{
    int known = 0;
    for (const TableColumn& column : columns)
        known += column.roles.isEmpty() ? 0 : 1;
    return known;
}

HeaderReader::HeaderReader(const Lexicon& lexicon) : m_lexicon(lexicon), m_headings(lexicon)
{
}

bool HeaderReader::continueWith(const layout::LayoutLine& line, QList<Column>& columns) const
{
    QList<Column> next = columns;
    for (const Group& group : m_headings.groups(line)) {
        if (group.words.size() > HeadingSplitter::kMaxWords || group.text.trimmed().endsWith(QLatin1Char(':')))
            return false;
        // The column this heading fragment sits under (most overlap); spanning headings adopt
        // the columns printed beneath them.
        int best = -1;
        qreal bestOverlap = 0;
        const qreal slack = headingSlack(group.words);
        for (int i = 0; i < next.size(); ++i) {
            const Column& column = next.at(i);
            if (column.spanning)
                continue;
            const qreal overlap
                = std::min(group.right, column.right + slack) - std::max(group.left, column.left - slack);
            if (overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        const Fit alone = m_headings.fit(group.text);
        if (best < 0) {
            if (alone != Fit::Phrase && alone != Fit::Prefix)
                return false;
            next.append(Column {group.left, group.right, group.text, m_headings.spanning(group.text), {}});
            continue;
        }
        Column& column = next[best];
        const Fit before = m_headings.fit(column.text);
        const QString combined = joined(column.text, group.text);
        const Fit together = m_headings.fit(combined);
        const bool finishes = together == Fit::Phrase || together == Fit::Prefix;
        // "Progress /" over "Review Date": a known heading stacked over another known heading.
        const bool stacked = before == Fit::Phrase && alone == Fit::Phrase;
        // A heading the lexicon only knows by a cue word may wrap too, if it was waiting for more.
        const bool wrapped = (before == Fit::Prefix || before == Fit::Unknown) && together == Fit::Cue;
        // The date or period a figure column reports, under its heading ("Actual" over "30/09/2024").
        const bool dated = before != Fit::Unknown && isPeriod(group.text);
        // A quarter's months, or a month, finished by their year below ("Jan–Mar" or "Apr" over "2024").
        const bool periodGoesOn = before == Fit::Unknown
            && (isMonthSpan(column.text) || !monthPeriod(column.text).isEmpty()) && isYear(group.text);
        if (!finishes && !stacked && !wrapped && !dated && !periodGoesOn)
            return false;
        if (dated && !finishes && !stacked && !wrapped)
            column.period = joined(column.period, group.text);
        else
            column.text = combined;
        column.left = std::min(column.left, group.left);
        column.right = std::max(column.right, group.right);
    }
    columns = next;
    return true;
}

bool HeaderReader::precedeWith(const layout::LayoutLine& line, QList<Column>& columns) const
{
    QList<Column> next = columns;
    const QList<Group> lineGroups = m_headings.groups(line);
    if (lineGroups.isEmpty())
        return false;
    for (const Group& group : lineGroups) {
        const QString trimmed = group.text.trimmed();
        // A label ending in its colon ("Unit: Percentage   Annual target: 97.5%") is a labelled
        // line over the table, never a heading stacked over a column.
        if (group.words.size() > HeadingSplitter::kMaxWords || trimmed.isEmpty() || trimmed.at(0).isLower()
            || trimmed.endsWith(QLatin1Char(':')))
            return false;
        int best = -1;
        qreal bestOverlap = 0;
        const qreal slack = headingSlack(group.words);
        for (int i = 0; i < next.size(); ++i) {
            const qreal overlap
                = std::min(group.right, next.at(i).right + slack) - std::max(group.left, next.at(i).left - slack);
            if (!next.at(i).spanning && overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        if (best < 0) {
            // A heading of its own standing higher than its neighbours.
            if (m_headings.fit(group.text) != Fit::Phrase)
                return false;
            next.append(Column {group.left, group.right, group.text, m_headings.spanning(group.text), {}});
            continue;
        }
        Column& column = next[best];
        const QString combined = joined(group.text, column.text);
        const Fit together = m_headings.fit(combined);
        const Fit below = m_headings.fit(column.text);
        if (together != Fit::Phrase && !(together == Fit::Cue && (below == Fit::Unknown || below == Fit::Prefix)))
            return false;
        column.text = combined;
        column.left = std::min(column.left, group.left);
        column.right = std::max(column.right, group.right);
    }
    columns = next;
    return true;
}

std::optional<TableHeader> HeaderReader::read(const QList<layout::LayoutLine>& lines, qsizetype index) const
{
    if (index < 0 || index >= lines.size())
        return std::nullopt;
    const layout::LayoutLine& first = lines.at(index);
    // Cheap test first: two runs of words apart, or one short run that may start a heading.
    int runs = 0;
    qreal lastRight = -1e9;
    for (const layout::LayoutWord& word : first.words) {
        runs += word.box.left() - lastRight > 0.8 * word.box.height() ? 1 : 0;
        lastRight = word.box.right();
    }
    if (runs < 2) {
        const QStringList start
            = first.words.isEmpty() ? QStringList() : Lexicon::headingWords(first.words.first().text);
        if (first.words.size() > HeadingSplitter::kMaxWords || start.isEmpty()
            || !m_lexicon.mayStartHeading(start.first()))
            return std::nullopt;
    }
    const QList<Group> firstGroups = m_headings.groups(first);
    if (firstGroups.size() < 2)
        return std::nullopt;
    int known = 0;
    int periods = 0;
    int lowerStarts = 0;
    for (const Group& group : firstGroups) {
        // A heading starts with a capital or a digit and is no sentence: a line with a group of
        // many words or one ending a sentence is body text; a group opening in lower case must be
        // the end of a heading that starts on the line above.
        const QString trimmed = group.text.trimmed();
        const Fit alone = m_headings.fit(group.text);
        // A full stop ends a sentence, but also an abbreviated heading the lexicon knows ("No.").
        const bool abbreviation
            = trimmed.endsWith(QLatin1Char('.')) && group.words.size() <= 2 && alone != Fit::Unknown;
        // A label ending in its colon ("Good performance:   High") makes a labelled line, not headings.
        if (group.words.size() > HeadingSplitter::kMaxWords || trimmed.isEmpty()
            || (trimmed.endsWith(QLatin1Char('.')) && !abbreviation) || trimmed.endsWith(QLatin1Char(','))
            || trimmed.endsWith(QLatin1Char(':')))
            return std::nullopt;
        if (trimmed.at(0).isLower() && alone != Fit::Phrase) {
            ++lowerStarts;
            continue;
        }
        known += alone == Fit::Unknown ? 0 : 1;
        periods += alone == Fit::Unknown && isPeriod(group.text) ? 1 : 0;
    }
    // Headings that are periods ("Q1 | Q2 | Q3") head columns of values: named, if not by the lexicon.
    if (known < 2 || (known + periods) * 2 < int(firstGroups.size()))
        return std::nullopt;

    QList<Column> columns;
    for (const Group& group : firstGroups)
        columns.append(Column {group.left, group.right, group.text, m_headings.spanning(group.text), {}});
    // Headings centred in tall header cells start on the lines above the first line that holds
    // two of them ("How we will know it" above "Ref | Action | has worked | Lead"), or stand a
    // little higher than the others ("Actual" above "Credit risk indicator | Minimum").
    qreal top = first.top();
    for (qsizetype j = index - 1; j >= 0 && j >= index - 2; --j) {
        const layout::LayoutLine& above = lines.at(j);
        if (above.pageNumber != first.pageNumber
            || top - above.box.bottom() > 1.2 * std::min(first.height(), above.height())
            || !precedeWith(above, columns))
            break;
        top = above.top();
    }
    qreal bottom = first.box.bottom();
    qreal lastHeight = first.height();
    int used = 1;
    for (qsizetype j = index + 1; j < lines.size() && used < kMaxHeaderLines; ++j) {
        const layout::LayoutLine& next = lines.at(j);
        if (next.pageNumber != first.pageNumber || next.top() - bottom > 1.2 * std::min(lastHeight, next.height()))
            break;
        if (!continueWith(next, columns))
            break;
        bottom = next.box.bottom();
        lastHeight = next.height();
        ++used;
    }
    for (const Column& column : std::as_const(columns)) {
        if (column.text.trimmed().at(0).isLower() && m_headings.fit(column.text) != Fit::Phrase)
            return std::nullopt; // a lower-case fragment no heading above finishes: body text
    }
    // A heading that would span the columns under it ("Thresholds" over "Red | Amber | Green")
    // with none under it heads a column of its own, its cells holding the bands in words.
    for (Column& column : columns) {
        bool beneath = false;
        for (const Column& other : std::as_const(columns))
            beneath = beneath || (!other.spanning && other.left < column.right && other.right > column.left);
        column.spanning = column.spanning && beneath;
    }

    TableHeader header;
    int strong = 0;
    for (const Column& column : columns) {
        if (column.spanning)
            continue;
        const Lexicon::Heading heading = m_lexicon.heading(column.text);
        TableColumn out;
        out.left = column.left;
        out.right = column.right;
        out.heading = column.period.isEmpty() ? column.text : joined(column.text, column.period);
        out.roles = heading.byPhrase || !isPeriodHeading(out.heading) ? heading.roles : QStringList();
        out.roles.removeAll(QStringLiteral("spanning"));
        out.grade = heading.grade;
        out.byPhrase = heading.byPhrase;
        out.political = heading.political;
        out.key = !heading.grade.isEmpty() ? heading.grade : out.roles.value(0);
        strong += heading.byPhrase && !heading.weak ? 1 : 0;
        header.columns.append(out);
    }
    std::sort(header.columns.begin(), header.columns.end(),
              [](const TableColumn& a, const TableColumn& b) { return a.left < b.left; });
    // Everyday words ("No", "Service") make a header only beside strong headings.
    const int knownColumns = header.knownColumns();
    int periodColumns = 0;
    for (const TableColumn& column : std::as_const(header.columns))
        periodColumns
            += column.roles.isEmpty() && (isPeriod(column.heading) || isPeriodHeading(column.heading)) ? 1 : 0;
    const bool allKnown = knownColumns + periodColumns == int(header.columns.size());
    if (header.columns.size() < 2 || knownColumns < 2 || strong < 1 || (strong < 2 && !allKnown)
        || (knownColumns + periodColumns) * 2 < int(header.columns.size()))
        return std::nullopt;
    header.pageNumber = first.pageNumber;
    header.top = top;
    header.bottom = bottom;
    header.lineCount = used;
    return header;
}

} // namespace scrutineer::parse
