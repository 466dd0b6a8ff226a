#pragma once

#include "minutes/MinutesLines.h"

#include <QList>
#include <QString>

// Decisions minutes record without "RESOLVED" (Worcestershire never writes it): "It was agreed
// that ...", "It was unanimously agreed to ...", "The Minutes ... were agreed as a correct
// record", "The Committee agreed that/to/the ..." at the start of a sentence, and a motion
// ("Mr A proposed, and Mr B seconded, that ...") followed by "Agreed unanimously." or "Motion
// carried.". An officer's "The Director agreed to ..." is an undertaking, not a decision; quoted
// text and amendments are not decisions either. Stateless; any thread.
namespace scrutineer::parse {

struct AgreedDecision {
    QString text; // the sentence(s) as printed: the motion and its outcome, or the "agreed" sentence
    int page = 0;
    qsizetype line = 0; // index of the line the decision starts on
    qsizetype lastLine = 0; // index of the line it ends on
    // A motion and its outcome in one sentence ("The Chairman proposed that … and it was agreed
    // unanimously"): a decision taken on the spot, recorded beside formal resolutions too.
    bool motionWithOutcome = false;
};

class AgreedDecisions final {
public:
    // The flag every such decision carries on its Resolution.
    static QString flag();

    // Decisions in lines [from, to) of one minute; `body` names the meeting's body ("Cabinet").
    static QList<AgreedDecision> find(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                      const QString& body);

    // A line that introduces a list of agreed clauses: "The Committee agreed:", "It was agreed
    // that:-", "The Panel unanimously agreed the following:".
    static bool isAgreedLead(const QString& text, const QString& body);
};

} // namespace scrutineer::parse
