#pragma once

#include "ActionRecord.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace scrutineer {

// The counts a chair reads first: open actions (openState: repeats, complete and business as
// usual left out) per owner and per body. One definition for the outstanding-actions report, the
// briefing and the corpus test that holds the app to a hand count. Pure; any thread.
class ActionTally final {
public:
    // One owner's row: a person or a post (OwnerIdentity::key), "none" when the action names nobody.
    struct Owner {
        QString key;
        QString name;
        QStringList posts; // the posts a person was printed with
        int open = 0;
        int overdue = 0;
    };

    // The open actions among `records`, of one body (case-insensitive) or of all when `body` is empty.
    static QList<ActionRecord> open(const QList<ActionRecord>& records, const QString& body = {});
    // Per owner: an action with several leads counts once for each of them. Most overdue first,
    // then most open, then by name.
    static QList<Owner> byOwner(const QList<ActionRecord>& open, const QDate& today);
    // Per body (as the meeting names it; empty when not known).
    static QMap<QString, int> byBody(const QList<ActionRecord>& open);

    static QString noOwnerKey() { return QStringLiteral("none"); }
};

} // namespace scrutineer
