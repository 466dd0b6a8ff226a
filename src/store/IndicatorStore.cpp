#include "IndicatorStore.h"

#include "Timestamps.h"

#include "SqlHelpers.h"
#include "TextUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace scrutineer {
namespace {

QList<ThresholdBand> readBands(QSqlQuery& q)
{
    QList<ThresholdBand> bands;
    while (q.next()) {
        ThresholdBand b;
        b.grade = q.value(0).toString();
        b.text = q.value(1).toString();
        if (!q.value(2).isNull())
            b.min = q.value(2).toDouble();
        if (!q.value(3).isNull())
            b.max = q.value(3).toDouble();
        bands.append(b);
    }
    return bands;
}

// The user's Target and Floor are a `correction` of the indicator key: {"target": x|null, "floor": y|null}.
const QString kTargetFloorEntity = QStringLiteral("indicator");
const QString kTargetFloorField = QStringLiteral("target_floor");

IndicatorStore::TargetFloor targetFloorFrom(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    IndicatorStore::TargetFloor values;
    if (o.value(QStringLiteral("target")).isDouble())
        values.target = o.value(QStringLiteral("target")).toDouble();
    if (o.value(QStringLiteral("floor")).isDouble())
        values.floor = o.value(QStringLiteral("floor")).toDouble();
    return values;
}

QHash<QString, IndicatorStore::TargetFloor> allTargetFloors(const QSqlDatabase& db)
{
    QHash<QString, IndicatorStore::TargetFloor> result;
    QSqlQuery q(db);
    sql::run(q, QStringLiteral("SELECT entity_key, value FROM correction WHERE entity = ? AND field = ?"),
             kTargetFloorEntity, kTargetFloorField);
    while (q.next())
        result.insert(q.value(0).toString(), targetFloorFrom(q.value(1).toByteArray()));
    return result;
}

} // namespace

bool IndicatorStore::ReadingRecord::disagrees() const
{
    if (reading.reportedRating.isEmpty() || !computed.rated)
        return false;
    const auto printed = rating::ragFromText(reading.reportedRating);
    if (printed && computed.rag)
        return *printed != *computed.rag;
    // Beside a colour, a one-letter rating is that colour's initial ("G" printed, Green computed).
    const QString letter = reading.reportedRating.trimmed();
    if (computed.rag && letter.size() == 1 && letter.at(0).isLetter())
        return letter.compare(rating::toString(*computed.rag).left(1), Qt::CaseInsensitive) != 0;
    // Words printed where only a colour is computed ("On target", "Below target") say nothing this
    // check can set beside the colour: left unchecked rather than flagged as a disagreement. A
    // grade in words ("Good", from worded bands) is compared word for word below.
    if (computed.rag && (computed.grade.isEmpty() || rating::ragFromText(computed.grade)))
        return false;
    return text::normaliseForMatch(reading.reportedRating) != text::normaliseForMatch(computed.grade);
}

QString IndicatorStore::ratingText(const rating::Rating& r)
{
    if (!r.rated)
        return {};
    return r.rag ? rating::toString(*r.rag) : r.grade;
}

QList<IndicatorStore::IndicatorRecord> IndicatorStore::indicators() const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT id, indicator_key, name, description, polarity, unit, target, floor, defects, section, "
                       "meeting_id, document_id, pdf_page, roles, confidence, defined_by, template_id, (SELECT "
                       "tt.name FROM table_template tt WHERE tt.id = indicator.template_id) FROM indicator ORDER BY "
                       "id"));
    QSqlQuery bands(db);
    const QHash<QString, TargetFloor> targetFloors = allTargetFloors(db);
    QList<IndicatorRecord> result;
    while (q.next()) {
        IndicatorRecord r;
        r.id = q.value(0).toLongLong();
        r.key = q.value(1).toString();
        Indicator& i = r.indicator;
        i.name = q.value(2).toString();
        i.description = q.value(3).toString();
        i.polarity = polarityFromString(q.value(4).toString());
        i.unit = q.value(5).toString();
        if (!q.value(6).isNull())
            i.target = q.value(6).toDouble();
        if (!q.value(7).isNull())
            i.floor = q.value(7).toDouble();
        for (const QJsonValue v : QJsonDocument::fromJson(q.value(8).toByteArray()).array())
            i.defects.append(v.toString());
        i.section = q.value(9).toString();
        r.meetingId = q.value(10).toLongLong();
        r.documentId = q.value(11).toLongLong();
        i.pdfPage = q.value(12).toInt();
        for (const QJsonValue v : QJsonDocument::fromJson(q.value(13).toByteArray()).array())
            i.roles.append(v.toString());
        i.confidence = q.value(14).isNull() ? 1.0 : q.value(14).toDouble();
        i.definedBy = q.value(15).toString();
        i.templateId = q.value(16).toLongLong();
        i.templateName = q.value(17).toString();
        sql::run(
            bands,
            QStringLiteral("SELECT grade, text, min, max FROM threshold_band WHERE indicator_id = ? ORDER BY position"),
            r.id);
        r.printed = readBands(bands);
        sql::run(bands,
                 QStringLiteral(
                     "SELECT grade, text, min, max FROM user_threshold WHERE indicator_key = ? ORDER BY position"),
                 r.key);
        const QList<ThresholdBand> edited = readBands(bands);
        r.thresholdsEdited = !edited.isEmpty();
        i.thresholds = r.thresholdsEdited ? edited : r.printed;
        if (const auto it = targetFloors.constFind(r.key); it != targetFloors.constEnd()) {
            r.targetFloorEdited = true;
            r.userTarget = it->target;
            r.userFloor = it->floor;
        }
        result.append(r);
    }
    return result;
}

QList<IndicatorStore::ReadingRecord> IndicatorStore::readings() const
{
    const QList<IndicatorRecord> all = indicators();
    QHash<qint64, const IndicatorRecord*> byId;
    QHash<QString, const IndicatorRecord*> latestByKey; // manual readings rate against the latest version
    for (const IndicatorRecord& r : all) {
        byId.insert(r.id, &r);
        latestByKey.insert(r.key, &r);
    }
    QList<ReadingRecord> result;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral(
        "SELECT id, indicator_id, period, value, value_text, reported_rating, confidence, document_id, pdf_page, "
        "direction FROM reading ORDER BY indicator_id, id"));
    auto rateInto = [](ReadingRecord& rec, const IndicatorRecord* indicator) {
        if (!indicator || !rec.reading.value)
            return;
        // The user's own target and floor rate the readings alone: a reading short of a target
        // set without a floor stays unrated rather than falling back on the printed bands.
        Indicator rated = indicator->rated();
        if (indicator->targetFloorEdited)
            rated.thresholds.clear();
        rec.computed = rating::rate(rated, *rec.reading.value);
    };
    while (q.next()) {
        ReadingRecord rec;
        rec.id = q.value(0).toLongLong();
        rec.indicatorId = q.value(1).toLongLong();
        Reading& r = rec.reading;
        r.period = q.value(2).toString();
        if (!q.value(3).isNull())
            r.value = q.value(3).toDouble();
        r.valueText = q.value(4).toString();
        r.reportedRating = q.value(5).toString();
        r.confidence = q.value(6).toDouble();
        rec.documentId = q.value(7).toLongLong();
        r.pdfPage = q.value(8).toInt();
        r.direction = q.value(9).toString();
        const IndicatorRecord* indicator = byId.value(rec.indicatorId);
        rec.indicatorKey = indicator ? indicator->key : QString();
        rateInto(rec, indicator);
        result.append(rec);
    }
    q.exec(QStringLiteral(
        "SELECT id, indicator_key, period, value, value_text, reported_rating FROM user_reading ORDER BY id"));
    while (q.next()) {
        ReadingRecord rec;
        rec.id = q.value(0).toLongLong();
        rec.indicatorKey = q.value(1).toString();
        rec.manual = true;
        const IndicatorRecord* indicator = latestByKey.value(rec.indicatorKey);
        rec.indicatorId = indicator ? indicator->id : 0;
        rec.reading.period = q.value(2).toString();
        if (!q.value(3).isNull())
            rec.reading.value = q.value(3).toDouble();
        rec.reading.valueText = q.value(4).toString();
        rec.reading.reportedRating = q.value(5).toString();
        rateInto(rec, indicator);
        result.append(rec);
    }
    return result;
}

std::optional<Error> IndicatorStore::setThresholds(const QString& indicatorKey, const QList<ThresholdBand>& bands)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error {Error::Code::Database, m_database.path(), transaction.beginError().text()};
    QSqlQuery q(db);
    if (!sql::run(q, QStringLiteral("DELETE FROM user_threshold WHERE indicator_key = ?"), indicatorKey))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    int position = 0;
    for (const ThresholdBand& b : bands) {
        if (!sql::run(
                q,
                QStringLiteral("INSERT INTO user_threshold(indicator_key, grade, text, min, max, position, changed_at, "
                               "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                indicatorKey, b.grade, b.text, sql::nullable(b.min), sql::nullable(b.max), position++, utcTimestampMs(),
                sql::nullable(m_database.userName())))
            return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    }
    if (!transaction.commit())
        return Error {Error::Code::Database, m_database.path(), transaction.commitError().text()};
    return std::nullopt;
}

std::optional<Error> IndicatorStore::clearThresholds(const QString& indicatorKey)
{
    return setThresholds(indicatorKey, {});
}

std::optional<Error> IndicatorStore::addReading(const QString& indicatorKey, const QString& period, double value,
                                                const QString& reportedRating)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO user_reading(indicator_key, period, value, reported_rating, changed_at, "
                                 "changed_by) VALUES (?, ?, ?, ?, ?, ?)"),
                  indicatorKey, period, value, sql::nullable(reportedRating), utcTimestampMs(),
                  sql::nullable(m_database.userName())))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

Indicator IndicatorStore::IndicatorRecord::rated() const
{
    Indicator result = indicator;
    if (targetFloorEdited) {
        result.target = userTarget;
        result.floor = userFloor;
    }
    return result;
}

std::optional<IndicatorStore::TargetFloor> IndicatorStore::userTargetFloor(const QString& indicatorKey) const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT value FROM correction WHERE entity = ? AND entity_key = ? AND field = ?"),
                 kTargetFloorEntity, indicatorKey, kTargetFloorField)
        && q.next())
        return targetFloorFrom(q.value(0).toByteArray());
    return std::nullopt;
}

std::optional<Error> IndicatorStore::setTargetFloor(const QString& indicatorKey, const TargetFloor& values)
{
    const QJsonObject o {{QStringLiteral("target"), values.target ? QJsonValue(*values.target) : QJsonValue()},
                         {QStringLiteral("floor"), values.floor ? QJsonValue(*values.floor) : QJsonValue()}};
    QSqlQuery q(m_database.connection());
    if (!sql::run(
            q,
            QStringLiteral("INSERT INTO correction(entity, entity_key, field, value, checked, changed_at, changed_by) "
                           "VALUES (?, ?, ?, ?, 0, ?, ?) ON CONFLICT(entity, entity_key, field) "
                           "DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, changed_by = "
                           "excluded.changed_by"),
            kTargetFloorEntity, indicatorKey, kTargetFloorField,
            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), utcTimestampMs(),
            sql::nullable(m_database.userName())))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

std::optional<Error> IndicatorStore::clearTargetFloor(const QString& indicatorKey)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM correction WHERE entity = ? AND entity_key = ? AND field = ?"),
                  kTargetFloorEntity, indicatorKey, kTargetFloorField))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return std::nullopt;
}

Expected<qint64> IndicatorStore::addManualReading(const QString& indicatorKey, const QString& period, double value,
                                                  const QString& reportedRating)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO user_reading(indicator_key, period, value, reported_rating, changed_at, "
                                 "changed_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                  indicatorKey, period, value, sql::nullable(reportedRating), utcTimestampMs(),
                  sql::nullable(m_database.userName()))
        || !q.next())
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    return q.value(0).toLongLong();
}

std::optional<Error> IndicatorStore::removeManualReading(qint64 readingId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM user_reading WHERE id = ?"), readingId))
        return Error {Error::Code::Database, m_database.path(), q.lastError().text()};
    if (q.numRowsAffected() != 1)
        return Error {
            Error::Code::Internal, m_database.path(),
            QCoreApplication::translate("IndicatorStore", "That reading was not entered by hand, or is gone.")};
    return std::nullopt;
}

} // namespace scrutineer
