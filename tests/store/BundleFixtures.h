#pragma once

// Hand-built ImportBundles and a temporary database on either backend for store tests: no PDF,
// no parser.
#include "Database.h"
#include "ImportBundle.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace scrutineer::testing {

inline PageRecord page(int number, const QString& text, std::optional<int> packPage = std::nullopt)
{
    PageRecord p;
    p.pdfPage = number;
    p.packPage = packPage;
    p.size = QSizeF(595, 842);
    p.hasText = !text.isEmpty();
    p.text = text;
    return p;
}

// A meeting of `body` of Testshire Council on `date`, with nothing else known.
inline Meeting meetingOf(const QString& body, const QDate& date)
{
    Meeting m;
    m.authority = QStringLiteral("Testshire Council");
    m.body = body;
    m.date = date;
    return m;
}

// A small pack for meeting `date` of the Children's Scrutiny Committee carrying the minutes
// of an earlier meeting, an agenda, a requested action and an improvement-plan action.
inline ImportBundle samplePack(const QByteArray& sha, const QDate& date = QDate(2030, 3, 4))
{
    ImportBundle b;
    b.fileName = QStringLiteral("pack.pdf");
    b.sha256 = sha;
    b.kind = DocumentKind::AgendaPack;
    b.pageCount = 4;
    b.pages = {page(1, QStringLiteral("Front sheet of the Children's Scrutiny Committee")),
               page(2, QStringLiteral("Minutes: the committee discussed adoption timeliness"), 2),
               page(3, QStringLiteral("Report on fostering recruitment and the foster carer allowance"), 3),
               page(4, QString())};
    Meeting meeting;
    meeting.authority = QStringLiteral("Testshire Council");
    meeting.body = QStringLiteral("Children's Scrutiny Committee");
    meeting.date = date;
    meeting.time = QTime(18, 30);
    meeting.venue = QStringLiteral("Council Chamber");
    meeting.members = {{QStringLiteral("Ann Able"), MemberRole::Chair, QStringLiteral("Chair"), {}, 1},
                       {QStringLiteral("Ben Baker"), MemberRole::Member, {}, {}, 1}};
    AgendaItem item;
    item.number = QStringLiteral("3");
    item.title = QStringLiteral("Fostering Recruitment");
    item.reportOf = QStringLiteral("Director of Children's Services");
    item.packPages = PageRange{3, 3};
    item.pdfPages = PageRange{3, 3};
    meeting.agendaItems = {item};
    b.meetings.append(meeting);
    b.documentMeetingIndex = 0;

    Meeting earlier;
    earlier.body = meeting.body;
    earlier.date = date.addMonths(-2);
    earlier.attendance = {{QStringLiteral("Ann Able"), AttendanceStatus::Present, {}, {}, 2}};
    Minute minute;
    minute.number = QStringLiteral("7");
    minute.title = QStringLiteral("ADOPTION TIMELINESS");
    minute.pdfPage = 2;
    Resolution r;
    r.text = QStringLiteral("That (1) the report be noted; (2) the Director be requested to report back in May.");
    r.clauses = {{QStringLiteral("1"), QStringLiteral("the report be noted;"), {}},
                 {QStringLiteral("2"), QStringLiteral("the Director be requested to report back in May."),
                  {{QStringLiteral("a"), QStringLiteral("with figures"), {}}}}};
    r.pdfPage = 2;
    minute.resolutions = {r};
    earlier.minutes = {minute};
    b.meetings.append(earlier);

    Action requested;
    requested.origin = ActionOrigin::Resolution;
    requested.text = QStringLiteral("report back on adoption timeliness");
    requested.owner = QStringLiteral("Director");
    requested.due = QStringLiteral("2030-05");
    requested.status = ActionStatus::Open;
    requested.meetingIndex = 1;
    requested.minuteNumber = QStringLiteral("7");
    requested.resolutionIndex = 0;
    requested.pdfPage = 2;
    Action planned;
    planned.origin = ActionOrigin::ImprovementPlan;
    planned.ref = QStringLiteral("1.1.1");
    planned.text = QStringLiteral("Recruit twenty new foster carers");
    planned.owner = QStringLiteral("Cara Cole, Head of Service");
    planned.due = QStringLiteral("2029-10");
    planned.dueText = QStringLiteral("Oct 2029");
    planned.status = ActionStatus::OnTrack;
    planned.statusText = QStringLiteral("Action not yet completed, but on track");
    planned.pdfPage = 3;
    b.actions = {requested, planned};

    Indicator indicator;
    indicator.name = QStringLiteral("Percentage of visits on time");
    indicator.polarity = Polarity::HigherIsBetter;
    indicator.unit = QStringLiteral("%");
    indicator.thresholds = {{QStringLiteral("Inadequate"), QStringLiteral("<65"), std::nullopt, 65.0},
                            {QStringLiteral("Good"), QStringLiteral("65-100"), 65.0, 100.0}};
    indicator.pdfPage = 3;
    b.indicators = {indicator};
    Reading reading;
    reading.indicatorIndex = 0;
    reading.period = QStringLiteral("2030-01");
    reading.value = 70.0;
    reading.pdfPage = 3;
    b.readings = {reading};
    return b;
}

// A store test on one backend (the parameter): an empty, migrated database in m_db. Write
// TEST_P(YourTest, ...) and INSTANTIATE_TEST_SUITE_P(Backends, YourTest, testing::backends(),
// testing::backendName), so that the test runs on SQLite and on PostgreSQL.
class StoreFixture : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        m_scratch = std::make_unique<ScratchDatabase>(GetParam());
        if (m_scratch->location().isEmpty()) {
            if (GetParam() == Backend::Postgres && testServer().isEmpty())
                GTEST_SKIP() << noServerMessage();
            FAIL() << "could not create a test database";
        }
        auto opened = Database::open(location());
        ASSERT_TRUE(opened.hasValue()) << opened.error().describe().toStdString();
        m_db = std::move(opened.value());
    }
    void TearDown() override
    {
        m_db.reset();
        m_scratch.reset();
    }
    // Where m_db lives: open it again there for a second connection.
    QString location() const { return m_scratch->location(); }
    QString path() const { return location(); }
    bool isServer() const { return GetParam() == Backend::Postgres; }
    int count(const QString& table) const
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

} // namespace scrutineer::testing
