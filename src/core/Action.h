#pragma once

#include "DomainEnums.h"

#include <QRectF>
#include <QString>
#include <QStringList>

namespace scrutineer {

// Something someone has to do: an improvement-plan row, a request in a resolution, an
// "actions arising" line or a manual entry.
struct Action {
    ActionOrigin origin = ActionOrigin::Manual;
    QString ref;      // "1.2.25" as printed
    QString section;  // priority / objective it sits under
    QString text;
    QString owner;
    QString due;      // ISO date or month ("2018-10"), empty when not a date
    QString dueText;  // as printed
    ActionStatus status = ActionStatus::Unknown;
    QString statusText; // as printed
    QString commentary;
    QString evidence;  // how the plan will know it worked ("How we will know", "Success measure")
    QStringList flags; // duplicate ref, ref outside its section ...
    QStringList roles; // for rows read from a table: the column roles the table was read with
    double confidence = 1.0; // how sure the reading is (1 = every heading known, every cell in place)
    int meetingIndex = -1;      // index into ImportBundle::meetings; -1 = the document's meeting
    QString minuteNumber;       // for origin = resolution: the minute ...
    int resolutionIndex = -1;   // ... and the resolution within it
    QString clausePath;         // "2" or "1.a"
    int pdfPage = 0;
    // Who defined the row: empty for the importer's own reading, "user" for a table the user
    // marked, "template" for a table read with a template the user taught (named below).
    QString definedBy;
    qint64 templateId = 0;
    QString templateName;
    QRectF area; // the row on its page (points), for rows a user marked or a template read
};

} // namespace scrutineer
