#pragma once

#include <QJsonArray>
#include <QSqlDatabase>

namespace scrutineer {

// The export's meetings section: each meeting with its members, attendance, declarations of
// interest, agenda items, and minutes with their resolutions (clauses, recorded votes) and the
// minutes they cite. Part of JsonExporter's snapshot; thread of the connection.
class MeetingExport final {
public:
    static QJsonArray meetings(QSqlDatabase db);
};

} // namespace scrutineer
