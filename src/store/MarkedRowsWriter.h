#pragma once

#include "MarkedRecords.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scrutineer {

// Writes the records of one marked table beside its document's extracted rows: actions and
// indicators keyed as the importer keys them (so status updates and the user's thresholds find
// them), attendance, agenda items, and resolutions into the register's own resolutions. The
// importer's reading of the same action, measure, attendee or item is removed: the user's wins.
// Runs inside the caller's transaction. Thread of the connection.
class MarkedRowsWriter final {
public:
    // Replaces whatever the marked table wrote before, and what the template made from it read
    // again on its pages. Returns the error text on failure.
    struct Table {
        qint64 markedId = 0;
        qint64 templateId = 0;
        int firstPage = 0;
        int lastPage = 0;
    };
    static std::optional<QString> write(QSqlDatabase db, const Table& table, qint64 documentId,
                                        const MarkedRecords& records, const QString& userName);
    // A short text that finds the table again in a revised document: its first record's words.
    static QString anchorText(const MarkedRecords& records);
};

} // namespace scrutineer
