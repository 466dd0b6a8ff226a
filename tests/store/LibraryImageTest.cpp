#include "Database.h"
#include "LibraryImage.h"
#include "Schema.h"
#include "SqliteSchemaScript.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include <sys/stat.h>

using namespace scrutineer;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a library's schema is: its script, as dump() writes it.
QString schemaScriptOf(const QString& path)
{
    QString script;
    {
        auto db = Database::open(path);
        EXPECT_TRUE(db.hasValue());
        if (db.hasValue())
            script = SqliteSchemaScript::dump(db.value()->connection());
    }
    return script;
}

} // namespace

TEST(LibraryImage, IsCompiledInAtTheCurrentSchema)
{
    const QByteArrayView image = LibraryImage::image();
    ASSERT_GT(image.size(), 4096);
    EXPECT_EQ(LibraryImage::version(image), schema::currentVersion());
    EXPECT_EQ(LibraryImage::version(QByteArrayView("not a database")), 0);
}

// The image is made from the schema script at build time: a library copied from it and one the
// script makes (an empty file given, so there is nothing to copy onto) are the same library.
TEST(LibraryImage, NewLibraryIsTheLibraryTheScriptMakes)
{
    QTemporaryDir dir;
    const QString copied = dir.filePath(QStringLiteral("copied.sqlite"));
    const QString scripted = dir.filePath(QStringLiteral("scripted.sqlite"));
    QFile empty(scripted);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const QString fromImage = schemaScriptOf(copied);
    const QString fromScript = schemaScriptOf(scripted);
    EXPECT_EQ(fileBytes(copied).left(16), QByteArray("SQLite format 3", 16));
    EXPECT_GT(fromImage.size(), 1000);
    EXPECT_EQ(fromImage.toStdString(), fromScript.toStdString());

    auto db = Database::open(copied);
    ASSERT_TRUE(db.hasValue());
    EXPECT_EQ(db.value()->schemaVersion(), schema::currentVersion());
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString().toStdString(), "wal");
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    EXPECT_EQ(q.value(0).toString().toStdString(), "ok");
}

TEST(LibraryImage, NeverReplacesAFileThatIsThere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("someone else's file");
    file.close();
    EXPECT_FALSE(LibraryImage::createAt(path, LibraryImage::image(), schema::currentVersion()));
    EXPECT_EQ(fileBytes(path), QByteArray("someone else's file"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST(LibraryImage, RefusesAnImageOfAnotherSchemaOrNoDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    EXPECT_FALSE(LibraryImage::createAt(path, LibraryImage::image(), schema::currentVersion() + 1));
    EXPECT_FALSE(LibraryImage::createAt(path, QByteArrayView("not a database at all"), schema::currentVersion()));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(LibraryImage, HasThePermissionsSqliteWouldGiveIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const mode_t mask = ::umask(022);
    ASSERT_TRUE(LibraryImage::createAt(path, LibraryImage::image(), schema::currentVersion()));
    ::umask(mask);
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, mode_t(0644));
    EXPECT_EQ(info.st_nlink, 1u); // the temporary name is gone
    EXPECT_EQ(fileBytes(path), LibraryImage::image().toByteArray());
}

// Programs creating one new library at the same moment: one writes it, the others find it.
TEST(LibraryImage, OneOfManyCreatingTheSameLibraryWritesIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    std::atomic_int created {0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&] {
            if (LibraryImage::createAt(path, LibraryImage::image(), schema::currentVersion()))
                created.fetch_add(1);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(created.load(), 1);
    EXPECT_EQ(fileBytes(path), LibraryImage::image().toByteArray());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}
