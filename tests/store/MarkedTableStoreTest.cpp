// Schema 10: tables the user marked keep their records as user data and write them beside the
// document's own, so every store and the export show them; they survive a revised pack (moved
// with the table) and win over the importer's reading of the same rows; undo removes them and
// puts them back under the same id. Templates are listed, renamed, removed and exported.
#include "MarkedTableStore.h"
#include "ActionStore.h"
#include "ActionUpdateLog.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "IndicatorStore.h"
#include "JsonExporter.h"
#include "MeetingStore.h"
#include "ResolutionStore.h"
#include "TemplateStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace scrutineer;
using namespace scrutineer::testing;

namespace {

MarkedTableSpec specOn(int page)
{
    MarkedTableSpec spec;
    spec.kind = MarkedKind::Plan;
    spec.areas = {{page, QRectF(40, 100, 500, 200)}};
    spec.roles = {QStringLiteral("action"), QStringLiteral("owner")};
    return spec;
}

MarkedRecords planRecords(int page)
{
    MarkedRecords records;
    for (int i = 0; i < 2; ++i) {
        Action a;
        a.origin = ActionOrigin::ImprovementPlan;
        a.text = QStringLiteral("Open family hub %1 in the north").arg(i + 1);
        a.owner = QStringLiteral("Head of Early Help");
        a.due = QStringLiteral("2030-06");
        a.dueText = QStringLiteral("June 2030");
        a.status = ActionStatus::AtRisk;
        a.statusText = QStringLiteral("Amber");
        a.roles = {QStringLiteral("action"), QStringLiteral("owner"), QStringLiteral("due"), QStringLiteral("status")};
        a.pdfPage = page;
        a.area = QRectF(40, 120 + 30 * i, 500, 28);
        a.definedBy = QStringLiteral("user");
        records.actions.append(a);
    }
    return records;
}

QList<ActionRecord> userActions(Database& db)
{
    QList<ActionRecord> out;
    for (const ActionRecord& r : ActionStore(db).list()) {
        if (r.action.definedBy == QLatin1String("user"))
            out.append(r);
    }
    return out;
}

class MarkedTableStoreTest : public StoreFixture {
protected:
    qint64 importPack(const QByteArray& sha, const QString& pageThreeText = {})
    {
        ImportBundle bundle = samplePack(sha);
        if (!pageThreeText.isEmpty())
            bundle.pages[2].text = pageThreeText;
        auto written = ImportWriter(*m_db).write(bundle);
        EXPECT_TRUE(written.hasValue());
        return written.hasValue() ? written.value().documentId : 0;
    }
};

} // namespace

TEST_P(MarkedTableStoreTest, AcceptedRowsAreActionsLikeAnyOthers)
{
    const qint64 document = importPack("v1", QStringLiteral("Open family hub 1 in the north"));
    auto added = MarkedTableStore(*m_db).add(document, specOn(3), planRecords(3));
    ASSERT_TRUE(added.hasValue()) << added.error().describe().toStdString();
    const QList<ActionRecord> mine = userActions(*m_db);
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(mine.first().action.owner, QStringLiteral("Head of Early Help"));
    EXPECT_EQ(mine.first().action.status, ActionStatus::AtRisk);
    EXPECT_EQ(mine.first().documentId, document);
    EXPECT_EQ(mine.first().action.pdfPage, 3);
    EXPECT_EQ(mine.first().action.area, QRectF(40, 120, 500, 28));
    EXPECT_GT(mine.first().meetingId, 0);

    const auto record = MarkedTableStore(*m_db).find(added.value());
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->documentId, document);
    EXPECT_EQ(record->spec, specOn(3));
    EXPECT_EQ(record->records.actions.size(), 2);
    EXPECT_EQ(MarkedTableStore(*m_db).forDocument(document).size(), 1);

    const QJsonObject root = JsonExporter(*m_db).build();
    int userRows = 0;
    for (const QJsonValue v : root.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject action = v.toObject();
        ASSERT_TRUE(action.contains(QStringLiteral("defined_by")));
        if (action.value(QStringLiteral("defined_by")).toString() == QLatin1String("user")) {
            ++userRows;
            EXPECT_EQ(action.value(QStringLiteral("area")).toArray().size(), 4);
        }
    }
    EXPECT_EQ(userRows, 2);
    ASSERT_EQ(root.value(QStringLiteral("marked_tables")).toArray().size(), 1);
    EXPECT_EQ(root.value(QStringLiteral("marked_tables"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("records"))
                  .toInt(),
              2);
}

TEST_P(MarkedTableStoreTest, RemoveTakesTheRowsAndRestoreBringsThemBackUnderTheSameId)
{
    const qint64 document = importPack("v1");
    MarkedTableStore store(*m_db);
    const qint64 id = store.add(document, specOn(3), planRecords(3)).value();
    EXPECT_FALSE(store.remove(id).has_value());
    EXPECT_TRUE(userActions(*m_db).isEmpty());
    EXPECT_FALSE(store.find(id).has_value());
    auto restored = store.add(document, specOn(3), planRecords(3), 0, id);
    ASSERT_TRUE(restored.hasValue()) << restored.error().describe().toStdString();
    EXPECT_EQ(restored.value(), id);
    EXPECT_EQ(userActions(*m_db).size(), 2);
    // The next table gets a new id.
    EXPECT_GT(store.add(document, specOn(4), planRecords(4)).value(), id);
}

TEST_P(MarkedTableStoreTest, RowsSurviveARevisedPackAndMoveWithTheTable)
{
    const qint64 first = importPack("v1", QStringLiteral("Open family hub 1 in the north"));
    ASSERT_TRUE(MarkedTableStore(*m_db).add(first, specOn(3), planRecords(3)).hasValue());
    const QString key = userActions(*m_db).first().actionKey;
    ASSERT_TRUE(ActionStore(*m_db).setStatus(key, ActionStatus::Complete, QStringLiteral("done early")).hasValue());

    // The revised pack: a page inserted before the plan, which is now on page 4.
    ImportBundle revised = samplePack("v2");
    revised.pages = {revised.pages.at(0), revised.pages.at(1), page(3, QStringLiteral("An inserted briefing note")),
                     page(4, QStringLiteral("Open family hub 1 in the north and more")), page(5, QString())};
    revised.pageCount = 5;
    auto written = ImportWriter(*m_db).write(revised);
    ASSERT_TRUE(written.hasValue());
    EXPECT_EQ(written.value().status, ImportWriter::Outcome::Status::Replaced);

    const QList<ActionRecord> mine = userActions(*m_db);
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(mine.first().documentId, written.value().documentId);
    EXPECT_EQ(mine.first().action.pdfPage, 4);
    EXPECT_EQ(mine.first().action.status, ActionStatus::Complete); // the user's status update still applies
    const QList<MarkedTableStore::Record> marked = MarkedTableStore(*m_db).forDocument(written.value().documentId);
    ASSERT_EQ(marked.size(), 1);
    EXPECT_EQ(marked.first().spec.firstPage(), 4);
    EXPECT_EQ(marked.first().documentSha, QStringLiteral("v2"));
}

TEST_P(MarkedTableStoreTest, TheUsersRowWinsOverTheImportersReadingOfIt)
{
    // The importer reads the same action again in the revised pack (say with a template).
    const qint64 first = importPack("v1");
    ASSERT_TRUE(MarkedTableStore(*m_db).add(first, specOn(3), planRecords(3)).hasValue());
    ImportBundle revised = samplePack("v2");
    Action again = planRecords(3).actions.first();
    again.definedBy = QStringLiteral("template");
    again.owner = QStringLiteral("someone else");
    again.area = {};
    revised.actions.append(again);
    ASSERT_TRUE(ImportWriter(*m_db).write(revised).hasValue());
    int copies = 0;
    for (const ActionRecord& r : ActionStore(*m_db).list()) {
        if (r.action.text == again.text) {
            ++copies;
            EXPECT_EQ(r.action.definedBy, QStringLiteral("user"));
            EXPECT_EQ(r.action.owner, QStringLiteral("Head of Early Help"));
        }
    }
    EXPECT_EQ(copies, 1);
}

TEST_P(MarkedTableStoreTest, ScorecardsListsAgendasAndResolutionsBecomeTheirRecords)
{
    const qint64 document = importPack("v1");
    MarkedRecords records;
    Indicator measure;
    measure.name = QStringLiteral("Children seen within 5 days");
    measure.target = 90;
    measure.unit = QStringLiteral("%");
    measure.pdfPage = 3;
    measure.thresholds = {{QStringLiteral("Good"), QStringLiteral("85+"), 85.0, std::nullopt}};
    records.indicators = {measure};
    Reading reading;
    reading.indicatorIndex = 0;
    reading.period = QStringLiteral("Q3");
    reading.value = 84;
    reading.reportedRating = QStringLiteral("Amber");
    reading.pdfPage = 3;
    records.readings = {reading};
    records.attendance = {{QStringLiteral("Ann Able"), AttendanceStatus::Apologies, {}, {}, 3}};
    AgendaItem item;
    item.number = QStringLiteral("9");
    item.title = QStringLiteral("Urgent business");
    item.pdfPage = 3;
    records.agendaItems = {item};
    Resolution resolution;
    resolution.text = QStringLiteral("That the plan be approved.");
    resolution.pdfPage = 3;
    records.resolutions = {resolution};
    MarkedTableSpec spec = specOn(3);
    spec.kind = MarkedKind::Scorecard;
    ASSERT_TRUE(MarkedTableStore(*m_db).add(document, spec, records).hasValue());

    bool found = false;
    for (const IndicatorStore::IndicatorRecord& r : IndicatorStore(*m_db).indicators()) {
        if (r.indicator.name != measure.name)
            continue;
        found = true;
        EXPECT_EQ(r.indicator.definedBy, QStringLiteral("user"));
        EXPECT_EQ(r.printed.size(), 1);
        EXPECT_EQ(r.indicator.target, 90);
    }
    EXPECT_TRUE(found);
    int readings = 0;
    for (const IndicatorStore::ReadingRecord& r : IndicatorStore(*m_db).readings())
        readings += r.reading.period == QLatin1String("Q3") ? 1 : 0;
    EXPECT_EQ(readings, 1);
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE marked_table_id IS NOT NULL")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT agenda_number, text FROM user_resolution WHERE marked_table_id IS NOT "
                                      "NULL")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("3")); // the agenda item whose pages hold it
    EXPECT_EQ(q.value(1).toString(), resolution.text);
    bool inRegister = false;
    for (const ResolutionStore::Record& r : ResolutionStore(*m_db).list())
        inRegister = inRegister || r.resolution.text == resolution.text;
    EXPECT_TRUE(inRegister);
}

TEST_P(MarkedTableStoreTest, TemplatesAreListedRenamedRemovedAndExported)
{
    importPack("v1");
    TableTemplate t;
    t.name = QStringLiteral("Children's plan");
    t.body = QStringLiteral("Children's Scrutiny Committee");
    t.kind = MarkedKind::Plan;
    t.columns = {{QStringLiteral("Proposal"), QStringLiteral("action"), 0.05, 0.4},
                 {QStringLiteral("Sponsor"), QStringLiteral("owner"), 0.4, 0.6}};
    t.top = 0.12;
    t.bottom = 0.6;
    TemplateStore store(*m_db);
    const qint64 id = store.add(t).value();
    QList<TableTemplate> all = store.all();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().id, id);
    EXPECT_EQ(all.first().columns, t.columns);
    EXPECT_EQ(all.first().body, t.body);
    EXPECT_FALSE(store.rename(id, QStringLiteral("Improvement plan")).has_value());
    EXPECT_EQ(store.find(id)->name, QStringLiteral("Improvement plan"));

    const QJsonArray exported = JsonExporter(*m_db).build().value(QStringLiteral("templates")).toArray();
    ASSERT_EQ(exported.size(), 1);
    const QJsonObject e = exported.first().toObject();
    EXPECT_EQ(e.value(QStringLiteral("name")).toString(), QStringLiteral("Improvement plan"));
    EXPECT_EQ(e.value(QStringLiteral("kind")).toString(), QStringLiteral("plan"));
    EXPECT_EQ(e.value(QStringLiteral("columns")).toArray().size(), 2);
    EXPECT_EQ(e.value(QStringLiteral("rows_read")).toInt(), 0);

    EXPECT_FALSE(store.remove(id).has_value());
    EXPECT_TRUE(store.all().isEmpty());
    EXPECT_EQ(store.add(t, id).value(), id);
}

TEST_P(MarkedTableStoreTest, RowsReadWithATemplateSaySo)
{
    TableTemplate t;
    t.name = QStringLiteral("Board plan");
    t.kind = MarkedKind::Plan;
    const qint64 id = TemplateStore(*m_db).add(t).value();
    ImportBundle bundle = samplePack("v1");
    bundle.actions[1].definedBy = QStringLiteral("template");
    bundle.actions[1].templateId = id;
    ASSERT_TRUE(ImportWriter(*m_db).write(bundle).hasValue());
    int read = 0;
    for (const ActionRecord& r : ActionStore(*m_db).list()) {
        if (r.action.definedBy == QLatin1String("template")) {
            ++read;
            EXPECT_EQ(r.action.templateName, QStringLiteral("Board plan"));
        }
    }
    EXPECT_EQ(read, 1);
    EXPECT_EQ(TemplateStore(*m_db).list().first().rowsRead, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, MarkedTableStoreTest, backends(), backendName);
