#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringMatcher>

#include <optional>

// The wording the parsers recognise, kept as data (resources/lexicon/*.json, compiled in as Qt
// resources) rather than scattered through the code: table column headings by role, and the cell
// vocabularies that tell what a column holds. Loaded once; immutable afterwards; any thread.
namespace scrutineer::parse {

class Lexicon final {
public:
    // The lexicon compiled into the program.
    static const Lexicon& instance();
    // A lexicon from JSON text in the formats of table-headings.json and cell-vocabulary.json.
    static Lexicon fromJson(const QByteArray& headings, const QByteArray& vocabulary, const QByteArray& cues = {});

    // A copy that also knows these headings (phrases as printed) with these roles, ahead of its
    // own: what a template the user taught says about one body's tables.
    Lexicon withHeadings(const QList<std::pair<QString, QString>>& headingRoles) const;

    // What a column heading says about the column's role.
    struct Heading {
        QStringList roles; // most likely first
        QString grade; // for threshold band columns ("Good")
        bool byPhrase = false; // the whole heading is a known phrase (else a cue word inside it)
        bool weak = false; // an everyday word ("No", "Service"): a heading only beside strong ones
        bool political = false; // names a political lead ("Lead member"), not the officer who acts
        bool isKnown() const { return !roles.isEmpty(); }
    };
    // The roles a whole heading points to: a known phrase (also when a word was broken across
    // lines, "Timescal" + "e"), else the last cue word in it; empty when it says nothing.
    Heading heading(const QString& text) const;
    // The same for a heading already split into headingWords().
    Heading headingOfWords(const QStringList& words) const;
    // True when the words begin at least one known phrase without finishing it (a heading
    // wrapped inside its cell: "How we will" above "know").
    bool startsPhrase(const QStringList& words) const;
    bool isPhrase(const QStringList& words) const;
    // True when a heading may start with this word (lower case, letters and digits): the first
    // word of a phrase, or a cue word. A cheap test before reading a line as a header.
    bool mayStartHeading(const QString& word) const { return m_firstWords.contains(word); }
    // False when no known phrase can begin with these words, whatever words follow them (a
    // phrase's first word, or its first two run together as a word broken across lines, is
    // unknown); true while one word only has been seen.
    bool mayOpenPhrase(const QStringList& words) const
    {
        return words.size() < 2 || m_firstWords.contains(words.at(0))
            || m_firstWords.contains(words.at(0) + words.at(1));
    }

    // Lower-case words of letters and digits: "Progress / Review Date" -> progress, review, date.
    static QStringList headingWords(const QString& text);

    // Cell vocabulary: true when the normalised text (headingWords joined by spaces) is in the
    // named list of cell-vocabulary.json; lists hold single words and phrases.
    bool inList(const QString& list, const QString& normalisedText) const;
    // True when some word of the text is in the named list.
    bool anyWordInList(const QString& list, const QStringList& words) const;
    // What a cell from the named list reads as, where the list says ("reads_as": a symbol font's
    // letter for an arrow reads as "Up"); empty when it does not.
    QString listReading(const QString& list) const { return m_listReadings.value(list); }

    // Document cues (document-cues.json): true when one of the named entry's patterns matches the
    // line; the first match, or an empty string.
    bool matches(const QString& cue, const QString& line) const;
    // The cheap first test of matches() on single words: false when no word of the line can
    // hold one of the cue's hint words (so the line need not be joined and matched).
    bool mayMatch(const QString& cue, const QStringList& words) const;
    // Every cue pattern that does not compile, with the reason (empty when all do).
    QStringList invalidPatterns() const;
    QString firstMatch(const QString& cue, const QString& line) const;
    // The first of the cue's patterns that matches, with its captures and positions (for cues
    // that pick a part out of a sentence); hasMatch() is false when none does.
    QRegularExpressionMatch match(const QString& cue, const QString& line) const;
    // Every match of the cue's first pattern that matches at all, left to right, not overlapping
    // (for cues that name several things in one text).
    QList<QRegularExpressionMatch> matchAll(const QString& cue, const QString& line) const;
    // The cue's patterns in the lexicon's order, each compiled once (empty when the cue is
    // unknown): for a parser that tries every pattern of one cue in turn, reading each one's
    // captures by name ("(?<substitute>...)"), and goes on when what a pattern caught fails its
    // own test. mayHold() is the cheap first test match() makes before them.
    const QList<QRegularExpression>& patterns(const QString& cue) const;
    // True when the line holds one of the cue's 'contains' words (ignoring case), or the cue
    // lists none.
    bool mayHold(const QString& cue, const QString& line) const;
    // The cue's 'contains' words as listed (empty when it lists none): for a reader whose own cheap
    // first test looks at single words ("a word starts with one of them").
    QStringList hints(const QString& cue) const { return m_cueHints.value(cue); }
    // The cue's patterns as one alternation, for wording a parser places inside a pattern of its
    // own (a role word before or after a name); for an unknown cue, a pattern that matches nothing.
    QString alternation(const QString& cue) const;

private:
    struct Entry {
        QStringList roles;
        QString grade;
        bool weak = false;
        bool political = false;
    };
    void load(const QByteArray& headings, const QByteArray& vocabulary, const QByteArray& cues);
    std::optional<Entry> phrase(const QStringList& words) const;

    QHash<QString, Entry> m_phrases; // joined words -> entry
    QSet<QString> m_prefixes; // every proper word-prefix of a phrase, joined
    QSet<QString> m_firstWords; // first words of phrases, and cue words
    QHash<QString, Entry> m_cues; // cue word -> entry
    QHash<QString, QSet<QString>> m_lists;
    QHash<QString, QString> m_listReadings; // list -> what its cells read as
    QHash<QString, QList<QRegularExpression>> m_cuePatterns;
    QHash<QString, QStringList> m_cueHints; // a word one of which must occur before the patterns run
    QHash<QString, QList<QStringMatcher>> m_cueHintMatchers; // the same, prepared once (case-insensitive)
    QHash<QString, QStringList> m_cueHintWords; // the hints' first words, for testing word by word
};

} // namespace scrutineer::parse
