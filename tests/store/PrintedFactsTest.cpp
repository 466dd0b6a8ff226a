// Schema 7: resolution flags, a vote's absent names, how a minute's agenda item was found and a
// reading's direction of travel are written by the import, read back by the stores and exported.
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "IndicatorStore.h"
#include "JsonExporter.h"
#include "MeetingStore.h"
#include "ResolutionJson.h"
#include "ResolutionStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace scrutineer;
using namespace scrutineer::testing;

namespace {

// The sample pack with every schema-7 fact set: the earlier meeting's minute names its agenda
// item by title, its resolution was "agreed" without RESOLVED and carries a roll call with
// absent members, and the reading has a printed direction of travel.
ImportBundle packWithPrintedFacts()
{
    ImportBundle b = samplePack("facts");
    Minute& minute = b.meetings[1].minutes[0];
    minute.item = QStringLiteral("4");
    minute.itemMethod = QStringLiteral("title+numbering");
    Resolution& r = minute.resolutions[0];
    r.flags = {QStringLiteral("agreed-without-resolved"), QStringLiteral("motion-without-resolved")};
    RecordedVote vote;
    vote.forCount = 5;
    vote.againstCount = 2;
    vote.outcome = QStringLiteral("carried");
    vote.forNames = {QStringLiteral("Able"), QStringLiteral("Baker")};
    vote.againstNames = {QStringLiteral("Cole")};
    vote.absentNames = {QStringLiteral("Dunn"), QStringLiteral("Eve Ellis")};
    r.votes = vote;
    b.readings[0].direction = QStringLiteral("↑ Improving");
    return b;
}

QJsonObject firstMinute(const QJsonObject& root)
{
    for (const QJsonValue& m : root.value(QStringLiteral("meetings")).toArray()) {
        const QJsonArray minutes = m.toObject().value(QStringLiteral("minutes")).toArray();
        if (!minutes.isEmpty())
            return minutes.first().toObject();
    }
    return {};
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& v : value.toArray())
        result.append(v.toString());
    return result;
}

class PrintedFactsTest : public StoreFixture {};

} // namespace

TEST_P(PrintedFactsTest, StoresReadEveryFactBack)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packWithPrintedFacts()).hasValue());

    const auto resolutions = ResolutionStore(*m_db).list();
    ASSERT_EQ(resolutions.size(), 1);
    const Resolution& printed = resolutions.first().printed;
    EXPECT_EQ(printed.flags, (QStringList{QStringLiteral("agreed-without-resolved"), QStringLiteral("motion-without-resolved")}));
    EXPECT_EQ(resolutions.first().resolution.flags, printed.flags);
    ASSERT_TRUE(printed.votes.has_value());
    EXPECT_EQ(printed.votes->absentNames, (QStringList{QStringLiteral("Dunn"), QStringLiteral("Eve Ellis")}));
    EXPECT_EQ(printed.votes->againstNames, QStringList{QStringLiteral("Cole")});
    EXPECT_EQ(printed.votes->forCount, 5);

    MeetingStore meetings(*m_db);
    QString method;
    for (const auto& m : meetings.meetings()) {
        for (const auto& minute : meetings.minutes(m.id))
            method = minute.itemMethod;
    }
    EXPECT_EQ(method, QStringLiteral("title+numbering"));

    const auto readings = IndicatorStore(*m_db).readings();
    ASSERT_EQ(readings.size(), 1);
    EXPECT_EQ(readings.first().reading.direction, QStringLiteral("↑ Improving"));
}

TEST_P(PrintedFactsTest, ExportCarriesTheNewKeys)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packWithPrintedFacts()).hasValue());
    const QJsonObject root = JsonExporter(*m_db).build();

    const QJsonObject minute = firstMinute(root);
    EXPECT_EQ(minute.value(QStringLiteral("item")).toString(), QStringLiteral("4"));
    EXPECT_EQ(minute.value(QStringLiteral("item_method")).toString(), QStringLiteral("title+numbering"));
    const QJsonObject resolution = minute.value(QStringLiteral("resolutions")).toArray().first().toObject();
    EXPECT_EQ(strings(resolution.value(QStringLiteral("flags"))),
              (QStringList{QStringLiteral("agreed-without-resolved"), QStringLiteral("motion-without-resolved")}));
    const QJsonObject votes = resolution.value(QStringLiteral("votes")).toObject();
    EXPECT_EQ(strings(votes.value(QStringLiteral("absent_names"))),
              (QStringList{QStringLiteral("Dunn"), QStringLiteral("Eve Ellis")}));
    EXPECT_EQ(votes.value(QStringLiteral("for")).toInt(), 5);
    EXPECT_EQ(votes.value(QStringLiteral("outcome")).toString(), QStringLiteral("carried"));
    EXPECT_TRUE(votes.value(QStringLiteral("abstain")).isNull());
    EXPECT_TRUE(votes.value(QStringLiteral("abstain_names")).isArray());

    const QJsonObject reading = root.value(QStringLiteral("readings")).toArray().first().toObject();
    EXPECT_EQ(reading.value(QStringLiteral("direction")).toString(), QStringLiteral("↑ Improving"));
}

TEST_P(PrintedFactsTest, FactsNotPrintedExportAsEmptyListsAndNulls)
{
    ImportBundle b = samplePack("plain");
    RecordedVote vote; // a vote without absent members
    vote.outcome = QStringLiteral("lost");
    b.meetings[1].minutes[0].resolutions[0].votes = vote;
    ASSERT_TRUE(ImportWriter(*m_db).write(b).hasValue());
    const QJsonObject root = JsonExporter(*m_db).build();

    const QJsonObject minute = firstMinute(root);
    ASSERT_TRUE(minute.contains(QStringLiteral("item_method")));
    EXPECT_TRUE(minute.value(QStringLiteral("item_method")).isNull());
    const QJsonObject resolution = minute.value(QStringLiteral("resolutions")).toArray().first().toObject();
    ASSERT_TRUE(resolution.value(QStringLiteral("flags")).isArray());
    EXPECT_TRUE(resolution.value(QStringLiteral("flags")).toArray().isEmpty());
    const QJsonObject votes = resolution.value(QStringLiteral("votes")).toObject();
    ASSERT_TRUE(votes.value(QStringLiteral("absent_names")).isArray());
    EXPECT_TRUE(votes.value(QStringLiteral("absent_names")).toArray().isEmpty());
    const QJsonObject reading = root.value(QStringLiteral("readings")).toArray().first().toObject();
    ASSERT_TRUE(reading.contains(QStringLiteral("direction")));
    EXPECT_TRUE(reading.value(QStringLiteral("direction")).isNull());
}

TEST_P(PrintedFactsTest, VotesWrittenBeforeAbsentNamesExportTheKeyEmpty)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(samplePack("old-vote")).hasValue());
    // a vote as the import wrote it before schema 7: no absent_names key
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(R"(UPDATE resolution SET votes = '{"for":3,"against":1,"abstain":null,)"
                                      R"("outcome":"carried","for_names":["Able"],"against_names":[],"abstain_names":[],)"
                                      R"("flags":[]}', flags = NULL)")));
    const QJsonObject resolution =
        firstMinute(JsonExporter(*m_db).build()).value(QStringLiteral("resolutions")).toArray().first().toObject();
    const QJsonObject votes = resolution.value(QStringLiteral("votes")).toObject();
    EXPECT_EQ(votes.value(QStringLiteral("for")).toInt(), 3);
    EXPECT_EQ(strings(votes.value(QStringLiteral("for_names"))), QStringList{QStringLiteral("Able")});
    ASSERT_TRUE(votes.value(QStringLiteral("absent_names")).isArray());
    EXPECT_TRUE(votes.value(QStringLiteral("absent_names")).toArray().isEmpty());
    EXPECT_TRUE(resolution.value(QStringLiteral("flags")).toArray().isEmpty());
    EXPECT_TRUE(ResolutionStore(*m_db).list().first().printed.votes->absentNames.isEmpty());
}

TEST(PrintedFactsJson, VotesAndCorrectionsKeepAbsentNamesAndFlags)
{
    RecordedVote vote;
    vote.absentNames = {QStringLiteral("Dunn")};
    const auto back = resolutionjson::votesFromText(resolutionjson::votesText(vote));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->absentNames, QStringList{QStringLiteral("Dunn")});

    Resolution r;
    r.text = QStringLiteral("It was agreed that the report be noted.");
    r.flags = {QStringLiteral("agreed-without-resolved")};
    EXPECT_EQ(resolutionjson::resolutionFrom(resolutionjson::resolution(r)).flags, r.flags);
    // a resolution without flags keeps the shape stored corrections had before
    EXPECT_FALSE(resolutionjson::resolution(Resolution{}).contains(QStringLiteral("flags")));
}

TEST_P(PrintedFactsTest, ACorrectionKeepsTheFlagsItWasGiven)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packWithPrintedFacts()).hasValue());
    ResolutionStore store(*m_db);
    const auto record = store.list().first();
    ResolutionStore::UserState state;
    state.correction = record.printed;
    state.correction->text = QStringLiteral("It was agreed that the report be noted.");
    ASSERT_FALSE(store.setUserState(record.key, state).has_value());
    const auto corrected = store.find(record.key);
    ASSERT_TRUE(corrected.has_value());
    EXPECT_EQ(corrected->review, ResolutionStore::Review::Corrected);
    EXPECT_EQ(corrected->resolution.flags, record.printed.flags);
    EXPECT_EQ(corrected->resolution.votes->absentNames, record.printed.votes->absentNames);
}

INSTANTIATE_TEST_SUITE_P(Backends, PrintedFactsTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
