#pragma once

#include <QList>
#include <QString>

// People's names as minutes print them, and when two printings may be the same person:
// "Cllr. Paula Murphy", "Councillor Murphy" and "Mrs P Murphy" can be; "Brenda O'Brien" and
// "Michael O'Brien" cannot. Pure functions; any thread.
namespace scrutineer {

struct PersonName {
    QString printed;
    QString surname;  // matching key: lower case, spaced hyphens joined
    QString initials; // lower-case initials of the forenames, "" when none printed

    static PersonName parse(const QString& printed);
    // Same surname, and initials that do not contradict (one is a prefix of the other or absent).
    bool compatibleWith(const PersonName& other) const;
    // Forenames carry more evidence than initials, initials more than nothing.
    int specificity() const;
};

// Index of the one candidate the name can be, or -1 when none or several could be (never guess
// between two people who share a surname).
int matchPerson(const PersonName& name, const QList<PersonName>& candidates);

} // namespace scrutineer
