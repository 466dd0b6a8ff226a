#pragma once

#include <QRegularExpression>
#include <QString>

namespace scrutineer {

// Compiled regular expressions for patterns built at run time (a pattern naming the meeting's
// body, a lexicon phrase): compiling one costs as much as matching it thousands of times, so each
// distinct pattern is compiled once per thread. Patterns fixed in the source stay function-local
// statics instead. Any thread; each thread keeps its own cache.
class RegexCache final {
public:
    // The expression for the pattern and options, compiled (and JIT-compiled) at most once on this
    // thread. The copy shares the compiled code.
    static QRegularExpression get(const QString& pattern,
                                  QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);
    static QRegularExpression caseless(const QString& pattern)
    {
        return get(pattern, QRegularExpression::CaseInsensitiveOption);
    }

    // Distinct patterns a thread keeps before starting again (bounds memory when patterns are
    // built from document text).
    static constexpr int kCapacity = 512;
};

} // namespace scrutineer
