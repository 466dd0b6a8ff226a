#include "BundleRowWriter.h"

#include "BodyMatcher.h"
#include "MarkedTableStore.h"
#include "NoteStore.h"
#include "PageRowWriter.h"
#include "PersonName.h"
#include "RecommendationWriter.h"
#include "ResolutionJson.h"
#include "RowStatements.h"
#include "SqlDialect.h"
#include "SqlHelpers.h"
#include "TextUtil.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace scrutineer {
namespace {

QString joinFlags(const QStringList& flags)
{
    return flags.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(flags)).toJson(QJsonDocument::Compact));
}

qint64 meetingIdFor(RowStatements& w, const Meeting& meeting, QSet<qint64>& bodiesOfThisDocument)
{
    const qint64 bodyId = BodyMatcher::bodyIdFor(w, meeting, bodiesOfThisDocument);
    if (bodyId > 0)
        bodiesOfThisDocument.insert(bodyId);
    const QVariant date = meeting.date.isValid() ? QVariant(meeting.date.toString(Qt::ISODate)) : QVariant();
    if (!date.isNull()) {
        if (auto id = w.scalar(QStringLiteral("SELECT id FROM meeting WHERE date = ? AND (body_id IS NOT DISTINCT FROM "
                                              "CAST(? AS BIGINT) OR body_id IS NULL OR CAST(? AS BIGINT) IS NULL) "
                                              "ORDER BY body_id IS NULL LIMIT 1"),
                               {date, sql::nullableId(bodyId), sql::nullableId(bodyId)})) {
            const qint64 meetingId = id->toLongLong();
            // Fill what the stored meeting does not know yet; never overwrite what it does.
            w.exec(QStringLiteral("UPDATE meeting SET body_id = COALESCE(body_id, ?), time = COALESCE(time, ?), "
                                  "venue = COALESCE(venue, ?), officer = COALESCE(officer, ?), officer_contact = "
                                  "COALESCE(officer_contact, ?), no_declarations = CASE WHEN ? = 1 THEN 1 ELSE "
                                  "no_declarations END WHERE id = ?"),
                   {sql::nullableId(bodyId),
                    meeting.time.isValid() ? QVariant(meeting.time.toString(QStringLiteral("HH:mm"))) : QVariant(),
                    sql::nullable(meeting.venue), sql::nullable(meeting.officer), sql::nullable(meeting.officerContact),
                    meeting.noDeclarations ? 1 : 0, meetingId});
            return meetingId;
        }
    }
    return w.insert(QStringLiteral("INSERT INTO meeting(body_id, date, time, venue, status, officer, officer_contact, "
                                   "no_declarations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {sql::nullableId(bodyId), date,
                   meeting.time.isValid() ? QVariant(meeting.time.toString(QStringLiteral("HH:mm"))) : QVariant(),
                   sql::nullable(meeting.venue), sql::nullable(meeting.status), sql::nullable(meeting.officer),
                   sql::nullable(meeting.officerContact), meeting.noDeclarations ? 1 : 0});
}

// The person a printed name in this body's papers refers to: the one earlier person it can be,
// or a new person when it can be none or several (never merged on a shared surname alone).
QVariant personIdFor(RowStatements& w, const QString& printed, qint64 meetingId)
{
    const PersonName name = PersonName::parse(printed);
    if (name.surname.isEmpty())
        return {};
    // The people of that surname on a list of the same body: by the surname's index, then each
    // candidate's lists by the person's index (schema v17).
    QSqlQuery& q = w.exec(
        QStringLiteral("SELECT p.id, p.name FROM person p WHERE p.surname_key = ? AND (EXISTS (SELECT 1 FROM membership x "
                       "JOIN meeting m ON m.id = x.meeting_id WHERE x.person_id = p.id AND m.body_id IS NOT DISTINCT FROM "
                       "(SELECT body_id FROM meeting WHERE id = ?)) OR EXISTS (SELECT 1 FROM attendance x JOIN meeting m ON "
                       "m.id = x.meeting_id WHERE x.person_id = p.id AND m.body_id IS NOT DISTINCT FROM (SELECT body_id FROM "
                       "meeting WHERE id = ?))) ORDER BY p.id"),
        {name.surname, meetingId, meetingId});
    QList<qint64> ids;
    QList<PersonName> candidates;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        candidates.append(PersonName::parse(q.value(1).toString()));
    }
    const int match = matchPerson(name, candidates);
    if (match >= 0) {
        if (name.specificity() > candidates.at(match).specificity())
            w.exec(QStringLiteral("UPDATE person SET name = ?, initials = ? WHERE id = ?"),
                   {name.printed, name.initials, ids.at(match)});
        return ids.at(match);
    }
    return w.insert(QStringLiteral("INSERT INTO person(name, surname_key, initials) VALUES (?, ?, ?)"),
                    {name.printed, name.surname, name.initials});
}

bool meetingHasRowsFromOtherDocument(RowStatements& w, const QString& table, qint64 meetingId, qint64 documentId)
{
    return w.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE meeting_id = ? AND document_id <> ? LIMIT 1").arg(table),
                    {meetingId, documentId})
        .has_value();
}

void writeClauses(RowStatements& w, qint64 resolutionId, const QList<Clause>& clauses, const QVariant& parentId,
                  const QString& parentPath)
{
    int position = 0;
    for (const Clause& clause : clauses) {
        const QString path = parentPath.isEmpty() ? clause.label : parentPath + QLatin1Char('.') + clause.label;
        const QVariant id = w.insert(QStringLiteral("INSERT INTO clause(resolution_id, parent_id, label, path, text, position) "
                                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                                   {resolutionId, parentId, clause.label, path, clause.text, position++});
        writeClauses(w, resolutionId, clause.clauses, id, path);
    }
}

// Points every unresolved cross-reference ("Further to Minute No. 5 of 21 June 2017", "Minute
// no. 10 (3) above") at the minute it names, when that minute is in the database: same number,
// and the same meeting ("above") or the named date and body (default: the citing body).
// References whose target is not imported yet stay unresolved and are retried on every import.
void linkMinuteReferences(RowStatements& w)
{
    w.exec(QStringLiteral(
        "UPDATE minute_reference SET target_minute_id = ("
        " SELECT t.id FROM minute t JOIN meeting tm ON tm.id = t.meeting_id,"
        "  minute src JOIN meeting sm ON sm.id = src.meeting_id"
        " WHERE src.id = minute_reference.minute_id AND t.id <> src.id"
        "  AND lower(trim(t.number)) = lower(trim(minute_reference.number))"
        "  AND ((minute_reference.above = 1 AND tm.id = sm.id)"
        "   OR (minute_reference.date IS NOT NULL AND tm.date = minute_reference.date"
        "    AND ((minute_reference.body IS NULL AND tm.body_id IS NOT DISTINCT FROM sm.body_id)"
        "     OR (minute_reference.body IS NOT NULL AND EXISTS (SELECT 1 FROM body b WHERE b.id = tm.body_id"
        "      AND b.name_key = lower(trim(minute_reference.body)))))))"
        " ORDER BY t.id LIMIT 1)"
        " WHERE target_minute_id IS NULL AND number IS NOT NULL"));
}

void writeBundleRows(RowStatements& w, const QSqlDatabase& db, const ImportBundle& bundle, ImportWriter::Outcome& outcome,
                     const QString& userName, qint64 earlyDocumentId)
{
    QList<qint64> meetingIds;
    QSet<qint64> bodiesOfThisDocument;
    for (const Meeting& meeting : bundle.meetings)
        meetingIds.append(meetingIdFor(w, meeting, bodiesOfThisDocument));
    const qint64 docMeeting = bundle.documentMeetingIndex >= 0 ? meetingIds.value(bundle.documentMeetingIndex) : 0;
    outcome.meetingId = docMeeting;

    // A new version of a document already stored (same meeting, kind and name or title)
    // replaces it; notes move to the new version below.
    QString replacedSha;
    if (docMeeting > 0) {
        if (auto old = w.scalar(QStringLiteral("SELECT id FROM document WHERE meeting_id = ? AND kind = ? AND "
                                               "(file_name = ? OR (title IS NOT NULL AND title <> '' AND title = ?)) "
                                               "AND id <> ? LIMIT 1"),
                                {docMeeting, toString(bundle.kind), bundle.fileName, bundle.title, earlyDocumentId})) {
            const qint64 oldId = old->toLongLong();
            replacedSha = w.scalar(QStringLiteral("SELECT sha256 FROM document WHERE id = ?"), {oldId})->toString();
            outcome.existingFile =
                w.scalar(QStringLiteral("SELECT file_name FROM document WHERE id = ?"), {oldId})->toString();
            w.exec(QStringLiteral("DELETE FROM document WHERE id = ?"), {oldId});
            outcome.status = ImportWriter::Outcome::Status::Replaced;
        }
    }

    const QVariantList document {sql::nullableId(docMeeting), bundle.fileName, sql::nullable(bundle.filePath),
                                 QString::fromLatin1(bundle.sha256), bundle.pageCount, toString(bundle.kind),
                                 sql::nullable(bundle.title), joinFlags(bundle.warnings), utcTimestamp(),
                                 sql::nullable(bundle.kindReason), sql::nullable(userName)};
    qint64 docId = earlyDocumentId;
    if (docId > 0) {
        w.exec(QStringLiteral("UPDATE document SET meeting_id = ?, file_name = ?, file_path = ?, sha256 = ?, page_count = ?, "
                              "kind = ?, title = ?, warnings = ?, imported_at = ?, kind_reason = ?, imported_by = ? "
                              "WHERE id = ?"),
               document + QVariantList {docId});
    } else {
        docId = w.insert(QStringLiteral("INSERT INTO document(meeting_id, file_name, file_path, sha256, page_count, kind, "
                                        "title, warnings, imported_at, kind_reason, imported_by) VALUES (?, ?, ?, ?, ?, ?, "
                                        "?, ?, ?, ?, ?)"),
                         document);
    }
    outcome.documentId = docId;
    int regionPosition = 0;
    for (const PageRegion& region : bundle.regions) {
        w.exec(QStringLiteral("INSERT INTO document_region(document_id, first_page, last_page, kind, detail, claimed, "
                              "confidence, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {docId, region.firstPage, region.lastPage, region.kind, sql::nullable(region.detail),
                region.claimed ? 1 : 0, region.confidence, regionPosition++});
    }

    if (earlyDocumentId <= 0) {
        if (auto failed = PageRowWriter::write(db, docId, bundle.pages))
            throw RowWriteFailure {failed->text(), SqlDialect::of(db).isLockError(*failed)};
    }

    // minute number -> resolution ids, per bundle meeting, for linking requested actions
    QHash<QString, QList<qint64>> resolutionIds;
    for (int m = 0; m < bundle.meetings.size(); ++m) {
        const Meeting& meeting = bundle.meetings.at(m);
        const qint64 meetingId = meetingIds.at(m);
        if (!meeting.members.isEmpty() && !meetingHasRowsFromOtherDocument(w, QStringLiteral("membership"), meetingId, docId)) {
            int position = 0;
            for (const Member& member : meeting.members) {
                w.exec(QStringLiteral("INSERT INTO membership(meeting_id, person_id, name, role, role_text, document_id, "
                                      "pdf_page, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {meetingId, personIdFor(w, member.name, meetingId), member.name, toString(member.role), sql::nullable(member.roleText), docId,
                        sql::nullablePage(member.pdfPage), position++});
            }
        }
        const bool minutesElsewhere = meetingHasRowsFromOtherDocument(w, QStringLiteral("minute"), meetingId, docId);
        if (!minutesElsewhere) {
            int position = 0;
            for (const Attendance& a : meeting.attendance) {
                w.exec(QStringLiteral("INSERT INTO attendance(meeting_id, person_id, name, status, substitute, "
                                      "role_text, document_id, pdf_page, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {meetingId, personIdFor(w, a.name, meetingId), a.name, toString(a.status), sql::nullable(a.substitute), sql::nullable(a.roleText),
                        docId, sql::nullablePage(a.pdfPage), position++});
            }
            position = 0;
            for (const Declaration& d : meeting.declarations) {
                w.exec(QStringLiteral("INSERT INTO declaration(meeting_id, member, minute_number, kind, text, withdrew, "
                                      "document_id, pdf_page, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {meetingId, d.member, sql::nullable(d.minute), sql::nullable(d.kind), sql::nullable(d.text),
                        d.withdrew ? 1 : 0, docId, sql::nullablePage(d.pdfPage), position++});
            }
            position = 0;
            for (const Minute& minute : meeting.minutes) {
                const qint64 minuteId =
                    w.insert(QStringLiteral("INSERT INTO minute(meeting_id, document_id, number, title, item, "
                                          "item_method, text, pdf_page, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {meetingId, docId, sql::nullable(minute.number), sql::nullable(minute.title),
                            sql::nullable(minute.item), sql::nullable(minute.itemMethod), sql::nullable(minute.text),
                            sql::nullablePage(minute.pdfPage), position++});
                int rpos = 0;
                QList<qint64>& ids = resolutionIds[QStringLiteral("%1|%2").arg(m).arg(minute.number)];
                for (const Resolution& r : minute.resolutions) {
                    const qint64 rid =
                        w.insert(QStringLiteral("INSERT INTO resolution(minute_id, meeting_id, document_id, text, "
                                              "condition, votes, flags, pdf_page, position) VALUES (?, ?, ?, ?, ?, ?, "
                                              "?, ?, ?)"),
                               {minuteId, meetingId, docId, r.text, sql::nullable(r.condition),
                                sql::nullable(QString::fromUtf8(resolutionjson::votesText(r.votes))),
                                joinFlags(r.flags), sql::nullablePage(r.pdfPage), rpos++});
                    ids.append(rid);
                    writeClauses(w, rid, r.clauses, QVariant(), QString());
                }
                for (const MinuteReference& ref : minute.references) {
                    w.exec(QStringLiteral("INSERT INTO minute_reference(minute_id, raw, number, clause, body, date, "
                                          "above, pdf_page) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {minuteId, ref.raw, sql::nullable(ref.number), sql::nullable(ref.clause),
                            sql::nullable(ref.body), sql::nullable(ref.date), ref.above ? 1 : 0,
                            sql::nullablePage(ref.pdfPage)});
                }
            }
        }
        int position = 0;
        for (const AgendaItem& item : meeting.agendaItems) {
            w.exec(QStringLiteral("INSERT INTO agenda_item(meeting_id, document_id, number, title, description, "
                                  "report_of, pack_first, pack_last, pdf_first, pdf_last, page_evidence, exempt, "
                                  "exempt_paragraphs, flags, pdf_page, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?)"),
                   {meetingId, docId, item.number, item.title, sql::nullable(item.description),
                    sql::nullable(item.reportOf),
                    item.packPages ? QVariant(item.packPages->first) : QVariant(),
                    item.packPages ? QVariant(item.packPages->last) : QVariant(),
                    item.pdfPages ? QVariant(item.pdfPages->first) : QVariant(),
                    item.pdfPages ? QVariant(item.pdfPages->last) : QVariant(), sql::nullable(item.pageEvidence),
                    item.exempt ? 1 : 0, sql::nullable(item.exemptParagraphs), joinFlags(item.flags),
                    sql::nullablePage(item.pdfPage), position++});
        }
    }

    int position = 0;
    for (const Action& action : bundle.actions) {
        const qint64 meetingId = action.meetingIndex >= 0 ? meetingIds.value(action.meetingIndex) : docMeeting;
        QVariant resolutionId;
        if (action.resolutionIndex >= 0) {
            const int m = action.meetingIndex >= 0 ? action.meetingIndex : bundle.documentMeetingIndex;
            const QList<qint64> ids = resolutionIds.value(QStringLiteral("%1|%2").arg(m).arg(action.minuteNumber));
            if (action.resolutionIndex < ids.size())
                resolutionId = ids.at(action.resolutionIndex);
        }
        w.exec(QStringLiteral("INSERT INTO action(action_key, origin, ref, section, text, owner, due, due_text, status, "
                              "status_text, commentary, flags, meeting_id, resolution_id, clause_path, document_id, "
                              "pdf_page, position, evidence, roles, confidence, defined_by, template_id) VALUES (?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {ImportWriter::actionKey(action, meetingId), toString(action.origin), sql::nullable(action.ref),
                sql::nullable(action.section), action.text, sql::nullable(action.owner), sql::nullable(action.due),
                sql::nullable(action.dueText), toString(action.status), sql::nullable(action.statusText),
                sql::nullable(action.commentary), joinFlags(action.flags), sql::nullableId(meetingId), resolutionId,
                sql::nullable(action.clausePath), docId, sql::nullablePage(action.pdfPage), position++,
                sql::nullable(action.evidence), joinFlags(action.roles), action.confidence,
                sql::nullable(action.definedBy), sql::nullableId(action.templateId)});
    }

    QList<qint64> indicatorIds;
    position = 0;
    for (const Indicator& indicator : bundle.indicators) {
        const qint64 meetingId = indicator.meetingIndex >= 0 ? meetingIds.value(indicator.meetingIndex) : docMeeting;
        const qint64 bodyId =
            meetingId > 0 ? w.scalar(QStringLiteral("SELECT COALESCE(body_id, 0) FROM meeting WHERE id = ?"), {meetingId})
                                ->toLongLong()
                          : 0;
        const qint64 id =
            w.insert(QStringLiteral("INSERT INTO indicator(indicator_key, name, description, polarity, unit, target, floor, "
                                  "defects, section, meeting_id, document_id, pdf_page, position, roles, confidence, "
                                  "defined_by, template_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {ImportWriter::indicatorKey(indicator.name, bodyId), indicator.name, sql::nullable(indicator.description),
                    toString(indicator.polarity), sql::nullable(indicator.unit), sql::nullable(indicator.target),
                    sql::nullable(indicator.floor), joinFlags(indicator.defects), sql::nullable(indicator.section),
                    sql::nullableId(meetingId), docId, sql::nullablePage(indicator.pdfPage), position++,
                    joinFlags(indicator.roles), indicator.confidence, sql::nullable(indicator.definedBy),
                    sql::nullableId(indicator.templateId)});
        indicatorIds.append(id);
        int bpos = 0;
        for (const ThresholdBand& band : indicator.thresholds) {
            w.exec(QStringLiteral("INSERT INTO threshold_band(indicator_id, grade, text, min, max, position) VALUES (?, "
                                  "?, ?, ?, ?, ?)"),
                   {id, band.grade, band.text, sql::nullable(band.min), sql::nullable(band.max), bpos++});
        }
    }
    for (const Reading& reading : bundle.readings) {
        if (reading.indicatorIndex < 0 || reading.indicatorIndex >= indicatorIds.size())
            continue;
        w.exec(QStringLiteral("INSERT INTO reading(indicator_id, period, value, value_text, reported_rating, confidence, "
                              "document_id, pdf_page, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {indicatorIds.at(reading.indicatorIndex), sql::nullable(reading.period), sql::nullable(reading.value),
                sql::nullable(reading.valueText), sql::nullable(reading.reportedRating), reading.confidence, docId,
                sql::nullablePage(reading.pdfPage), sql::nullable(reading.direction)});
    }

    if (auto failed = RecommendationWriter::write(db, bundle, docId, meetingIds, docMeeting))
        throw RowWriteFailure {*failed};
    // Tables the user marked on this document (or on the version it replaces) keep their records.
    if (auto failed = MarkedTableStore::carryForward(db, replacedSha, QString::fromLatin1(bundle.sha256), docId,
                                                     bundle.pages))
        throw RowWriteFailure {*failed};
    linkMinuteReferences(w);
    if (!replacedSha.isEmpty())
        outcome.notesReanchored =
            NoteStore::reanchor(db, replacedSha, QString::fromLatin1(bundle.sha256), bundle.pages);
}

} // namespace

std::optional<BundleRowWriter::Failure> BundleRowWriter::write(const QSqlDatabase& db, const ImportBundle& bundle,
                                                               const QString& userName, qint64 earlyDocumentId,
                                                               ImportWriter::Outcome& outcome)
{
    RowStatements w(db);
    try {
        writeBundleRows(w, db, bundle, outcome, userName, earlyDocumentId);
    } catch (const RowWriteFailure& failure) {
        return Failure {failure.message, failure.lock};
    }
    return std::nullopt;
}

} // namespace scrutineer
