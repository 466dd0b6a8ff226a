#pragma once

#include "Action.h"
#include "minutes/MinutesLines.h"
#include "minutes/ResolutionParser.h"

#include <QDate>
#include <QList>
#include <QString>

// Requested actions in minutes: resolution clauses that ask someone to do something ("the
// Head of Schools and Families be requested to submit ... in January 2019", "asks the
// Monitoring Officer to update ...", "call on X to: a) ..."), passive requests ("be shared
// with the committee by 23 November 2021"), "Actions arising:" lists ("The solicitor to the
// council to check ...") and "<owner> agreed to <verb>" prose. Owners and due dates come from
// the wording only; noting, confirming, thanks and recommendations commended to another body
// are not actions. Stateless; any thread.
namespace scrutineer::parse {

struct ActionContext {
    QDate meetingDate;
    int meetingIndex = -1;
    QString minuteNumber;
};

class ActionRequestParser final {
public:
    static QList<Action> fromResolution(const ParsedResolution& resolution, int resolutionIndex,
                                        const ActionContext& context);

    // "Actions arising:" lists and "... agreed to ..." sentences in lines [from, to).
    static QList<Action> fromMinute(const QList<MinutesLine>& lines, qsizetype from, qsizetype to,
                                    const ActionContext& context);

    // Due date at its printed precision ("2019-01-29", "2019-01") and the phrase as printed
    // ("at its meeting to be held on 29 January 2019", "as and when cases arise").
    static void dueFrom(const QString& text, const QDate& meetingDate, QString* due, QString* dueText);
};

} // namespace scrutineer::parse
