#pragma once

#include "PageRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace scrutineer {

// Writes a document's page rows, and so their full-text index (the page table's triggers), inside
// the caller's transaction: several pages to a statement, because SQLite's FTS5 writes out what it
// has gathered at the end of every statement that adds to it, so a statement a page left a small
// index segment a page to be merged again (1,000 pages: 0.37 s of SQLite's CPU one a statement,
// 0.17 s 64 a statement). Stateless; the thread of the connection.
class PageRowWriter final {
public:
    // The error of the statement that failed, if one did (the rows before it are written).
    static std::optional<QSqlError> write(const QSqlDatabase& db, qint64 documentId, const QList<PageRecord>& pages);
    // Whether two lists of page records would write the same rows.
    static bool sameRows(const QList<PageRecord>& a, const QList<PageRecord>& b);

    static constexpr qsizetype kPagesPerStatement = 64; // 13 values a page, well under either backend's limit
};

} // namespace scrutineer
