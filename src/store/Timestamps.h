#pragma once

#include <QDateTime>
#include <QString>

// The times the store writes beside a row, in UTC and ISO 8601. Any thread.
namespace scrutineer {

// To the second: when a document was imported, when an alias was set.
inline QString utcTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// To the millisecond: user edits, so that two edits within one second keep their order.
inline QString utcTimestampMs()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace scrutineer
