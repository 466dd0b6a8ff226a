#pragma once

#include "Database.h"
#include "Error.h"
#include "Recommendation.h"

#include <QDate>
#include <QList>

#include <optional>

namespace scrutineer {

// One response to a recommendation: extracted from a document, or recorded by hand (manual).
struct ResponseEntry {
    ResponseDecision decision = ResponseDecision::Pending;
    QString decisionText; // as printed
    QString text;
    QDate date;
    QString lead;
    QString due; // ISO date or month
    QString dueText; // as printed
    QString linkEvidence; // how it was linked ("number 3, text 0.82"); empty for manual entries
    qint64 documentId = 0;
    int pdfPage = 0;
    bool manual = false;
    qint64 entryId = 0; // for manual entries: the recommendation_entry row (to undo)
    QString recordedBy;
};

// One progress update on a recommendation.
struct UpdateEntry {
    QDate date;
    QString text;
    QString statusText;
    QString linkEvidence;
    qint64 documentId = 0;
    int pdfPage = 0;
    bool manual = false;
    qint64 entryId = 0;
    QString recordedBy;
};

// A recommendation with what became of it, oldest response and update first.
struct RecommendationRecord {
    qint64 id = 0;
    QString key;
    Recommendation recommendation;
    qint64 meetingId = 0;
    QDate meetingDate;
    QString body;
    qint64 documentId = 0;
    QString fileName;
    QList<ResponseEntry> responses;
    QList<UpdateEntry> updates;

    // The latest response (a manual one counts as the latest), or nothing yet.
    std::optional<ResponseEntry> response() const;
    ResponseDecision decision() const;
    std::optional<UpdateEntry> latestUpdate() const;
    // The latest response says something: a decision, or words without one (a tracker's "This was
    // undertaken with public health" answers it without saying accepted or rejected); or progress
    // has been reported on it (a tracker may print only that).
    bool answered() const;
    // Not answered and more than two months since the recommendation was made.
    bool awaitingResponse(const QDate& today) const;
    // Accepted (or partly) and no update dated after the response.
    bool acceptedWithoutUpdate() const;
};

struct RecommendationFilter {
    QString body; // contained in the body's name, any case
    std::optional<ResponseDecision> decision;
    bool awaitingOnly = false;
    bool acceptedWithoutUpdateOnly = false;
    QDate today = QDate::currentDate();

    bool matches(const RecommendationRecord& record) const;
};

// One CSV row per recommendation (header first) with its latest response and update.
QByteArray recommendationsCsv(const QList<RecommendationRecord>& records);

// Reads recommendations with their responses and updates, and records the ones an officer enters
// by hand (user data keyed by recommendation_key, so it survives re-imports). Thread of the Database.
class RecommendationStore final {
public:
    explicit RecommendationStore(Database& database) : m_database(database) { }

    QList<RecommendationRecord> list(const RecommendationFilter& filter = {}) const;
    std::optional<RecommendationRecord> find(const QString& key) const;
    // Records a response by hand; returns the entry id (pass it to removeEntry to undo).
    Expected<qint64> addResponse(const QString& key, const ResponseEntry& response);
    Expected<qint64> addUpdate(const QString& key, const UpdateEntry& update);
    std::optional<Error> removeEntry(qint64 entryId);

private:
    Expected<qint64> addEntry(const QString& key, const QString& kind, const QVariantList& values);
    Database& m_database;
};

} // namespace scrutineer
