#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace scrutineer {

// Finds actions that repeat one asked for at an earlier meeting of the same body — a request in
// one meeting's minutes listed again in the next meeting's action list, a plan row carried into
// the next pack — so each is counted once, at its first occurrence, with the rest as its history.
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
    };
    enum class Reason { SameText, SameOwnerSimilarText };
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
