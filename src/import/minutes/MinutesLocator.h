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
// attendance list or roll call), at the top of a page or part-way down one after the end of an
// earlier set, and where it ends (next document, blank page, "The meeting ended at").
// Stateless; any thread.
namespace scrutineer::parse {

struct MinutesHeader {
    int page = 0; // pdf page of the header
    qreal firstTop = 0; // top of the header's first line: an earlier set on the page ends above it
    qreal lastHeaderTop = 0; // top of the header's last line: body text starts below it
    QString authority;
    QString body;
    QDate date;
    std::optional<QTime> time;
    QString venue;
    QStringList flags; // e.g. 'THIS SET OF MINUTES IS NOT SUBJECT TO "CALL IN".'
    bool restart = false; // found by a restart of attendance, not a header: body and date unknown unless printed
};

class MinutesLocator final {
public:
    // Every header among one page's lines (collected for that page alone), top to bottom: the
    // one opening the page, and those part-way down it (a header block standing apart, with its
    // own date, right above a line that opens an attendance list).
    static QList<MinutesHeader> findHeaders(const QList<MinutesLine>& pageLines);
    // The first of them, if any.
    static std::optional<MinutesHeader> findHeader(const QList<MinutesLine>& pageLines);

    // True when the line opens an attendance list as a label ("PRESENT:", "Members present:",
    // "Council Members present:", "Roll call:"): what a restart of attendance begins with.
    static bool isAttendanceLabel(const QString& text);

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
