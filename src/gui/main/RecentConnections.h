#pragma once

#include <QString>
#include <QStringList>

namespace scrutineer::gui {

// The team databases connected to before, newest first, as addresses without passwords (kept
// with the recent database files in AppSettings), and how to name them in menus and lists.
// Any thread; the GUI thread is the only writer.
class RecentConnections final {
public:
    static QStringList addresses();
    static void add(const QString& address);
    static void remove(const QString& address);

    // "scrutineer on db.example.org as jsmith"; a file's name for a file.
    static QString label(const QString& location);
};

} // namespace scrutineer::gui
