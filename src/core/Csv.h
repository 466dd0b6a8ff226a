#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV: fields quoted when they hold a comma, quote or line break. Any thread.
namespace scrutineer::csv {

QString field(const QString& value);
QString row(const QStringList& fields); // ends with CRLF
// Parses CSV text back into rows (for tests and round trips).
QList<QStringList> parse(const QString& text);

} // namespace scrutineer::csv
