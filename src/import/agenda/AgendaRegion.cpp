#include "agenda/AgendaRegion.h"

#include "lexicon/Lexicon.h"

#include "TextUtil.h"
#include "agenda/AgendaTable.h"
#include "agenda/AgendaText.h"
#include "agenda/AgendaTimeColumn.h"
#include "agenda/DocumentKindDetector.h"

#include <QRegularExpression>

#include <limits>

namespace scrutineer::parse {
namespace {

constexpr int kMaxAgendaPages = 12;
constexpr int kFirstPagesForHeading = 6;

bool opensMinutes(const layout::LayoutPage& page)
{
    int seen = 0;
    for (const layout::LayoutLine& line : page.lines) {
        const QString text = AgendaText::lineText(line);
        if (AgendaText::isStampLine(text))
            continue;
        if (DocumentKindDetector::isMinutesHeading(text))
            return true;
        if (++seen >= 4)
            break;
    }
    return false;
}

bool hasStampLine(const layout::LayoutPage& page)
{
    for (const layout::LayoutLine& line : page.lines) {
        if (line.box.top() > 70)
            break;
        static const QRegularExpression stamp(Lexicon::instance().alternation(QStringLiteral("agenda-item-stamp-line")),
                                              QRegularExpression::CaseInsensitiveOption);
        if (stamp.match(AgendaText::lineText(line)).hasMatch())
            return true;
    }
    return false;
}

qreal pageLeft(const layout::LayoutPage& page)
{
    qreal left = std::numeric_limits<qreal>::max();
    for (const layout::LayoutLine& line : page.lines) {
        if (!AgendaText::isStampLine(AgendaText::lineText(line)))
            left = std::min(left, line.box.left());
    }
    return left == std::numeric_limits<qreal>::max() ? 0 : left;
}

qreal wordGap(const layout::LayoutLine& line, int index)
{
    return line.words.at(index).box.left() - line.words.at(index - 1).box.right();
}

// A decision's or resolution's reference, or a year, opening a title: "24/00108", "2021-12",
// "2025/26", "2024".
bool isReference(const QString& word)
{
    // "2021-12", "2024", and planning applications' numbers ("23/01234/FUL", "24/0081/LBC").
    static const QRegularExpression reference(
        QStringLiteral("^(?:\\d{2,4}[/-]\\d{1,6}[A-Za-z]?(?:/[A-Z]{2,5})?|(?:19|20)\\d{2})$"));
    return reference.match(word).hasMatch();
}

bool startsLikeTitle(const QString& word)
{
    if (word.isEmpty())
        return false;
    const QChar c = word.at(0);
    return c.isLetter() || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QChar(0x2018) || c == QChar(0x201C)
        || c == QLatin1Char('(');
}

// The first words of a title: a title-like word, or a reference followed by more of the title.
bool startsTitle(const layout::LayoutLine& line, int index)
{
    if (index >= line.words.size())
        return false;
    const QString& word = line.words.at(index).text;
    return startsLikeTitle(word) || (isReference(word) && index + 1 < line.words.size());
}

// An item's number printed alone on its line with the title on the next ("1." ⏎ "Apologies for
// absence"), as agendas printed from ModernGov's web pages set them: one line, the number hanging
// left of the title, so that the entry reads as any numbered one. The number needs its stop, the
// title a capital or a reference ("24/00512/FUL - Land at …") and the two lines must touch.
bool joinLoneNumber(layout::LayoutLine& number, const layout::LayoutLine& title)
{
    static const QRegularExpression alone(QStringLiteral("^\\d{1,3}[A-Za-z]?[.)]$"));
    if (number.words.size() != 1 || title.words.isEmpty() || !alone.match(number.words.first().text).hasMatch()
        || !startsTitle(title, 0)
        || !(title.words.first().text.at(0).isUpper() || isReference(title.words.first().text)))
        return false;
    const qreal h = AgendaText::height(number);
    if (title.box.top() - number.box.bottom() > h * 0.8 || title.box.left() < number.box.left() - h)
        return false;
    layout::LayoutWord word = number.words.first();
    const qreal width = word.box.width();
    const qreal right = std::min(word.box.right(), title.box.left() - h);
    word.box = QRectF(right - width, title.box.top(), width, title.box.height());
    layout::LayoutLine joined = title;
    joined.words.prepend(word);
    joined.box = title.box.united(word.box);
    number = joined;
    return true;
}

// A page range in the line's first cell with an item's number opening the next cell: the pages
// column printed left of the numbers ("3 - 6 | 3 | Minutes of the meeting …").
void takeLeftRange(AgendaLine& entry)
{
    const QList<layout::LayoutLine> cells = entry.line.cells(AgendaText::height(entry.line) * 1.5);
    if (cells.size() < 2 || cells.at(1).words.isEmpty())
        return;
    static const QRegularExpression number(QStringLiteral("^\\d{1,3}[A-Za-z]?[.)]?$"));
    const auto range = AgendaText::bareRange(AgendaText::lineText(cells.first()));
    if (!range || !number.match(cells.at(1).words.first().text).hasMatch())
        return;
    entry.leftRange = range;
    entry.line.words = entry.line.words.mid(cells.first().words.size());
    entry.line.box = QRectF();
    for (const layout::LayoutWord& w : std::as_const(entry.line.words))
        entry.line.box = entry.line.box.isNull() ? w.box : entry.line.box.united(w.box);
    entry.text = AgendaText::lineText(entry.line);
}

} // namespace

qreal AgendaRegion::gap(const AgendaLine& a, const AgendaLine& b)
{
    if (a.page != b.page)
        return 1000;
    return b.line.box.top() - a.line.box.bottom();
}

QList<AgendaLine> AgendaRegion::collect(const layout::LayoutDocument& document)
{
    QList<AgendaLine> lines;
    int startPage = -1;
    int startLine = -1;
    for (int p = 0; p < document.pages.size() && p < kFirstPagesForHeading && startPage < 0; ++p) {
        const QList<layout::LayoutLine>& pageLines = document.pages.at(p).lines;
        for (int l = 0; l < pageLines.size(); ++l) {
            if (DocumentKindDetector::isAgendaHeading(AgendaText::lineText(pageLines.at(l)))) {
                startPage = p;
                startLine = l + 1;
                break;
            }
        }
    }
    if (startPage < 0)
        return lines;
    for (int p = startPage; p < document.pages.size() && p < startPage + kMaxAgendaPages; ++p) {
        const layout::LayoutPage& page = document.pages.at(p);
        if (p > startPage
            && (AgendaText::isBlankPage(page) || page.furniture.agendaStamp || hasStampLine(page)
                || opensMinutes(page)))
            break;
        const qreal left = pageLeft(page);
        for (int l = p == startPage ? startLine : 0; l < page.lines.size(); ++l) {
            layout::LayoutLine line = page.lines.at(l);
            if (l + 1 < page.lines.size() && joinLoneNumber(line, page.lines.at(l + 1)))
                ++l;
            const QString text = AgendaText::lineText(line);
            if (text.isEmpty() || AgendaText::isStampLine(text) || AgendaText::isBlankNotice(text))
                continue;
            AgendaLine entry;
            entry.text = text;
            entry.line = line;
            entry.page = page.number;
            entry.pageWidth = page.size.width();
            entry.pageLeft = left;
            takeLeftRange(entry);
            takeLeader(entry);
            if (entry.line.words.isEmpty()) {
                // A leader on a line of its own leads from the title above it to the pages.
                if (!lines.isEmpty() && lines.last().page == entry.page && lines.last().leaderCell.isEmpty()) {
                    lines.last().leaderCell = entry.leaderCell;
                    lines.last().leaderRange = entry.leaderRange;
                }
                continue;
            }
            lines.append(entry);
        }
    }
    AgendaTable::cut(lines);
    AgendaTimeColumn::take(lines);
    return lines;
}

namespace {

// A dot leader: a run of three or more dots (or ellipses, or middle dots) at the start or end of
// a word, or making the whole word. Returns the word with the run cut off, or the word unchanged.
QString cutLeaderRun(const QString& word, bool* found)
{
    static const QRegularExpression run(QStringLiteral("[.\u2026\u00b7]{3,}|(?:\u2026\\s*){2,}"));
    const auto m = run.match(word);
    *found = m.hasMatch() && (m.capturedStart() == 0 || m.capturedEnd() == word.size());
    if (!*found)
        return word;
    return (m.capturedStart() == 0 ? word.mid(m.capturedEnd()) : word.left(m.capturedStart())).trimmed();
}

void rebox(AgendaLine& entry)
{
    entry.line.box = QRectF();
    for (const layout::LayoutWord& w : std::as_const(entry.line.words))
        entry.line.box = entry.line.box.isNull() ? w.box : entry.line.box.united(w.box);
    entry.text = AgendaText::lineText(entry.line);
}

} // namespace

void AgendaRegion::takeLeader(AgendaLine& entry)
{
    QList<layout::LayoutWord> kept;
    qsizetype leaderEnd = -1; // words from this index on follow the last leader
    for (const layout::LayoutWord& word : std::as_const(entry.line.words)) {
        bool found = false;
        const QString cut = cutLeaderRun(word.text, &found);
        if (!found) {
            kept.append(word);
            continue;
        }
        // Part of the word is text ("2023........", "......Pages"): its box shrinks to that part.
        const bool leading = !cut.isEmpty() && !word.text.startsWith(cut);
        layout::LayoutWord part = word;
        part.text = cut;
        const qreal share = word.box.width() * cut.size() / std::max<qsizetype>(1, word.text.size());
        if (leading)
            part.box.setLeft(word.box.right() - share);
        else
            part.box.setWidth(share);
        if (!cut.isEmpty() && !leading)
            kept.append(part);
        leaderEnd = kept.size();
        if (leading)
            kept.append(part);
    }
    if (leaderEnd < 0)
        return;
    // A leader ends the title: what follows it on the line is the cell it leads to.
    const QList<layout::LayoutWord> cell = kept.mid(leaderEnd);
    QStringList parts;
    for (const layout::LayoutWord& w : cell)
        parts.append(w.text);
    entry.leaderCell = text::collapseWhitespace(parts.join(QLatin1Char(' ')));
    entry.leaderRange = leaderPages(entry.leaderCell);
    entry.line.words = kept.mid(0, leaderEnd);
    rebox(entry);
}

std::optional<PageRange> AgendaRegion::leaderPages(const QString& cell)
{
    if (const auto bare = AgendaText::bareRange(cell))
        return bare;
    if (const auto found = AgendaText::findRange(QLatin1Char(' ') + cell); found && found->start <= 1)
        return found->range;
    bool number = false;
    const int lone = cell.trimmed().toInt(&number);
    if (number && lone > 0)
        return PageRange {lone, lone};
    return std::nullopt;
}

std::optional<ItemStart> AgendaRegion::arabicStart(const AgendaLine& line)
{
    // "4.", "10", "6a", and a part lettered in brackets after its item's number ("5(a)").
    static const QRegularExpression number(QStringLiteral("^(\\d{1,3}(?:[A-Za-z]|\\([a-z]\\))?)([.)])?$"));
    const layout::LayoutLine& l = line.line;
    if (l.words.size() < 2)
        return std::nullopt;
    const auto m = number.match(l.words.first().text);
    if (!m.hasMatch() || !startsTitle(l, 1))
        return std::nullopt;
    const qreal h = AgendaText::height(l);
    // A bare number needs the gap of a number column, unless a table's Number column holds it.
    const bool closed = !m.captured(2).isEmpty() || m.captured(1).endsWith(QLatin1Char(')'));
    if (!closed && !line.numberCell && wordGap(l, 1) < std::max<qreal>(8.0, h * 0.8))
        return std::nullopt;
    QString digits = m.captured(1);
    while (!digits.isEmpty() && !digits.back().isDigit())
        digits.chop(1);
    return ItemStart {m.captured(1), digits.toInt(), l.words.first().box.left(), 1};
}

std::optional<ItemStart> AgendaRegion::decimalStart(const AgendaLine& line)
{
    // Set apart from its title like a number column (a gap of most of the type's height, however
    // small the page is printed), so that a report's numbered paragraph ("2.1 Note the forecast
    // …", a word space after it) is no item.
    static const QRegularExpression number(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.?$"));
    const layout::LayoutLine& l = line.line;
    if (l.words.size() < 2)
        return std::nullopt;
    const auto m = number.match(l.words.first().text);
    if (!m.hasMatch() || !startsTitle(l, 1) || m.captured(2).toInt() == 0)
        return std::nullopt;
    if (wordGap(l, 1) < AgendaText::height(l) * 0.8)
        return std::nullopt;
    return ItemStart {m.captured(1) + QLatin1Char('.') + m.captured(2), m.captured(1).toInt(),
                      l.words.first().box.left(), 1, m.captured(2).toInt()};
}

std::optional<ItemStart> AgendaRegion::referenceStart(const AgendaLine& line)
{
    // "2021-12      Resolution approving …": the entry's own number is a reference, set apart
    // from its title like a number column.
    static const QRegularExpression reference(QStringLiteral("^\\d{2,4}[/-]\\d{1,6}[A-Za-z]?$"));
    const layout::LayoutLine& l = line.line;
    if (l.words.size() < 2 || !reference.match(l.words.first().text).hasMatch() || !startsLikeTitle(l.words.at(1).text)
        || !l.words.at(1).text.at(0).isUpper())
        return std::nullopt;
    if (wordGap(l, 1) < std::max<qreal>(8.0, AgendaText::height(l) * 0.8))
        return std::nullopt;
    return ItemStart {l.words.first().text, 0, l.words.first().box.left(), 1};
}

std::optional<ItemStart> AgendaRegion::romanStart(const AgendaLine& line)
{
    static const QRegularExpression numeral(QStringLiteral("^([IVXLC]{1,6})\\.$"));
    const layout::LayoutLine& l = line.line;
    if (l.words.size() < 2)
        return std::nullopt;
    const auto m = numeral.match(l.words.first().text);
    if (!m.hasMatch() || !startsLikeTitle(l.words.at(1).text))
        return std::nullopt;
    const int value = AgendaText::romanValue(m.captured(1));
    if (value <= 0)
        return std::nullopt;
    return ItemStart {m.captured(1), value, l.words.first().box.left(), 1};
}

std::optional<ItemStart> AgendaRegion::letterStart(const AgendaLine& line)
{
    static const QRegularExpression letter(QStringLiteral("^\\(?([a-z])\\)$"));
    const layout::LayoutLine& l = line.line;
    if (l.words.size() < 2)
        return std::nullopt;
    const auto m = letter.match(l.words.first().text);
    if (!m.hasMatch())
        return std::nullopt;
    const int value = m.captured(1).at(0).unicode() - 'a' + 1;
    return ItemStart {m.captured(1), value, l.words.first().box.left(), 1};
}

bool AgendaRegion::isUnnumberedHeading(const QList<AgendaLine>& lines, int index, QString* heading, QString* aside)
{
    const AgendaLine& line = lines.at(index);
    if (line.line.box.left() > line.pageLeft + 6)
        return false;
    const QList<layout::LayoutLine> cells = line.line.cells(AgendaText::height(line.line) * 2);
    const QString first = AgendaText::lineText(cells.first());
    static const QRegularExpression shape(QStringLiteral("^[A-Z][A-Z'\u2019&/ -]*[A-Z]$"));
    if (!shape.match(first).hasMatch() || AgendaText::sectionKind(first) != SectionKind::None
        || DocumentKindDetector::isAgendaHeading(first))
        return false;
    if (!first.contains(QLatin1Char(' ')) && first.size() < 8)
        return false;
    // Part of an upper-case paragraph or a wrapped title: a close upper-case neighbour.
    const qreal h = AgendaText::height(line.line);
    if (index > 0 && gap(lines.at(index - 1), line) <= h * 0.35 && text::isMostlyUpperCase(lines.at(index - 1).text))
        return false;
    if (index + 1 < lines.size() && gap(line, lines.at(index + 1)) <= h * 0.35
        && text::isMostlyUpperCase(lines.at(index + 1).text)
        && std::abs(lines.at(index + 1).line.box.left() - line.line.box.left()) < 4)
        return false;
    if (heading)
        *heading = first;
    if (aside) {
        QStringList rest;
        for (int c = 1; c < cells.size(); ++c)
            rest.append(AgendaText::lineText(cells.at(c)));
        *aside = rest.join(QLatin1Char(' '));
    }
    return true;
}

} // namespace scrutineer::parse
