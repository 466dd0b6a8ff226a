#pragma once

#include "recommendations/MeetingAsk.h"
#include "recommendations/RecommendationFinder.h"
#include "recommendations/RecommendationMakers.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scrutineer::parse {

// RecommendationFinder's reading of one document's paragraphs, in order: what it has found, the
// bodies and abbreviations named so far, and the list, label or sentence being read (a heading's
// or lead-in's list with its maker and addressee, a stem's sub-list, a call-in's reasons). One
// instance per find(); any thread.
struct RecommendationRun {
    explicit RecommendationRun(const RecommendationFinder::Context& c) : context(c) { }
    const RecommendationFinder::Context& context;
    QList<FoundRecommendation> out;
    QStringList namedBodies;
    QHash<QString, QString> abbreviations; // defined so far: "CLG" -> "Communities and Local Government"
    QString labelMaker; // a lead-in's body whose labelled recommendations follow ("the 8 CLG recommendations")

    enum class Mode { Free, Label, List } mode = Mode::Free;
    // The list being read (after a heading or a lead-in).
    bool heading = false;
    bool motion = false;
    QString listMaker;
    QString listAddressee;
    QString listLead; // the lead-in's text
    // A heading's list: where its items start in `out`, and what its lead-in said (it asks the
    // meeting itself, "That the committee:"; or it quotes a body's recommendations).
    qsizetype listFirst = -1;
    bool listToMeeting = false;
    bool listOwnLead = false;
    bool listQuoted = false;
    int itemFamily = 0;
    qreal itemLeft = 0;
    // A sub-list under a stem ending in a colon: the stem's text, number and list family.
    QString stem;
    QString stemNumber;
    int stemFamily = 0;
    QString lastNumber; // of the list's last numbered item
    bool nested = false; // reading an item's own (i), (ii) ... after its colon
    int lastPage = 0; // of the last paragraph read
    bool lastResolved = false; // the last paragraph was a resolution's marker ("RESOLVED:")
    QString reason; // the call-in request's reason being read ("Reason four"), as printed
    std::optional<FoundRecommendation> open;
    QStringList openTexts;

    void close();
    void endList();

    bool asksMeeting(const QString& text) const { return meetingask::asksMeeting(text, context.body, listOwnLead); }
    void leadIn(const QString& text);
    void start(const RecParagraph& p, int index, const QString& number, const QString& text, const QString& maker,
               const QString& addressee);
    RecommendationSource sourceFor(const QString& maker) const;
    QString defaultMaker() const { return !context.proposer.isEmpty() ? context.proposer : context.body; }
    // Who made a recommendation when nothing names its maker: the document's body, except in a
    // pack, where the meeting's body makes only what its minutes resolve.
    QString unnamedMaker() const { return context.pack ? context.proposer : defaultMaker(); }
    QString labelledMaker() const { return labelMaker.isEmpty() ? unnamedMaker() : labelMaker; }

    void paragraph(const RecParagraph& p, int index);

    // True when the paragraph belongs to the list being read.
    bool listParagraph(const RecParagraph& p, int index);
    bool openEndsWithColon() const;
    bool openEndsSentence() const;
    // "1(a)" under a stem numbered 1.
    QString numbered(const QString& marker) const;
    QString joinStem(const QString& text) const { return stem.isEmpty() ? text : stem + QLatin1Char(' ') + text; }

    bool labelParagraph(const RecParagraph& p);

    void freeParagraph(const RecParagraph& p, int index);

    // A call-in request's demand inside one of its reasons ("... therefore the exact limitations
    // ... must be detailed to Members"): a request of the proposers, numbered by that reason.
    bool requestInReason(const RecParagraph& p, int index);

    // Who speaks in a sentence: the body it names, "we" (the call-in's proposers or the body).
    QString makerOf(const QString& text) const { return makers::makerOf(text, namedBodies, unnamedMaker()); }
};

} // namespace scrutineer::parse
