#include "BodyMatcher.h"

#include "PersonName.h"
#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <optional>

namespace scrutineer {
namespace {

// The surnames of the people a meeting's papers name, as members or in its attendance.
QSet<QString> surnamesNamedBy(const Meeting& meeting)
{
    QSet<QString> surnames;
    for (const Member& member : meeting.members)
        surnames.insert(PersonName::parse(member.name).surname);
    for (const Attendance& entry : meeting.attendance)
        surnames.insert(PersonName::parse(entry.name).surname);
    surnames.remove(QString());
    return surnames;
}

// How many of those surnames belong to people of an earlier meeting of a body.
int surnamesSharedWith(RowStatements& w, qint64 bodyId, const QSet<QString>& surnames)
{
    if (surnames.isEmpty())
        return 0;
    // The body's meetings, then their lists by meeting (schema v17), not every list in the library.
    QSqlQuery& q = w.exec(QStringLiteral("SELECT p.surname_key FROM meeting m JOIN membership x ON x.meeting_id = m.id "
                                         "JOIN person p ON p.id = x.person_id WHERE m.body_id = ? UNION SELECT "
                                         "p.surname_key FROM meeting m JOIN attendance x ON x.meeting_id = m.id JOIN person "
                                         "p ON p.id = x.person_id WHERE m.body_id = ?"),
                          {bodyId, bodyId});
    int shared = 0;
    while (q.next())
        shared += surnames.contains(q.value(0).toString()) ? 1 : 0;
    return shared;
}

// The words of a venue, case-folded, without punctuation.
QStringList venueWords(const QString& venue)
{
    QStringList words;
    QString current;
    for (const QChar c : text::normaliseForMatch(venue)) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// Two venues are one place when the words of one end the other ("the Council Chamber, Sessions
// House, County Hall, Maidstone" and "Council Chamber, Sessions House, County Hall, Maidstone"),
// and there are enough of them to name a building in a town rather than a kind of room that
// every council has ("Council Chamber", "Committee Room 1, Town Hall").
bool sameSpecificVenue(const QStringList& a, const QStringList& b)
{
    constexpr qsizetype kPlaceWords = 5;
    const QStringList& shorter = a.size() <= b.size() ? a : b;
    const QStringList& longer = a.size() <= b.size() ? b : a;
    return shorter.size() >= kPlaceWords && longer.mid(longer.size() - shorter.size()) == shorter;
}

// Whether a body held an earlier meeting at the same, specifically named, venue.
bool metAtVenue(RowStatements& w, qint64 bodyId, const QStringList& venue)
{
    if (venue.isEmpty())
        return false;
    QSqlQuery& q = w.exec(QStringLiteral("SELECT DISTINCT venue FROM meeting WHERE body_id = ? AND venue IS NOT NULL"),
                          {bodyId});
    bool met = false;
    while (q.next())
        met = met || sameSpecificVenue(venue, venueWords(q.value(0).toString()));
    return met;
}

struct BodyCandidate {
    qint64 id = 0;
    QVariant authorityId;
};

// Gives a body without a council the council `authorityId`. When that council already has a
// body of the name, the two are one body: the one without a council is merged into it, unless
// both hold a meeting on the same date (two meetings would have to become one: left apart).
qint64 adoptBody(RowStatements& w, qint64 bodyId, const QVariant& authorityId, const std::optional<BodyCandidate>& councils)
{
    if (!councils) {
        w.exec(QStringLiteral("UPDATE body SET authority_id = ? WHERE id = ? AND authority_id IS NULL"), {authorityId, bodyId});
        return bodyId;
    }
    if (w.scalar(QStringLiteral("SELECT 1 FROM meeting a JOIN meeting b ON a.date = b.date WHERE a.body_id = ? AND "
                                "b.body_id = ?"),
                 {bodyId, councils->id})
            .has_value())
        return bodyId;
    w.exec(QStringLiteral("UPDATE meeting SET body_id = ? WHERE body_id = ?"), {councils->id, bodyId});
    w.exec(QStringLiteral("UPDATE table_template SET body_id = ? WHERE body_id = ?"), {councils->id, bodyId});
    w.exec(QStringLiteral("DELETE FROM body WHERE id = ?"), {bodyId});
    return councils->id;
}

} // namespace

qint64 BodyMatcher::bodyIdFor(RowStatements& w, const Meeting& meeting, const QSet<qint64>& bodiesOfThisDocument)
{
    QVariant authorityId;
    if (!meeting.authority.isEmpty()) {
        w.exec(QStringLiteral("INSERT INTO authority(name) VALUES (?) ON CONFLICT DO NOTHING"), {meeting.authority});
        authorityId = w.scalar(QStringLiteral("SELECT id FROM authority WHERE name = ?"), {meeting.authority}).value();
    }
    if (meeting.body.isEmpty())
        return 0;
    const QString key = text::normaliseForMatch(meeting.body);
    QList<BodyCandidate> candidates;
    QSqlQuery& q = w.exec(QStringLiteral("SELECT id, authority_id FROM body WHERE name_key = ? ORDER BY id"), {key});
    while (q.next())
        candidates.append({q.value(0).toLongLong(), q.value(1)});
    const auto sameAuthority = [&](const BodyCandidate& c) {
        return c.authorityId.isNull() == authorityId.isNull()
            && (authorityId.isNull() || c.authorityId.toLongLong() == authorityId.toLongLong());
    };
    std::optional<BodyCandidate> exact;
    QList<qint64> sameDay; // bodies that may be this one and met on its date
    for (const BodyCandidate& c : candidates) {
        // The same name in the same council is the same body; two bodies that both lack a
        // council ("Cabinet" in two councils' papers) are one only on the evidence below.
        if (sameAuthority(c) && !authorityId.isNull() && !exact)
            exact = c;
        if ((sameAuthority(c) || authorityId.isNull() || c.authorityId.isNull()) && meeting.date.isValid()
            && w.scalar(QStringLiteral("SELECT 1 FROM meeting WHERE body_id = ? AND date = ?"),
                        {c.id, meeting.date.toString(Qt::ISODate)})
                   .has_value())
            sameDay.append(c.id);
    }
    qint64 chosen = 0;
    if (exact && sameDay.contains(exact->id))
        chosen = exact->id;
    else if (sameDay.size() == 1)
        chosen = sameDay.first();
    else if (exact)
        return exact->id;
    if (chosen == 0) {
        const QSet<QString> surnames = surnamesNamedBy(meeting);
        const QStringList venue = venueWords(meeting.venue);
        const bool oneCouncil
            = w.scalar(QStringLiteral("SELECT COUNT(*) FROM authority WHERE id IS DISTINCT FROM CAST(? AS BIGINT)"),
                       {authorityId})
                  ->toLongLong()
            <= (authorityId.isNull() ? 1 : 0);
        int bestShared = 1; // two or more surnames in common are evidence
        bool tied = false;
        for (const BodyCandidate& c : candidates) {
            if (!authorityId.isNull() && !c.authorityId.isNull())
                continue; // two different authorities' bodies
            const bool certain = bodiesOfThisDocument.contains(c.id) || oneCouncil || metAtVenue(w, c.id, venue);
            const int shared = certain ? std::numeric_limits<int>::max() : surnamesSharedWith(w, c.id, surnames);
            if (shared > bestShared) {
                chosen = c.id;
                bestShared = shared;
                tied = false;
            } else if (shared == bestShared && chosen != 0) {
                tied = true;
            }
        }
        if (chosen == 0 || tied)
            return w.insert(QStringLiteral("INSERT INTO body(authority_id, name, name_key) VALUES (?, ?, ?)"),
                            {authorityId, meeting.body, key});
    }
    const bool adopting = !authorityId.isNull()
        && std::any_of(candidates.cbegin(), candidates.cend(),
                       [&](const BodyCandidate& c) { return c.id == chosen && c.authorityId.isNull(); });
    return adopting ? adoptBody(w, chosen, authorityId, exact) : chosen;
}


} // namespace scrutineer
