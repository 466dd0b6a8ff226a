#pragma once

// Fixtures for the officers' and chairs' tools: a temporary library built from hand-built
// ImportBundles (two committees, minutes with clauses and a recorded vote, actions of every
// origin, indicators with bands and Target/Floor, a later minute citing an earlier one), QSettings
// redirected into the folder, and a model checker whose QAbstractItemModelTester warnings become
// test failures. "Today" is fixed at 1 June 2030.
#include "../main/GuiFixtures.h"
#include "Database.h"
#include "ImportBundle.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace scrutineer::gui::chairtest {

inline QDate today() { return QDate(2030, 6, 1); }

// Children's Scrutiny Committee, 4 March 2030, with the minutes of 14 January 2030.
ImportBundle childrensPack();
// Children's Scrutiny Committee, 8 July 2030, with the minutes of 4 March 2030 (citing minute 7).
ImportBundle childrensLaterPack();
// Adult Social Care Committee, 20 April 2030, with an overdue action.
ImportBundle adultsPack();

// Collects QAbstractItemModelTester complaints while alive (the shared GUI-test checker).
using ModelGuard = scrutineer::testing::ModelCheck;

// A temporary folder with a library holding the three packs (and a question for 8 July).
class ChairLibrary final {
public:
    ChairLibrary();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString databasePath() const { return path(QStringLiteral("chair.sqlite")); }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    std::unique_ptr<Database> open() const;
    qint64 meetingId(const QDate& date) const;

private:
    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace scrutineer::gui::chairtest
