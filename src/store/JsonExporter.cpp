#include "JsonExporter.h"

#include "ActionStore.h"
#include "IndicatorStore.h"
#include "Log.h"
#include "MarkedTableStore.h"
#include "RecommendationStore.h"
#include "ResolutionJson.h"
#include "SqlHelpers.h"
#include "TemplateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace scrutineer {
namespace {

QJsonValue str(const QVariant& v) { return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString()); }
QJsonValue integer(const QVariant& v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong()); }
QJsonValue range(const QVariant& first, const QVariant& last)
{
    if (first.isNull() || last.isNull())
        return QJsonValue();
    return QJsonArray{first.toInt(), last.toInt()};
}
// A row's place on its page, [x, y, width, height] in points; null when not known.
QJsonValue areaJson(const QRectF& area)
{
    return area.isNull() ? QJsonValue() : QJsonValue(QJsonArray {area.x(), area.y(), area.width(), area.height()});
}
QJsonArray jsonList(const QVariant& v) { return QJsonDocument::fromJson(v.toByteArray()).array(); }
// A stored recorded vote with every key of the contract, including those added since it was
// written (absent_names); null when there is none.
QJsonValue votes(const QVariant& v)
{
    const auto parsed = resolutionjson::votesFromText(v.toByteArray());
    return parsed ? QJsonValue(resolutionjson::votes(*parsed)) : QJsonValue();
}

// Rows of a query as a list of objects built by `make`.
template <typename Make>
QJsonArray rows(QSqlDatabase db, const QString& sql, const QVariantList& binds, Make make)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QJsonArray out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(make(q));
    return out;
}

QJsonArray clauses(QSqlDatabase db, qint64 resolutionId, const QVariant& parentId)
{
    const QString sql = parentId.isNull()
                            ? QStringLiteral("SELECT id, label, text FROM clause WHERE resolution_id = ? AND parent_id IS NULL "
                                             "ORDER BY position")
                            : QStringLiteral("SELECT id, label, text FROM clause WHERE resolution_id = ? AND parent_id = ? "
                                             "ORDER BY position");
    QVariantList binds{resolutionId};
    if (!parentId.isNull())
        binds.append(parentId);
    return rows(db, sql, binds, [&](const QSqlQuery& q) {
        return QJsonObject{{QStringLiteral("label"), q.value(1).toString()},
                           {QStringLiteral("text"), q.value(2).toString()},
                           {QStringLiteral("clauses"), clauses(db, resolutionId, q.value(0))}};
    });
}

} // namespace

QByteArray JsonExporter::toJson() const { return QJsonDocument(build()).toJson(QJsonDocument::Indented); }

QJsonObject JsonExporter::build() const
{
    // One snapshot for every section: an import committing meanwhile is wholly in the export or
    // wholly out of it.
    const Transaction snapshot(m_database.connection(), Transaction::Kind::Read);
    if (!snapshot.isActive())
        log::warning(QStringLiteral("export: no read transaction (%1)").arg(snapshot.beginError().text()));
    using Section = QJsonArray (JsonExporter::*)() const;
    const QList<std::pair<QString, Section>> sections {{QStringLiteral("documents"), &JsonExporter::documents},
                                                       {QStringLiteral("meetings"), &JsonExporter::meetings},
                                                       {QStringLiteral("actions"), &JsonExporter::actions},
                                                       {QStringLiteral("indicators"), &JsonExporter::indicators},
                                                       {QStringLiteral("readings"), &JsonExporter::readings},
                                                       {QStringLiteral("recommendations"), &JsonExporter::recommendations},
                                                       {QStringLiteral("templates"), &JsonExporter::templates},
                                                       {QStringLiteral("marked_tables"), &JsonExporter::markedTables}};
    QJsonObject root {{QStringLiteral("format"), QStringLiteral("scrutineer-export")}, {QStringLiteral("version"), 1}};
    int done = 0;
    for (const auto& [key, section] : sections) {
        root.insert(key, (this->*section)());
        if (m_progress)
            m_progress(++done, int(sections.size()));
    }
    return root;
}

namespace {

// The inspection report kept with a document: what each stretch of pages was read as.
QJsonArray regions(const QSqlDatabase& db, const QVariant& documentId)
{
    return rows(db, QStringLiteral("SELECT first_page, last_page, kind, detail, claimed, confidence FROM document_region "
                                   "WHERE document_id = ? ORDER BY position"),
                {documentId}, [](const QSqlQuery& r) {
                    return QJsonObject{{QStringLiteral("pages"), QJsonArray{r.value(0).toInt(), r.value(1).toInt()}},
                                       {QStringLiteral("kind"), r.value(2).toString()},
                                       {QStringLiteral("detail"), str(r.value(3))},
                                       {QStringLiteral("claimed"), r.value(4).toInt() != 0},
                                       {QStringLiteral("confidence"), r.value(5).toDouble()}};
                });
}

} // namespace

QJsonArray JsonExporter::documents() const
{
    QSqlDatabase db = m_database.connection();
    return rows(db, QStringLiteral("SELECT id, file_name, sha256, page_count, kind, meeting_id, title, imported_at, "
                                   "kind_reason FROM document ORDER BY id"),
                {}, [&](const QSqlQuery& q) {
                    QJsonArray noText;
                    QSqlQuery p(db);
                    sql::run(p, QStringLiteral("SELECT pdf_page FROM page WHERE document_id = ? AND has_text = 0 ORDER BY pdf_page"),
                             q.value(0));
                    while (p.next())
                        noText.append(p.value(0).toInt());
                    QJsonArray ocrPages;
                    sql::run(p, QStringLiteral("SELECT pdf_page, ocr_confidence FROM page WHERE document_id = ? AND ocr = 1 "
                                               "ORDER BY pdf_page"),
                             q.value(0));
                    while (p.next()) {
                        ocrPages.append(QJsonObject{{QStringLiteral("pdf_page"), p.value(0).toInt()},
                                                    {QStringLiteral("confidence"), std::round(p.value(1).toDouble() * 1000) / 1000}});
                    }
                    return QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                       {QStringLiteral("file_name"), q.value(1).toString()},
                                       {QStringLiteral("sha256"), q.value(2).toString()},
                                       {QStringLiteral("page_count"), q.value(3).toInt()},
                                       {QStringLiteral("kind"), q.value(4).toString()},
                                       {QStringLiteral("meeting_id"), integer(q.value(5))},
                                       {QStringLiteral("pages_without_text"), noText},
                                       {QStringLiteral("ocr_pages"), ocrPages},
                                       {QStringLiteral("title"), str(q.value(6))},
                                       {QStringLiteral("imported_at"), q.value(7).toString()},
                                       {QStringLiteral("kind_reason"), str(q.value(8))},
                                       {QStringLiteral("regions"), regions(db, q.value(0))}};
                });
}

QJsonArray JsonExporter::meetings() const
{
    QSqlDatabase db = m_database.connection();
    return rows(
        db,
        QStringLiteral("SELECT m.id, a.name, b.name, m.date, m.time, m.venue, m.status, m.officer, m.officer_contact FROM meeting m "
                       "LEFT JOIN body b ON b.id = m.body_id LEFT JOIN authority a ON a.id = b.authority_id "
                       "ORDER BY m.date IS NULL, m.date, m.id"),
        {}, [&](const QSqlQuery& q) {
            const qint64 id = q.value(0).toLongLong();
            QJsonObject m{{QStringLiteral("id"), id},
                          {QStringLiteral("authority"), str(q.value(1))},
                          {QStringLiteral("body"), str(q.value(2))},
                          {QStringLiteral("date"), str(q.value(3))},
                          {QStringLiteral("time"), str(q.value(4))},
                          {QStringLiteral("venue"), str(q.value(5))},
                          {QStringLiteral("status"), str(q.value(6))},
                          {QStringLiteral("officer"), str(q.value(7))},
                          {QStringLiteral("officer_contact"), str(q.value(8))}};
            m[QStringLiteral("members")] = rows(
                db, QStringLiteral("SELECT name, role, role_text FROM membership WHERE meeting_id = ? ORDER BY document_id, position"),
                {id}, [](const QSqlQuery& r) {
                    return QJsonObject{{QStringLiteral("name"), r.value(0).toString()},
                                       {QStringLiteral("role"), r.value(1).toString()},
                                       {QStringLiteral("role_text"), str(r.value(2))}};
                });
            m[QStringLiteral("attendance")] = rows(
                db,
                QStringLiteral("SELECT name, status, substitute, role_text FROM attendance WHERE meeting_id = ? ORDER BY "
                               "document_id, position"),
                {id}, [](const QSqlQuery& r) {
                    return QJsonObject{{QStringLiteral("name"), r.value(0).toString()},
                                       {QStringLiteral("status"), r.value(1).toString()},
                                       {QStringLiteral("substitute"), str(r.value(2))},
                                       {QStringLiteral("role_text"), str(r.value(3))}};
                });
            m[QStringLiteral("declarations")] = rows(
                db,
                QStringLiteral("SELECT member, minute_number, text, kind, withdrew FROM declaration WHERE meeting_id = ? "
                               "ORDER BY document_id, position"),
                {id}, [](const QSqlQuery& r) {
                    return QJsonObject{{QStringLiteral("member"), r.value(0).toString()},
                                       {QStringLiteral("minute"), str(r.value(1))},
                                       {QStringLiteral("text"), str(r.value(2))},
                                       {QStringLiteral("kind"), str(r.value(3))},
                                       {QStringLiteral("withdrew"), r.value(4).toBool()}};
                });
            m[QStringLiteral("agenda_items")] = rows(
                db,
                QStringLiteral("SELECT id, number, title, report_of, pack_first, pack_last, pdf_first, pdf_last, exempt, "
                               "document_id, description, page_evidence, flags, exempt_paragraphs FROM agenda_item WHERE "
                               "meeting_id = ? ORDER BY document_id, position"),
                {id}, [](const QSqlQuery& r) {
                    return QJsonObject{{QStringLiteral("id"), r.value(0).toLongLong()},
                                       {QStringLiteral("number"), r.value(1).toString()},
                                       {QStringLiteral("title"), r.value(2).toString()},
                                       {QStringLiteral("report_of"), str(r.value(3))},
                                       {QStringLiteral("pack_pages"), range(r.value(4), r.value(5))},
                                       {QStringLiteral("pdf_pages"), range(r.value(6), r.value(7))},
                                       {QStringLiteral("exempt"), r.value(8).toBool()},
                                       {QStringLiteral("document_id"), r.value(9).toLongLong()},
                                       {QStringLiteral("description"), str(r.value(10))},
                                       {QStringLiteral("page_evidence"), str(r.value(11))},
                                       {QStringLiteral("flags"), jsonList(r.value(12))},
                                       {QStringLiteral("exempt_paragraphs"), str(r.value(13))}};
                });
            m[QStringLiteral("minutes")] = rows(
                db,
                QStringLiteral("SELECT id, number, title, item, document_id, pdf_page, item_method FROM minute WHERE "
                               "meeting_id = ? ORDER BY document_id, position"),
                {id}, [&](const QSqlQuery& r) {
                    const qint64 minuteId = r.value(0).toLongLong();
                    QJsonObject minute{{QStringLiteral("id"), minuteId},
                                       {QStringLiteral("number"), str(r.value(1))},
                                       {QStringLiteral("title"), str(r.value(2))},
                                       {QStringLiteral("item"), str(r.value(3))},
                                       {QStringLiteral("document_id"), r.value(4).toLongLong()},
                                       {QStringLiteral("pdf_page"), integer(r.value(5))},
                                       {QStringLiteral("item_method"), str(r.value(6))}};
                    minute[QStringLiteral("resolutions")] = rows(
                        db, QStringLiteral("SELECT id, text, votes, condition, pdf_page, flags FROM resolution WHERE "
                                           "minute_id = ? ORDER BY position"),
                        {minuteId}, [&](const QSqlQuery& s) {
                            return QJsonObject{{QStringLiteral("id"), s.value(0).toLongLong()},
                                               {QStringLiteral("text"), s.value(1).toString()},
                                               {QStringLiteral("clauses"), clauses(db, s.value(0).toLongLong(), QVariant())},
                                               {QStringLiteral("votes"), votes(s.value(2))},
                                               {QStringLiteral("condition"), str(s.value(3))},
                                               {QStringLiteral("pdf_page"), integer(s.value(4))},
                                               {QStringLiteral("flags"), jsonList(s.value(5))}};
                        });
                    minute[QStringLiteral("references")] = rows(
                        db, QStringLiteral("SELECT raw, number, clause, date, target_minute_id FROM minute_reference WHERE "
                                           "minute_id = ? ORDER BY id"),
                        {minuteId}, [](const QSqlQuery& s) {
                            return QJsonObject{{QStringLiteral("text"), s.value(0).toString()},
                                               {QStringLiteral("number"), str(s.value(1))},
                                               {QStringLiteral("clause"), str(s.value(2))},
                                               {QStringLiteral("date"), str(s.value(3))},
                                               {QStringLiteral("minute_id"), integer(s.value(4))}};
                        });
                    return minute;
                });
            return m;
        });
}

QJsonArray JsonExporter::actions() const
{
    QJsonArray out;
    ActionStore store(m_database);
    for (const ActionRecord& r : store.list()) {
        const Action& a = r.action;
        out.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("origin"), toString(a.origin)},
                               {QStringLiteral("ref"), str(a.ref)},
                               {QStringLiteral("text"), a.text},
                               {QStringLiteral("owner"), str(a.owner)},
                               {QStringLiteral("due"), str(a.due)},
                               {QStringLiteral("due_text"), str(a.dueText)},
                               {QStringLiteral("status"), toString(a.status)},
                               {QStringLiteral("status_text"), str(a.statusText)},
                               {QStringLiteral("meeting_id"), r.meetingId > 0 ? QJsonValue(r.meetingId) : QJsonValue()},
                               {QStringLiteral("resolution_id"), r.resolutionId > 0 ? QJsonValue(r.resolutionId) : QJsonValue()},
                               {QStringLiteral("document_id"), r.documentId > 0 ? QJsonValue(r.documentId) : QJsonValue()},
                               {QStringLiteral("pdf_page"), a.pdfPage > 0 ? QJsonValue(a.pdfPage) : QJsonValue()},
                               {QStringLiteral("section"), str(a.section)},
                               {QStringLiteral("commentary"), str(a.commentary)},
                               {QStringLiteral("flags"), QJsonArray::fromStringList(a.flags)},
                               {QStringLiteral("status_edited"), r.statusEdited},
                               {QStringLiteral("evidence"), str(a.evidence)},
                               {QStringLiteral("roles"), QJsonArray::fromStringList(a.roles)},
                               {QStringLiteral("confidence"), a.confidence},
                               {QStringLiteral("defined_by"), str(a.definedBy)},
                               {QStringLiteral("template"), str(a.templateName)},
                               {QStringLiteral("area"), areaJson(a.area)}});
    }
    return out;
}

namespace {

QJsonValue dateJson(const QDate& date) { return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue idJson(qint64 id) { return id > 0 ? QJsonValue(id) : QJsonValue(); }
QJsonValue pageJson(int page) { return page > 0 ? QJsonValue(page) : QJsonValue(); }

QJsonObject responseJson(const ResponseEntry& e)
{
    return QJsonObject{{QStringLiteral("decision"), toString(e.decision)},
                       {QStringLiteral("decision_text"), str(e.decisionText)},
                       {QStringLiteral("text"), str(e.text)},
                       {QStringLiteral("date"), dateJson(e.date)},
                       {QStringLiteral("lead"), str(e.lead)},
                       {QStringLiteral("due"), str(e.due)},
                       {QStringLiteral("due_text"), str(e.dueText)},
                       {QStringLiteral("linked_by"), str(e.linkEvidence)},
                       {QStringLiteral("manual"), e.manual},
                       {QStringLiteral("document_id"), idJson(e.documentId)},
                       {QStringLiteral("pdf_page"), pageJson(e.pdfPage)}};
}

QJsonObject updateJson(const UpdateEntry& e)
{
    return QJsonObject{{QStringLiteral("date"), dateJson(e.date)},
                       {QStringLiteral("text"), str(e.text)},
                       {QStringLiteral("status_text"), str(e.statusText)},
                       {QStringLiteral("linked_by"), str(e.linkEvidence)},
                       {QStringLiteral("manual"), e.manual},
                       {QStringLiteral("document_id"), idJson(e.documentId)},
                       {QStringLiteral("pdf_page"), pageJson(e.pdfPage)}};
}

} // namespace

QJsonArray JsonExporter::recommendations() const
{
    QJsonArray out;
    for (const RecommendationRecord& r : RecommendationStore(m_database).list()) {
        const Recommendation& rec = r.recommendation;
        QJsonArray responses;
        for (const ResponseEntry& e : r.responses)
            responses.append(responseJson(e));
        QJsonArray updates;
        for (const UpdateEntry& e : r.updates)
            updates.append(updateJson(e));
        out.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("number"), str(rec.number)},
                               {QStringLiteral("text"), rec.text},
                               {QStringLiteral("source"), toString(rec.source)},
                               {QStringLiteral("made_by"), str(rec.madeBy)},
                               {QStringLiteral("addressed_to"), str(rec.addressedTo)},
                               {QStringLiteral("quoted_in"), str(rec.quotedIn)},
                               {QStringLiteral("meeting_id"), idJson(r.meetingId)},
                               {QStringLiteral("document_id"), idJson(r.documentId)},
                               {QStringLiteral("pdf_page"), pageJson(rec.pdfPage)},
                               {QStringLiteral("decision"), toString(r.decision())},
                               {QStringLiteral("responses"), responses},
                               {QStringLiteral("updates"), updates}});
    }
    return out;
}

QJsonArray JsonExporter::indicators() const
{
    QJsonArray out;
    for (const IndicatorStore::IndicatorRecord& r : IndicatorStore(m_database).indicators()) {
        const Indicator& i = r.indicator;
        auto bands = [](const QList<ThresholdBand>& list) {
            QJsonArray array;
            for (const ThresholdBand& b : list) {
                array.append(QJsonObject{{QStringLiteral("grade"), b.grade},
                                         {QStringLiteral("text"), b.text},
                                         {QStringLiteral("min"), b.min ? QJsonValue(*b.min) : QJsonValue()},
                                         {QStringLiteral("max"), b.max ? QJsonValue(*b.max) : QJsonValue()}});
            }
            return array;
        };
        out.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("name"), i.name},
                               {QStringLiteral("description"), str(i.description)},
                               {QStringLiteral("polarity"), toString(i.polarity)},
                               {QStringLiteral("unit"), str(i.unit)},
                               {QStringLiteral("thresholds"), bands(r.printed)},
                               {QStringLiteral("user_thresholds"), r.thresholdsEdited ? QJsonValue(bands(i.thresholds)) : QJsonValue()},
                               {QStringLiteral("target"), i.target ? QJsonValue(*i.target) : QJsonValue()},
                               {QStringLiteral("floor"), i.floor ? QJsonValue(*i.floor) : QJsonValue()},
                               {QStringLiteral("defects"), QJsonArray::fromStringList(i.defects)},
                               {QStringLiteral("meeting_id"), r.meetingId > 0 ? QJsonValue(r.meetingId) : QJsonValue()},
                               {QStringLiteral("document_id"), r.documentId > 0 ? QJsonValue(r.documentId) : QJsonValue()},
                               {QStringLiteral("pdf_page"), i.pdfPage > 0 ? QJsonValue(i.pdfPage) : QJsonValue()},
                               {QStringLiteral("section"), str(i.section)},
                               {QStringLiteral("roles"), QJsonArray::fromStringList(i.roles)},
                               {QStringLiteral("confidence"), i.confidence},
                               {QStringLiteral("defined_by"), str(i.definedBy)},
                               {QStringLiteral("template"), str(i.templateName)}});
    }
    return out;
}

QJsonArray JsonExporter::readings() const
{
    QJsonArray out;
    for (const IndicatorStore::ReadingRecord& r : IndicatorStore(m_database).readings()) {
        const QString computed = IndicatorStore::ratingText(r.computed);
        out.append(QJsonObject{{QStringLiteral("indicator_id"), r.indicatorId > 0 ? QJsonValue(r.indicatorId) : QJsonValue()},
                               {QStringLiteral("period"), str(r.reading.period)},
                               {QStringLiteral("value"), r.reading.value ? QJsonValue(*r.reading.value) : QJsonValue()},
                               {QStringLiteral("reported_rating"), str(r.reading.reportedRating)},
                               {QStringLiteral("computed_rating"), str(computed)},
                               {QStringLiteral("rating_note"), str(r.computed.reason)},
                               {QStringLiteral("rating_disagrees"), r.disagrees()},
                               {QStringLiteral("document_id"), r.documentId > 0 ? QJsonValue(r.documentId) : QJsonValue()},
                               {QStringLiteral("pdf_page"), r.reading.pdfPage > 0 ? QJsonValue(r.reading.pdfPage) : QJsonValue()},
                               {QStringLiteral("value_text"), str(r.reading.valueText)},
                               {QStringLiteral("confidence"), r.reading.confidence},
                               {QStringLiteral("manual"), r.manual},
                               {QStringLiteral("direction"), str(r.reading.direction)}});
    }
    return out;
}

QJsonArray JsonExporter::templates() const
{
    QJsonArray out;
    for (const TemplateStore::Record& r : TemplateStore(m_database).list()) {
        const TableTemplate& t = r.tableTemplate;
        QJsonObject o = t.toJson();
        o.insert(QStringLiteral("id"), t.id);
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("body"), str(t.body));
        o.insert(QStringLiteral("series"), str(t.series));
        o.insert(QStringLiteral("source_file"), str(t.sourceFile));
        o.insert(QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("rows_read"), r.rowsRead);
        out.append(o);
    }
    return out;
}

QJsonArray JsonExporter::markedTables() const
{
    QJsonArray out;
    for (const MarkedTableStore::Record& r : MarkedTableStore(m_database).all()) {
        QJsonObject o = r.spec.toJson();
        o.insert(QStringLiteral("id"), r.id);
        o.insert(QStringLiteral("document_sha256"), r.documentSha);
        o.insert(QStringLiteral("document_id"), r.documentId > 0 ? QJsonValue(r.documentId) : QJsonValue());
        o.insert(QStringLiteral("template_id"), r.templateId > 0 ? QJsonValue(r.templateId) : QJsonValue());
        o.insert(QStringLiteral("records"), r.records.count());
        o.insert(QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODate));
        out.append(o);
    }
    return out;
}

} // namespace scrutineer
