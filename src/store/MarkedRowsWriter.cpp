#include "MarkedRowsWriter.h"

#include "ImportWriter.h"
#include "ResolutionJson.h"
#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {
namespace {

const QString kUser = QStringLiteral("user");

struct Failed {
    QString message;
};

QString jsonList(const QStringList& list)
{
    return list.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString areaText(const QRectF& area)
{
    if (area.isNull())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray {area.x(), area.y(), area.width(), area.height()}).toJson(QJsonDocument::Compact));
}

// Runs one statement with positional values; throws on failure.
class Statements {
public:
    explicit Statements(const QSqlDatabase& db) : m_db(db) { }

    QSqlQuery run(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            throw Failed {q.lastError().text()};
        for (const QVariant& value : values)
            q.addBindValue(value);
        if (!q.exec())
            throw Failed {q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']')};
        return q;
    }
    qint64 insert(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q = run(sql + QStringLiteral(" RETURNING id"), values);
        if (!q.next())
            throw Failed {QStringLiteral("no id returned")};
        return q.value(0).toLongLong();
    }
    qint64 scalar(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q = run(sql, values);
        return q.next() ? q.value(0).toLongLong() : 0;
    }

private:
    QSqlDatabase m_db;
};

void writeActions(Statements& s, qint64 markedId, qint64 documentId, qint64 meetingId, const QList<Action>& actions)
{
    int position = 0;
    for (const Action& a : actions) {
        const QString key = ImportWriter::actionKey(a, meetingId);
        s.run(QStringLiteral("DELETE FROM action WHERE document_id = ? AND marked_table_id IS NULL AND action_key = ?"),
              {documentId, key});
        s.run(QStringLiteral("INSERT INTO action(action_key, origin, ref, section, text, owner, due, due_text, status, "
                             "status_text, commentary, flags, meeting_id, document_id, pdf_page, position, evidence, "
                             "roles, confidence, marked_table_id, defined_by, area) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {key,
               toString(a.origin),
               sql::nullable(a.ref),
               sql::nullable(a.section),
               a.text,
               sql::nullable(a.owner),
               sql::nullable(a.due),
               sql::nullable(a.dueText),
               toString(a.status),
               sql::nullable(a.statusText),
               sql::nullable(a.commentary),
               sql::nullable(jsonList(a.flags)),
               sql::nullableId(meetingId),
               documentId,
               sql::nullablePage(a.pdfPage),
               position++,
               sql::nullable(a.evidence),
               sql::nullable(jsonList(a.roles)),
               1.0,
               markedId,
               kUser,
               sql::nullable(areaText(a.area))});
    }
}

void writeIndicators(Statements& s, qint64 markedId, qint64 documentId, qint64 meetingId, qint64 bodyId,
                     const MarkedRecords& records)
{
    QList<qint64> ids;
    int position = 0;
    for (const Indicator& i : records.indicators) {
        const QString key = ImportWriter::indicatorKey(i.name, bodyId);
        s.run(QStringLiteral("DELETE FROM indicator WHERE document_id = ? AND marked_table_id IS NULL AND "
                             "indicator_key = ?"),
              {documentId, key});
        const qint64 id = s.insert(
            QStringLiteral("INSERT INTO indicator(indicator_key, name, description, polarity, unit, target, floor, "
                           "defects, section, meeting_id, document_id, pdf_page, position, roles, confidence, "
                           "marked_table_id, defined_by, area) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)"),
            {key, i.name, sql::nullable(i.description), toString(i.polarity), sql::nullable(i.unit),
             sql::nullable(i.target), sql::nullable(i.floor), sql::nullable(jsonList(i.defects)),
             sql::nullable(i.section), sql::nullableId(meetingId), documentId, sql::nullablePage(i.pdfPage), position++,
             sql::nullable(jsonList(i.roles)), 1.0, markedId, kUser, sql::nullable(areaText(i.area))});
        ids.append(id);
        int band = 0;
        for (const ThresholdBand& b : i.thresholds) {
            s.run(QStringLiteral("INSERT INTO threshold_band(indicator_id, grade, text, min, max, position) VALUES (?, "
                                 "?, ?, ?, ?, ?)"),
                  {id, b.grade, b.text, sql::nullable(b.min), sql::nullable(b.max), band++});
        }
    }
    for (const Reading& r : records.readings) {
        if (r.indicatorIndex < 0 || r.indicatorIndex >= ids.size())
            continue;
        s.run(QStringLiteral("INSERT INTO reading(indicator_id, period, value, value_text, reported_rating, "
                             "confidence, document_id, pdf_page, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {ids.at(r.indicatorIndex), sql::nullable(r.period), sql::nullable(r.value), sql::nullable(r.valueText),
               sql::nullable(r.reportedRating), 1.0, documentId, sql::nullablePage(r.pdfPage),
               sql::nullable(r.direction)});
    }
}

void writeMeetingRecords(Statements& s, qint64 markedId, qint64 documentId, qint64 meetingId,
                         const MarkedRecords& records, const QString& userName)
{
    int position = 0;
    for (const Attendance& a : records.attendance) {
        s.run(QStringLiteral("DELETE FROM attendance WHERE meeting_id = ? AND marked_table_id IS NULL AND lower(name) "
                             "= lower(?)"),
              {meetingId, a.name});
        s.run(QStringLiteral("INSERT INTO attendance(meeting_id, name, status, substitute, role_text, document_id, "
                             "pdf_page, position, marked_table_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {meetingId, a.name, toString(a.status), sql::nullable(a.substitute), sql::nullable(a.roleText),
               documentId, sql::nullablePage(a.pdfPage), position++, markedId});
    }
    position = 0;
    for (const AgendaItem& item : records.agendaItems) {
        if (!item.number.isEmpty()) {
            s.run(QStringLiteral("DELETE FROM agenda_item WHERE meeting_id = ? AND document_id = ? AND "
                                 "marked_table_id IS NULL AND number = ?"),
                  {meetingId, documentId, item.number});
        }
        s.run(QStringLiteral("INSERT INTO agenda_item(meeting_id, document_id, number, title, report_of, pack_first, "
                             "pack_last, pdf_page, position, marked_table_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {meetingId, documentId, item.number, item.title, sql::nullable(item.reportOf),
               item.packPages ? QVariant(item.packPages->first) : QVariant(),
               item.packPages ? QVariant(item.packPages->last) : QVariant(), sql::nullablePage(item.pdfPage),
               1000 + position++, markedId});
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const Resolution& r : records.resolutions) {
        QSqlQuery item = s.run(QStringLiteral("SELECT number FROM agenda_item WHERE document_id = ? AND pdf_first <= ? "
                                              "AND pdf_last >= ? ORDER BY pdf_first DESC LIMIT 1"),
                               {documentId, r.pdfPage, r.pdfPage});
        const QString agendaNumber = item.next() ? item.value(0).toString() : QString();
        s.run(
            QStringLiteral("INSERT INTO user_resolution(meeting_id, agenda_number, text, condition, clauses, checked, "
                           "created_at, updated_at, created_by, changed_by, marked_table_id) VALUES (?, ?, ?, ?, ?, 0, "
                           "?, ?, ?, ?, ?)"),
            {meetingId, sql::nullable(agendaNumber), r.text, sql::nullable(r.condition),
             QString::fromUtf8(QJsonDocument(resolutionjson::clauses(r.clauses)).toJson(QJsonDocument::Compact)), stamp,
             stamp, sql::nullable(userName), sql::nullable(userName), markedId});
    }
}

} // namespace

std::optional<QString> MarkedRowsWriter::write(QSqlDatabase db, const Table& marked, qint64 documentId,
                                               const MarkedRecords& records, const QString& userName)
{
    Statements s(db);
    const qint64 markedId = marked.markedId;
    try {
        for (const char* table : {"action", "indicator", "attendance", "agenda_item", "user_resolution"})
            s.run(QStringLiteral("DELETE FROM %1 WHERE marked_table_id = ?").arg(QLatin1String(table)), {markedId});
        // The template taught on this table reads it again in a revised pack: the user's rows stand.
        if (marked.templateId > 0) {
            for (const char* table : {"action", "indicator"}) {
                s.run(QStringLiteral("DELETE FROM %1 WHERE document_id = ? AND marked_table_id IS NULL AND template_id "
                                     "= ? AND pdf_page BETWEEN ? AND ?")
                          .arg(QLatin1String(table)),
                      {documentId, marked.templateId, marked.firstPage, marked.lastPage});
            }
        }
        const qint64 meetingId = s.scalar(QStringLiteral("SELECT meeting_id FROM document WHERE id = ?"), {documentId});
        const qint64 bodyId = meetingId > 0
            ? s.scalar(QStringLiteral("SELECT COALESCE(body_id, 0) FROM meeting WHERE id = ?"), {meetingId})
            : 0;
        writeActions(s, markedId, documentId, meetingId, records.actions);
        writeIndicators(s, markedId, documentId, meetingId, bodyId, records);
        if (meetingId > 0)
            writeMeetingRecords(s, markedId, documentId, meetingId, records, userName);
    } catch (const Failed& failure) {
        return failure.message;
    }
    return std::nullopt;
}

QString MarkedRowsWriter::anchorText(const MarkedRecords& records)
{
    QString text;
    if (!records.actions.isEmpty())
        text = records.actions.first().text;
    else if (!records.indicators.isEmpty())
        text = records.indicators.first().name;
    else if (!records.agendaItems.isEmpty())
        text = records.agendaItems.first().title;
    else if (!records.resolutions.isEmpty())
        text = records.resolutions.first().text;
    else if (!records.attendance.isEmpty())
        text = records.attendance.first().name;
    return text::normaliseForMatch(text).left(60).trimmed();
}

} // namespace scrutineer
