#include "OwnerText.h"

#include "PersonWording.h"

#include "TextUtil.h"

#include <QSet>

namespace scrutineer::owner {
namespace {

// Words that name a role, a team or a body rather than a person: person-wording.json's post-words.
// Compared lower-case; acronyms ("IRO", "CSC", "MPs") count as roles without being listed.
bool isListedPostWord(const QString& lowerWord)
{
    return PersonWording::instance().inList(QStringLiteral("post-words"), lowerWord);
}

// A title as one word ("Mrs", "Cllr."): person-wording.json's honorific-words.
bool isHonorific(const QString& word)
{
    QString bare = word.toLower();
    bare.remove(QLatin1Char('.'));
    return PersonWording::instance().inList(QStringLiteral("honorific-words"), bare);
}

bool isInitial(const QString& word)
{
    QString bare = word;
    bare.remove(QLatin1Char('.'));
    return bare.size() == 1 && bare.at(0).isUpper();
}

struct Token {
    enum class Kind { Word, Paren, Comma, Semi, Amp, Slash, And };
    Kind kind = Kind::Word;
    QString text;
};

using Tokens = QList<Token>;

Tokens tokenise(const QString& printed)
{
    Tokens tokens;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        tokens.append(
            {word.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0 ? Token::Kind::And : Token::Kind::Word,
             word});
        word.clear();
    };
    const QString text = text::collapseWhitespace(printed);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(')) {
            flush();
            const qsizetype close = text.indexOf(QLatin1Char(')'), i);
            const qsizetype end = close < 0 ? text.size() : close + 1;
            tokens.append({Token::Kind::Paren, text.mid(i, end - i)});
            i = end - 1;
            continue;
        }
        Token::Kind kind = Token::Kind::Word;
        if (c == QLatin1Char(','))
            kind = Token::Kind::Comma;
        else if (c == QLatin1Char(';'))
            kind = Token::Kind::Semi;
        else if (c == QLatin1Char('&') || c == QLatin1Char('+'))
            kind = Token::Kind::Amp;
        else if (c == QLatin1Char('/'))
            kind = Token::Kind::Slash;
        if (kind != Token::Kind::Word) {
            flush();
            tokens.append({kind, QString(c)});
        } else if (c.isSpace()) {
            flush();
        } else {
            word += c;
        }
    }
    flush();
    return tokens;
}

bool isSeparator(const Token& t)
{
    return t.kind != Token::Kind::Word && t.kind != Token::Kind::Paren;
}

// A capitalised word that is not a role: part of a person's name.
bool isNameWord(const Token& t)
{
    if (t.kind != Token::Kind::Word || t.text.isEmpty() || !t.text.at(0).isUpper())
        return false;
    return !isPostWord(t.text);
}

QString joinWords(const Tokens& tokens, qsizetype from, qsizetype to)
{
    QStringList words;
    for (qsizetype i = from; i < to; ++i)
        words.append(tokens.at(i).text);
    return words.join(QLatin1Char(' '));
}

// Length of the known person's name starting at `from`, 0 when none starts there.
qsizetype knownNameAt(const Tokens& tokens, qsizetype from, const QList<QStringList>& known)
{
    for (const QStringList& name : known) {
        if (from + name.size() > tokens.size())
            continue;
        bool same = true;
        for (qsizetype k = 0; k < name.size() && same; ++k)
            same = tokens.at(from + k).kind == Token::Kind::Word
                && tokens.at(from + k).text.compare(name.at(k), Qt::CaseInsensitive) == 0;
        if (same)
            return name.size();
    }
    return 0;
}

// A run of name words at `from` that reads as a person: a known name, an honorific or initial in
// front, or two to four capitalised words followed by a comma or the end of the part.
qsizetype nameRunAt(const Tokens& part, qsizetype from, const QList<QStringList>& known, bool needEnd)
{
    if (const qsizetype k = knownNameAt(part, from, known))
        return k;
    qsizetype end = from;
    while (end < part.size() && (isNameWord(part.at(end)) || isHonorific(part.at(end).text)))
        ++end;
    const qsizetype length = end - from;
    if (length == 0)
        return 0;
    const bool marked = isHonorific(part.at(from).text) || isInitial(part.at(from).text);
    if (length >= 2 && length <= 4 && (marked || !needEnd || end == part.size()))
        return length;
    return 0;
}

bool containsPostWord(const Tokens& tokens)
{
    for (const Token& t : tokens) {
        if ((t.kind == Token::Kind::Word && isPostWord(t.text)) || t.kind == Token::Kind::Paren)
            return true;
    }
    return false;
}

// The tokens up to the next separator of any kind.
Tokens upToSeparator(const Tokens& tokens, qsizetype from)
{
    Tokens run;
    for (qsizetype i = from; i < tokens.size() && !isSeparator(tokens.at(i)); ++i)
        run.append(tokens.at(i));
    return run;
}

// Splits the cell where one lead ends and the next begins: always at ';', at '&' and '/' when
// what follows can stand alone, at "and" only between two people or two posts.
QList<Tokens> segments(const Tokens& tokens, const QList<QStringList>& known)
{
    QList<Tokens> result {{}};
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        Tokens& current = result.last();
        bool split = false;
        if (t.kind == Token::Kind::Semi) {
            split = true;
        } else if (t.kind == Token::Kind::Amp || t.kind == Token::Kind::Slash) {
            // A new lead starts with a name or a post ("& Nicky Horn", "& IRO Manager"), or follows a
            // post that is complete ("Service Manager & Practice Champions Group"); otherwise the
            // '&' is inside one post's name ("Independent Safeguarding & Quality Assurance Unit").
            // (A name is a known one, or capitalised words standing alone: "Quality Assurance" before
            // "Unit" is not one.)
            const Tokens next = upToSeparator(tokens, i + 1);
            const bool nextStartsLead = nameRunAt(next, 0, known, true) > 0
                || (!next.isEmpty() && next.first().kind == Token::Kind::Word && isPostWord(next.first().text));
            const bool currentLeadEnds = !current.isEmpty()
                && (current.last().kind == Token::Kind::Paren
                    || (current.last().kind == Token::Kind::Word && isPostWord(current.last().text))
                    || nameRunAt(current, 0, known, true) == current.size());
            split = nextStartsLead || (containsPostWord(next) && currentLeadEnds);
        } else if (t.kind == Token::Kind::And) {
            const Tokens next = upToSeparator(tokens, i + 1);
            const bool nextPerson = !next.isEmpty() && nameRunAt(next, 0, known, true) > 0
                && (i + 1 + next.size() >= tokens.size() || tokens.at(i + 1 + next.size()).kind == Token::Kind::Comma
                    || knownNameAt(next, 0, known) > 0);
            bool currentPerson = false;
            for (qsizetype k = 0; k < current.size() && !currentPerson; ++k)
                currentPerson = (k == 0 || current.at(k - 1).kind == Token::Kind::Comma)
                    && nameRunAt(upToSeparator(current, k), 0, known, false) > 0;
            const bool nextPost = !next.isEmpty() && next.first().kind == Token::Kind::Word
                && next.first().text.at(0).isUpper() && isPostWord(next.first().text);
            split = (nextPerson && currentPerson) || (nextPost && containsPostWord(current));
        }
        if (split) {
            if (!current.isEmpty())
                result.append(Tokens {});
        } else {
            current.append(t);
        }
    }
    if (result.last().isEmpty())
        result.removeLast();
    return result;
}

struct Item {
    bool person = false;
    QString text;
};

QString cleanPost(QString post)
{
    post = text::collapseWhitespace(post);
    while (!post.isEmpty()
           && (post.endsWith(QLatin1Char(',')) || post.endsWith(QLatin1Char('.')) || post.endsWith(QLatin1Char(':'))
               || post.endsWith(QLatin1Char('-'))))
        post.chop(1);
    post = post.trimmed();
    if (post.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        post = post.mid(4);
    if (!post.isEmpty())
        post[0] = post.at(0).toUpper();
    return post;
}

// A comma-separated part as people and posts: "Vicky Buchanan Head of Service" is both,
// "Service Manager Joy Hughes" (before ", Service Manager") is a post then a person.
QList<Item> classify(const Tokens& part, bool postFollows, const QList<QStringList>& known)
{
    QList<Item> items;
    const qsizetype lead = nameRunAt(part, 0, known, true);
    if (lead == part.size() && lead > 0)
        return {{true, text::stripHonorifics(joinWords(part, 0, part.size()))}};
    if (lead == 0 && part.size() == 1 && knownNameAt(part, 0, known))
        return {{true, part.first().text}};
    // A known person before a role, without a comma.
    if (const qsizetype k = knownNameAt(part, 0, known); k > 0 && k < part.size()) {
        items.append({true, text::stripHonorifics(joinWords(part, 0, k))});
        items.append({false, joinWords(part, k, part.size())});
        return items;
    }
    // A role, then a person whose own role follows after the comma (or who is known).
    for (qsizetype from = 1; from < part.size(); ++from) {
        if (isNameWord(part.at(from - 1)) || isHonorific(part.at(from - 1).text))
            continue;
        const qsizetype k = knownNameAt(part, from, known);
        const qsizetype run = k > 0 ? k : (postFollows ? nameRunAt(part, from, known, true) : 0);
        if (run > 0 && from + run == part.size()) {
            items.append({false, joinWords(part, 0, from)});
            items.append({true, text::stripHonorifics(joinWords(part, from, part.size()))});
            return items;
        }
    }
    return {{false, joinWords(part, 0, part.size())}};
}

QList<OwnerLead> pair(const QList<Item>& items)
{
    QList<OwnerLead> leads;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items.at(i);
        const bool hasNext = i + 1 < items.size();
        if (item.person) {
            OwnerLead lead {item.text, {}};
            if (hasNext && !items.at(i + 1).person)
                lead.post = cleanPost(items.at(++i).text);
            leads.append(lead);
        } else if (hasNext && items.at(i + 1).person && (i + 2 >= items.size() || items.at(i + 2).person)) {
            leads.append({items.at(i + 1).text, cleanPost(item.text)});
            ++i;
        } else {
            leads.append({{}, cleanPost(item.text)});
        }
    }
    return leads;
}

} // namespace

bool isPostWord(const QString& word)
{
    QString bare;
    for (const QChar c : word) {
        if (c.isLetter() || c == QLatin1Char('-'))
            bare += c;
    }
    if (bare.size() >= 2) {
        // Acronyms: "IRO", "CSC", "QA", "MPs".
        const QString stem = bare.endsWith(QLatin1Char('s')) ? bare.chopped(1) : bare;
        bool capitals = stem.size() >= 2;
        for (const QChar c : stem)
            capitals = capitals && c.isUpper();
        if (capitals)
            return true;
    }
    return isListedPostWord(bare.toLower());
}

QList<OwnerLead> parse(const QString& printed, const QStringList& knownPeople)
{
    QList<QStringList> known;
    for (const QString& name : knownPeople) {
        const QStringList words = text::stripHonorifics(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2)
            known.append(words);
    }
    // Longest names first, so "Mary Ann Smith" wins over "Mary Ann".
    std::stable_sort(known.begin(), known.end(),
                     [](const QStringList& a, const QStringList& b) { return a.size() > b.size(); });

    QList<OwnerLead> leads;
    for (const Tokens& segment : segments(tokenise(printed), known)) {
        QList<Tokens> parts {{}};
        for (const Token& t : segment) {
            if (t.kind == Token::Kind::Comma)
                parts.append(Tokens {});
            else if (t.kind == Token::Kind::Paren && !parts.last().isEmpty())
                parts.last().last().text
                    += QLatin1Char(' ') + t.text; // "(Principal Social Worker)" stays with its role
            else
                parts.last().append(t);
        }
        parts.removeIf([](const Tokens& p) { return p.isEmpty(); });
        QList<Item> items;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const bool postFollows
                = i + 1 < parts.size() && nameRunAt(parts.at(i + 1), 0, known, true) != parts.at(i + 1).size();
            items += classify(parts.at(i), postFollows, known);
        }
        // Merge neighbouring post fragments the commas cut ("Head of Service, Children").
        QList<Item> merged;
        for (const Item& item : items) {
            if (!item.person && !merged.isEmpty() && !merged.last().person && !containsPostWord(tokenise(item.text)))
                merged.last().text += QStringLiteral(", ") + item.text;
            else
                merged.append(item);
        }
        leads += pair(merged);
    }
    leads.removeIf([](const OwnerLead& l) { return l.person.isEmpty() && l.post.isEmpty(); });
    return leads;
}

QString personKey(const QString& person)
{
    return text::normaliseForMatch(text::stripHonorifics(person));
}

QString postKey(const QString& post)
{
    QString key = text::normaliseForMatch(post);
    while (!key.isEmpty() && !key.at(0).isLetterOrNumber())
        key.remove(0, 1);
    while (!key.isEmpty() && !key.back().isLetterOrNumber() && key.back() != QLatin1Char(')'))
        key.chop(1);
    if (key.startsWith(QLatin1String("the ")))
        key = key.mid(4);
    return key;
}

} // namespace scrutineer::owner
