#include "minutes/MinutesLines.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/PageLines.h"
#include "pages/MarginZone.h"

#include <QRegularExpression>
#include <QSet>

namespace scrutineer::parse::minutes {
namespace {

// A word of a post or a body, which tells a job title from a name in an attendance line
// ("Director of Children's Services"): the lexicon's post-title-words.
bool isRoleWord(const QString& word)
{
    return Lexicon::instance().inList(QStringLiteral("post-title-words"),
                                      Lexicon::headingWords(word).join(QLatin1Char(' ')));
}

const QRegularExpression& honorificPrefix()
{
    // The titles are the lexicon's (minutes-honorific), the ranks the core's.
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:%1|%2)\\.?(?:\\s+|$))+")
            .arg(Lexicon::instance().alternation(QStringLiteral("minutes-honorific")), text::rankTitles()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

std::optional<int> agendaStamp(const layout::LayoutPage& page)
{
    if (page.furniture.agendaStamp)
        return page.furniture.agendaStamp;
    static const QRegularExpression stamp(Lexicon::instance().alternation(QStringLiteral("agenda-item-stamp")),
                                          QRegularExpression::CaseInsensitiveOption);
    const MarginZone zone(page);
    QString run;
    for (const layout::LayoutWord& w : page.words) {
        const bool margin = zone.inTop(w.box) || w.box.left() > zone.pageSize().width() - zone.right();
        if (!margin)
            continue;
        run += w.text + QLatin1Char(' ');
    }
    const auto m = stamp.match(text::collapseWhitespace(run));
    if (m.hasMatch())
        return m.captured(1).toInt();
    static const QRegularExpression anywhere(
        Lexicon::instance().alternation(QStringLiteral("agenda-item-stamp-anywhere")),
        QRegularExpression::CaseInsensitiveOption);
    const auto any = anywhere.match(text::collapseWhitespace(run));
    if (any.hasMatch())
        return any.captured(1).toInt();
    return std::nullopt;
}

QList<MinutesLine> collectLines(const layout::LayoutDocument& document, int firstPage, int lastPage)
{
    return PageLines(document, firstPage, lastPage).collect(firstPage, lastPage);
}

QString joinTexts(const QStringList& texts)
{
    QString out;
    for (const QString& piece : texts) {
        const QString t = piece.trimmed();
        if (t.isEmpty())
            continue;
        if (out.isEmpty()) {
            out = t;
            continue;
        }
        const bool hyphen = out.endsWith(QLatin1Char('-')) && out.size() >= 2 && out.at(out.size() - 2).isLetter();
        if (hyphen)
            out += t;
        else
            out += QLatin1Char(' ') + t;
    }
    return text::collapseWhitespace(out);
}

void appendText(QString& text, const QString& piece)
{
    const QString t = text::collapseWhitespace(piece);
    if (t.isEmpty())
        return;
    if (text.isEmpty()) {
        text = t;
        return;
    }
    const bool hyphen = text.endsWith(QLatin1Char('-')) && text.size() >= 2 && text.at(text.size() - 2).isLetter();
    if (!hyphen)
        text += QLatin1Char(' ');
    text += t;
}

QString joinLines(const QList<MinutesLine>& lines, qsizetype from, qsizetype to)
{
    QStringList texts;
    for (qsizetype i = std::max<qsizetype>(0, from); i < std::min(to, lines.size()); ++i)
        texts.append(lines.at(i).text);
    return joinTexts(texts);
}

QStringList splitSentences(const QString& text)
{
    static const QSet<QString> abbreviations {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),  QStringLiteral("dr"),
        QStringLiteral("st"),   QStringLiteral("no"),   QStringLiteral("nos"), QStringLiteral("nod"),
        QStringLiteral("cllr"), QStringLiteral("prof"), QStringLiteral("rev"), QStringLiteral("revd"),
        QStringLiteral("ltd"),  QStringLiteral("co"),   QStringLiteral("inc"), QStringLiteral("etc"),
        QStringLiteral("e.g"),  QStringLiteral("i.e"),  QStringLiteral("vs"),  QStringLiteral("approx"),
        QStringLiteral("a.m"),  QStringLiteral("p.m"),  QStringLiteral("m.p"), QStringLiteral("cmc"),
        QStringLiteral("para"), QStringLiteral("ref"),  QStringLiteral("cf"),  QStringLiteral("fr"),
        QStringLiteral("rt")};
    QStringList out;
    const qsizetype n = text.size();
    qsizetype start = 0; // the sentence being read is text[start, i]
    const auto close = [&](qsizetype end) {
        const QStringView sentence = QStringView(text).sliced(start, end - start).trimmed();
        if (!sentence.isEmpty())
            out.append(sentence.toString());
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x2022) || c == QChar(0x25AA) || c == QChar(0x25A0) || c == QChar(0x25C6) || c == QChar(0xF0B7)
            || c == QChar(0xF0A7)) {
            close(i);
            start = i + 1;
            continue;
        }
        if (c != QLatin1Char('.') && c != QLatin1Char('?') && c != QLatin1Char('!'))
            continue;
        // Closing quotes or brackets stay with the sentence.
        while (i + 1 < n && QStringLiteral("\"'\u201d\u2019)").contains(text.at(i + 1)))
            ++i;
        if (i + 1 < n && !text.at(i + 1).isSpace())
            continue;
        qsizetype j = i + 1;
        while (j < n && text.at(j).isSpace())
            ++j;
        if (j < n) {
            const QChar next = text.at(j);
            if (!(next.isUpper() || next.isDigit() || QStringLiteral("\"'\u201c\u2018(\u2022").contains(next)))
                continue;
        }
        if (c == QLatin1Char('.')) {
            // The word before the full stop.
            qsizetype k = i;
            while (k >= start && !text.at(k).isLetterOrNumber())
                --k;
            qsizetype from = k;
            while (from > start && !text.at(from - 1).isSpace())
                --from;
            QStringView word = k < start ? QStringView() : QStringView(text).sliced(from, k - from + 1);
            while (!word.isEmpty() && !word.front().isLetterOrNumber())
                word = word.sliced(1);
            if (word.size() == 1 && word.front().isUpper())
                continue; // an initial
            if (abbreviations.contains(word.toString().toLower()))
                continue;
        }
        close(i + 1);
        start = i + 1;
    }
    close(n);
    return out;
}

bool startsWithHonorific(const QString& text)
{
    const auto m = honorificPrefix().match(text.trimmed());
    return m.hasMatch() && m.capturedLength() > 0;
}

bool isPluralHonorific(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:%1)\\b").arg(Lexicon::instance().alternation(QStringLiteral("minutes-plural-honorific"))),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

bool isPostNominal(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:%1)\\.?\\s*)+$")
            .arg(Lexicon::instance().alternation(QStringLiteral("minutes-post-nominal"))));
    return re.match(text.trimmed()).hasMatch();
}

bool hasRoleWord(const QString& text)
{
    static const QRegularExpression split(QStringLiteral("[\\s/(),;:]+"));
    const QStringList words = text.toLower().split(split, Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (isRoleWord(w))
            return true;
    }
    return false;
}

bool looksLikeName(const QString& text)
{
    static const QRegularExpression token(
        QStringLiteral("^(?:[A-Z]\\.?|[A-Z][A-Za-z\u00C0-\u024F'\u2019.-]*|(?:de|van|von|der|den|da|di|du|la|le|del|"
                       "dos|bin|ibn)|[a-z]['\u2019][A-Z][A-Za-z'\u2019-]*|Mc[A-Z][a-z]+|O['\u2019][A-Z][a-z]+)$"));
    const QString s = text::collapseWhitespace(text);
    if (s.isEmpty() || hasRoleWord(s))
        return false;
    const QStringList tokens = s.split(QLatin1Char(' '));
    if (tokens.size() > 5)
        return false;
    bool hasWord = false;
    for (const QString& t : tokens) {
        if (!token.match(t).hasMatch())
            return false;
        if ((t.size() > 2 && t.at(0).isUpper())
            || (t.size() == 2 && t.at(0).isUpper() && t.at(1).isLower() && !startsWithHonorific(t)))
            hasWord = true; // a word, not an initial ("Li" is a name, "J." is not)
    }
    return hasWord;
}

QString personName(const QString& text, QString* roleOut)
{
    QString s = text::collapseWhitespace(text);
    const auto m = honorificPrefix().match(s);
    if (m.hasMatch() && m.capturedLength() > 0) {
        static const QRegularExpression roleHonorific(
            QStringLiteral("(%1)").arg(Lexicon::instance().alternation(QStringLiteral("minutes-role-honorific"))),
            QRegularExpression::CaseInsensitiveOption);
        const auto r = roleHonorific.match(m.captured(0));
        if (roleOut && r.hasMatch())
            *roleOut = r.captured(1);
        s = s.mid(m.capturedLength());
    }
    return text::stripHonorifics(s);
}

bool isDeterminer(const QString& word)
{
    static const QSet<QString> words {
        QStringLiteral("the"),      QStringLiteral("a"),     QStringLiteral("an"),      QStringLiteral("this"),
        QStringLiteral("that"),     QStringLiteral("these"), QStringLiteral("those"),   QStringLiteral("its"),
        QStringLiteral("their"),    QStringLiteral("his"),   QStringLiteral("her"),     QStringLiteral("our"),
        QStringLiteral("any"),      QStringLiteral("all"),   QStringLiteral("which"),   QStringLiteral("it"),
        QStringLiteral("them"),     QStringLiteral("him"),   QStringLiteral("members"), QStringLiteral("council"),
        QStringLiteral("committee")};
    return words.contains(word.toLower());
}

} // namespace scrutineer::parse::minutes
