#include "ActionChains.h"

#include "OwnerAliasStore.h"
#include "RepeatLinker.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace scrutineer {
namespace {

void resolveOwners(Database& database, QList<ActionRecord>& records, const QString& body)
{
    OwnerAliasStore aliases(database);
    OwnerResolver resolver;
    resolver.setAliases(aliases.list());
    for (const OwnerAliasStore::Person& person : aliases.people(body))
        resolver.addPerson(person.body, person.name, person.post);
    for (const ActionRecord& r : std::as_const(records))
        resolver.learn(r.body, r.action.owner);
    for (ActionRecord& r : records)
        r.owners = resolver.resolve(r.body, r.action.owner, r.meetingDate);
}

ActionRecord::Occurrence occurrenceOf(const ActionRecord& r)
{
    return {r.id,           r.meetingId,     r.meetingDate,      r.documentId, r.action.pdfPage,
            r.action.owner, r.printedStatus, r.action.statusText};
}

} // namespace

void ActionChains::assemble(Database& database, QList<ActionRecord>& records, const QString& body)
{
    resolveOwners(database, records, body);

    QList<RepeatLinker::Candidate> candidates;
    candidates.reserve(records.size());
    for (const ActionRecord& r : std::as_const(records)) {
        QStringList keys;
        for (const OwnerIdentity& o : r.owners)
            keys.append(o.key);
        candidates.append({r.id, r.body, r.meetingId, r.meetingDate, r.action.text, r.action.owner, keys});
    }
    const QHash<qint64, RepeatLinker::Link> links = RepeatLinker::link(candidates);

    QHash<qint64, int> rowOf;
    for (int i = 0; i < records.size(); ++i)
        rowOf.insert(records.at(i).id, i);
    // Each chain, first occurrence first: its rows in meeting order.
    QHash<qint64, QList<int>> chains;
    for (int i = 0; i < records.size(); ++i) {
        const ActionRecord& r = records.at(i);
        const qint64 head = links.contains(r.id) ? links.value(r.id).firstId : r.id;
        chains[head].append(i);
    }
    for (auto it = chains.begin(); it != chains.end(); ++it) {
        QList<int>& rows = it.value();
        std::stable_sort(rows.begin(), rows.end(),
                         [&](int a, int b) { return records.at(a).meetingDate < records.at(b).meetingDate; });
        const int headRow = rowOf.value(it.key(), rows.first());
        // The latest occurrence says where the action stands now, unless a user has said since
        // (on any occurrence: updates made before the rows were linked still count).
        const ActionRecord latest = records.at(rows.last());
        const ActionRecord* edit = nullptr;
        QStringList keys;
        QList<ActionRecord::Occurrence> occurrences;
        for (int row : std::as_const(rows)) {
            const ActionRecord& r = records.at(row);
            keys.append(r.actionKey);
            occurrences.append(occurrenceOf(r));
            if (r.statusEdited && (!edit || r.statusChangedAt > edit->statusChangedAt))
                edit = &r;
        }
        const ActionStatus status = edit ? edit->action.status : latest.printedStatus;
        const QString changedBy = edit ? edit->statusChangedBy : QString();
        const QDateTime changedAt = edit ? edit->statusChangedAt : QDateTime();
        for (int row : std::as_const(rows)) {
            ActionRecord& r = records[row];
            r.action.status = status;
            r.statusEdited = edit != nullptr;
            r.statusChangedBy = changedBy;
            r.statusChangedAt = changedAt;
            r.chainKeys = keys;
            if (row != headRow)
                r.repeatOf = records.at(headRow).id;
        }
        if (rows.size() < 2)
            continue;
        ActionRecord& head = records[headRow];
        head.occurrences = occurrences;
        // What the latest occurrence adds: a due date, its printed status and commentary, and
        // its owner when it names one (an action list names the person behind the post).
        if (!latest.action.due.isEmpty()) {
            head.action.due = latest.action.due;
            head.action.dueText = latest.action.dueText;
        }
        if (!latest.action.statusText.isEmpty())
            head.action.statusText = latest.action.statusText;
        if (!latest.action.commentary.isEmpty())
            head.action.commentary = latest.action.commentary;
        if (!latest.owners.isEmpty())
            head.owners = latest.owners;
    }
}

} // namespace scrutineer
