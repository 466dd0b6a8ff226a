#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scrutineer {

// A numbered clause of a resolution; sub-clauses nest as printed.
struct Clause {
    QString label; // "1", "a", "iii"
    QString text;
    QList<Clause> clauses;
};

// A recorded vote as printed (Kent "For (52)" lists, US "AYES:" / "NOES:" roll calls); counts and
// names may disagree and are kept as they are.
struct RecordedVote {
    std::optional<int> forCount;
    std::optional<int> againstCount;
    std::optional<int> abstainCount;
    QString outcome; // "carried", "lost", "agreed" ...
    QStringList forNames;
    QStringList againstNames;
    QStringList abstainNames;
    QStringList flags;
    QStringList absentNames; // US roll calls print "ABSENT: ..." beside the votes; not voters
};

// A decision of the body recorded in its minutes.
struct Resolution {
    QString text;      // whole text after "RESOLVED:" (furniture removed)
    QString condition; // "provided the recommendations are ..." when conditional
    QList<Clause> clauses;
    std::optional<RecordedVote> votes;
    int pdfPage = 0;
    // How the decision was recorded when no "RESOLVED" introduces it: "agreed-without-resolved"
    // ("It was agreed that ...", "The Committee agreed ...", a motion then "Agreed unanimously.").
    QStringList flags;
};

// "Further to Minute No. 5 of 21 June 2017": kept unresolved until the target is imported.
struct MinuteReference {
    QString raw;
    QString number;
    QString clause;
    QString body;  // empty = the same body
    QString date;  // ISO, empty when not printed
    bool above = false;
    int pdfPage = 0;
};

// One minute of a meeting: heading, body text and the decisions taken under it.
struct Minute {
    QString number;
    QString title;
    QString item; // agenda item it records, "(Item 6)" or matched; empty if unknown
    QString text;
    int pdfPage = 0;
    QList<Resolution> resolutions;
    QList<MinuteReference> references;
    // How `item` was found: "printed" ("(Item 6)" under the heading), "title" (the minute's title
    // equals one agenda item's, normalised), "title+numbering" (several items share the title;
    // the offset between minute and item numbers the other matches share picks one); empty = unknown.
    QString itemMethod;
};

} // namespace scrutineer
