#pragma once

#include "Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace scrutineer {

// iCalendar (RFC 5545) export of meetings: one VEVENT per dated meeting, with the body as the
// summary, the venue as the location and the agenda in the description. Times are written as
// printed, in local ("floating") time, because packs do not say which zone they mean; meetings
// without a time are all-day events; undated meetings are left out. Thread of the Database.
class CalendarExport final {
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    explicit CalendarExport(Database& database) : m_database(database) {}

    // The calendar of the given meetings (every meeting when empty). `stamp` is the DTSTAMP
    // (now when invalid); tests pass a fixed one.
    QByteArray build(const QList<qint64>& meetingIds = {}, const QDateTime& stamp = {}) const;
    // How many events the last build() wrote.
    int eventCount() const { return m_events; }

    // TEXT value escaping: backslash, semicolon, comma, line breaks.
    static QString escapeText(const QString& text);
    // Folds a content line at 75 octets (CRLF + space), never inside a UTF-8 sequence; adds CRLF.
    static QByteArray foldLine(const QString& line);

private:
    Database& m_database;
    mutable int m_events = 0;
};

} // namespace scrutineer
