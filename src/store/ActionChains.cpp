#include "ActionChains.h"

#include "OwnerAliasStore.h"
#include "RepeatLinker.h"

#include "TextUtil.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

// Where each action was asked (its resolution's minute) and which earlier minutes of the same
// body each minute cites, resolved by the importer ("Further to Minute No. 6 (3)", "Minutes 6 (3),
// 7 (2) and 8 (4) above").
struct Structure {
    QHash<qint64, qint64> minuteOf; // resolution id -> minute id
    QHash<qint64, QList<RepeatLinker::Candidate::Citation>> cites; // minute id -> cited minutes
};

// Ids as an SQL list (integers only, so safe to inline).
QString sqlIdList(const QList<qint64>& ids)
{
    QStringList out;
    for (const qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(','));
}

// Only for the resolutions the records were asked in.
Structure structureOf(Database& database, const QList<ActionRecord>& records)
{
    Structure out;
    QSet<qint64> seen;
    QList<qint64> resolutions;
    for (const ActionRecord& r : records) {
        if (r.resolutionId > 0 && !seen.contains(r.resolutionId)) {
            seen.insert(r.resolutionId);
            resolutions.append(r.resolutionId);
        }
    }
    if (resolutions.isEmpty())
        return out;
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT id, minute_id FROM resolution WHERE id IN (%1)").arg(sqlIdList(resolutions)))) {
        while (q.next())
            out.minuteOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    QList<qint64> minutes = out.minuteOf.values();
    std::sort(minutes.begin(), minutes.end());
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    if (minutes.isEmpty())
        return out;
    // Citations of minutes of the same body only: another committee's minute is not this one's request.
    if (q.exec(QStringLiteral(
                   "SELECT mr.minute_id, mr.target_minute_id, mr.clause FROM minute_reference mr "
                   "JOIN minute s ON s.id = mr.minute_id JOIN meeting sm ON sm.id = s.meeting_id "
                   "JOIN minute t ON t.id = mr.target_minute_id JOIN meeting tm ON tm.id = t.meeting_id "
                   "WHERE mr.minute_id IN (%1) AND tm.body_id = sm.body_id ORDER BY mr.id")
                   .arg(sqlIdList(minutes)))) {
        while (q.next())
            out.cites[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toString()});
    }
    return out;
}

// The wording that says a request was made before (linking.json's repeat-cues), normalised.
const QStringList& repeatCues()
{
    static const QStringList cues = [] {
        QStringList out;
        QFile file(QStringLiteral(":/scrutineer/linking/linking.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject lexicon = QJsonDocument::fromJson(file.readAll()).object();
            for (const QJsonValue v : lexicon.value(QStringLiteral("repeat-cues")).toArray())
                out.append(text::normaliseForMatch(v.toString()));
        }
        return out;
    }();
    return cues;
}

bool saysRepeat(const QString& actionText)
{
    const QString text = text::normaliseForMatch(actionText);
    return std::any_of(repeatCues().cbegin(), repeatCues().cend(),
                       [&](const QString& cue) { return !cue.isEmpty() && text.contains(cue); });
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

    const Structure structure = structureOf(database, records);
    QList<RepeatLinker::Candidate> candidates;
    candidates.reserve(records.size());
    for (const ActionRecord& r : std::as_const(records)) {
        RepeatLinker::Candidate c;
        c.id = r.id;
        c.body = r.body;
        c.meetingId = r.meetingId;
        c.meetingDate = r.meetingDate;
        c.text = r.action.text;
        c.owner = r.action.owner;
        for (const OwnerIdentity& o : r.owners)
            c.ownerKeys.append(o.key);
        c.minuteId = structure.minuteOf.value(r.resolutionId);
        c.clausePath = r.action.clausePath;
        c.cites = structure.cites.value(c.minuteId);
        c.saysRepeat = saysRepeat(r.action.text);
        candidates.append(c);
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
        // (on any occurrence: updates made before the rows were linked still count). A repeat in
        // the same minutes ("Minute 6 (3) above") says nothing new: only a later meeting does.
        const int latestRow
            = records.at(rows.last()).meetingDate > records.at(headRow).meetingDate ? rows.last() : headRow;
        const ActionRecord latest = records.at(latestRow);
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
