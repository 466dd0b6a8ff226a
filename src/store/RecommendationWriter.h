#pragma once

#include "ImportBundle.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scrutineer {

// Writes the recommendations, responses and progress updates of one import inside the import's
// transaction, and links responses and updates (of this or earlier imports) to the recommendation
// they answer, recording the evidence. Thread of the connection it is given.
class RecommendationWriter final {
public:
    // Returns a message when the database refused a statement (the caller rolls back).
    static std::optional<QString> write(QSqlDatabase db, const ImportBundle& bundle, qint64 documentId,
                                        const QList<qint64>& meetingIds, qint64 documentMeetingId);
    // Links every response and update that has no recommendation yet; returns a message on failure.
    static std::optional<QString> linkUnlinked(QSqlDatabase db);
    // The key user data uses to find a recommendation again after a re-import.
    static QString recommendationKey(const Recommendation& recommendation, qint64 meetingId);
};

} // namespace scrutineer
