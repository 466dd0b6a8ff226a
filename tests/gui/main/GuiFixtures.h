#pragma once

// Fixtures for the reading-room tests: PDFs drawn with QPdfWriter, hand-built import bundles
// that point at them (so the tests do not depend on the parsers), a temporary database and
// QSettings, and a QAbstractItemModelTester whose warnings become test failures.
#include "Database.h"
#include "ImportBundle.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace scrutineer::testing {

// Waits (running the event loop) until the condition holds; false on timeout. Use with
// ASSERT_TRUE: QtTest's QTRY_* macros do not report failures to GoogleTest.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000);

// Shows or hides the column titled `title` through the header's column menu, as a user does;
// false when the menu or the column is not there.
bool chooseColumnInMenu(QHeaderView* header, const QString& title, bool shown);

// Writes an A4 PDF with one page per entry; each page shows its lines and a "Page N" footer
// numbered from `firstPackPage` (0 = no footer).
void writePdf(const QString& path, const QList<QStringList>& pages, int firstPackPage = 1);

// A four-page pack of the "Testshire Council" Children's Scrutiny Committee for `date`, with
// agenda items 1-3, the minutes of the meeting (item 3's minute and resolution), and an action;
// the PDF is written to pdfPath and the bundle refers to it.
ImportBundle childrenPack(const QString& pdfPath, const QDate& date);

// Writes a bundle into a database; returns the document id (fails the test on error).
qint64 writeBundle(Database& database, const ImportBundle& bundle);

// Model warnings from QAbstractItemModelTester collected while alive; check with ok().
class ModelCheck final {
public:
    explicit ModelCheck(QAbstractItemModel* model);
    ~ModelCheck();
    QStringList warnings() const;

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// A temporary folder with a database path, and QSettings redirected into it.
class GuiTestDir {
public:
    GuiTestDir();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString databasePath() const { return path(QStringLiteral("reading-room.sqlite")); }

private:
    QTemporaryDir m_dir;
};

} // namespace scrutineer::testing
