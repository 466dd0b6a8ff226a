#pragma once

#include "Database.h"
#include "Error.h"
#include "OwnerResolver.h"

#include <QList>

namespace scrutineer {

// The officers' aliases of action owners (user data, never touched by an import), and the
// people each body's attendance and membership lists already name with their posts.
// Thread of the Database.
class OwnerAliasStore final {
public:
    struct Person {
        QString body;
        QString name;
        QString post; // role as printed beside the name; may be empty
    };

    explicit OwnerAliasStore(Database& database) : m_database(database) { }

    QList<OwnerAlias> list() const;
    Expected<qint64> add(const OwnerAlias& alias);
    std::optional<Error> update(const OwnerAlias& alias);
    std::optional<Error> remove(qint64 id);
    // Members and attendees of the body's meetings (every body when `body` is empty).
    QList<Person> people(const QString& body = {}) const;

private:
    Database& m_database;
};

} // namespace scrutineer
