#pragma once

#include "layout/LayoutPage.h"
#include "lexicon/Lexicon.h"

#include <QList>
#include <QString>

// Reads a header line's words as headings: splits the line at wide gaps, and where two known
// headings stand close together ("Ref Action" -> "Ref", "Action"), and says how well a text fits
// the lexicon's headings. HeaderReader builds its columns from what it gives. Holds only the
// lexicon; any thread.
namespace scrutineer::parse {

class HeadingSplitter final {
public:
    static constexpr int kMaxWords = 9; // a cell holding more words is body text, not a heading

    // A run of a line's words that may be one heading.
    struct Group {
        qreal left = 0;
        qreal right = 0;
        QString text;
        QList<layout::LayoutWord> words;
    };
    // How a text fits the lexicon's headings: a whole known phrase, the first words of one, a
    // heading known by a cue word, or none.
    enum class Fit { Phrase, Prefix, Cue, Unknown };

    explicit HeadingSplitter(const Lexicon& lexicon);

    // The line's words in headings, left to right.
    QList<Group> groups(const layout::LayoutLine& line) const;
    Fit fit(const QString& text) const;
    // The same for a text already split by Lexicon::headingWords().
    Fit fitWords(const QStringList& words) const;
    // A known phrase heading the columns printed beneath it ("Thresholds" over "Red | Amber").
    bool spanning(const QString& text) const;

private:
    // The fewest known headings that cover a run's words, in order; the run itself when none do.
    QList<Group> splitIntoPhrases(const Group& group) const;

    const Lexicon& m_lexicon;
};

} // namespace scrutineer::parse
