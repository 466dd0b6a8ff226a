#include "lexicon/Lexicon.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "Log.h"

namespace scrutineer::parse {
namespace {

constexpr qsizetype kMaxCueHeadingWords = 4;

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        log::error(QStringLiteral("lexicon: cannot read %1").arg(path));
        return {};
    }
    return file.readAll();
}

QJsonObject parseObject(const QByteArray& json, const char* what)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        log::error(QStringLiteral("lexicon: %1 is not valid JSON: %2").arg(QLatin1String(what), error.errorString()));
    return document.object();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon = fromJson(readResource(QStringLiteral(":/scrutineer/lexicon/table-headings.json")),
                                            readResource(QStringLiteral(":/scrutineer/lexicon/cell-vocabulary.json")),
                                            readResource(QStringLiteral(":/scrutineer/lexicon/document-cues.json")));
    return lexicon;
}

Lexicon Lexicon::fromJson(const QByteArray& headings, const QByteArray& vocabulary, const QByteArray& cues)
{
    Lexicon lexicon;
    lexicon.load(headings, vocabulary, cues);
    return lexicon;
}

Lexicon Lexicon::withHeadings(const QList<std::pair<QString, QString>>& headingRoles) const
{
    Lexicon copy = *this;
    for (const auto& [heading, role] : headingRoles) {
        const QStringList words = headingWords(heading);
        if (words.isEmpty() || role.isEmpty())
            continue;
        copy.m_phrases.insert(words.join(QLatin1Char(' ')), Entry {{role}, {}, false});
        copy.m_firstWords.insert(words.first());
        for (qsizetype n = 1; n < words.size(); ++n)
            copy.m_prefixes.insert(words.mid(0, n).join(QLatin1Char(' ')));
    }
    return copy;
}

void Lexicon::load(const QByteArray& headings, const QByteArray& vocabulary, const QByteArray& cues)
{
    for (const QJsonValue value :
         parseObject(headings, "table-headings.json").value(QStringLiteral("entries")).toArray()) {
        const QJsonObject object = value.toObject();
        const Entry entry {
            stringList(object.value(QStringLiteral("roles"))), object.value(QStringLiteral("grade")).toString(),
            object.value(QStringLiteral("weak")).toBool(), object.value(QStringLiteral("political")).toBool()};
        if (entry.roles.isEmpty())
            continue;
        for (const QString& phrase : stringList(object.value(QStringLiteral("phrases")))) {
            const QStringList words = headingWords(phrase);
            if (words.isEmpty())
                continue;
            m_phrases.insert(words.join(QLatin1Char(' ')), entry);
            m_firstWords.insert(words.first());
            for (qsizetype n = 1; n < words.size(); ++n)
                m_prefixes.insert(words.mid(0, n).join(QLatin1Char(' ')));
        }
        for (const QString& cue : stringList(object.value(QStringLiteral("cues")))) {
            m_cues.insert(cue.toLower(), entry);
            m_firstWords.insert(cue.toLower());
        }
    }
    const QJsonObject lists = parseObject(vocabulary, "cell-vocabulary.json").value(QStringLiteral("lists")).toObject();
    for (auto it = lists.constBegin(); it != lists.constEnd(); ++it) {
        QSet<QString>& set = m_lists[it.key()];
        const QString readsAs = it.value().toObject().value(QStringLiteral("reads_as")).toString();
        if (!readsAs.isEmpty())
            m_listReadings.insert(it.key(), readsAs);
        for (const QString& word : stringList(it.value().toObject().value(QStringLiteral("words")))) {
            const QStringList words = headingWords(word);
            set.insert(words.isEmpty() ? word : words.join(QLatin1Char(' ')));
        }
    }
    if (cues.isEmpty())
        return;
    const QJsonObject patterns = parseObject(cues, "document-cues.json").value(QStringLiteral("patterns")).toObject();
    for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const bool sensitive = entry.value(QStringLiteral("case")).toString() == QLatin1String("sensitive");
        QList<QRegularExpression>& list = m_cuePatterns[it.key()];
        m_cueHints.insert(it.key(), stringList(entry.value(QStringLiteral("contains"))));
        QStringList firstWords;
        for (const QString& hint : m_cueHints.value(it.key()))
            firstWords.append(hint.section(QLatin1Char(' '), 0, 0).toLower());
        m_cueHintWords.insert(it.key(), firstWords);
        QList<QStringMatcher>& matchers = m_cueHintMatchers[it.key()];
        for (const QString& hint : m_cueHints.value(it.key()))
            matchers.append(QStringMatcher(hint, Qt::CaseInsensitive));
        for (const QString& pattern : stringList(entry.value(QStringLiteral("regex")))) {
            // Compiled on first use (LexiconTest checks that every pattern is valid).
            list.append(QRegularExpression(
                pattern, sensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption));
        }
    }
}

QStringList Lexicon::invalidPatterns() const
{
    QStringList invalid;
    for (auto it = m_cuePatterns.constBegin(); it != m_cuePatterns.constEnd(); ++it) {
        for (const QRegularExpression& re : *it) {
            if (!re.isValid())
                invalid.append(QStringLiteral("%1: %2 (%3)").arg(it.key(), re.pattern(), re.errorString()));
        }
    }
    return invalid;
}

bool Lexicon::mayMatch(const QString& cue, const QStringList& words) const
{
    // A hint of several words may span words: each word is tested against its first word.
    const auto it = m_cueHintWords.constFind(cue);
    if (it == m_cueHintWords.constEnd() || it->isEmpty())
        return true;
    for (const QString& word : words) {
        if (word.size() < 3)
            continue;
        for (const QString& first : *it) {
            if (word.contains(first, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

bool Lexicon::matches(const QString& cue, const QString& line) const
{
    return !firstMatch(cue, line).isNull();
}

QString Lexicon::firstMatch(const QString& cue, const QString& line) const
{
    const QRegularExpressionMatch m = match(cue, line);
    if (!m.hasMatch())
        return {};
    return m.captured(0).isNull() ? QStringLiteral("") : m.captured(0);
}

QRegularExpressionMatch Lexicon::match(const QString& cue, const QString& line) const
{
    const auto it = m_cuePatterns.constFind(cue);
    if (it == m_cuePatterns.constEnd() || !mayHold(cue, line))
        return {};
    for (const QRegularExpression& re : *it) {
        QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch())
            return m;
    }
    return {};
}

const QList<QRegularExpression>& Lexicon::patterns(const QString& cue) const
{
    static const QList<QRegularExpression> none;
    const auto it = m_cuePatterns.constFind(cue);
    return it == m_cuePatterns.constEnd() ? none : *it;
}

bool Lexicon::mayHold(const QString& cue, const QString& line) const
{
    const auto hints = m_cueHintMatchers.constFind(cue);
    return hints == m_cueHintMatchers.constEnd() || hints->isEmpty()
        || std::any_of(hints->begin(), hints->end(),
                       [&line](const QStringMatcher& hint) { return hint.indexIn(line) >= 0; });
}

QList<QRegularExpressionMatch> Lexicon::matchAll(const QString& cue, const QString& line) const
{
    QList<QRegularExpressionMatch> out;
    const auto it = m_cuePatterns.constFind(cue);
    if (it == m_cuePatterns.constEnd() || !mayHold(cue, line))
        return out;
    // The first pattern that matches at all gives every match (a pattern before it has none).
    for (const QRegularExpression& re : *it) {
        QRegularExpressionMatchIterator matches = re.globalMatch(line);
        while (matches.hasNext())
            out.append(matches.next());
        if (!out.isEmpty())
            break;
    }
    return out;
}

QString Lexicon::alternation(const QString& cue) const
{
    QStringList sources;
    for (const QRegularExpression& re : m_cuePatterns.value(cue))
        sources.append(re.pattern());
    if (sources.isEmpty())
        return QStringLiteral("(?!)"); // placed in a pattern, an unknown cue's wording matches nothing
    return sources.size() == 1 ? sources.constFirst() : QStringLiteral("(?:%1)").arg(sources.join(QLatin1Char('|')));
}

QStringList Lexicon::headingWords(const QString& text)
{
    QStringList words;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < size && text.at(end).isLetterOrNumber())
            ++end;
        QString word = text.mid(i, end - i); // one allocation a word, lowered in place
        for (QChar& c : word)
            c = c.toLower();
        words.append(std::move(word));
        i = end;
    }
    return words;
}

std::optional<Lexicon::Entry> Lexicon::phrase(const QStringList& words) const
{
    const auto it = m_phrases.constFind(words.join(QLatin1Char(' ')));
    if (it == m_phrases.constEnd())
        return std::nullopt;
    return *it;
}

Lexicon::Heading Lexicon::heading(const QString& text) const
{
    return headingOfWords(headingWords(text));
}

Lexicon::Heading Lexicon::headingOfWords(const QStringList& words) const
{
    if (words.isEmpty())
        return {};
    // Every phrase starts with one of the first words, so most lines (sentences, values) are
    // settled by one look-up here, not by joining their words again for each try below.
    const bool firstStarts = m_firstWords.contains(words.first());
    if (firstStarts) {
        if (const auto entry = phrase(words))
            return {entry->roles, entry->grade, true, entry->weak, entry->political};
    }
    // A word broken where its cell wrapped ("Timescal" above "e"): join neighbours and try again.
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (i == 0 ? !m_firstWords.contains(words.at(0) + words.at(1)) : !firstStarts)
            continue;
        QStringList joined = words;
        joined[i] += joined.at(i + 1);
        joined.removeAt(i + 1);
        if (const auto entry = phrase(joined))
            return {entry->roles, entry->grade, true, entry->weak, entry->political};
    }
    // Two whole headings joined by "and" ("Management response and agreed action"): the column
    // holds both; the head noun's (the last heading's) roles first, then the first's, for the
    // reader to choose between by the table's other columns.
    if (const qsizetype joint = words.indexOf(QStringLiteral("and")); firstStarts && joint > 0 && joint + 1 < words.size()) {
        const auto first = phrase(words.mid(0, joint));
        const auto second = phrase(words.mid(joint + 1));
        // (A role joined to who is to act is the role alone: see below.)
        if (first && second && !first->weak && !second->weak && second->roles.value(0) != QLatin1String("owner")) {
            QStringList roles = second->roles;
            for (const QString& r : first->roles) {
                if (!roles.contains(r))
                    roles.append(r);
            }
            return {roles, second->grade, true, false, second->political};
        }
    }
    // A grade and then a condition word ("On track if", "Green when"): a band column for that
    // grade, its cells saying when a figure earns it. The grade is a band heading's or a rating
    // (rag-words); the condition words are the lexicon's (band-heading-conditions).
    if (words.size() >= 2 && words.size() <= kMaxCueHeadingWords + 1
        && inList(QStringLiteral("band-heading-conditions"), words.last())) {
        const QStringList gradeWords = words.mid(0, words.size() - 1);
        if (const auto entry = phrase(gradeWords); entry && !entry->grade.isEmpty())
            return {{QStringLiteral("band")}, entry->grade, true, false, false};
        QString grade = gradeWords.join(QLatin1Char(' '));
        if (inList(QStringLiteral("rag-words"), grade)) {
            grade[0] = grade.at(0).toUpper();
            return {{QStringLiteral("band")}, grade, true, false, false};
        }
    }
    // The head noun of an English heading comes last: the last cue word decides. A cue names
    // only a short heading; a longer run of words is a sentence.
    if (words.size() > kMaxCueHeadingWords)
        return {};
    // A role joined by "and" to who is to act ("Action and lead", "Action and responsible
    // officer"): the column holds the first, with the owner printed under it in the same cell, so
    // the first names it. Other pairs ("Objectives and actions") keep the head-noun rule below.
    if (const qsizetype joint = words.indexOf(QStringLiteral("and")); joint > 0 && joint + 1 < words.size()) {
        const Heading first = headingOfWords(words.mid(0, joint));
        const Heading second = headingOfWords(words.mid(joint + 1));
        static const QString owner = QStringLiteral("owner");
        if (first.isKnown() && !first.weak && second.roles.value(0) == owner && !first.roles.contains(owner))
            return {first.roles, first.grade, false, false};
    }
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        const auto it = m_cues.constFind(words.at(i));
        if (it != m_cues.constEnd())
            return {it->roles, it->grade, false, false};
    }
    return {};
}

bool Lexicon::startsPhrase(const QStringList& words) const
{
    return !words.isEmpty() && m_prefixes.contains(words.join(QLatin1Char(' ')));
}

bool Lexicon::isPhrase(const QStringList& words) const
{
    return phrase(words).has_value();
}

bool Lexicon::inList(const QString& list, const QString& normalisedText) const
{
    const auto it = m_lists.constFind(list);
    return it != m_lists.constEnd() && it->contains(normalisedText);
}

bool Lexicon::anyWordInList(const QString& list, const QStringList& words) const
{
    const auto it = m_lists.constFind(list);
    if (it == m_lists.constEnd())
        return false;
    for (const QString& word : words) {
        if (it->contains(word))
            return true;
    }
    return false;
}

} // namespace scrutineer::parse
