#pragma once

#include "Meeting.h"
#include "minutes/MinutesLines.h"

#include <QList>
#include <QString>

// Declarations of interest in minutes: "Mrs F M Oborski declared an interest as Chairman of
// ...", "Later in the meeting Mr Sole declared an interest under Item 16 ...", a
// "Member | Minute No. | Nature of Interest" table, and the "No declarations of ... interest
// were received" statement. Stateless; any thread.
namespace scrutineer::parse {

class DeclarationParser final {
public:
    // Declarations in one sentence (minute = the minute it is recorded under, or the minute the
    // sentence names when its reference has the same shape: "... interest in Minute 50/24").
    static QList<Declaration> fromSentence(const QString& sentence, const QString& minute, int page);

    // A declarations table among lines [from, to).
    static QList<Declaration> fromTable(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                        const QString& minute);

    // The cell of a table's interests column for the row of `minute`: "Councillor A Hesketh -
    // other registrable interest as a trustee of ...", or sentences saying who declared; nothing
    // for "None", "-" (the lexicon's minutes-declarations-cell-none).
    static QList<Declaration> fromCell(const QString& cell, const QString& minute, int page);

    // "No declarations of personal or pecuniary interest were received.", "There were no
    // declarations of interest."
    static bool isNoDeclarations(const QString& sentence);
};

} // namespace scrutineer::parse
