#pragma once

#include <QList>
#include <QString>

namespace scrutineer::parse {

// A request found in minutes: who is asked (as printed, empty when nobody is named) and what.
struct OwnedRequest {
    QString owner;
    QString text;
};

// The requests a piece of minutes' text makes and whom they name: "X be requested to ...",
// "asks X to ...", "calls on X to ...", and passive requests ("be reported back to ...") only where
// nobody is named; and the owner a lead-in hands to its sub-clauses ("X be requested to:-").
// ActionRequestParser turns them into actions. Stateless; any thread.
class OwnedRequests final {
public:
    // The requests in one piece of text, each with the text from its owner to the next request.
    // `agreedProse`: the text is what the meeting agreed in prose rather than resolved.
    // `completesThat`: the text goes on from a lead-in ending in "that" ("RESOLVED – That:" over
    // "(b) the Development Manager report on ..."), so an office may open it.
    static QList<OwnedRequest> in(const QString& text, bool agreedProse, bool completesThat = false);
    // The lead-in ends in "that", so each clause under it completes the sentence ("That:").
    static bool endsWithThat(const QString& lead);
    // The owner a lead-in hands to its sub-clauses: "X be requested to:-", "call on X to:".
    static QString leadOwner(const QString& lead);
    // An owner without a leading "That", "and" and trailing punctuation.
    static QString cleanOwner(QString owner);
    // A request's text without the dangling "; and" that joined it to the next.
    static QString cleanText(QString text);
};

} // namespace scrutineer::parse
