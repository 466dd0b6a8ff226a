#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace scrutineer {

// Finds actions that repeat one asked for earlier by the same body — a request in one meeting's
// minutes listed again in the next meeting's action list, a plan row carried into the next pack, a
// request the minutes repeat "further to Minute 6 (3) above" or "as requested at the last
// meeting" — so each is counted once, at its first occurrence, with the rest as its history.
// Pure; any thread.
class RepeatLinker final {
public:
    struct Candidate {
        qint64 id = 0;
        QString body; // empty: never linked
        qint64 meetingId = 0;
        QDate meetingDate; // invalid: never linked
        QString text;
        QString owner; // as printed
        QStringList ownerKeys; // resolved owners (OwnerIdentity::key)
        // The minute whose resolution asked for it (0: not asked in a resolution) and its clause
        // there ("3", "(2).b").
        qint64 minuteId = 0;
        QString clausePath;
        // Earlier minutes of the same body that the asking minute cites ("Further to Minute No. 6
        // (3)", "Minutes 6 (3), 7 (2) and 8 (4) above"): the minute and the clause, when printed.
        struct Citation {
            qint64 minuteId = 0;
            QString clause;
        };
        QList<Citation> cites;
        // Its words say it repeats an earlier request ("as requested at the last meeting").
        bool saysRepeat = false;
    };
    // SameText: the same words. SameOwnerSimilarText: the same owner and nearly the same words.
    // CitedMinute: its minute cites the minute (and clause) that first asked it, and the owner is
    // the same. SaysRepeat: its words say so, and the owner of the previous meeting's request is
    // the same.
    enum class Reason { SameText, SameOwnerSimilarText, CitedMinute, SaysRepeat };
    struct Link {
        qint64 firstId = 0; // the first occurrence
        Reason reason = Reason::SameText;
    };

    // Repeat id -> its first occurrence. Candidates need not be sorted.
    static QHash<qint64, Link> link(QList<Candidate> candidates);

    // The words of an action that say what is to be done: case and punctuation folded, the
    // owner's own name and "that", "be requested to", "agreed to" in front dropped.
    static QStringList coreWords(const QString& text, const QString& owner);
    // Share of content words two actions have in common (Dice coefficient, 0..1).
    static double similarity(const QStringList& a, const QStringList& b);
};

} // namespace scrutineer
