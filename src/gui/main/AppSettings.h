#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace scrutineer::gui {

// Typed access to what the app remembers between runs (QSettings, organisation "Scrutineer",
// application "scrutineer"): recent databases, the last database and meeting, and the window
// layout. Any thread, but the GUI thread is the only writer.
class AppSettings final {
public:
    static constexpr int kMaxRecent = 8;

    struct Layout {
        QByteArray geometry;
        QByteArray windowState;
        QByteArray viewer;
        QByteArray navigator;
        QByteArray agenda;
        bool isEmpty() const { return geometry.isEmpty() && windowState.isEmpty(); }
    };

    static QStringList recentDatabases();
    // Puts a database at the top of the recent list (existing files and team database addresses,
    // at most kMaxRecent).
    static void addRecentDatabase(const QString& path);
    static void removeRecentDatabase(const QString& path);
    static void clearRecentDatabases();

    static QString lastDatabase();
    static void setLastDatabase(const QString& path);

    // The meeting that was open when a database was last closed (0 = none).
    static qint64 lastMeeting(const QString& databasePath);
    static void setLastMeeting(const QString& databasePath, qint64 meetingId);

    static Layout layout();
    static void setLayout(const Layout& layout);
};

} // namespace scrutineer::gui
