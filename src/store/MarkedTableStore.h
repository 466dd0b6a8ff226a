#pragma once

#include "Database.h"
#include "Error.h"
#include "MarkedRecords.h"
#include "MarkedTable.h"
#include "PageRecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace scrutineer {

// Tables the user marked on a document's pages and the records they accepted from them. Each is
// user data keyed by the document's SHA-256; its records are written beside the document's
// extracted ones (marked_table_id, defined_by 'user') so every view shows them, and written again
// for a revised version of the document, moved by as many pages as the table moved. A record
// the user defined wins over the importer's reading of the same action or measure. Thread of
// the Database.
class MarkedTableStore final {
public:
    struct Record {
        qint64 id = 0;
        QString documentSha;
        qint64 documentId = 0; // the stored document with that SHA-256; 0 when none is
        qint64 meetingId = 0;
        MarkedTableSpec spec;
        MarkedRecords records;
        qint64 templateId = 0;
        QString anchorText;
        QDateTime createdAt;
        QString createdBy;
    };

    explicit MarkedTableStore(Database& database) : m_database(database) { }

    // Keeps a marked table of a stored document and writes its records, in one transaction.
    // `restoreId` puts back a table an undo removed under its old id.
    Expected<qint64> add(qint64 documentId, const MarkedTableSpec& spec, const MarkedRecords& records,
                         qint64 templateId = 0, qint64 restoreId = 0);
    // Removes it and the records it gave.
    std::optional<Error> remove(qint64 id);
    std::optional<Record> find(qint64 id) const;
    QList<Record> forDocument(qint64 documentId) const;
    QList<Record> all() const;
    std::optional<Error> setTemplate(qint64 id, qint64 templateId);

    // In an import's transaction, after the document's own rows: the marked tables of the version
    // it replaces (`oldSha`, may be empty) move to the new one, and the records of every marked
    // table of the new document are written. Returns the error text on failure.
    static std::optional<QString> carryForward(QSqlDatabase db, const QString& oldSha, const QString& newSha,
                                               qint64 documentId, const QList<PageRecord>& pages);

private:
    Database& m_database;
};

} // namespace scrutineer
