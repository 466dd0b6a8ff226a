#pragma once

#include "Database.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace scrutineer {

// Moves a whole library into an empty database — typically a personal SQLite file into a team
// database on PostgreSQL: every table both schemas have, extracted rows and user data alike, with
// their ids, in one transaction on the target (all or nothing). Notes become the connected user's
// and edits are recorded under their name, as if they had made them there. Use from the thread
// that owns both Databases.
class LibraryCopy final {
    Q_DECLARE_TR_FUNCTIONS(LibraryCopy)

public:
    struct Table {
        QString name;
        int rows = 0;
    };
    using Progress = std::function<void(const Table& copied)>;

    LibraryCopy(Database& from, Database& to) : m_from(from), m_to(to) { }

    // Refuses (InputRejected, nothing written) when the target already holds a library.
    Expected<QList<Table>> run(const Progress& progress = {});

    // The tables to copy, parents before the tables that refer to them.
    QStringList tables() const;

private:
    Database& m_from;
    Database& m_to;
};

} // namespace scrutineer
