#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Who an owner cell names, as printed: one or several leads, each a person, a post or both —
// "Vicky Buchanan, Head of Service", "CSC QA Manager, Helen Splaine", "Vicky Buchanan Head of
// Service", "Trish Galloway, Service Manager Joy Hughes, Service Manager", "Peter Yates, Service
// Manager & Nicky Horn, IRO Manager", "the Head of Schools and Families". Pure functions; any thread.
namespace scrutineer {

struct OwnerLead {
    QString person; // as printed, honorifics dropped; empty when the cell names only a post
    QString post; // as printed, a leading "the" dropped; empty when it names only a person

    bool operator==(const OwnerLead&) const = default;
};

namespace owner {

// The leads of an owner cell, in printed order. `knownPeople` (names already matched for the
// body) let a name run into a post without a comma ("Service Manager Joy Hughes") be found.
QList<OwnerLead> parse(const QString& printed, const QStringList& knownPeople = {});

// Matching keys: case-folded, spaces collapsed; a post also loses "the"/"all" in front and
// punctuation at the ends.
QString personKey(const QString& person);
QString postKey(const QString& post);

// Whether a word names a role rather than a person ("Head", "Manager", "IRO", "Committee").
bool isPostWord(const QString& word);

} // namespace owner
} // namespace scrutineer
