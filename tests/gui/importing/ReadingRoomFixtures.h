#pragma once

// Fixtures for the search, notes and import tests: a temporary library holding the generated
// sample pack imported through the same job the GUI runs, and a model checker whose
// QAbstractItemModelTester warnings become test failures.
#include "../main/GuiFixtures.h"

#include <QAbstractItemModelTester>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace scrutineer::gui::testb {

// Collects QAbstractItemModelTester complaints while alive (the shared GUI-test checker).
using ModelWarnings = scrutineer::testing::ModelCheck;

// A temporary folder with a database; `importSample` writes the sample pack there and imports it.
class SampleLibrary final {
public:
    SampleLibrary();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString databasePath() const { return path(QStringLiteral("library.sqlite")); }

    // Writes the sample (revision, appendix pages) as `fileName` in a subfolder named after the
    // revision and imports it; returns the document id (0 on failure, with the reason in error()).
    qint64 importSample(int revision = 1, int appendixPages = 0, const QString& fileName = {});
    QString writeSample(int revision = 1, int appendixPages = 0, const QString& fileName = {}) const;
    qint64 meetingOf(qint64 documentId) const;
    int count(const QString& table) const;
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace scrutineer::gui::testb
