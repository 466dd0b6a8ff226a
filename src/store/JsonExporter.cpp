#include "JsonExporter.h"

#include "ActionStore.h"
#include "ExportJson.h"
#include "IndicatorStore.h"
#include "Log.h"
#include "MarkedTableStore.h"
#include "MeetingExport.h"
#include "RecommendationStore.h"
#include "ResolutionJson.h"
#include "SqlHelpers.h"
#include "TemplateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace scrutineer {

QByteArray JsonExporter::toJson() const
{
    return QJsonDocument(build()).toJson(QJsonDocument::Indented);
}

QJsonObject JsonExporter::build() const
{
    // One snapshot for every section: an import committing meanwhile is wholly in the export or
    // wholly out of it.
    const Transaction snapshot(m_database.connection(), Transaction::Kind::Read);
    if (!snapshot.isActive())
        log::warning(QStringLiteral("export: no read transaction (%1)").arg(snapshot.beginError().text()));
    using Section = QJsonArray (JsonExporter::*)() const;
    const QList<std::pair<QString, Section>> sections {
        {QStringLiteral("documents"), &JsonExporter::documents},
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
    return exportjson::rows(
        db,
        QStringLiteral("SELECT first_page, last_page, kind, detail, claimed, confidence FROM document_region "
                       "WHERE document_id = ? ORDER BY position"),
        {documentId}, [](const QSqlQuery& r) {
            return QJsonObject {{QStringLiteral("pages"), QJsonArray {r.value(0).toInt(), r.value(1).toInt()}},
                                {QStringLiteral("kind"), r.value(2).toString()},
                                {QStringLiteral("detail"), exportjson::str(r.value(3))},
                                {QStringLiteral("claimed"), r.value(4).toInt() != 0},
                                {QStringLiteral("confidence"), r.value(5).toDouble()}};
        });
}

} // namespace

QJsonArray JsonExporter::documents() const
{
    QSqlDatabase db = m_database.connection();
    return exportjson::rows(
        db,
        QStringLiteral("SELECT id, file_name, sha256, page_count, kind, meeting_id, title, imported_at, "
                       "kind_reason FROM document ORDER BY id"),
        {}, [&](const QSqlQuery& q) {
            QJsonArray noText;
            QSqlQuery p(db);
            sql::run(
                p, QStringLiteral("SELECT pdf_page FROM page WHERE document_id = ? AND has_text = 0 ORDER BY pdf_page"),
                q.value(0));
            while (p.next())
                noText.append(p.value(0).toInt());
            QJsonArray ocrPages;
            sql::run(p,
                     QStringLiteral("SELECT pdf_page, ocr_confidence FROM page WHERE document_id = ? AND ocr = 1 "
                                    "ORDER BY pdf_page"),
                     q.value(0));
            while (p.next()) {
                ocrPages.append(
                    QJsonObject {{QStringLiteral("pdf_page"), p.value(0).toInt()},
                                 {QStringLiteral("confidence"), std::round(p.value(1).toDouble() * 1000) / 1000}});
            }
            return QJsonObject {{QStringLiteral("id"), q.value(0).toLongLong()},
                                {QStringLiteral("file_name"), q.value(1).toString()},
                                {QStringLiteral("sha256"), q.value(2).toString()},
                                {QStringLiteral("page_count"), q.value(3).toInt()},
                                {QStringLiteral("kind"), q.value(4).toString()},
                                {QStringLiteral("meeting_id"), exportjson::integer(q.value(5))},
                                {QStringLiteral("pages_without_text"), noText},
                                {QStringLiteral("ocr_pages"), ocrPages},
                                {QStringLiteral("title"), exportjson::str(q.value(6))},
                                {QStringLiteral("imported_at"), q.value(7).toString()},
                                {QStringLiteral("kind_reason"), exportjson::str(q.value(8))},
                                {QStringLiteral("regions"), regions(db, q.value(0))}};
        });
}

QJsonArray JsonExporter::meetings() const
{
    return MeetingExport::meetings(m_database.connection());
}

QJsonArray JsonExporter::actions() const
{
    QJsonArray out;
    ActionStore store(m_database);
    for (const ActionRecord& r : store.list()) {
        const Action& a = r.action;
        out.append(QJsonObject {
            {QStringLiteral("id"), r.id},
            {QStringLiteral("origin"), toString(a.origin)},
            {QStringLiteral("ref"), exportjson::str(a.ref)},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("owner"), exportjson::str(a.owner)},
            {QStringLiteral("due"), exportjson::str(a.due)},
            {QStringLiteral("due_text"), exportjson::str(a.dueText)},
            {QStringLiteral("status"), toString(a.status)},
            {QStringLiteral("status_text"), exportjson::str(a.statusText)},
            {QStringLiteral("meeting_id"), r.meetingId > 0 ? QJsonValue(r.meetingId) : QJsonValue()},
            {QStringLiteral("resolution_id"), r.resolutionId > 0 ? QJsonValue(r.resolutionId) : QJsonValue()},
            {QStringLiteral("document_id"), r.documentId > 0 ? QJsonValue(r.documentId) : QJsonValue()},
            {QStringLiteral("pdf_page"), a.pdfPage > 0 ? QJsonValue(a.pdfPage) : QJsonValue()},
            {QStringLiteral("section"), exportjson::str(a.section)},
            {QStringLiteral("commentary"), exportjson::str(a.commentary)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(a.flags)},
            {QStringLiteral("status_edited"), r.statusEdited},
            {QStringLiteral("evidence"), exportjson::str(a.evidence)},
            {QStringLiteral("roles"), QJsonArray::fromStringList(a.roles)},
            {QStringLiteral("confidence"), a.confidence},
            {QStringLiteral("defined_by"), exportjson::str(a.definedBy)},
            {QStringLiteral("template"), exportjson::str(a.templateName)},
            {QStringLiteral("area"), exportjson::areaJson(a.area)}});
    }
    return out;
}

namespace {

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue idJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}
QJsonValue pageJson(int page)
{
    return page > 0 ? QJsonValue(page) : QJsonValue();
}

QJsonObject responseJson(const ResponseEntry& e)
{
    return QJsonObject {{QStringLiteral("decision"), toString(e.decision)},
                        {QStringLiteral("decision_text"), exportjson::str(e.decisionText)},
                        {QStringLiteral("text"), exportjson::str(e.text)},
                        {QStringLiteral("date"), dateJson(e.date)},
                        {QStringLiteral("lead"), exportjson::str(e.lead)},
                        {QStringLiteral("due"), exportjson::str(e.due)},
                        {QStringLiteral("due_text"), exportjson::str(e.dueText)},
                        {QStringLiteral("linked_by"), exportjson::str(e.linkEvidence)},
                        {QStringLiteral("manual"), e.manual},
                        {QStringLiteral("document_id"), idJson(e.documentId)},
                        {QStringLiteral("pdf_page"), pageJson(e.pdfPage)}};
}

QJsonObject updateJson(const UpdateEntry& e)
{
    return QJsonObject {{QStringLiteral("date"), dateJson(e.date)},
                        {QStringLiteral("text"), exportjson::str(e.text)},
                        {QStringLiteral("status_text"), exportjson::str(e.statusText)},
                        {QStringLiteral("linked_by"), exportjson::str(e.linkEvidence)},
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
        out.append(QJsonObject {{QStringLiteral("id"), r.id},
                                {QStringLiteral("number"), exportjson::str(rec.number)},
                                {QStringLiteral("text"), rec.text},
                                {QStringLiteral("source"), toString(rec.source)},
                                {QStringLiteral("made_by"), exportjson::str(rec.madeBy)},
                                {QStringLiteral("addressed_to"), exportjson::str(rec.addressedTo)},
                                {QStringLiteral("quoted_in"), exportjson::str(rec.quotedIn)},
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
                array.append(QJsonObject {{QStringLiteral("grade"), b.grade},
                                          {QStringLiteral("text"), b.text},
                                          {QStringLiteral("min"), b.min ? QJsonValue(*b.min) : QJsonValue()},
                                          {QStringLiteral("max"), b.max ? QJsonValue(*b.max) : QJsonValue()}});
            }
            return array;
        };
        out.append(QJsonObject {
            {QStringLiteral("id"), r.id},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("description"), exportjson::str(i.description)},
            {QStringLiteral("polarity"), toString(i.polarity)},
            {QStringLiteral("unit"), exportjson::str(i.unit)},
            {QStringLiteral("thresholds"), bands(r.printed)},
            {QStringLiteral("user_thresholds"), r.thresholdsEdited ? QJsonValue(bands(i.thresholds)) : QJsonValue()},
            {QStringLiteral("target"), i.target ? QJsonValue(*i.target) : QJsonValue()},
            {QStringLiteral("floor"), i.floor ? QJsonValue(*i.floor) : QJsonValue()},
            {QStringLiteral("defects"), QJsonArray::fromStringList(i.defects)},
            {QStringLiteral("meeting_id"), r.meetingId > 0 ? QJsonValue(r.meetingId) : QJsonValue()},
            {QStringLiteral("document_id"), r.documentId > 0 ? QJsonValue(r.documentId) : QJsonValue()},
            {QStringLiteral("pdf_page"), i.pdfPage > 0 ? QJsonValue(i.pdfPage) : QJsonValue()},
            {QStringLiteral("section"), exportjson::str(i.section)},
            {QStringLiteral("roles"), QJsonArray::fromStringList(i.roles)},
            {QStringLiteral("confidence"), i.confidence},
            {QStringLiteral("defined_by"), exportjson::str(i.definedBy)},
            {QStringLiteral("template"), exportjson::str(i.templateName)}});
    }
    return out;
}

QJsonArray JsonExporter::readings() const
{
    QJsonArray out;
    for (const IndicatorStore::ReadingRecord& r : IndicatorStore(m_database).readings()) {
        const QString computed = IndicatorStore::ratingText(r.computed);
        out.append(QJsonObject {
            {QStringLiteral("indicator_id"), r.indicatorId > 0 ? QJsonValue(r.indicatorId) : QJsonValue()},
            {QStringLiteral("period"), exportjson::str(r.reading.period)},
            {QStringLiteral("value"), r.reading.value ? QJsonValue(*r.reading.value) : QJsonValue()},
            {QStringLiteral("reported_rating"), exportjson::str(r.reading.reportedRating)},
            {QStringLiteral("computed_rating"), exportjson::str(computed)},
            {QStringLiteral("rating_note"), exportjson::str(r.computed.reason)},
            {QStringLiteral("rating_disagrees"), r.disagrees()},
            {QStringLiteral("document_id"), r.documentId > 0 ? QJsonValue(r.documentId) : QJsonValue()},
            {QStringLiteral("pdf_page"), r.reading.pdfPage > 0 ? QJsonValue(r.reading.pdfPage) : QJsonValue()},
            {QStringLiteral("value_text"), exportjson::str(r.reading.valueText)},
            {QStringLiteral("confidence"), r.reading.confidence},
            {QStringLiteral("manual"), r.manual},
            {QStringLiteral("direction"), exportjson::str(r.reading.direction)}});
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
        o.insert(QStringLiteral("body"), exportjson::str(t.body));
        o.insert(QStringLiteral("series"), exportjson::str(t.series));
        o.insert(QStringLiteral("source_file"), exportjson::str(t.sourceFile));
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
