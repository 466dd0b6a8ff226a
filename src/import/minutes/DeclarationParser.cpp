#include "minutes/DeclarationParser.h"

#include "TextUtil.h"
#include "lexicon/Lexicon.h"
#include "minutes/NameListParser.h"

#include <QRegularExpression>

namespace scrutineer::parse {
namespace {

QString kindOf(const QString& words)
{
    const QString w = words.toLower();
    if (w.contains(QLatin1String("pecuniary")))
        return QStringLiteral("pecuniary");
    if (w.contains(QLatin1String("prejudicial")))
        return QStringLiteral("prejudicial");
    if (w.contains(QLatin1String("personal")))
        return QStringLiteral("personal");
    if (w.contains(QLatin1String("other")) || w.contains(QLatin1String("significant")))
        return QStringLiteral("other");
    return {};
}

bool withdrew(const QString& text)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("declaration-withdrew")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// The name at the end of "Later in the meeting Mr Sole".
QString trailingName(const QString& prefix)
{
    static const QRegularExpression token(
        QStringLiteral("^(?:[A-Z][\\w'\u2019.-]*|[a-z]['\u2019][A-Z]\\w*|de|van|von|der|la|le)$"));
    const QStringList tokens = text::collapseWhitespace(prefix).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype start = tokens.size();
    while (start > 0) {
        const QString& t = tokens.at(start - 1);
        if (t.endsWith(QLatin1Char(',')) || !token.match(t).hasMatch())
            break;
        --start;
    }
    QStringList name = tokens.mid(start);
    // "Later In ..." never happens, but a sentence-initial word is not a name unless an honorific.
    while (name.size() > 1 && !minutes::startsWithHonorific(name.join(QLatin1Char(' ')))
           && !minutes::looksLikeName(name.join(QLatin1Char(' '))))
        name.removeFirst();
    return name.join(QLatin1Char(' '));
}

// The minute the sentence says the interest concerns ("declared a personal interest in Minute
// 50/24 (Holme Farm barns)"), when its reference has the shape of the minute the declaration is
// recorded under (so "Minute 50/24" counts beside "46/24", a date or another body's numbering
// does not); else the minute recorded under.
QString declaredAboutMinute(const QString& sentence, const QString& recordedUnder)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("declaration-names-minute")),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(sentence);
    if (!m.hasMatch() || recordedUnder.isEmpty())
        return recordedUnder;
    QString named = m.captured(1).trimmed();
    while (!named.isEmpty() && !named.back().isLetterOrNumber())
        named.chop(1);
    // The shape of a reference: its letters and joiners, each run of digits one '#'.
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString namedShape = named;
    QString recordedShape = recordedUnder;
    namedShape.replace(digits, QStringLiteral("#"));
    recordedShape.replace(digits, QStringLiteral("#"));
    return namedShape == recordedShape && namedShape.contains(QLatin1Char('#')) ? named : recordedUnder;
}

// A declaration as printed: the minute it concerns, its kind, its words, whether the member left.
Declaration declarationParserRead(const QString& text, const QString& minute, const QString& kindWord, int page)
{
    Declaration d;
    d.minute = declaredAboutMinute(text, minute);
    d.kind = kindOf(kindWord);
    d.text = text;
    d.withdrew = withdrew(text);
    d.pdfPage = page;
    return d;
}

} // namespace

bool DeclarationParser::isNoDeclarations(const QString& sentence)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("no-declarations")),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(sentence.trimmed()).hasMatch();
}

QList<Declaration> DeclarationParser::fromSentence(const QString& sentence, const QString& minute, int page)
{
    static const QRegularExpression re(Lexicon::instance().alternation(QStringLiteral("declared-interest")),
                                       QRegularExpression::CaseInsensitiveOption);
    QList<Declaration> out;
    // The clause's own numbering or bullet is not part of what was declared: "1) Mrs A and …".
    static const QRegularExpression numbering(
        QStringLiteral("^(?:\\(?\\d{1,3}[.)]|\\([a-z]{1,3}\\)|[a-z]\\)|[\u2022\u00B7\u25AA\u25CF-])\\s+"));
    QString s = text::collapseWhitespace(sentence);
    s.remove(numbering);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return out;
    Declaration d = declarationParserRead(s, minute, m.captured(2), page);
    const QString subject = m.captured(1).trimmed();
    // Several titled people declaring together: "Mrs A and Mr B declared …" gives one each.
    if (minutes::startsWithHonorific(subject)) {
        const QList<ListedPerson> people = NameListParser::parse(subject);
        if (people.size() > 1) {
            for (const ListedPerson& p : people) {
                d.member = p.name;
                out.append(d);
            }
            return out;
        }
    }
    const QString who = trailingName(subject);
    if (!who.isEmpty() && (minutes::startsWithHonorific(who) || minutes::looksLikeName(who))) {
        d.member = minutes::personName(who);
        if (!d.member.isEmpty())
            out.append(d);
        return out;
    }
    // Members declaring as a group ("Members who were district councillors declared an
    // interest"): the group as printed stands for the member.
    if (Lexicon::instance().matches(QStringLiteral("group-declarer"), subject)) {
        d.member = subject;
        out.append(d);
    }
    return out;
}

QList<Declaration> DeclarationParser::fromCell(const QString& cell, const QString& minute, int page)
{
    const QString text = text::collapseWhitespace(cell);
    if (text.isEmpty() || Lexicon::instance().matches(QStringLiteral("minutes-declarations-cell-none"), text))
        return {};
    // Sentences saying who declared ("Cllr Lane declared a personal interest ..."), as in prose.
    QList<Declaration> out;
    for (const QString& sentence : minutes::splitSentences(text))
        out += fromSentence(sentence, minute, page);
    if (!out.isEmpty())
        return out;
    // The member first, the interest after a dash, colon or comma: the column says it is one.
    static const QRegularExpression split(QStringLiteral("^(.+?)\\s*(?:[:,;\u2013\u2014]|\\s-)\\s*(.+)$"));
    const auto m = split.match(text);
    if (!m.hasMatch())
        return out;
    const QString who = m.captured(1);
    if (!minutes::startsWithHonorific(who) && !minutes::looksLikeName(who))
        return out;
    const QString member = minutes::personName(who);
    if (member.isEmpty())
        return out;
    Declaration d = declarationParserRead(text, minute, m.captured(2), page);
    d.member = member;
    out.append(d);
    return out;
}

QList<Declaration> DeclarationParser::fromTable(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                                const QString& minute)
{
    QList<Declaration> out;
    static const QRegularExpression member(Lexicon::instance().alternation(QStringLiteral("declaration-table-member")),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression minuteHead(
        Lexicon::instance().alternation(QStringLiteral("declaration-table-minute")),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression interest(
        Lexicon::instance().alternation(QStringLiteral("declaration-table-interest")),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = from; i < to; ++i) {
        // The columns by their headings' roles, in any order after the member's: the interest,
        // the minute or item (optional) and others ("Action taken", "Left the room"), whose text
        // still says whether the member withdrew.
        const QList<QPair<qreal, QString>>& head = lines.at(i).cells;
        if (head.size() < 2 || !member.match(head.at(0).second).hasMatch())
            continue;
        qsizetype interestColumn = -1;
        qsizetype minuteColumn = -1;
        for (qsizetype c = 1; c < head.size(); ++c) {
            if (interestColumn < 0 && interest.match(head.at(c).second).hasMatch())
                interestColumn = c;
            else if (minuteColumn < 0 && minuteHead.match(head.at(c).second).hasMatch())
                minuteColumn = c;
        }
        if (interestColumn < 0)
            continue;
        auto column = [&](qreal left) {
            qsizetype best = 0;
            for (qsizetype c = 0; c < head.size(); ++c) {
                if (left >= head.at(c).first - 10)
                    best = c;
            }
            return best;
        };
        QList<QStringList> rows;
        QList<int> pages;
        for (qsizetype j = i + 1; j < to; ++j) {
            const auto& cells = lines.at(j).cells;
            if (cells.isEmpty())
                break;
            const bool starts = column(cells.first().first) == 0;
            if (cells.size() < 2 && starts && !rows.isEmpty())
                break; // prose after the table
            if (starts || rows.isEmpty()) {
                rows.append(QStringList(head.size(), QString()));
                pages.append(lines.at(j).page);
            }
            for (const auto& [left, text] : cells) {
                QString& cell = rows.last()[column(left)];
                cell = minutes::joinTexts({cell, text});
            }
        }
        static const QRegularExpression number(QStringLiteral("(\\d+[A-Za-z]?)"));
        for (int r = 0; r < rows.size(); ++r) {
            const QStringList& row = rows.at(r);
            if (row.at(0).isEmpty())
                continue;
            Declaration d;
            d.member = minutes::personName(row.at(0));
            const auto n = minuteColumn < 0 ? QRegularExpressionMatch() : number.match(row.at(minuteColumn));
            d.minute = n.hasMatch() ? n.captured(1) : minute;
            d.text = row.at(interestColumn);
            d.kind = kindOf(row.at(interestColumn));
            QStringList others;
            for (qsizetype c = 1; c < row.size(); ++c) {
                if (c != minuteColumn)
                    others.append(row.at(c));
            }
            d.withdrew = withdrew(others.join(QLatin1Char(' ')));
            d.pdfPage = pages.at(r);
            out.append(d);
        }
        break;
    }
    return out;
}

} // namespace scrutineer::parse
