#include "agenda/FrontMatter.h"

#include "agenda/AgendaText.h"
#include "agenda/DocumentKindDetector.h"
#include "agenda/FrontLabels.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>

#include <limits>

namespace scrutineer::parse {
namespace {

// The first word of a contact label printed in a right-hand column.
bool startsContactLabel(const layout::LayoutLine& line, int index)
{
    // The labels' wording is the lexicon's (contact-label-word, contact-label-pair).
    const Lexicon& lexicon = Lexicon::instance();
    const QString word = line.words.at(index).text;
    if (lexicon.matches(QStringLiteral("contact-label-word"), word))
        return true;
    if (index + 1 >= line.words.size())
        return false;
    const QString pair = word + QLatin1Char(' ') + line.words.at(index + 1).text;
    return lexicon.matches(QStringLiteral("contact-label-pair"), pair);
}

layout::LayoutLine lineOf(const QList<layout::LayoutWord>& words, int page)
{
    layout::LayoutLine line;
    line.pageNumber = page;
    for (const layout::LayoutWord& w : words) {
        line.words.append(w);
        line.box = line.box.isNull() ? w.box : line.box.united(w.box);
    }
    return line;
}

struct ContactColumn {
    qreal x = 0;
    qreal top = 0;
    qreal bottom = 0;
    bool found = false;
};

ContactColumn findContactColumn(const layout::LayoutPage& page)
{
    ContactColumn column;
    column.x = std::numeric_limits<qreal>::max();
    int labels = 0;
    qreal lineHeight = 12;
    for (const layout::LayoutLine& line : page.lines) {
        for (int i = 0; i < line.words.size(); ++i) {
            const layout::LayoutWord& w = line.words.at(i);
            if (w.box.left() < page.size.width() * 0.45 || !startsContactLabel(line, i))
                continue;
            // A label continues a sentence when the word before it is close: not a column.
            if (i > 0 && w.box.left() - line.words.at(i - 1).box.right() < w.box.height() * 0.6)
                continue;
            column.top = labels == 0 ? w.box.top() : std::min(column.top, w.box.top());
            column.bottom = labels == 0 ? w.box.bottom() : std::max(column.bottom, w.box.bottom());
            column.x = std::min(column.x, w.box.left());
            lineHeight = w.box.height();
            ++labels;
            break;
        }
    }
    column.found = labels >= 2;
    column.top -= 2;
    column.bottom += lineHeight * 4;
    return column;
}

} // namespace

qreal FrontMatterReader::gap(const FrontLine& a, const FrontLine& b)
{
    if (a.page != b.page)
        return 1000;
    return b.line.box.top() - a.line.box.bottom();
}

FrontMatter FrontMatterReader::read(const layout::LayoutDocument& document, int maxPages)
{
    FrontMatter front;
    int taken = 0;
    for (const layout::LayoutPage& page : document.pages) {
        if (page.lines.isEmpty() && taken == 0)
            continue;
        if (taken >= maxPages)
            break;
        if (taken > 0) {
            if (AgendaText::isBlankPage(page) || page.furniture.agendaStamp)
                break;
            bool opensMinutes = false;
            for (const layout::LayoutLine& line : page.lines) {
                const QString text = AgendaText::lineText(line);
                if (AgendaText::isStampLine(text))
                    continue;
                opensMinutes = DocumentKindDetector::isMinutesHeading(text);
                break;
            }
            if (opensMinutes)
                break;
        }
        ++taken;
        front.removedLines += page.furniture.removedLines;
        const ContactColumn column = taken == 1 ? findContactColumn(page) : ContactColumn {};
        for (const layout::LayoutLine& line : page.lines) {
            QList<layout::LayoutWord> left;
            QList<layout::LayoutWord> right;
            const bool inBand = column.found && line.box.bottom() >= column.top && line.box.top() <= column.bottom;
            for (const layout::LayoutWord& w : line.words) {
                if (inBand && w.box.left() >= column.x - 1)
                    right.append(w);
                else
                    left.append(w);
            }
            if (!left.isEmpty()) {
                FrontLine fl {QString(), lineOf(left, page.number), page.number, page.size.width()};
                fl.text = AgendaText::lineText(fl.line);
                if (AgendaText::isStampLine(fl.text) || AgendaText::isBlankNotice(fl.text))
                    continue;
                if (const QString labelled = FrontLabels::labelColumnText(fl.line); !labelled.isEmpty())
                    fl.text = labelled; // a label column printed without colons reads as labelled lines
                front.letter = front.letter || DocumentKindDetector::isLetterGreeting(fl.text);
                front.lines.append(fl);
            }
            if (!right.isEmpty()) {
                FrontLine fl {QString(), lineOf(right, page.number), page.number, page.size.width()};
                fl.text = AgendaText::lineText(fl.line);
                front.contact.append(fl);
            }
        }
    }
    return front;
}

} // namespace scrutineer::parse
