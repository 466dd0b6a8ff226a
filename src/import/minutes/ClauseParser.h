#pragma once

#include "Resolution.h"

#include <QList>
#include <QString>

#include <optional>

// Numbered clauses of a resolution, "(1) 1) 1. (a) a) a. A: (i) i." and bullets, nested with a
// level stack into paths like "1.o.iii". "(i)" and the other letters that are also roman
// numerals (v x l c d m) are read as the next letter when the previous label at an open level
// is their predecessor ("(h)" -> "(i)"), else as a new roman list under the clause before.
// Indentation is not trusted (labels drop to the margin after page breaks). Stateless; any thread.
namespace scrutineer::parse {

struct ClauseLine {
    QString text;
    qreal left = 0;
    int page = 0;
};

// One clause flattened, for callers that look for requested actions.
struct ClauseEntry {
    QString path; // "1", "1.a", "1.o.iii"
    QString text;
    QString leadIn; // the text it completes: its parent clause, or the paragraph before the list
    int page = 0;
    int depth = 0;
    bool hasChildren = false;
};

struct ClauseResult {
    QString lead; // unlabelled text before the first clause ("That:", "That provided ...:-")
    QList<Clause> clauses; // top level, sub-clauses nested
    QList<ClauseEntry> entries; // every clause in document order
};

class ClauseParser final {
public:
    enum class Kind { Number, Alpha, Roman, UpperAlpha, UpperRoman, Bullet };
    enum class Decoration { Paren, Close, Dot, Colon, Bullet };

    struct Label {
        QString label; // as printed without decoration, lower case for letters: "1", "a", "iii"
        QList<Kind> kinds; // possible readings, preferred first
        Decoration decoration = Decoration::Paren;
        QString rest; // the text after the label
    };

    // The clause label opening a line, if any.
    static std::optional<Label> matchLabel(const QString& text);

    static ClauseResult parse(const QList<ClauseLine>& lines);
};

} // namespace scrutineer::parse
