#include "ChairFixtures.h"

#include "ImportWriter.h"
#include "NoteStore.h"

#include <QSettings>
#include <QSqlQuery>

namespace scrutineer::gui::chairtest {
namespace {

const QString kChildren = QStringLiteral("Children's Scrutiny Committee");
const QString kAdults = QStringLiteral("Adult Social Care Committee");
const QString kCouncil = QStringLiteral("Testshire Council");

PageRecord page(int number, const QString& text)
{
    PageRecord p;
    p.pdfPage = number;
    p.packPage = number;
    p.size = QSizeF(595, 842);
    p.hasText = true;
    p.text = text;
    return p;
}

ImportBundle bundle(const QByteArray& sha, const QString& fileName)
{
    ImportBundle b;
    b.fileName = fileName;
    b.sha256 = sha;
    b.kind = DocumentKind::AgendaPack;
    b.pageCount = 6;
    for (int i = 1; i <= 6; ++i)
        b.pages.append(page(i, QStringLiteral("Page %1 of %2").arg(i).arg(fileName)));
    b.documentMeetingIndex = 0;
    return b;
}

Meeting meeting(const QString& body, const QDate& date, const QTime& time = {})
{
    Meeting m;
    m.authority = kCouncil;
    m.body = body;
    m.date = date;
    m.time = time;
    m.venue = time.isValid() ? QStringLiteral("Council Chamber, Town Hall") : QString();
    return m;
}

AgendaItem item(const QString& number, const QString& title, int first, int last)
{
    AgendaItem i;
    i.number = number;
    i.title = title;
    i.packPages = PageRange{first, last};
    i.pdfPages = PageRange{first, last};
    return i;
}

Action action(ActionOrigin origin, const QString& ref, const QString& text, const QString& owner, const QString& due,
              ActionStatus status, int page)
{
    Action a;
    a.origin = origin;
    a.ref = ref;
    a.text = text;
    a.owner = owner;
    a.due = due;
    a.dueText = due;
    a.status = status;
    a.pdfPage = page;
    return a;
}

} // namespace

ImportBundle childrensPack()
{
    ImportBundle b = bundle("chair-a", QStringLiteral("children-2030-03-04.pdf"));
    Meeting m = meeting(kChildren, QDate(2030, 3, 4), QTime(18, 30));
    m.agendaItems = {item(QStringLiteral("1"), QStringLiteral("Apologies for Absence"), 1, 1),
                     item(QStringLiteral("2"), QStringLiteral("Minutes of the Previous Meeting"), 2, 3),
                     item(QStringLiteral("3"), QStringLiteral("Fostering Recruitment"), 4, 5),
                     item(QStringLiteral("4"), QStringLiteral("Performance Report"), 6, 6)};
    b.meetings.append(m);

    Meeting earlier = meeting(kChildren, QDate(2030, 1, 14));
    Minute seven;
    seven.number = QStringLiteral("7");
    seven.title = QStringLiteral("ADOPTION TIMELINESS");
    seven.pdfPage = 2;
    Resolution r;
    r.text = QStringLiteral("That (1) the report be noted; (2) the Director be requested to: (a) report back in May; and (b) "
                            "circulate the figures.");
    r.clauses = {{QStringLiteral("1"), QStringLiteral("the report be noted;"), {}},
                 {QStringLiteral("2"), QStringLiteral("the Director be requested to:"),
                  {{QStringLiteral("a"), QStringLiteral("report back in May; and"), {}},
                   {QStringLiteral("b"), QStringLiteral("circulate the figures."), {}}}}};
    r.pdfPage = 2;
    seven.resolutions = {r};
    Minute eight;
    eight.number = QStringLiteral("8");
    eight.title = QStringLiteral("BUDGET MONITORING");
    eight.pdfPage = 3;
    Resolution budget;
    budget.text = QStringLiteral("That the budget monitoring report be noted.");
    RecordedVote vote;
    vote.forCount = 7;
    vote.againstCount = 2;
    vote.outcome = QStringLiteral("carried");
    budget.votes = vote;
    budget.pdfPage = 3;
    eight.resolutions = {budget};
    earlier.minutes = {seven, eight};
    b.meetings.append(earlier);

    Action requested = action(ActionOrigin::Resolution, {}, QStringLiteral("Report back on adoption timeliness"),
                              QStringLiteral("Director of Children's Services"), QStringLiteral("2030-05"), ActionStatus::Open, 2);
    requested.meetingIndex = 1;
    requested.minuteNumber = QStringLiteral("7");
    requested.resolutionIndex = 0;
    requested.clausePath = QStringLiteral("2.a");
    b.actions = {requested,
                 action(ActionOrigin::ImprovementPlan, QStringLiteral("1.1.1"), QStringLiteral("Recruit twenty new foster carers"),
                        QStringLiteral("Cara Cole, Head of Service"), QStringLiteral("2029-10"), ActionStatus::OnTrack, 4),
                 action(ActionOrigin::ImprovementPlan, QStringLiteral("1.1.2"), QStringLiteral("Publish the sufficiency strategy"),
                        QStringLiteral("Dan Dee, Service Manager"), QStringLiteral("2030-12"), ActionStatus::AtRisk, 4),
                 action(ActionOrigin::ImprovementPlan, QStringLiteral("1.1.3"), QStringLiteral("Appoint a virtual school head"),
                        QStringLiteral("Cara Cole, Head of Service"), QStringLiteral("2029-06"), ActionStatus::Complete, 5)};

    Indicator visits;
    visits.name = QStringLiteral("Percentage of visits on time");
    visits.polarity = Polarity::HigherIsBetter;
    visits.unit = QStringLiteral("%");
    visits.thresholds = {{QStringLiteral("Inadequate"), QStringLiteral("<65"), std::nullopt, 65.0},
                         {QStringLiteral("Requires Improvement"), QStringLiteral("65-74"), 65.0, 74.0},
                         {QStringLiteral("Good"), QStringLiteral("75-84"), 75.0, 84.0},
                         {QStringLiteral("Outstanding"), QStringLiteral("85+"), 85.0, std::nullopt}};
    visits.pdfPage = 6;
    Indicator rereferrals;
    rereferrals.name = QStringLiteral("Re-referrals within 12 months");
    rereferrals.polarity = Polarity::LowerIsBetter;
    rereferrals.unit = QStringLiteral("%");
    rereferrals.target = 20.0;
    rereferrals.floor = 25.0;
    rereferrals.pdfPage = 6;
    b.indicators = {visits, rereferrals};
    auto reading = [](int indicator, const QString& period, double value, const QString& printed) {
        Reading row;
        row.indicatorIndex = indicator;
        row.period = period;
        row.value = value;
        row.reportedRating = printed;
        row.pdfPage = 6;
        return row;
    };
    b.readings = {reading(0, QStringLiteral("Jan 2030"), 80, QStringLiteral("Requires Improvement")),
                  reading(0, QStringLiteral("Oct 2029"), 70, QStringLiteral("Requires Improvement")),
                  reading(0, QStringLiteral("Mar 2030"), 60, QStringLiteral("Inadequate")),
                  reading(1, QStringLiteral("Nov 2029"), 22, QStringLiteral("Amber")),
                  reading(1, QStringLiteral("Feb 2030"), 27, QStringLiteral("Red"))};
    return b;
}

ImportBundle childrensLaterPack()
{
    ImportBundle b = bundle("chair-c", QStringLiteral("children-2030-07-08.pdf"));
    Meeting m = meeting(kChildren, QDate(2030, 7, 8), QTime(18, 30));
    m.agendaItems = {item(QStringLiteral("1"), QStringLiteral("Apologies for Absence"), 1, 1),
                     item(QStringLiteral("2"), QStringLiteral("Minutes of the Previous Meeting"), 2, 3),
                     item(QStringLiteral("3"), QStringLiteral("Adoption Timeliness Update"), 4, 6)};
    b.meetings.append(m);
    Meeting march = meeting(kChildren, QDate(2030, 3, 4));
    Minute twelve;
    twelve.number = QStringLiteral("12");
    twelve.title = QStringLiteral("ADOPTION TIMELINESS UPDATE");
    twelve.pdfPage = 2;
    MinuteReference ref;
    ref.raw = QStringLiteral("Further to Minute No. 7 of 14 January 2030");
    ref.number = QStringLiteral("7");
    ref.date = QStringLiteral("2030-01-14");
    ref.pdfPage = 2;
    twelve.references = {ref};
    Resolution r;
    r.text = QStringLiteral("That the update be noted.");
    r.pdfPage = 2;
    twelve.resolutions = {r};
    march.minutes = {twelve};
    b.meetings.append(march);
    Action arising = action(ActionOrigin::ActionsArising, {}, QStringLiteral("Circulate the performance dashboard to members"),
                            QStringLiteral("Democratic Services Officer"), QStringLiteral("2030-07-15"), ActionStatus::Open, 3);
    arising.meetingIndex = 1;
    b.actions = {arising};
    return b;
}

ImportBundle adultsPack()
{
    ImportBundle b = bundle("chair-b", QStringLiteral("adults-2030-04-20.pdf"));
    Meeting m = meeting(kAdults, QDate(2030, 4, 20), QTime(10, 0));
    m.agendaItems = {item(QStringLiteral("1"), QStringLiteral("Respite Care Contract"), 2, 4)};
    b.meetings.append(m);
    b.actions = {action(ActionOrigin::ActionsArising, {}, QStringLiteral("Review the respite care contract"),
                        QStringLiteral("Director of Adult Services"), QStringLiteral("2030-04"), ActionStatus::Open, 2)};
    return b;
}


ChairLibrary::ChairLibrary()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
    auto db = open();
    if (!db) {
        m_error = QStringLiteral("cannot open the database");
        return;
    }
    for (const ImportBundle& b : {childrensPack(), adultsPack(), childrensLaterPack()}) {
        const auto written = ImportWriter(*db).write(b);
        if (!written) {
            m_error = written.error().describe();
            return;
        }
    }
    Note question;
    question.meetingId = meetingId(QDate(2030, 7, 8));
    question.kind = Note::Kind::Question;
    question.agendaNumber = QStringLiteral("3");
    question.body = QStringLiteral("Why did visits on time fall to 60% in March?");
    if (!NoteStore(*db).add(question))
        m_error = QStringLiteral("cannot add the question");
}

std::unique_ptr<Database> ChairLibrary::open() const
{
    auto db = Database::open(databasePath());
    return db ? std::move(db.value()) : nullptr;
}

qint64 ChairLibrary::meetingId(const QDate& date) const
{
    auto db = open();
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT id FROM meeting WHERE date = ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace scrutineer::gui::chairtest
