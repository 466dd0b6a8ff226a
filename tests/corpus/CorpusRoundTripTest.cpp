// The corpus on both backends: every corpus PDF read once and written into a SQLite file and into
// a PostgreSQL database, in the same order; the two JSON exports must be equal apart from ids
// and timestamps. Skips
// with a message when the corpus or the test server is absent.
#include "Database.h"
#include "ImportWriter.h"
#include "JsonExporter.h"
#include "PackImporter.h"
#include "TestDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace scrutineer;
namespace fx = scrutineer::testing;

namespace {

QString roundTripCorpusDir()
{
    const QString fromEnv = qEnvironmentVariable("SCRUTINEER_CORPUS_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(SCRUTINEER_DEFAULT_CORPUS_DIR) : fromEnv);
}

QStringList corpusPdfs()
{
    QStringList files;
    for (const char* folder : {"/pdf", "/wild"}) {
        const QDir dir(roundTripCorpusDir() + QLatin1String(folder));
        for (const QString& name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

// What may differ between backends: row ids (and references to them) and when something was
// written.
bool backendSpecific(const QString& key)
{
    return key == QLatin1String("id") || key.endsWith(QLatin1String("_id")) || key.endsWith(QLatin1String("_ids"))
        || key.endsWith(QLatin1String("_at"));
}

QJsonValue withoutBackendSpecifics(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject kept;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!backendSpecific(it.key()))
                kept.insert(it.key(), withoutBackendSpecifics(it.value()));
        }
        return kept;
    }
    if (value.isArray()) {
        QJsonArray kept;
        for (const auto& item : value.toArray())
            kept.append(withoutBackendSpecifics(item));
        return kept;
    }
    return value;
}

// The first place two JSON values differ, as a path ("meetings[3].minutes[2].title: ... / ...").
QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& path)
{
    if (a == b)
        return {};
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString& key : keys) {
            if (QString d = firstDifference(x.value(key), y.value(key), path + QLatin1Char('.') + key); !d.isEmpty())
                return d;
        }
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return QStringLiteral("%1: %2 entries on SQLite, %3 on PostgreSQL").arg(path).arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (QString d = firstDifference(x.at(i), y.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)); !d.isEmpty())
                return d;
        }
    }
    auto text = [](const QJsonValue& v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).left(300);
    };
    return QStringLiteral("%1: SQLite %2, PostgreSQL %3").arg(path, text(a), text(b));
}

} // namespace

TEST(CorpusRoundTrip, PostgreSqlExportEqualsSqliteExport)
{
    const QStringList pdfs = corpusPdfs();
    if (pdfs.isEmpty())
        GTEST_SKIP() << "corpus not found at " << roundTripCorpusDir().toStdString()
                     << " (set SCRUTINEER_CORPUS_DIR to run the corpus tests)";
    if (fx::testServer().isEmpty())
        GTEST_SKIP() << fx::noServerMessage();
    fx::ScratchDatabase file(fx::Backend::Sqlite);
    fx::ScratchDatabase team(fx::Backend::Postgres);
    ASSERT_FALSE(team.location().isEmpty());
    auto sqlite = Database::open(file.location());
    auto postgres = Database::open(team.location());
    ASSERT_TRUE(sqlite.hasValue()) << sqlite.error().describe().toStdString();
    ASSERT_TRUE(postgres.hasValue()) << postgres.error().describe().toStdString();

    int imported = 0;
    for (const QString& pdf : pdfs) {
        auto bundle = PackImporter::run(pdf);
        if (!bundle)
            continue; // refused (a corpus file meant to be): nothing to write on either
        auto intoFile = ImportWriter(*sqlite.value()).write(bundle.value());
        auto intoServer = ImportWriter(*postgres.value()).write(bundle.value());
        ASSERT_TRUE(intoFile.hasValue()) << pdf.toStdString() << ": " << intoFile.error().describe().toStdString();
        ASSERT_TRUE(intoServer.hasValue()) << pdf.toStdString() << ": " << intoServer.error().describe().toStdString();
        EXPECT_EQ(intoFile->status, intoServer->status) << pdf.toStdString();
        ++imported;
    }
    ASSERT_GT(imported, 0);

    const QJsonValue fromFile = withoutBackendSpecifics(JsonExporter(*sqlite.value()).build());
    const QJsonValue fromServer = withoutBackendSpecifics(JsonExporter(*postgres.value()).build());
    ASSERT_GT(fromFile.toObject().value(QStringLiteral("meetings")).toArray().size(), 0);
    EXPECT_EQ(firstDifference(fromFile, fromServer, QStringLiteral("export")).toStdString(), std::string());
}
