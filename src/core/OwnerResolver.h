#pragma once

#include "OwnerText.h"
#include "PersonName.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace scrutineer {

// One owner of an action as the reports count it: a person when the cell, an alias or the body's
// known post holders name one, else the post. Value type.
struct OwnerIdentity {
    enum class Source { Printed, Alias, Body };
    QString key; // "person:vicky buchanan" or "post:head of schools and families"
    QString name; // what a report shows: the person's fullest printed name, else the post
    QString person; // empty when only a post is known
    QString post; // the post as printed with this lead, empty when none
    Source source = Source::Printed;

    bool operator==(const OwnerIdentity&) const = default;
};

// An officer's correction: printed `alias` (a post or a spelling of a name) means `person`
// (and/or `post`), in one body or every body (empty), between two dates (either open).
struct OwnerAlias {
    qint64 id = 0;
    QString body;
    QString alias;
    QString person;
    QString post;
    QDate from;
    QDate to;
};

// Resolves owner cells to people and posts, per body: learns the names and post holders the
// body's own cells and attendance lists print ("Helen Splaine, CSC QA Manager" makes a bare
// "CSC QA Manager" hers, unless the body has two of them), then applies the officers' aliases.
// Never chooses between two people. Build on one thread, then read from any.
class OwnerResolver final {
public:
    void setAliases(const QList<OwnerAlias>& aliases) { m_aliases = aliases; }
    // A person already matched for the body (a member or officer in attendance) and their post.
    void addPerson(const QString& body, const QString& name, const QString& post = {});
    // Learns the people and posts an owner cell prints in full; call for every cell before resolve().
    void learn(const QString& body, const QString& printed);

    QList<OwnerIdentity> resolve(const QString& body, const QString& printed, const QDate& when = {}) const;
    // Known names of a body's people (for parsing names printed without a comma).
    QStringList knownNames(const QString& body) const;

private:
    struct Known {
        PersonName name;
        QString display;
    };
    struct BodyPeople {
        QList<Known> people;
        QHash<QString, QList<int>> holders; // post key -> indexes of the people who hold it
    };

    int personIndex(const BodyPeople& people, const QString& name) const;
    const OwnerAlias* aliasFor(const QString& body, const QString& key, const QDate& when) const;
    OwnerIdentity identityOf(const QString& body, const OwnerLead& lead, const QDate& when) const;

    QHash<QString, BodyPeople> m_bodies; // case-folded body name -> people
    QList<OwnerAlias> m_aliases;
};

} // namespace scrutineer
