#include "MarkedTableStore.h"

#include "MarkedRecordsJson.h"
#include "MarkedRowsWriter.h"
#include "SqlDialect.h"
#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <climits>

namespace scrutineer {
namespace {

QString compactTableJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const QString kSelectMarkedTable = QStringLiteral(
    "SELECT t.id, t.document_sha256, d.id, t.meeting_id, t.spec, t.records, t.template_id, t.anchor_text, "
    "t.created_at, t.created_by FROM marked_table t LEFT JOIN document d ON d.sha256 = t.document_sha256 ");

MarkedTableStore::Record readMarkedTable(const QSqlQuery& q)
{
    MarkedTableStore::Record r;
    r.id = q.value(0).toLongLong();
    r.documentSha = q.value(1).toString();
    r.documentId = q.value(2).toLongLong();
    r.meetingId = q.value(3).toLongLong();
    r.spec = MarkedTableSpec::fromJson(objectFrom(q.value(4)));
    r.records = markedjson::recordsFrom(objectFrom(q.value(5)));
    r.templateId = q.value(6).toLongLong();
    r.anchorText = q.value(7).toString();
    r.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    r.createdBy = q.value(9).toString();
    return r;
}

// The page of the revised document where the table's first record now stands, nearest to where
// it stood; its old first page when the words are nowhere.
int pageOf(const QString& anchor, int oldPage, const QList<PageRecord>& pages)
{
    if (anchor.isEmpty())
        return oldPage;
    int best = oldPage;
    int bestDistance = INT_MAX;
    for (const PageRecord& page : pages) {
        const int distance = std::abs(page.pdfPage - oldPage);
        if (distance < bestDistance && text::normaliseForMatch(page.text).contains(anchor)) {
            bestDistance = distance;
            best = page.pdfPage;
        }
    }
    return best;
}

} // namespace

Expected<qint64> MarkedTableStore::add(qint64 documentId, const MarkedTableSpec& spec, const MarkedRecords& records,
                                       qint64 templateId, qint64 restoreId)
{
    QSqlDatabase db = m_database.connection();
    auto failed = [&](const QString& message) { return Error {Error::Code::Database, m_database.path(), message}; };
    QSqlQuery q(db);
    if (!sql::run(q, QStringLiteral("SELECT sha256, meeting_id FROM document WHERE id = ?"), documentId) || !q.next())
        return failed(QStringLiteral("no document %1").arg(documentId));
    const QString sha = q.value(0).toString();
    const QVariant meetingId = q.value(1);
    q.finish();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed(transaction.beginError().text());
    const QString id = restoreId > 0 ? QStringLiteral("id, ") : QString();
    const QString idValue = restoreId > 0 ? QStringLiteral("%1, ").arg(restoreId) : QString();
    if (!sql::run(
            q,
            QStringLiteral("INSERT INTO marked_table(%1document_sha256, meeting_id, kind, first_page, last_page, "
                           "spec, records, anchor_text, template_id, created_at, created_by) VALUES (%2?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .arg(id, idValue),
            sha, meetingId, toString(spec.kind), spec.firstPage(), spec.lastPage(), compactTableJson(spec.toJson()),
            compactTableJson(markedjson::records(records)), sql::nullable(MarkedRowsWriter::anchorText(records)),
            sql::nullableId(templateId), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
            sql::nullable(m_database.userName()))
        || !q.next())
        return failed(q.lastError().text());
    const qint64 markedId = q.value(0).toLongLong();
    q.finish();
    if (restoreId > 0) {
        for (const QString& statement : m_database.dialect().followExplicitIds(QStringLiteral("marked_table")))
            m_database.exec(statement);
    }
    if (auto error = MarkedRowsWriter::write(db, {markedId, templateId, spec.firstPage(), spec.lastPage()}, documentId,
                                             records, m_database.userName()))
        return failed(*error);
    if (!transaction.commit())
        return failed(transaction.commitError().text());
    return markedId;
}

std::optional<Error> MarkedTableStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM marked_table WHERE id = ?"), id))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

std::optional<MarkedTableStore::Record> MarkedTableStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, kSelectMarkedTable + QStringLiteral("WHERE t.id = ?"), id) && q.next())
        return readMarkedTable(q);
    return std::nullopt;
}

QList<MarkedTableStore::Record> MarkedTableStore::forDocument(qint64 documentId) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q, kSelectMarkedTable + QStringLiteral("WHERE d.id = ? ORDER BY t.first_page, t.id"), documentId);
    QList<Record> records;
    while (q.next())
        records.append(readMarkedTable(q));
    return records;
}

QList<MarkedTableStore::Record> MarkedTableStore::all() const
{
    QSqlQuery q(m_database.connection());
    q.exec(kSelectMarkedTable + QStringLiteral("ORDER BY t.id"));
    QList<Record> records;
    while (q.next())
        records.append(readMarkedTable(q));
    return records;
}

std::optional<Error> MarkedTableStore::setTemplate(qint64 id, qint64 templateId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("UPDATE marked_table SET template_id = ? WHERE id = ?"),
                  sql::nullableId(templateId), id))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

std::optional<QString> MarkedTableStore::carryForward(QSqlDatabase db, const QString& oldSha, const QString& newSha,
                                                      qint64 documentId, const QList<PageRecord>& pages)
{
    QSqlQuery q(db);
    if (!oldSha.isEmpty()) {
        // Moved to the new version, by as many pages as the table's first record moved.
        if (!sql::run(q,
                      QStringLiteral("SELECT id, spec, records, anchor_text FROM marked_table WHERE document_sha256 "
                                     "= ?"),
                      oldSha))
            return q.lastError().text();
        struct Move {
            qint64 id;
            MarkedTableSpec spec;
            MarkedRecords records;
        };
        QList<Move> moves;
        while (q.next()) {
            Move move {q.value(0).toLongLong(), MarkedTableSpec::fromJson(objectFrom(q.value(1))),
                       markedjson::recordsFrom(objectFrom(q.value(2)))};
            const int oldFirst = move.spec.firstPage();
            const int offset = pageOf(q.value(3).toString(), oldFirst, pages) - oldFirst;
            move.spec.shiftPages(offset);
            move.records.shiftPages(offset);
            moves.append(move);
        }
        q.finish();
        for (const Move& move : moves) {
            if (!sql::run(
                    q,
                    QStringLiteral("UPDATE marked_table SET document_sha256 = ?, spec = ?, records = ?, first_page "
                                   "= ?, last_page = ?, meeting_id = (SELECT meeting_id FROM document WHERE id = "
                                   "?) WHERE id = ?"),
                    newSha, compactTableJson(move.spec.toJson()), compactTableJson(markedjson::records(move.records)),
                    move.spec.firstPage(), move.spec.lastPage(), documentId, move.id))
                return q.lastError().text();
        }
    }
    if (!sql::run(q,
                  QStringLiteral("SELECT id, records, created_by, template_id, first_page, last_page FROM marked_table "
                                 "WHERE document_sha256 = ? ORDER BY id"),
                  newSha))
        return q.lastError().text();
    struct Write {
        MarkedRowsWriter::Table table;
        MarkedRecords records;
        QString by;
    };
    QList<Write> writes;
    while (q.next()) {
        writes.append({{q.value(0).toLongLong(), q.value(3).toLongLong(), q.value(4).toInt(), q.value(5).toInt()},
                       markedjson::recordsFrom(objectFrom(q.value(1))),
                       q.value(2).toString()});
    }
    q.finish();
    for (const Write& write : writes) {
        if (auto error = MarkedRowsWriter::write(db, write.table, documentId, write.records, write.by))
            return error;
    }
    return std::nullopt;
}

} // namespace scrutineer
