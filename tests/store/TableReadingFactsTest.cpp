// Schema 8: what the table readers record about each row (the plan's evidence column, the roles
// the table was read with, how sure the reading is) and the inspection report kept with a
// document are written by the import, read back by the stores and exported.
#include "ActionStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "IndicatorStore.h"
#include "JsonExporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace scrutineer;
using namespace scrutineer::testing;

namespace {

const QStringList kPlanRoles {QStringLiteral("action"), QStringLiteral("owner"), QStringLiteral("due"),
                              QStringLiteral("evidence")};

ImportBundle packReadFromTables()
{
    ImportBundle b = samplePack("tables");
    b.kind = DocumentKind::Report;
    b.kindReason = QStringLiteral("a plan's tables on 1 of 2 pages");
    for (Action& action : b.actions) {
        if (action.origin != ActionOrigin::ImprovementPlan)
            continue;
        action.evidence = QStringLiteral("Visits in time rise");
        action.roles = kPlanRoles;
        action.confidence = 0.85;
    }
    b.indicators[0].roles = {QStringLiteral("measure"), QStringLiteral("target"), QStringLiteral("actual")};
    b.indicators[0].confidence = 0.9;
    b.regions
        = {PageRegion {1, 1, QStringLiteral("front sheet"), QStringLiteral("Committee, 4 March 2030")},
           PageRegion {2, 3, QStringLiteral("plan"), QStringLiteral("action, owner — 2 rows read"), true, 0.85},
           PageRegion {4, 4, QStringLiteral("aligned block"), QStringLiteral("looks like a scorecard"), false, 0}};
    return b;
}

class TableReadingFactsTest : public StoreFixture { };

} // namespace

TEST_P(TableReadingFactsTest, StoresReadEveryFactBack)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packReadFromTables()).hasValue());
    bool planned = false;
    for (const ActionRecord& record : ActionStore(*m_db).list()) {
        if (record.action.origin != ActionOrigin::ImprovementPlan) {
            EXPECT_TRUE(record.action.roles.isEmpty());
            EXPECT_DOUBLE_EQ(record.action.confidence, 1.0);
            continue;
        }
        planned = true;
        EXPECT_EQ(record.action.evidence, QStringLiteral("Visits in time rise"));
        EXPECT_EQ(record.action.roles, kPlanRoles);
        EXPECT_DOUBLE_EQ(record.action.confidence, 0.85);
    }
    EXPECT_TRUE(planned);
    const auto indicators = IndicatorStore(*m_db).indicators();
    ASSERT_FALSE(indicators.isEmpty());
    EXPECT_EQ(indicators.first().indicator.roles.size(), 3);
    EXPECT_DOUBLE_EQ(indicators.first().indicator.confidence, 0.9);
}

TEST_P(TableReadingFactsTest, ExportCarriesRolesConfidenceAndTheInspectionReport)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packReadFromTables()).hasValue());
    const QJsonObject root = JsonExporter(*m_db).build();
    const QJsonObject document = root.value(QStringLiteral("documents")).toArray().first().toObject();
    EXPECT_EQ(document.value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
    EXPECT_EQ(document.value(QStringLiteral("kind_reason")).toString(),
              QStringLiteral("a plan's tables on 1 of 2 pages"));
    const QJsonArray regions = document.value(QStringLiteral("regions")).toArray();
    ASSERT_EQ(regions.size(), 3);
    const QJsonObject plan = regions.at(1).toObject();
    EXPECT_EQ(plan.value(QStringLiteral("kind")).toString(), QStringLiteral("plan"));
    EXPECT_EQ(plan.value(QStringLiteral("pages")).toArray(), (QJsonArray {2, 3}));
    EXPECT_TRUE(plan.value(QStringLiteral("claimed")).toBool());
    EXPECT_FALSE(regions.at(2).toObject().value(QStringLiteral("claimed")).toBool());

    bool planned = false;
    for (const QJsonValue& value : root.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        ASSERT_TRUE(action.value(QStringLiteral("roles")).isArray());
        if (action.value(QStringLiteral("origin")).toString() != QLatin1String("improvement-plan")) {
            EXPECT_TRUE(action.value(QStringLiteral("evidence")).isNull());
            continue;
        }
        planned = true;
        EXPECT_EQ(action.value(QStringLiteral("evidence")).toString(), QStringLiteral("Visits in time rise"));
        EXPECT_EQ(action.value(QStringLiteral("roles")).toArray().size(), 4);
        EXPECT_DOUBLE_EQ(action.value(QStringLiteral("confidence")).toDouble(), 0.85);
    }
    EXPECT_TRUE(planned);
    const QJsonObject indicator = root.value(QStringLiteral("indicators")).toArray().first().toObject();
    EXPECT_DOUBLE_EQ(indicator.value(QStringLiteral("confidence")).toDouble(), 0.9);
}

TEST_P(TableReadingFactsTest, ReplacingTheDocumentReplacesItsReport)
{
    ASSERT_TRUE(ImportWriter(*m_db).write(packReadFromTables()).hasValue());
    ImportBundle revised = packReadFromTables();
    revised.sha256 = "tables-2";
    revised.regions = {PageRegion {1, 4, QStringLiteral("report text"), QString()}};
    ASSERT_TRUE(ImportWriter(*m_db).write(revised).hasValue());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*), MIN(kind) FROM document_region")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("report text"));
}

INSTANTIATE_TEST_SUITE_P(Backends, TableReadingFactsTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
