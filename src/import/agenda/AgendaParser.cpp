#include "agenda/AgendaParser.h"

#include "agenda/AgendaItemAssembler.h"
#include "agenda/AgendaPageAssigner.h"
#include "agenda/AgendaRegion.h"
#include "agenda/AgendaText.h"
#include "agenda/DocumentKindDetector.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

// Roman-numbered agendas (US councils) number their sections I, II, III …; arabic lists
// inside them are instructions, not items. Where the arabic numbers run on from one section to
// the next (1-3 under I, 4-5 under II), they are the items and the numerals only head sections.
bool romanScheme(const QList<AgendaLine>& lines)
{
    int expected = 1;
    int arabic = 0; // the last number of the arabic run from 1
    int sectionOfLast = 0; // the roman section the run's last number stands in
    bool runsOn = false;
    for (const AgendaLine& line : lines) {
        if (const auto start = AgendaRegion::romanStart(line); start && start->value == expected) {
            ++expected;
        } else if (const auto item = AgendaRegion::arabicStart(line); item && item->value == arabic + 1) {
            runsOn = runsOn || (arabic > 0 && expected - 1 > sectionOfLast);
            ++arabic;
            sectionOfLast = expected - 1;
        }
    }
    return expected > 3 && !runsOn;
}

qreal pagesColumn(const QList<AgendaLine>& lines)
{
    for (const AgendaLine& line : lines) {
        const layout::LayoutWord& last = line.line.words.last();
        if (last.text.compare(QLatin1String("Pages"), Qt::CaseInsensitive) == 0
            && last.box.left() > line.pageWidth * 0.55)
            return last.box.left();
    }
    return 0;
}

// The letter of a part's number ("6a", "6B", "5(a)"): a = 1; 0 for a plain number.
int agendaParserPartLetter(const QString& number)
{
    for (const QChar c : number) {
        if (c.isLetter())
            return c.toLower().unicode() - 'a' + 1;
    }
    return 0;
}

bool endsLetter(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("letter-closing"), text);
}

bool isAdjournment(const QString& title)
{
    return title.startsWith(QLatin1String("ADJOURN"), Qt::CaseInsensitive);
}

class ListReader {
public:
    ListReader(const QList<AgendaLine>& lines)
        : m_lines(lines), m_roman(romanScheme(lines)), m_pagesX(pagesColumn(lines))
    {
    }

    QList<AgendaItem> read()
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (!step(i))
                break;
        }
        close();
        return m_items;
    }

private:
    bool nearNumberColumn(qreal left) const { return m_numberX < 0 || std::abs(left - m_numberX) <= 15; }

    // Returns false at the end of the agenda.
    bool step(int i)
    {
        const AgendaLine& line = m_lines.at(i);
        if (endsLetter(line.text))
            return false;
        if (line.tableRow == AgendaTableRow::Unnumbered) {
            close(); // a row of a timed agenda with no number: a break, lunch, the close
            return true;
        }
        if (m_roman) {
            if (const auto start = AgendaRegion::romanStart(line); start && nearNumberColumn(start->numberLeft)) {
                if (start->value <= m_lastValue)
                    return false;
                if (start->value <= m_lastValue + 3) {
                    m_parent = start->number;
                    m_lastValue = start->value;
                    return open(*start, start->number, false, line);
                }
            }
            if (const auto start = AgendaRegion::letterStart(line)) {
                return open(*start, m_parent.isEmpty() ? start->number : m_parent + QLatin1Char('.') + start->number,
                            true, line);
            }
        } else if (AgendaRegion::romanStart(line) && !AgendaRegion::arabicStart(line)) {
            close(); // a section heading over arabic-numbered items ("II. APPLICATIONS")
            return true;
        } else if (const auto decimal = AgendaRegion::decimalStart(line);
                   decimal && nearNumberColumn(decimal->numberLeft)) {
            // Items numbered within their sections ("5.1", "9.1", "9.2", "10.1"): in order, the
            // section's number no further on than an arabic item's would be.
            const int order = decimal->value * 100 + decimal->minor;
            if (order <= m_lastDecimal || decimal->value < m_lastValue)
                return false; // numbering restarts: report sections or guidance, not the agenda
            if (decimal->value <= m_lastValue + 5 || (m_lastValue == 0 && decimal->value < 100)) {
                m_lastDecimal = order;
                m_lastValue = decimal->value;
                m_parent = decimal->number;
                m_lastLetter = 0;
                return open(*decimal, decimal->number, false, line);
            }
        } else if (const auto start = AgendaRegion::arabicStart(line); start && nearNumberColumn(start->numberLeft)) {
            // A part of the item above printed in the number column with the item's number and
            // its letter ("6" ⏎ "6a", "6b"; "5" ⏎ "5(a)"), the letters in order: an item of its own.
            const int letter = agendaParserPartLetter(start->number);
            if (letter > 0 && start->value == m_lastValue && letter > m_lastLetter && letter <= m_lastLetter + 2) {
                m_lastLetter = letter;
                return open(*start, start->number, false, line);
            }
            if (m_lastValue > 0 && start->value <= m_lastValue)
                return false; // numbering restarts: report sections or guidance, not the agenda
            if (start->value <= m_lastValue + 5 || (m_lastValue == 0 && start->value < 100)) {
                m_lastValue = start->value;
                m_parent = start->number;
                m_lastLetter = letter;
                return open(*start, start->number, false, line);
            }
        } else if (m_lastValue > 0) {
            // Under a numbered item: lettered sub-items ("(a) Housing Strategy (Pages 20 - 30)"),
            // indented from the number column, in order from (a).
            if (const auto letter = AgendaRegion::letterStart(line); letter && letter->numberLeft > m_numberX + 5
                && letter->value == m_lastLetter + 1 && line.line.words.at(letter->restWord).text.at(0).isUpper()) {
                m_lastLetter = letter->value;
                return open(*letter, m_parent + QLatin1Char('.') + letter->number, true, line);
            }
            // Entries numbered by their own reference ("2021-12   Resolution approving …").
            if (const auto reference = AgendaRegion::referenceStart(line);
                reference && reference->numberLeft >= m_numberX - 3)
                return open(*reference, reference->number, false, line);
        }
        if (const SectionKind section = AgendaText::sectionKind(line.text); section != SectionKind::None) {
            close();
            m_exempt = section == SectionKind::Exempt;
            return true;
        }
        if (line.tableRow == AgendaTableRow::Spanning) {
            close(); // a heading, banner or sentence across an agenda table's columns
            return true;
        }
        if (headsNumberedSection(i)) {
            close(); // "COMMITTEE BUSINESS" ⏎ "9.1 …": the section's heading, no item
            return true;
        }
        QString heading;
        QString aside;
        // Unnumbered headings are entries only in agendas that open with one ("CALL TO ORDER");
        // elsewhere a capitalised line is a heading or a running header left in the text.
        if (AgendaRegion::isUnnumberedHeading(m_lines, i, &heading, &aside)
            && (m_unnumbered || (m_items.isEmpty() && !m_draft))) {
            m_unnumbered = true;
            close();
            m_heading = heading;
            m_aside = aside;
            m_draft = ItemDraft {};
            m_draft->lines.append(line);
            return !isAdjournment(heading) || closeAndStop();
        }
        if (m_draft)
            m_draft->lines.append(line);
        return true;
    }

    // A line without a number in the number column, directly over an item numbered within its
    // section ("MINUTE OF PREVIOUS MEETING" ⏎ "5.1 Minute of …", a sub-heading "Performance" ⏎
    // "9.1 …"), heads the items under it; a title's own lines hang beside the number instead.
    bool headsNumberedSection(int i) const
    {
        if (i + 1 >= m_lines.size())
            return false;
        const AgendaLine& line = m_lines.at(i);
        const AgendaLine& next = m_lines.at(i + 1);
        const auto start = AgendaRegion::decimalStart(next);
        const qreal h = AgendaText::height(line.line);
        if (!start || AgendaText::beginsMidSentence(line.text) || AgendaRegion::gap(line, next) > h * 1.5)
            return false;
        const qreal column = m_numberX >= 0 ? m_numberX : start->numberLeft;
        return std::abs(line.line.box.left() - column) <= h * 0.5 && std::abs(start->numberLeft - column) <= h * 0.5;
    }

    bool closeAndStop()
    {
        close();
        return false;
    }

    // Opens an entry; an adjournment is the agenda's last entry.
    bool open(const ItemStart& start, const QString& number, bool lettered, const AgendaLine& line)
    {
        close();
        if (m_numberX < 0 && !lettered)
            m_numberX = start.numberLeft;
        m_draft = ItemDraft {start, number, {line}, lettered};
        const QString first = line.line.words.value(start.restWord).text;
        return !isAdjournment(first) || closeAndStop();
    }

    void close()
    {
        if (!m_draft)
            return;
        AgendaItem item = m_heading.isEmpty()
            ? AgendaItemAssembler::assemble(*m_draft, m_pagesX)
            : AgendaItemAssembler::assembleHeading(m_heading, m_aside, m_draft->lines);
        m_draft.reset();
        m_heading.clear();
        m_aside.clear();
        if (item.title.isEmpty())
            return;
        // An exempt section, or a note under the item itself ("Not for publication: paragraph 3").
        item.exempt = m_exempt || Lexicon::instance().matches(QStringLiteral("exempt-item-note"), item.description);
        if (item.exempt) {
            static const QRegularExpression paragraphs(
                QStringLiteral("\\bparagraphs?\\s+(\\d+(?:\\s*(?:,|and|&)\\s*\\d+)*)"),
                QRegularExpression::CaseInsensitiveOption);
            if (const auto m = paragraphs.match(item.description); m.hasMatch())
                item.exemptParagraphs = m.captured(1);
        }
        m_items.append(item);
    }

    const QList<AgendaLine>& m_lines;
    const bool m_roman;
    const qreal m_pagesX;
    QList<AgendaItem> m_items;
    std::optional<ItemDraft> m_draft;
    QString m_heading;
    QString m_aside;
    QString m_parent;
    qreal m_numberX = -1;
    int m_lastValue = 0;
    int m_lastDecimal = 0; // the last decimal item as section * 100 + item ("9.2" -> 902)
    int m_lastLetter = 0; // the last lettered sub-item under the current numbered item
    bool m_exempt = false;
    bool m_unnumbered = false; // the agenda's entries include unnumbered headings
};

} // namespace

QList<AgendaItem> AgendaParser::parse(const layout::LayoutDocument& document)
{
    return parse(document, DocumentKindDetector::detect(document));
}

QList<AgendaItem> AgendaParser::parse(const layout::LayoutDocument& document, DocumentKind kind)
{
    if (kind == DocumentKind::Minutes || kind == DocumentKind::Report || kind == DocumentKind::DecisionRecord)
        return {};
    const QList<AgendaLine> lines = AgendaRegion::collect(document);
    if (lines.isEmpty())
        return {};
    return ListReader(lines).read();
}

void AgendaParser::assignPages(QList<AgendaItem>& items, const layout::LayoutDocument& document,
                               const PageMapResult& pageMap)
{
    AgendaPageAssigner::assign(items, document, pageMap);
}

} // namespace scrutineer::parse
