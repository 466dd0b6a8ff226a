#include "ActionStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "JsonExporter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace scrutineer;
using scrutineer::testing::samplePack;

class ExportTest : public scrutineer::testing::StoreFixture {};

TEST_P(ExportTest, EmptyDatabaseHasEveryTopLevelKey)
{
    const QJsonObject root = JsonExporter(*m_db).build();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("scrutineer-export"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    for (const char* key : {"documents", "meetings", "actions", "indicators", "readings"})
        EXPECT_TRUE(root.value(QLatin1String(key)).isArray()) << key;
}

TEST_P(ExportTest, FollowsTheContract)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("aaa")).hasValue());
    const QJsonObject root = JsonExporter(*m_db).build();

    const QJsonObject doc = root.value(QStringLiteral("documents")).toArray().first().toObject();
    EXPECT_EQ(doc.value(QStringLiteral("file_name")).toString(), QStringLiteral("pack.pdf"));
    EXPECT_EQ(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("agenda-pack"));
    EXPECT_EQ(doc.value(QStringLiteral("pages_without_text")).toArray(), QJsonArray{4});
    EXPECT_EQ(doc.value(QStringLiteral("ocr_pages")).toArray(), QJsonArray());

    const QJsonArray meetings = root.value(QStringLiteral("meetings")).toArray();
    ASSERT_EQ(meetings.size(), 2);
    // ordered by date: the minuted meeting first
    const QJsonObject earlier = meetings.at(0).toObject();
    const QJsonObject pack = meetings.at(1).toObject();
    EXPECT_EQ(earlier.value(QStringLiteral("date")).toString(), QStringLiteral("2030-01-04"));
    EXPECT_TRUE(earlier.value(QStringLiteral("time")).isNull());
    EXPECT_EQ(pack.value(QStringLiteral("time")).toString(), QStringLiteral("18:30"));
    EXPECT_EQ(pack.value(QStringLiteral("authority")).toString(), QStringLiteral("Testshire Council"));
    EXPECT_EQ(pack.value(QStringLiteral("members")).toArray().first().toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("chair"));
    const QJsonObject item = pack.value(QStringLiteral("agenda_items")).toArray().first().toObject();
    EXPECT_EQ(item.value(QStringLiteral("pack_pages")).toArray(), (QJsonArray{3, 3}));
    EXPECT_FALSE(item.value(QStringLiteral("exempt")).toBool());

    const QJsonObject minute = earlier.value(QStringLiteral("minutes")).toArray().first().toObject();
    EXPECT_EQ(minute.value(QStringLiteral("number")).toString(), QStringLiteral("7"));
    const QJsonObject resolution = minute.value(QStringLiteral("resolutions")).toArray().first().toObject();
    const QJsonArray clauses = resolution.value(QStringLiteral("clauses")).toArray();
    ASSERT_EQ(clauses.size(), 2);
    EXPECT_EQ(clauses.at(1).toObject().value(QStringLiteral("clauses")).toArray().first().toObject().value(QStringLiteral("label")).toString(),
              QStringLiteral("a"));
    EXPECT_TRUE(resolution.value(QStringLiteral("votes")).isNull());

    const QJsonArray actions = root.value(QStringLiteral("actions")).toArray();
    ASSERT_EQ(actions.size(), 2);
    for (const QJsonValue& v : actions) {
        const QJsonObject a = v.toObject();
        for (const char* key : {"id", "origin", "ref", "text", "owner", "due", "due_text", "status", "status_text",
                                "meeting_id", "resolution_id", "document_id", "pdf_page"})
            EXPECT_TRUE(a.contains(QLatin1String(key))) << key;
    }
    const QJsonObject indicator = root.value(QStringLiteral("indicators")).toArray().first().toObject();
    EXPECT_EQ(indicator.value(QStringLiteral("polarity")).toString(), QStringLiteral("higher-is-better"));
    EXPECT_TRUE(indicator.value(QStringLiteral("thresholds")).toArray().first().toObject().value(QStringLiteral("min")).isNull());
    EXPECT_EQ(root.value(QStringLiteral("readings")).toArray().first().toObject().value(QStringLiteral("value")).toDouble(), 70.0);
}

TEST_P(ExportTest, EditedStatusIsExported)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("aaa")).hasValue());
    ActionStore store(*m_db);
    const auto all = store.list();
    ASSERT_TRUE(store.setStatus(all.first().actionKey, ActionStatus::Complete, {}).hasValue());
    const QJsonArray actions = JsonExporter(*m_db).build().value(QStringLiteral("actions")).toArray();
    EXPECT_EQ(actions.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ExportTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
