#include "agenda/AgendaText.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"

#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse {

QString AgendaText::lineText(const layout::LayoutLine& line)
{
    return text::collapseWhitespace(line.text());
}

std::optional<RangeInText> AgendaText::findRange(const QString& text)
{
    static const QRegularExpression pages(Lexicon::instance().alternation(QStringLiteral("agenda-pages-bracketed")),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression page(Lexicon::instance().alternation(QStringLiteral("agenda-page-bracketed")),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = pages.match(text); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).toInt();
        if (first > 0 && last >= first)
            return RangeInText {PageRange {first, last}, m.capturedStart(), m.capturedLength()};
    }
    if (const auto m = page.match(text); m.hasMatch()) {
        const int only = m.captured(1).toInt();
        if (only > 0)
            return RangeInText {PageRange {only, only}, m.capturedStart(), m.capturedLength()};
    }
    // Unbracketed at the end of the line, where a page column follows the title ("Minutes
    // Pages 5 - 12", "Annual report pp. 9-34", "Work programme Page 61").
    static const QRegularExpression trailing(Lexicon::instance().alternation(QStringLiteral("agenda-pages-trailing")),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto m = trailing.match(text); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        if (first > 0 && last >= first)
            return RangeInText {PageRange {first, last}, m.capturedStart(), m.capturedLength()};
    }
    return std::nullopt;
}

std::optional<PageRange> AgendaText::bareRange(const QString& cell)
{
    // "12 - 40", also with its label in the cell ("Pages 13 - 40", "pp. 13-40").
    static const QRegularExpression range(Lexicon::instance().alternation(QStringLiteral("agenda-pages-cell")),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = range.match(cell.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int first = m.captured(1).toInt();
    const int last = m.captured(2).toInt();
    if (first <= 0 || last < first)
        return std::nullopt;
    return PageRange {first, last};
}

bool AgendaText::isOpenBareRange(const QString& cell, int* first)
{
    static const QRegularExpression open(QStringLiteral("^(\\d{1,4})\\s*[-\u2010\u2013\u2014]$"));
    const auto m = open.match(cell.trimmed());
    if (!m.hasMatch())
        return false;
    if (first)
        *first = m.captured(1).toInt();
    return true;
}

bool AgendaText::isStampLine(const QString& text)
{
    static const QRegularExpression stamp(Lexicon::instance().alternation(QStringLiteral("page-or-item-stamp")),
                                          QRegularExpression::CaseInsensitiveOption);
    return stamp.match(text.trimmed()).hasMatch();
}

bool AgendaText::isBlankNotice(const QString& text)
{
    return Lexicon::instance().matches(QStringLiteral("blank-page-notice"), text.trimmed());
}

bool AgendaText::isBlankPage(const layout::LayoutPage& page)
{
    if (page.furniture.intentionallyBlank)
        return true;
    int body = 0;
    bool notice = false;
    for (const layout::LayoutLine& line : page.lines) {
        const QString text = lineText(line);
        if (isBlankNotice(text))
            notice = true;
        else if (!isStampLine(text))
            ++body;
    }
    return notice && body == 0;
}

int AgendaText::romanValue(const QString& text)
{
    static const QRegularExpression roman(QStringLiteral("^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$"));
    if (!roman.match(text).hasMatch())
        return 0;
    auto value = [](QChar c) {
        switch (c.unicode()) {
        case 'I':
            return 1;
        case 'V':
            return 5;
        case 'X':
            return 10;
        case 'L':
            return 50;
        case 'C':
            return 100;
        default:
            return 0;
        }
    };
    int total = 0;
    for (int i = 0; i < text.size(); ++i) {
        const int v = value(text.at(i));
        const int next = i + 1 < text.size() ? value(text.at(i + 1)) : 0;
        total += v < next ? -v : v;
    }
    return total;
}

SectionKind AgendaText::sectionKind(const QString& text)
{
    const QString t = text.trimmed();
    if (!text::isMostlyUpperCase(t)) {
        // The wording of the parts of an agenda is the lexicon's (agenda-part-label,
        // exempt-section-heading, open-section-heading).
        if (const auto m = Lexicon::instance().match(QStringLiteral("agenda-part-label"), t);
            m.hasMatch() && t.size() < 60) {
            const QString n = m.captured(1).toUpper();
            return (n == QLatin1String("1") || n == QLatin1String("I") || n == QLatin1String("A"))
                ? SectionKind::Open
                : SectionKind::Exempt;
        }
        return SectionKind::None;
    }
    if (Lexicon::instance().matches(QStringLiteral("exempt-section-heading"), t))
        return SectionKind::Exempt;
    if (Lexicon::instance().matches(QStringLiteral("open-section-heading"), t))
        return SectionKind::Open;
    return SectionKind::None;
}

QString AgendaText::joinWrapped(const QString& before, const QString& after)
{
    const QString a = before.trimmed();
    const QString b = after.trimmed();
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    if (a.endsWith(QLatin1Char('-')) && a.size() > 1 && a.at(a.size() - 2).isLetter() && b.at(0).isLower())
        return a.left(a.size() - 1) + b;
    return a + QLatin1Char(' ') + b;
}

bool AgendaText::beginsMidSentence(const QString& text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isLower();
        if (!c.isSpace() && !c.isPunct())
            return false; // "2. the …" is numbered, not a continuation
    }
    return false;
}

bool AgendaText::endsWithConnector(const QString& text)
{
    static const QSet<QString> connectors {
        QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("the"),  QStringLiteral("for"),
        QStringLiteral("to"),  QStringLiteral("in"), QStringLiteral("on"),   QStringLiteral("with"),
        QStringLiteral("a"),   QStringLiteral("an"), QStringLiteral("by"),   QStringLiteral("from"),
        QStringLiteral("or"),  QStringLiteral("at"), QStringLiteral("into"), QStringLiteral("&")};
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    const QChar last = t.at(t.size() - 1);
    if (last == QLatin1Char(',') || last == QChar(0x2013) || last == QChar(0x2014)
        || (last == QLatin1Char('-') && t.size() > 1 && t.at(t.size() - 2).isSpace()))
        return true;
    const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
    const QString word = (space < 0 ? t : t.mid(space + 1)).toLower();
    return connectors.contains(word);
}

qreal AgendaText::height(const layout::LayoutLine& line)
{
    qreal best = 0;
    for (const layout::LayoutWord& w : line.words)
        best = std::max(best, w.box.height());
    if (best <= 0)
        best = line.box.height();
    return std::max<qreal>(1.0, best);
}

} // namespace scrutineer::parse
