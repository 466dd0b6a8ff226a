#pragma once

#include <QList>
#include <QString>

// Splits a printed list of people into names and roles: "Councillor Murphy (in the Chair),
// Councillors Brenda O'Brien, Yvonne Sayers, Spencer and Webster", "Mrs. S. Cain, Advisory
// Member", "Jesus M. Gomez, Executive Director; ... and Theresa Devoy, Clerk". Commas inside
// brackets do not split; role fragments attach to the person before them; post-nominals
// (", OBE") are dropped. Stateless; any thread.
namespace scrutineer::parse {

struct ListedPerson {
    QString name; // as printed, honorifics removed ("Brenda O'Brien", "R L Dent")
    QString roleText; // "in the Chair", "Cabinet Member – Children, Schools and Safeguarding"
    QString printed; // the fragment as printed, honorific kept ("Councillor Hands")
};

class NameListParser final {
public:
    static QList<ListedPerson> parse(const QString& list);
};

} // namespace scrutineer::parse
