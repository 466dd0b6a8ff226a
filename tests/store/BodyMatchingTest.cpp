// Which body a meeting is filed under when its papers do not name their council: a same-named
// body of another council is the same body only on evidence, never on the name alone.
#include "BundleFixtures.h"
#include "ImportWriter.h"

#include <QSqlQuery>

using namespace scrutineer;
using scrutineer::testing::page;

namespace {

// One meeting's minutes: `authority` may be empty (minutes that name only their committee).
ImportBundle minutesNaming(const QByteArray& sha, const QString& authority, const QString& body, const QDate& date,
                           const QStringList& people)
{
    ImportBundle b;
    b.fileName = QString::fromLatin1(sha) + QStringLiteral(".pdf");
    b.sha256 = sha;
    b.kind = DocumentKind::Minutes;
    b.pageCount = 1;
    b.pages = {page(1, QStringLiteral("Minutes of the meeting"))};
    Meeting m;
    m.authority = authority;
    m.body = body;
    m.date = date;
    for (const QString& name : people)
        m.attendance.append({name, AttendanceStatus::Present, {}, {}, 1});
    b.meetings = {m};
    b.documentMeetingIndex = 0;
    return b;
}

const QString kPanel = QStringLiteral("Overview and Scrutiny Committee");

class BodyMatchingTest : public scrutineer::testing::StoreFixture {
protected:
    void write(const ImportBundle& bundle)
    {
        ImportWriter writer(*m_db);
        const auto outcome = writer.write(bundle);
        ASSERT_TRUE(outcome.hasValue()) << outcome.error().describe().toStdString();
    }
    // The council of the body the meeting of `date` is filed under ("" when none).
    QString councilOf(const QDate& date) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT COALESCE(a.name, '') FROM meeting m JOIN body b ON b.id = m.body_id "
                                 "LEFT JOIN authority a ON a.id = b.authority_id WHERE m.date = ?"));
        q.addBindValue(date.toString(Qt::ISODate));
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(no meeting)");
    }
    int bodiesNamed(const QString& name) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM body WHERE name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // Two councils' papers: Northwold's panel (Able, Baker, Cole) and another council's cabinet.
    void libraryOfTwoCouncils()
    {
        write(minutesNaming("north", QStringLiteral("Northwold District Council"), kPanel, QDate(2030, 1, 10),
                            {QStringLiteral("Ann Able"), QStringLiteral("Ben Baker"), QStringLiteral("Cara Cole")}));
        write(minutesNaming("south", QStringLiteral("Southmere Borough Council"), QStringLiteral("Cabinet"),
                            QDate(2030, 1, 11), {QStringLiteral("Dan Dunn")}));
    }
};

} // namespace

TEST_P(BodyMatchingTest, MinutesThatNameNoCouncilStayApartFromAnotherCouncilsBodyOfTheSameName)
{
    libraryOfTwoCouncils();
    write(minutesNaming("anon", {}, kPanel, QDate(2030, 2, 1), {QStringLiteral("Eve Evans"), QStringLiteral("Fay Ford")}));
    EXPECT_EQ(councilOf(QDate(2030, 2, 1)), QString());
    EXPECT_EQ(bodiesNamed(kPanel), 2);
    EXPECT_EQ(councilOf(QDate(2030, 1, 10)), QStringLiteral("Northwold District Council"));
}

TEST_P(BodyMatchingTest, MinutesThatNameNoCouncilJoinTheBodyWhosePeopleTheyName)
{
    libraryOfTwoCouncils();
    write(minutesNaming("anon", {}, kPanel, QDate(2030, 2, 1),
                        {QStringLiteral("Cllr A. Able"), QStringLiteral("Councillor Cole"), QStringLiteral("Eve Evans")}));
    EXPECT_EQ(councilOf(QDate(2030, 2, 1)), QStringLiteral("Northwold District Council"));
    EXPECT_EQ(bodiesNamed(kPanel), 1);
}

TEST_P(BodyMatchingTest, OnePersonInCommonIsNotEnough)
{
    libraryOfTwoCouncils();
    write(minutesNaming("anon", {}, kPanel, QDate(2030, 2, 1), {QStringLiteral("Ann Able"), QStringLiteral("Eve Evans")}));
    EXPECT_EQ(councilOf(QDate(2030, 2, 1)), QString());
}

TEST_P(BodyMatchingTest, InALibraryOfOneCouncilMinutesThatNameNoCouncilAreThatCouncils)
{
    write(minutesNaming("north", QStringLiteral("Northwold District Council"), kPanel, QDate(2030, 1, 10),
                        {QStringLiteral("Ann Able")}));
    write(minutesNaming("anon", {}, kPanel, QDate(2030, 2, 1), {QStringLiteral("Eve Evans")}));
    EXPECT_EQ(councilOf(QDate(2030, 2, 1)), QStringLiteral("Northwold District Council"));
    EXPECT_EQ(bodiesNamed(kPanel), 1);
}

TEST_P(BodyMatchingTest, ACouncilsPapersAdoptABodyWithoutCouncilOnlyOnEvidence)
{
    libraryOfTwoCouncils();
    const QString select = QStringLiteral("Audit Panel");
    write(minutesNaming("anon", {}, select, QDate(2030, 2, 1), {QStringLiteral("Gus Gray"), QStringLiteral("Hal Hill")}));
    // Southmere's panel shares no one with it: a body of its own.
    write(minutesNaming("south2", QStringLiteral("Southmere Borough Council"), select, QDate(2030, 3, 1),
                        {QStringLiteral("Ivy Irwin")}));
    EXPECT_EQ(bodiesNamed(select), 2);
    EXPECT_EQ(councilOf(QDate(2030, 2, 1)), QString());
    // Northwold's papers name both of its people: the same panel, which now has its council.
    write(minutesNaming("north2", QStringLiteral("Northwold District Council"), select, QDate(2030, 4, 1),
                        {QStringLiteral("Gus Gray"), QStringLiteral("Hal Hill"), QStringLiteral("Ann Able")}));
    EXPECT_EQ(bodiesNamed(select), 2);
    EXPECT_EQ(councilOf(QDate(2030, 2, 1)), QStringLiteral("Northwold District Council"));
}

TEST_P(BodyMatchingTest, AMeetingInTheSameDocumentIsOfTheSameBody)
{
    libraryOfTwoCouncils();
    ImportBundle pack = minutesNaming("pack", QStringLiteral("Southmere Borough Council"), kPanel, QDate(2030, 5, 1),
                                      {QStringLiteral("Ivy Irwin")});
    // The previous meeting's minutes inside the pack name only the committee.
    pack.meetings.append(minutesNaming("x", {}, kPanel, QDate(2030, 3, 3), {QStringLiteral("Jo Jones")}).meetings.first());
    write(pack);
    EXPECT_EQ(councilOf(QDate(2030, 3, 3)), QStringLiteral("Southmere Borough Council"));
    EXPECT_EQ(bodiesNamed(kPanel), 2);
}

TEST_P(BodyMatchingTest, ACouncilsMinutesJoinTheFrontSheetOfTheSameMeetingThatNamedNoCouncil)
{
    libraryOfTwoCouncils();
    const QString council = QStringLiteral("County Council");
    // The front sheet names neither its council nor anyone present; the minutes name both.
    write(minutesNaming("front", {}, council, QDate(2030, 3, 13), {}));
    write(minutesNaming("minutes", QStringLiteral("Southmere Borough Council"), council, QDate(2030, 3, 13),
                        {QStringLiteral("Kay King")}));
    EXPECT_EQ(bodiesNamed(council), 1);
    EXPECT_EQ(councilOf(QDate(2030, 3, 13)), QStringLiteral("Southmere Borough Council"));
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM meeting WHERE date = '2030-03-13'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1) << "one meeting, its front sheet and its minutes together";
}

TEST_P(BodyMatchingTest, AFrontSheetFiledWithoutCouncilJoinsItsCouncilsBodyWhenItsMinutesArrive)
{
    libraryOfTwoCouncils();
    const QString council = QStringLiteral("County Council");
    write(minutesNaming("earlier", QStringLiteral("Southmere Borough Council"), council, QDate(2030, 1, 5),
                        {QStringLiteral("Kay King")}));
    // A front sheet naming no council and no one: no evidence yet, a body of its own.
    write(minutesNaming("front", {}, council, QDate(2030, 2, 2), {}));
    EXPECT_EQ(bodiesNamed(council), 2);
    // Southmere's minutes of that meeting: the front sheet's body was Southmere's all along.
    write(minutesNaming("minutes", QStringLiteral("Southmere Borough Council"), council, QDate(2030, 2, 2),
                        {QStringLiteral("Kay King")}));
    EXPECT_EQ(bodiesNamed(council), 1);
    EXPECT_EQ(councilOf(QDate(2030, 2, 2)), QStringLiteral("Southmere Borough Council"));
    EXPECT_EQ(councilOf(QDate(2030, 1, 5)), QStringLiteral("Southmere Borough Council"));
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM meeting WHERE date = '2030-02-02'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1) << "the front sheet's meeting and the minutes' are one";
}

TEST_P(BodyMatchingTest, TwoPapersThatNameNoCouncilAreOneBodyOnlyOnEvidence)
{
    // Two councils' cabinets, each known only as "Cabinet" in its papers, in a library of
    // several councils: the name alone does not make them one body; two people in common do.
    libraryOfTwoCouncils();
    const QString cabinet = QStringLiteral("Cabinet");
    write(minutesNaming("west", {}, cabinet, QDate(2030, 3, 1), {QStringLiteral("Gus Gray"), QStringLiteral("Hal Hunt")}));
    write(minutesNaming("east", {}, cabinet, QDate(2030, 3, 2), {QStringLiteral("Ian Ince"), QStringLiteral("Jo Jones")}));
    EXPECT_EQ(bodiesNamed(cabinet), 3); // Southmere's, and one for each paper without a council
    write(minutesNaming("west2", {}, cabinet, QDate(2030, 4, 1),
                        {QStringLiteral("Gus Gray"), QStringLiteral("Hal Hunt"), QStringLiteral("Kit King")}));
    EXPECT_EQ(bodiesNamed(cabinet), 3); // the west cabinet's people: its body
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(DISTINCT body_id) FROM meeting WHERE date IN ('2030-03-01', "
                                      "'2030-04-01')")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_P(BodyMatchingTest, PapersWithoutCouncilAtTheSameNamedVenueAreOneBody)
{
    // A council's front sheets that name only "Cabinet": the same building in the same town is
    // evidence; a room every council has is not.
    libraryOfTwoCouncils();
    const QString cabinet = QStringLiteral("Cabinet");
    const auto at = [&](const QByteArray& sha, const QDate& date, const QString& venue) {
        ImportBundle b = minutesNaming(sha, {}, cabinet, date, {});
        b.meetings[0].venue = venue;
        write(b);
    };
    at("one", QDate(2030, 3, 1), QStringLiteral("Council Chamber, Sessions House, County Hall, Maidstone"));
    at("two", QDate(2030, 3, 8), QStringLiteral("the Council Chamber, Sessions House, County Hall, Maidstone"));
    at("three", QDate(2030, 3, 15), QStringLiteral("Council Chamber, Town Hall"));
    at("four", QDate(2030, 3, 22), QStringLiteral("Council Chamber, Town Hall"));
    at("five", QDate(2030, 3, 29), QStringLiteral("Council Chamber, County Hall, Llanfair, Wales"));
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(DISTINCT body_id) FROM meeting WHERE date IN ('2030-03-01', "
                                      "'2030-03-08')")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(bodiesNamed(cabinet), 5); // Southmere's; Maidstone's; two at a Town Hall; Llanfair's
}

INSTANTIATE_TEST_SUITE_P(Backends, BodyMatchingTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
