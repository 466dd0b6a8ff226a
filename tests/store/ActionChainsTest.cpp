#include "ActionStore.h"
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "MeetingStore.h"
#include "OwnerAliasStore.h"

using namespace scrutineer;
using scrutineer::testing::samplePack;

namespace {

const QDate kMarch(2030, 3, 4);
const QDate kApril(2030, 4, 1);

// The April pack carries the March plan forward: the same row, its lead printed without the
// comma and now complete, plus a new row for a bare post.
ImportBundle aprilPack()
{
    ImportBundle b = samplePack("april", kApril);
    b.fileName = QStringLiteral("april.pdf");
    b.meetings.removeLast(); // no minutes of an earlier meeting this time
    Action& planned = b.actions.last();
    planned.owner = QStringLiteral("Cara Cole Head of Service");
    planned.status = ActionStatus::Complete;
    planned.statusText = QStringLiteral("Action complete");
    Action post;
    post.origin = ActionOrigin::ImprovementPlan;
    post.ref = QStringLiteral("1.1.2");
    post.text = QStringLiteral("Publish the sufficiency strategy");
    post.owner = QStringLiteral("Head of Service,");
    post.status = ActionStatus::Open;
    post.pdfPage = 3;
    b.actions = {planned, post};
    return b;
}

} // namespace

class ActionChainsTest : public scrutineer::testing::StoreFixture {
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ImportWriter writer(*m_db);
        ASSERT_TRUE(writer.write(samplePack("march", kMarch)).hasValue());
        ASSERT_TRUE(writer.write(aprilPack()).hasValue());
        for (const MeetingStore::MeetingSummary& m : MeetingStore(*m_db).meetings())
            m_meetings.insert(m.date, m);
    }
    ActionRecord plannedAt(const QDate& date) const
    {
        for (const ActionRecord& r : ActionStore(*m_db).list()) {
            if (r.meetingDate == date && r.action.ref == QStringLiteral("1.1.1"))
                return r;
        }
        ADD_FAILURE() << "no plan row at " << date.toString(Qt::ISODate).toStdString();
        return {};
    }

    QMap<QDate, MeetingStore::MeetingSummary> m_meetings;
};

TEST_P(ActionChainsTest, ARepeatIsLinkedToItsFirstOccurrenceAndCountedOnce)
{
    const ActionRecord first = plannedAt(kMarch);
    const ActionRecord repeat = plannedAt(kApril);
    EXPECT_FALSE(first.isRepeat());
    EXPECT_EQ(repeat.repeatOf, first.id);
    ASSERT_EQ(first.occurrences.size(), 2);
    EXPECT_EQ(first.occurrences.at(0).meetingDate, kMarch);
    EXPECT_EQ(first.occurrences.at(1).meetingDate, kApril);
    EXPECT_EQ(first.occurrences.at(1).printedStatus, ActionStatus::Complete);
    // The latest occurrence says where it stands: complete, so no longer open anywhere.
    EXPECT_EQ(first.action.status, ActionStatus::Complete);
    EXPECT_EQ(openState(first), OpenState::Complete);
    EXPECT_EQ(openState(repeat), OpenState::Repeat);

    // The meetings list and the agenda use the same count, and say what they left out.
    const MeetingStore::MeetingSummary april = m_meetings.value(kApril);
    EXPECT_EQ(april.openActions, 1);
    EXPECT_EQ(april.actions.repeats, 1);
    EXPECT_EQ(april.actions.describe(),
              QStringLiteral("1 open action (left out: 1 repeat of an action asked for earlier)"));
    OpenActionCount agenda;
    for (const ActionRecord& r : ActionStore(*m_db).forMeeting(april.id))
        agenda.add(r);
    EXPECT_EQ(agenda.open, april.openActions);
    EXPECT_EQ(agenda.total(), 2);
    EXPECT_EQ(MeetingStore(*m_db).meeting(april.id)->openActions, april.openActions);
}

TEST_P(ActionChainsTest, AStatusSetOnTheChainWinsOverEveryPrintedOne)
{
    const ActionRecord first = plannedAt(kMarch);
    ASSERT_TRUE(
        ActionStore(*m_db).setStatus(first.actionKey, ActionStatus::AtRisk, QStringLiteral("reopened")).hasValue());
    EXPECT_EQ(plannedAt(kMarch).action.status, ActionStatus::AtRisk);
    EXPECT_TRUE(plannedAt(kMarch).statusEdited);
    EXPECT_EQ(plannedAt(kApril).action.status, ActionStatus::AtRisk);
    ActionFilter open;
    open.openOnly = true;
    int listed = 0;
    for (const ActionRecord& r : ActionStore(*m_db).list(open))
        listed += r.action.ref == QStringLiteral("1.1.1") ? 1 : 0;
    EXPECT_EQ(listed, 1) << "open once, at its first occurrence";
}

TEST_P(ActionChainsTest, OwnersResolveToPeopleWhateverTheSpelling)
{
    const ActionRecord first = plannedAt(kMarch);
    const ActionRecord repeat = plannedAt(kApril);
    ASSERT_EQ(first.owners.size(), 1);
    EXPECT_EQ(first.owners.first().name, QStringLiteral("Cara Cole"));
    EXPECT_EQ(repeat.owners.first().key, first.owners.first().key);
    EXPECT_EQ(repeat.action.owner, QStringLiteral("Cara Cole Head of Service")) << "the owner stays as printed";
    // "Head of Service," alone: the body has one, so it is her.
    for (const ActionRecord& r : ActionStore(*m_db).list()) {
        if (r.action.ref == QStringLiteral("1.1.2")) {
            ASSERT_EQ(r.owners.size(), 1);
            EXPECT_EQ(r.owners.first().name, QStringLiteral("Cara Cole"));
        }
    }
}

TEST_P(ActionChainsTest, AnOfficersAliasResolvesAPostAndSurvivesReimport)
{
    OwnerAliasStore aliases(*m_db);
    OwnerAlias alias;
    alias.body = QStringLiteral("Children's Scrutiny Committee");
    alias.alias = QStringLiteral("Director");
    alias.person = QStringLiteral("Dan Dee");
    const auto id = aliases.add(alias);
    ASSERT_TRUE(id.hasValue());
    auto ownerOfRequest = [this] {
        for (const ActionRecord& r : ActionStore(*m_db).list()) {
            if (r.action.origin == ActionOrigin::Resolution)
                return r.ownerNames();
        }
        return QString();
    };
    EXPECT_EQ(ownerOfRequest(), QStringLiteral("Dan Dee"));
    // A corrected March pack replaces the extracted rows; the alias is user data and stays.
    ImportBundle revised = samplePack("march-v2", kMarch);
    revised.pages.last().text = QStringLiteral("Corrected");
    ASSERT_TRUE(ImportWriter(*m_db).write(revised).hasValue());
    EXPECT_EQ(aliases.list().size(), 1);
    EXPECT_EQ(ownerOfRequest(), QStringLiteral("Dan Dee"));
    alias.id = id.value();
    alias.person = QStringLiteral("Dana Dee");
    ASSERT_FALSE(aliases.update(alias).has_value());
    EXPECT_EQ(ownerOfRequest(), QStringLiteral("Dana Dee"));
    ASSERT_FALSE(aliases.remove(alias.id).has_value());
    EXPECT_EQ(ownerOfRequest(), QStringLiteral("Director"));
}

// A later minute of the same meeting repeats a request "further to Minute 8 (1) above" in other
// words: linked to the clause it cites (the reference the importer resolved), counted once; the
// new request of another owner in that minute stays an action of its own.
TEST_P(ActionChainsTest, ARequestRepeatedFurtherToACitedMinuteIsCountedOnce)
{
    const QDate september(2031, 9, 2);
    ImportBundle b = samplePack("september", september);
    b.fileName = QStringLiteral("september.pdf");
    Meeting& earlier = b.meetings[1];
    auto request = [](const QString& minute, const QString& clause, const QString& owner, const QString& text) {
        Action a;
        a.origin = ActionOrigin::Resolution;
        a.text = text;
        a.owner = owner;
        a.status = ActionStatus::Open;
        a.meetingIndex = 1;
        a.minuteNumber = minute;
        a.resolutionIndex = 0;
        a.clausePath = clause;
        a.pdfPage = 2;
        return a;
    };
    Action first = request(QStringLiteral("8"), QStringLiteral("1"), QStringLiteral("Head of Libraries"),
                                 QStringLiteral("the Head of Libraries be requested to submit a further update on "
                                                "opening hours in January"));
    Action again = request(QStringLiteral("12"), QStringLiteral("2"), QStringLiteral("Head of Libraries"),
                                 QStringLiteral("the Head of Libraries be requested to submit an update on the review "
                                                "of library opening hours to the Committee in January"));
    first.due = QStringLiteral("2032-01");
    again.due = QStringLiteral("2032-01-14");
    const Action parks = request(QStringLiteral("12"), QStringLiteral("3"), QStringLiteral("Head of Parks"),
                                 QStringLiteral("the Head of Parks be requested to submit the play area survey"));
    Minute libraries;
    libraries.number = QStringLiteral("8");
    libraries.title = QStringLiteral("LIBRARY OPENING HOURS");
    libraries.pdfPage = 2;
    Resolution asked;
    asked.text = QStringLiteral("That (1) ") + first.text + QLatin1Char('.');
    asked.clauses = {{QStringLiteral("1"), first.text, {}}};
    asked.pdfPage = 2;
    libraries.resolutions = {asked};
    Minute programme;
    programme.number = QStringLiteral("12");
    programme.title = QStringLiteral("WORK PROGRAMME");
    programme.pdfPage = 2;
    MinuteReference cited;
    cited.raw = QStringLiteral("Further to Minute 8 (1) above");
    cited.number = QStringLiteral("8");
    cited.clause = QStringLiteral("(1)");
    cited.above = true;
    programme.references = {cited};
    Resolution listed;
    listed.text = QStringLiteral("That (1) the Work Programme be agreed; (2) ") + again.text + QStringLiteral("; (3) ")
        + parks.text + QLatin1Char('.');
    listed.clauses = {{QStringLiteral("1"), QStringLiteral("the Work Programme be agreed;"), {}},
                      {QStringLiteral("2"), again.text, {}},
                      {QStringLiteral("3"), parks.text, {}}};
    listed.pdfPage = 2;
    programme.resolutions = {listed};
    earlier.minutes.append(libraries);
    earlier.minutes.append(programme);
    b.actions = {first, again, parks};
    ASSERT_TRUE(ImportWriter(*m_db).write(b).hasValue());

    qint64 meetingId = 0;
    for (const MeetingStore::MeetingSummary& m : MeetingStore(*m_db).meetings()) {
        if (m.date == september.addMonths(-2))
            meetingId = m.id;
    }
    ASSERT_GT(meetingId, 0);
    const QList<ActionRecord> records = ActionStore(*m_db).forMeeting(meetingId);
    ASSERT_EQ(records.size(), 3);
    OpenActionCount count;
    QHash<QString, ActionRecord> byOwner;
    for (const ActionRecord& r : records) {
        count.add(r);
        if (!r.isRepeat())
            byOwner.insert(r.action.owner, r);
    }
    EXPECT_EQ(count.open, 2);
    EXPECT_EQ(count.repeats, 1);
    const ActionRecord head = byOwner.value(QStringLiteral("Head of Libraries"));
    EXPECT_EQ(head.action.text, first.text);
    ASSERT_EQ(head.occurrences.size(), 2) << "its history names both minutes' rows";
    EXPECT_EQ(head.action.due, first.due) << "a repeat in the same minutes says nothing new about the action";
    EXPECT_TRUE(byOwner.contains(QStringLiteral("Head of Parks")));
}

INSTANTIATE_TEST_SUITE_P(Backends, ActionChainsTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
