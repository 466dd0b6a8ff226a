#include "ActionTally.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace scrutineer {

QList<ActionRecord> ActionTally::open(const QList<ActionRecord>& records, const QString& body)
{
    QList<ActionRecord> out;
    for (const ActionRecord& r : records) {
        if (openState(r) == OpenState::Open && (body.isEmpty() || r.body.compare(body, Qt::CaseInsensitive) == 0))
            out.append(r);
    }
    return out;
}

QList<ActionTally::Owner> ActionTally::byOwner(const QList<ActionRecord>& open, const QDate& today)
{
    QHash<QString, Owner> owners;
    QStringList order;
    for (const ActionRecord& r : open) {
        const bool late = isOverdue(r, today);
        QList<OwnerIdentity> who = r.owners;
        if (who.isEmpty())
            who.append({noOwnerKey(), QCoreApplication::translate("ActionTally", "Owner not stated"), {}, {},
                        OwnerIdentity::Source::Printed});
        for (const OwnerIdentity& o : std::as_const(who)) {
            if (!owners.contains(o.key))
                order.append(o.key);
            Owner& row = owners[o.key];
            row.key = o.key;
            row.name = o.name;
            if (!o.person.isEmpty() && !o.post.isEmpty() && !row.posts.contains(o.post, Qt::CaseInsensitive))
                row.posts.append(o.post);
            ++row.open;
            row.overdue += late ? 1 : 0;
        }
    }
    QList<Owner> rows;
    for (const QString& key : std::as_const(order))
        rows.append(owners.value(key));
    QCollator names;
    names.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&](const Owner& a, const Owner& b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.open != b.open)
            return a.open > b.open;
        return names.compare(a.name, b.name) < 0;
    });
    return rows;
}

QMap<QString, int> ActionTally::byBody(const QList<ActionRecord>& open)
{
    QMap<QString, int> out;
    for (const ActionRecord& r : open)
        ++out[r.body];
    return out;
}

} // namespace scrutineer
