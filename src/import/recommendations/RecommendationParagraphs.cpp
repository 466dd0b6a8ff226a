#include "recommendations/RecommendationParagraphs.h"

#include "lexicon/Lexicon.h"

#include <QRegularExpression>

namespace scrutineer::parse::recparagraphs {

bool splitMarker(const QString& text, QString& marker, RecParagraph::MarkerKind& kind, QString& rest)
{
    // Cheap first test: a marker opens with a bracket, a digit, a lower-case letter or a bullet.
    static const QString roman = QStringLiteral("ivx");
    const auto word = [&](int i) { return text.at(i).isLetter() && !roman.contains(text.at(i)); };
    if (text.size() < 3 || text.at(0).isUpper() || (word(0) && text.at(1).isLetter())
        || (word(1) && text.at(0).isLetter()))
        return false;
    // "a." "a)" "(a)" before a capital or a quote; "1." "1)" "(1)" before anything but a digit
    // (not "1.5 million"); "ii." roman; bullets.
    static const QRegularExpression letter(
        QStringLiteral("^\\(?([a-z]|[ivx]{2,4})[.)]\\s+([\\p{Lu}\"'\u2018\u201c\u00a3].*)$"));
    static const QRegularExpression number(QStringLiteral("^\\(?(\\d{1,2})[.)]\\s+(\\D.*)$"));
    static const QRegularExpression bracketed(QStringLiteral("^\\((\\d{1,2}|[a-z]|[ivx]{2,4})\\)\\s*(.+)$"));
    static const QRegularExpression bullet(
        QStringLiteral("^[\u2022\u25aa\u25cf\u25e6\u25a0\u25c6\u2013\u2212*-]\\s+(.+)$"));
    const auto kindOf = [](const QString& label) {
        if (label.at(0).isDigit())
            return RecParagraph::MarkerKind::Number;
        return label.size() > 1 ? RecParagraph::MarkerKind::Roman : RecParagraph::MarkerKind::Letter;
    };
    if (const auto m = bracketed.match(text); m.hasMatch()) {
        marker = m.captured(1);
        kind = kindOf(marker);
        rest = m.captured(2);
        return true;
    }
    for (const QRegularExpression* re : {&letter, &number}) {
        if (const auto m = re->match(text); m.hasMatch()) {
            marker = m.captured(1);
            kind = kindOf(marker);
            rest = m.captured(2);
            return true;
        }
    }
    if (const auto m = bullet.match(text); m.hasMatch()) {
        marker = QStringLiteral("-");
        kind = RecParagraph::MarkerKind::Bullet;
        rest = m.captured(1);
        return true;
    }
    return false;
}

} // namespace scrutineer::parse::recparagraphs

namespace scrutineer::parse {

int RecParagraph::pageAt(qsizetype offset) const
{
    int result = page;
    qsizetype from = 0;
    for (const auto& [breakPage, firstText] : pageBreaks) {
        const qsizetype at = text.indexOf(firstText, from);
        if (at < 0 || at > offset)
            break;
        result = breakPage;
        from = at;
    }
    return result;
}

} // namespace scrutineer::parse

namespace scrutineer::parse::recparagraphs {

QList<RecParagraph> cut(const QList<MinutesLine>& lines, const QList<bool>& skip)
{
    const Lexicon& lexicon = Lexicon::instance();
    QList<RecParagraph> out;
    QStringList texts;
    bool open = false;
    const auto close = [&] {
        if (open) {
            out.last().text = minutes::joinTexts(texts);
            if (out.last().quoted) {
                static const QRegularExpression closing(QStringLiteral("[\"\u201d\u2019]\\s*$"));
                out.last().text.remove(closing);
            }
            out.last().endsWithColon
                = out.last().text.endsWith(QLatin1Char(':')) || out.last().text.endsWith(QLatin1String(":-"));
        }
        texts.clear();
        open = false;
    };
    for (int i = 0; i < lines.size(); ++i) {
        if (skip.value(i, false)) {
            close();
            continue;
        }
        const MinutesLine& line = lines.at(i);
        QString marker;
        QString rest;
        RecParagraph::MarkerKind kind = RecParagraph::MarkerKind::None;
        // A list item printed inside quotation marks ("\u201c(7) the Head of ...\u201d") is an item too.
        static const QString openQuotes = QStringLiteral("\"\u201c\u2018");
        const bool quoted = line.text.size() > 3 && openQuotes.contains(line.text.at(0))
            && !splitMarker(line.text, marker, kind, rest) && splitMarker(line.text.mid(1), marker, kind, rest);
        const bool marked = quoted || splitMarker(line.text, marker, kind, rest);
        const bool gap = line.gapBefore > 0.6 * line.height;
        const bool label = lexicon.matches(QStringLiteral("recommendation-label"), line.text)
            || lexicon.matches(QStringLiteral("recommendation-heading"), line.text)
            || lexicon.matches(QStringLiteral("response-label"), line.text)
            || (line.text.at(0).isUpper() && lexicon.matches(QStringLiteral("recommendation-stop"), line.text));
        // A heading standing alone ends the paragraph above it even without a gap.
        const bool afterLabel = open && out.last().lineCount == 1
            && lexicon.matches(QStringLiteral("recommendation-heading"), lines.at(i - 1).text);
        if (!open || gap || marked || label || afterLabel) {
            close();
            RecParagraph paragraph;
            paragraph.marker = marker;
            paragraph.markerKind = kind;
            paragraph.page = line.page;
            paragraph.left = line.left;
            paragraph.textLeft = line.left;
            paragraph.top = line.top;
            paragraph.firstLine = i;
            paragraph.quoted = quoted;
            out.append(paragraph);
            open = true;
            texts.append(marked ? rest : line.text);
        } else {
            if (out.last().lineCount == 1)
                out.last().textLeft = line.left;
            const int lastPage = out.last().pageBreaks.isEmpty() ? out.last().page : out.last().pageBreaks.last().first;
            if (line.page != lastPage)
                out.last().pageBreaks.append({line.page, line.text.trimmed()});
            texts.append(line.text);
        }
        ++out.last().lineCount;
    }
    close();
    return out;
}

} // namespace scrutineer::parse::recparagraphs
