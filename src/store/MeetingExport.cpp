#include "MeetingExport.h"

#include "ExportJson.h"

namespace scrutineer {

QJsonArray MeetingExport::meetings(QSqlDatabase db)
{
    return exportjson::rows(
        db,
        QStringLiteral("SELECT m.id, a.name, b.name, m.date, m.time, m.venue, m.status, m.officer, m.officer_contact "
                       "FROM meeting m "
                       "LEFT JOIN body b ON b.id = m.body_id LEFT JOIN authority a ON a.id = b.authority_id "
                       "ORDER BY m.date IS NULL, m.date, m.id"),
        {}, [&](const QSqlQuery& q) {
            const qint64 id = q.value(0).toLongLong();
            QJsonObject m {{QStringLiteral("id"), id},
                           {QStringLiteral("authority"), exportjson::str(q.value(1))},
                           {QStringLiteral("body"), exportjson::str(q.value(2))},
                           {QStringLiteral("date"), exportjson::str(q.value(3))},
                           {QStringLiteral("time"), exportjson::str(q.value(4))},
                           {QStringLiteral("venue"), exportjson::str(q.value(5))},
                           {QStringLiteral("status"), exportjson::str(q.value(6))},
                           {QStringLiteral("officer"), exportjson::str(q.value(7))},
                           {QStringLiteral("officer_contact"), exportjson::str(q.value(8))}};
            m[QStringLiteral("members")] = exportjson::rows(
                db,
                QStringLiteral(
                    "SELECT name, role, role_text FROM membership WHERE meeting_id = ? ORDER BY document_id, position"),
                {id}, [](const QSqlQuery& r) {
                    return QJsonObject {{QStringLiteral("name"), r.value(0).toString()},
                                        {QStringLiteral("role"), r.value(1).toString()},
                                        {QStringLiteral("role_text"), exportjson::str(r.value(2))}};
                });
            m[QStringLiteral("attendance")] = exportjson::rows(
                db,
                QStringLiteral(
                    "SELECT name, status, substitute, role_text FROM attendance WHERE meeting_id = ? ORDER BY "
                    "document_id, position"),
                {id}, [](const QSqlQuery& r) {
                    return QJsonObject {{QStringLiteral("name"), r.value(0).toString()},
                                        {QStringLiteral("status"), r.value(1).toString()},
                                        {QStringLiteral("substitute"), exportjson::str(r.value(2))},
                                        {QStringLiteral("role_text"), exportjson::str(r.value(3))}};
                });
            m[QStringLiteral("declarations")] = exportjson::rows(
                db,
                QStringLiteral(
                    "SELECT member, minute_number, text, kind, withdrew FROM declaration WHERE meeting_id = ? "
                    "ORDER BY document_id, position"),
                {id}, [](const QSqlQuery& r) {
                    return QJsonObject {{QStringLiteral("member"), r.value(0).toString()},
                                        {QStringLiteral("minute"), exportjson::str(r.value(1))},
                                        {QStringLiteral("text"), exportjson::str(r.value(2))},
                                        {QStringLiteral("kind"), exportjson::str(r.value(3))},
                                        {QStringLiteral("withdrew"), r.value(4).toBool()}};
                });
            m[QStringLiteral("agenda_items")] = exportjson::rows(
                db,
                QStringLiteral(
                    "SELECT id, number, title, report_of, pack_first, pack_last, pdf_first, pdf_last, exempt, "
                    "document_id, description, page_evidence, flags, exempt_paragraphs FROM agenda_item WHERE "
                    "meeting_id = ? ORDER BY document_id, position"),
                {id}, [](const QSqlQuery& r) {
                    return QJsonObject {{QStringLiteral("id"), r.value(0).toLongLong()},
                                        {QStringLiteral("number"), r.value(1).toString()},
                                        {QStringLiteral("title"), r.value(2).toString()},
                                        {QStringLiteral("report_of"), exportjson::str(r.value(3))},
                                        {QStringLiteral("pack_pages"), exportjson::range(r.value(4), r.value(5))},
                                        {QStringLiteral("pdf_pages"), exportjson::range(r.value(6), r.value(7))},
                                        {QStringLiteral("exempt"), r.value(8).toBool()},
                                        {QStringLiteral("document_id"), r.value(9).toLongLong()},
                                        {QStringLiteral("description"), exportjson::str(r.value(10))},
                                        {QStringLiteral("page_evidence"), exportjson::str(r.value(11))},
                                        {QStringLiteral("flags"), exportjson::jsonList(r.value(12))},
                                        {QStringLiteral("exempt_paragraphs"), exportjson::str(r.value(13))}};
                });
            m[QStringLiteral("minutes")] = exportjson::rows(
                db,
                QStringLiteral("SELECT id, number, title, item, document_id, pdf_page, item_method FROM minute WHERE "
                               "meeting_id = ? ORDER BY document_id, position"),
                {id}, [&](const QSqlQuery& r) {
                    const qint64 minuteId = r.value(0).toLongLong();
                    QJsonObject minute {{QStringLiteral("id"), minuteId},
                                        {QStringLiteral("number"), exportjson::str(r.value(1))},
                                        {QStringLiteral("title"), exportjson::str(r.value(2))},
                                        {QStringLiteral("item"), exportjson::str(r.value(3))},
                                        {QStringLiteral("document_id"), r.value(4).toLongLong()},
                                        {QStringLiteral("pdf_page"), exportjson::integer(r.value(5))},
                                        {QStringLiteral("item_method"), exportjson::str(r.value(6))}};
                    minute[QStringLiteral("resolutions")] = exportjson::rows(
                        db,
                        QStringLiteral("SELECT id, text, votes, condition, pdf_page, flags FROM resolution WHERE "
                                       "minute_id = ? ORDER BY position"),
                        {minuteId}, [&](const QSqlQuery& s) {
                            return QJsonObject {{QStringLiteral("id"), s.value(0).toLongLong()},
                                                {QStringLiteral("text"), s.value(1).toString()},
                                                {QStringLiteral("clauses"),
                                                 exportjson::clauses(db, s.value(0).toLongLong(), QVariant())},
                                                {QStringLiteral("votes"), exportjson::votes(s.value(2))},
                                                {QStringLiteral("condition"), exportjson::str(s.value(3))},
                                                {QStringLiteral("pdf_page"), exportjson::integer(s.value(4))},
                                                {QStringLiteral("flags"), exportjson::jsonList(s.value(5))}};
                        });
                    minute[QStringLiteral("references")] = exportjson::rows(
                        db,
                        QStringLiteral("SELECT raw, number, clause, date, target_minute_id FROM minute_reference WHERE "
                                       "minute_id = ? ORDER BY id"),
                        {minuteId}, [](const QSqlQuery& s) {
                            return QJsonObject {{QStringLiteral("text"), s.value(0).toString()},
                                                {QStringLiteral("number"), exportjson::str(s.value(1))},
                                                {QStringLiteral("clause"), exportjson::str(s.value(2))},
                                                {QStringLiteral("date"), exportjson::str(s.value(3))},
                                                {QStringLiteral("minute_id"), exportjson::integer(s.value(4))}};
                        });
                    return minute;
                });
            return m;
        });
}

} // namespace scrutineer
