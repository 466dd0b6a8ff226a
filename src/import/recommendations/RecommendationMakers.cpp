#include "recommendations/RecommendationMakers.h"

#include "lexicon/Lexicon.h"

#include <QRegularExpression>

namespace scrutineer::parse::makers {
namespace {

} // namespace

QString stripArticle(QString name)
{
    static const QRegularExpression article(QStringLiteral("^(?:the|The|THE)\\s+"));
    return name.remove(article).trimmed();
}

QString addresseeIn(const QString& text)
{
    const QRegularExpressionMatch asked = Lexicon::instance().match(QStringLiteral("asked-to"), text);
    if (asked.hasMatch())
        return stripArticle(asked.captured(1));
    const QRegularExpressionMatch to = Lexicon::instance().match(QStringLiteral("recommends-that"), text);
    if (to.hasMatch())
        return stripArticle(to.captured(2));
    const QRegularExpressionMatch commended = Lexicon::instance().match(QStringLiteral("commended-to"), text);
    return commended.hasMatch() ? stripArticle(commended.captured(1)) : QString();
}

QString bodyIn(const QString& text, const QStringList& namedBodies)
{
    const QRegularExpressionMatch m = Lexicon::instance().match(QStringLiteral("maker-body"), text);
    QString name = m.hasMatch() ? stripArticle(m.captured(1)) : QString();
    if (name.isEmpty()) {
        static const QRegularExpression bare(Lexicon::instance().alternation(QStringLiteral("maker-body-noun")),
                                             QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch b = bare.match(text);
        if (!b.hasMatch())
            return {};
        name = b.captured(1);
    }
    if (name.contains(QLatin1Char(' ')))
        return name;
    // "the Committee": the body last named in full that ends with that word.
    for (qsizetype i = namedBodies.size() - 1; i >= 0; --i) {
        if (!namedBodies.at(i).endsWith(name, Qt::CaseInsensitive))
            continue;
        // "the Cabinet Committee" after "the Children's ... Cabinet Committee": the full name.
        for (const QString& longer : namedBodies) {
            if (longer.size() > namedBodies.at(i).size()
                && longer.endsWith(QLatin1Char(' ') + namedBodies.at(i), Qt::CaseInsensitive))
                return longer;
        }
        return namedBodies.at(i);
    }
    return name.at(0).toUpper() + name.mid(1);
}

QString makerOf(const QString& text, const QStringList& namedBodies, const QString& fallback)
{
    static const QRegularExpression we(QStringLiteral("^\\W*we\\b"), QRegularExpression::CaseInsensitiveOption);
    if (we.match(text).hasMatch())
        return fallback;
    // The first body named that is not an owner ("The Committee's former ... Working Group").
    for (const QRegularExpressionMatch& m : Lexicon::instance().matchAll(QStringLiteral("maker-body"), text)) {
        const QString after = text.mid(m.capturedEnd(1), 2);
        if (after == QLatin1String("'s") || after == QStringLiteral("\u2019s"))
            continue;
        const QString body = bodyIn(m.captured(1), namedBodies);
        if (!body.isEmpty())
            return body;
    }
    const QString body = bodyIn(text, namedBodies);
    return body.isEmpty() ? fallback : body;
}

QStringList fullBodies(const QString& text)
{
    QStringList bodies;
    for (const QRegularExpressionMatch& m : Lexicon::instance().matchAll(QStringLiteral("maker-body"), text)) {
        const QString name = stripArticle(m.captured(1));
        if (name.contains(QLatin1Char(' ')))
            bodies.append(name);
    }
    return bodies;
}

QHash<QString, QString> abbreviationsIn(const QString& text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\((\\p{Lu}{2,6})\\)"));
    QHash<QString, QString> out;
    for (auto it = bracketed.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString abbreviation = m.captured(1);
        const QStringList before = text.left(m.capturedStart(0)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Back from the bracket over capitalised words and the small words between them, until
        // there are as many capitalised words as the abbreviation has letters.
        QStringList words;
        qsizetype capitals = 0;
        for (qsizetype i = before.size() - 1; i >= 0 && capitals < abbreviation.size(); --i) {
            const QString& word = before.at(i);
            if (word.front().isUpper()) {
                words.prepend(word);
                ++capitals;
            } else if (!words.isEmpty() && word.size() <= 3 && word.front().isLower()) {
                words.prepend(word); // "and", "of", "for"
            } else {
                break;
            }
        }
        QString initials;
        for (const QString& word : std::as_const(words)) {
            if (word.front().isUpper())
                initials.append(word.front());
        }
        if (initials == abbreviation)
            out.insert(abbreviation, words.join(QLatin1Char(' ')));
    }
    return out;
}

QString leadMaker(const QString& text, const QStringList& namedBodies, const QHash<QString, QString>& abbreviations)
{
    const QRegularExpressionMatch m = Lexicon::instance().match(QStringLiteral("recommendations-of-body"), text);
    if (!m.hasMatch())
        return {};
    const QString abbreviation = m.captured(1);
    for (qsizetype i = namedBodies.size() - 1; i >= 0; --i) {
        const QString& body = namedBodies.at(i);
        if (!body.startsWith(abbreviation + QLatin1Char(' ')))
            continue;
        const QString full = abbreviations.value(abbreviation);
        return full.isEmpty() ? body : full + body.mid(abbreviation.size());
    }
    return {};
}

} // namespace scrutineer::parse::makers
