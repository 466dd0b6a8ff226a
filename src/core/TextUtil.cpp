#include "TextUtil.h"

#include "PersonWording.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace scrutineer::text {

QString collapseWhitespace(const QString& text)
{
    // Most lines are already single-spaced: those are returned as they are, without a copy.
    bool clean = true;
    bool afterSpace = true; // a leading space is not clean
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            if (afterSpace) {
                clean = false;
                break;
            }
            afterSpace = true;
        } else if (c.isSpace() || c == QChar(0x00A0)) {
            clean = false;
            break;
        } else {
            afterSpace = false;
        }
    }
    if (clean && (text.isEmpty() || !afterSpace))
        return text;
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

int openQuotes(const QString& text)
{
    QuoteCount count;
    count.add(text);
    return count.open();
}

void QuoteCount::add(QStringView piece)
{
    for (const QChar c : piece) {
        if (c == QChar(0x201C))
            ++m_curly;
        else if (c == QChar(0x201D))
            m_curly = std::max(0, m_curly - 1);
        else if (c == QLatin1Char('"'))
            ++m_straight;
    }
}

QString normaliseForMatch(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar& c : s) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x201B:
        case 0x2032:
            c = QLatin1Char('\'');
            break;
        case 0x201C:
        case 0x201D:
        case 0x201F:
        case 0x2033:
            c = QLatin1Char('"');
            break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            c = QLatin1Char('-');
            break;
        default:
            break;
        }
    }
    return collapseWhitespace(s);
}

const QString& rankTitles()
{
    static const QString ranks = PersonWording::instance().alternation(QStringLiteral("rank-title"));
    return ranks;
}

QString stripHonorifics(const QString& name)
{
    // The titles, ranks and post-nominals are person-wording.json's.
    static const QRegularExpression prefix(
        QStringLiteral("^(?:(?:%1|%2)\\.?\\s+)+")
            .arg(PersonWording::instance().alternation(QStringLiteral("honorific")), rankTitles()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bracket(QStringLiteral("\\s*\\([^)]*\\)\\s*"));
    static const QRegularExpression postNominal(
        QStringLiteral(",?\\s+(?:%1)\\.?\\b.*$")
            .arg(PersonWording::instance().alternation(QStringLiteral("post-nominal"))));
    QString s = collapseWhitespace(name);
    s.replace(bracket, QStringLiteral(" "));
    s = collapseWhitespace(s);
    s.remove(prefix);
    s.remove(postNominal);
    while (s.endsWith(QLatin1Char(',')) || s.endsWith(QLatin1Char(';')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.trimmed();
}

QString surnameKey(const QString& name)
{
    QString s = stripHonorifics(name);
    static const QRegularExpression spacedHyphen(QStringLiteral("\\s*[-\u2010\u2013]\\s*"));
    s.replace(spacedHyphen, QStringLiteral("-"));
    const QStringList parts = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    return normaliseForMatch(parts.last());
}

QString forenameInitials(const QString& name)
{
    QString s = stripHonorifics(name);
    static const QRegularExpression spacedHyphen(QStringLiteral("\\s*[-\u2010\u2013]\\s*"));
    s.replace(spacedHyphen, QStringLiteral("-"));
    static const QRegularExpression separators(QStringLiteral("[\\s.]+"));
    QStringList parts = s.split(separators, Qt::SkipEmptyParts);
    if (parts.size() <= 1)
        return {};
    parts.removeLast();
    QString initials;
    for (const QString& p : parts)
        initials.append(p.at(0).toLower());
    return initials;
}

QString titleCaseFromCapitals(const QString& text)
{
    static const QSet<QString> small {QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("the"),
                                      QStringLiteral("for"), QStringLiteral("in"), QStringLiteral("on"),
                                      QStringLiteral("to"),  QStringLiteral("a"),  QStringLiteral("an"),
                                      QStringLiteral("at"),  QStringLiteral("by"), QStringLiteral("with")};
    QString out;
    out.reserve(text.size());
    const QStringList words = collapseWhitespace(text).split(QLatin1Char(' '));
    for (int i = 0; i < words.size(); ++i) {
        QString w = words.at(i).toLower();
        QString bare = w;
        static const QRegularExpression notLetter(QStringLiteral("[^a-z]"));
        bare.remove(notLetter);
        if (i > 0 && small.contains(bare)) {
            out += w;
        } else {
            // Upper-case the first letter and any letter after '(' '-' '/'.
            bool upNext = true;
            for (QChar& c : w) {
                if (c.isLetter()) {
                    if (upNext)
                        c = c.toUpper();
                    upNext = false;
                } else if (c == QLatin1Char('(') || c == QLatin1Char('-') || c == QLatin1Char('/')) {
                    upNext = true;
                } else if (c != QLatin1Char('\'') && c != QChar(0x2019)) {
                    upNext = true;
                }
            }
            out += w;
        }
        if (i + 1 < words.size())
            out += QLatin1Char(' ');
    }
    return out;
}

bool isMostlyUpperCase(const QString& text)
{
    int upper = 0;
    int lower = 0;
    for (const QChar c : text) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    return upper > 0 && lower * 10 <= upper;
}

} // namespace scrutineer::text
