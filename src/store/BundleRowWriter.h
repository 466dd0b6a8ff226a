#pragma once

#include "ImportBundle.h"
#include "ImportWriter.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scrutineer {

// Writes the rows of one staged ImportBundle inside the caller's write transaction: its meetings
// (merged by body and date) and people, the document's row, regions and pages, attendance,
// minutes, resolutions, agenda, actions, indicators, recommendations, the tables the user marked,
// and a replaced earlier version's removal with its notes moved. Each statement is prepared once.
// The thread of the connection.
class BundleRowWriter final {
public:
    struct Failure {
        QString message;
        bool lock = false; // refused for a lock another connection holds: the whole write may be tried again
    };

    // `earlyDocumentId`, when set, is the document's row and pages written already in this
    // transaction (ImportWriter::writePagesEarly): the row is completed, the pages not written again.
    static std::optional<Failure> write(const QSqlDatabase& db, const ImportBundle& bundle, const QString& userName,
                                        qint64 earlyDocumentId, ImportWriter::Outcome& outcome);
};

} // namespace scrutineer
