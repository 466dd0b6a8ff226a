#include "NoteStore.h"

#include "SqlDialect.h"
#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace scrutineer {
namespace {

QString kindText(Note::Kind kind)
{
    switch (kind) {
    case Note::Kind::Question:
        return QStringLiteral("question");
    case Note::Kind::Highlight:
        return QStringLiteral("highlight");
    case Note::Kind::Note:
        break;
    }
    return QStringLiteral("note");
}

Note::Kind kindOf(const QString& text)
{
    if (text == QLatin1String("question"))
        return Note::Kind::Question;
    if (text == QLatin1String("highlight"))
        return Note::Kind::Highlight;
    return Note::Kind::Note;
}

// A highlight has nothing written yet: an empty body, which the column (NOT NULL) keeps as ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

QList<Note> readNotes(QSqlQuery& q)
{
    QList<Note> notes;
    while (q.next()) {
        Note n;
        n.id = q.value(0).toLongLong();
        n.meetingId = q.value(1).toLongLong();
        n.agendaNumber = q.value(2).toString();
        n.documentSha256 = q.value(3).toString();
        n.pdfPage = q.value(4).toInt();
        n.anchorText = q.value(5).toString();
        n.kind = kindOf(q.value(6).toString());
        n.body = q.value(7).toString();
        n.done = q.value(8).toBool();
        n.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        n.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
        n.boxes = NoteStore::boxesFromJson(q.value(11).toString());
        n.orphaned = q.value(12).toBool();
        n.owner = q.value(13).toString();
        notes.append(n);
    }
    return notes;
}

const QString kSelectNote
    = QStringLiteral("SELECT id, meeting_id, agenda_number, document_sha256, pdf_page, anchor_text, kind, "
                     "body, done, created_at, updated_at, boxes, orphaned, owner FROM note ");

} // namespace

QString NoteStore::boxesToJson(const QList<QRectF>& boxes)
{
    if (boxes.isEmpty())
        return {};
    QJsonArray array;
    for (const QRectF& box : boxes)
        array.append(QJsonArray {rounded(box.x()), rounded(box.y()), rounded(box.width()), rounded(box.height())});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QRectF> NoteStore::boxesFromJson(const QString& json)
{
    QList<QRectF> boxes;
    if (json.isEmpty())
        return boxes;
    for (const QJsonValue value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray box = value.toArray();
        if (box.size() == 4 && box.at(2).toDouble() > 0 && box.at(3).toDouble() > 0)
            boxes.append(
                QRectF(box.at(0).toDouble(), box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble()));
    }
    return boxes;
}

Expected<qint64> NoteStore::add(const Note& note)
{
    QSqlQuery q(m_database.connection());
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!sql::run(q,
                  QStringLiteral(
                      "INSERT INTO note(meeting_id, agenda_number, document_sha256, pdf_page, anchor_text, kind, "
                      "body, done, created_at, updated_at, owner, boxes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "RETURNING id"),
                  sql::nullableId(note.meetingId), sql::nullable(note.agendaNumber), sql::nullable(note.documentSha256),
                  sql::nullablePage(note.pdfPage), sql::nullable(note.anchorText), kindText(note.kind),
                  notNull(note.body), note.done ? 1 : 0, stamp, stamp, sql::nullable(m_database.userName()),
                  sql::nullable(boxesToJson(note.boxes)))
        || !q.next()) {
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    }
    return q.value(0).toLongLong();
}

std::optional<Error> NoteStore::update(const Note& note)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("UPDATE note SET body = ?, kind = ?, done = ?, updated_at = ? WHERE id = ?"),
                  notNull(note.body), kindText(note.kind), note.done ? 1 : 0,
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate), note.id)) {
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    }
    return std::nullopt;
}

std::optional<Error> NoteStore::setBoxes(qint64 id, const QList<QRectF>& boxes)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("UPDATE note SET boxes = ? WHERE id = ?"), sql::nullable(boxesToJson(boxes)), id))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

std::optional<Error> NoteStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM note WHERE id = ?"), id))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

QList<Note> NoteStore::forMeeting(qint64 meetingId) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q, kSelectNote + QStringLiteral("WHERE meeting_id = ? ORDER BY kind, agenda_number, pdf_page, id"),
             meetingId);
    return readNotes(q);
}

QList<Note> NoteStore::forDocument(const QString& sha256) const
{
    QSqlQuery q(m_database.connection());
    sql::run(q, kSelectNote + QStringLiteral("WHERE document_sha256 = ? ORDER BY pdf_page, id"), sha256);
    return readNotes(q);
}

QList<Note> NoteStore::all() const
{
    QSqlQuery q(m_database.connection());
    q.exec(kSelectNote + QStringLiteral("ORDER BY meeting_id, id"));
    return readNotes(q);
}

int NoteStore::reanchor(QSqlDatabase db, const QString& oldSha, const QString& newSha, const QList<PageRecord>& pages)
{
    const SqlDialect& dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(dialect.notesToReanchorSql());
    q.bindValue(QStringLiteral(":old"), oldSha);
    q.exec();
    struct Move {
        qint64 id;
        int page;
        bool orphaned;
    };
    QList<Move> moves;
    while (q.next()) {
        const int oldPage = q.value(1).toInt();
        const QString anchor = text::normaliseForMatch(q.value(2).toString());
        int best = oldPage > 0 && oldPage <= pages.size() ? oldPage : (pages.isEmpty() ? 0 : int(pages.size()));
        bool found = anchor.isEmpty();
        if (!anchor.isEmpty()) {
            int bestDistance = INT_MAX;
            for (const PageRecord& page : pages) {
                if (std::abs(page.pdfPage - oldPage) < bestDistance
                    && text::normaliseForMatch(page.text).contains(anchor)) {
                    bestDistance = std::abs(page.pdfPage - oldPage);
                    best = page.pdfPage;
                    found = true;
                }
            }
        }
        moves.append({q.value(0).toLongLong(), best, !found});
    }
    q.prepare(dialect.moveNoteSql());
    for (const Move& move : moves) {
        q.bindValue(QStringLiteral(":id"), move.id);
        q.bindValue(QStringLiteral(":old"), oldSha);
        q.bindValue(QStringLiteral(":new"), newSha);
        q.bindValue(QStringLiteral(":page"), sql::nullablePage(move.page));
        q.bindValue(QStringLiteral(":orphaned"), move.orphaned ? 1 : 0);
        q.exec();
    }
    return int(moves.size());
}

} // namespace scrutineer
