#pragma once

#include "AgendaItem.h"
#include "minutes/MinutesLines.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// Finds where a set of minutes starts (its header: body, date, venue, time, followed by an
// attendance list or roll call) and where it ends (next document, blank page, "The meeting
// ended at"). Stateless; any thread.
namespace scrutineer::parse {

struct MinutesHeader {
    int page = 0; // pdf page of the header
    qreal lastHeaderTop = 0; // top of the header's last line: body text starts below it
    QString authority;
    QString body;
    QDate date;
    std::optional<QTime> time;
    QString venue;
    QStringList flags; // e.g. 'THIS SET OF MINUTES IS NOT SUBJECT TO "CALL IN".'
};

class MinutesLocator final {
public:
    // The header at the top of one page's lines (collected for that page alone), if any.
    static std::optional<MinutesHeader> findHeader(const QList<MinutesLine>& pageLines);

    // Time and venue from US-style prose ("called the meeting to order at 5:48 p.m. in the
    // Council Chambers, ..."), filled in only where the header left them empty.
    static void completeFromProse(MinutesHeader& header, const QString& firstParagraph);

    // Index of the first line after the end of the minutes ("The meeting ended at 5:31pm" and
    // anything after it); lines.size() when no end is printed.
    static qsizetype endOfMinutes(const QList<MinutesLine>& lines);

    // True for agenda items that carry minutes ("Minutes of the Previous Meeting").
    static bool isMinutesItem(const AgendaItem& item);
};

} // namespace scrutineer::parse
