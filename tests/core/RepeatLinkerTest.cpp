#include "RepeatLinker.h"

#include <gtest/gtest.h>

using namespace scrutineer;

namespace {

RepeatLinker::Candidate candidate(qint64 id, const QDate& date, const QString& text, const QString& owner = {},
                                  const QStringList& keys = {}, const QString& body = QStringLiteral("Committee"))
{
    RepeatLinker::Candidate c;
    c.id = id;
    c.body = body;
    c.meetingId = date.toJulianDay();
    c.meetingDate = date;
    c.text = text;
    c.owner = owner;
    c.ownerKeys = keys;
    return c;
}

const QDate kSeptember(2021, 9, 7);
const QDate kOctober(2021, 10, 12);
const QDate kNovember(2021, 11, 23);

} // namespace

// Minutes ask "The solicitor to the council to check ..."; the next meeting's action list
// repeats it with the person's name and the request alone.
TEST(RepeatLinker, TheSameRequestRepeatedIsLinkedToItsFirstOccurrence)
{
    const auto links = RepeatLinker::link({
        candidate(
            6, kSeptember,
            QStringLiteral("The solicitor to the council to check and confirm if the Human Rights Act is highlighted "
                           "as a workshop requirement for social workers"),
            QStringLiteral("The solicitor to the council")),
        candidate(
            11, kOctober,
            QStringLiteral("check and confirm if the Human Rights Act is highlighted as a workshop requirement for "
                           "social workers"),
            QStringLiteral("Claire Ward")),
        candidate(10, kSeptember,
                  QStringLiteral("The clerk to the committee to seek an update on the schools briefing"),
                  QStringLiteral("The clerk to the committee")),
        candidate(13, kOctober, QStringLiteral("seek an update on the schools briefing."),
                  QStringLiteral("Clerk to the committee")),
    });
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(links.value(11).firstId, 6);
    EXPECT_EQ(links.value(11).reason, RepeatLinker::Reason::SameText);
    EXPECT_EQ(links.value(13).firstId, 10);
}

TEST(RepeatLinker, ThirdOccurrenceLinksToTheFirst)
{
    const QString text = QStringLiteral("Undertake a supervision audit of all team managers by the end of the quarter");
    const auto links = RepeatLinker::link(
        {candidate(3, kNovember, text), candidate(1, kSeptember, text), candidate(2, kOctober, text)});
    EXPECT_EQ(links.value(2).firstId, 1);
    EXPECT_EQ(links.value(3).firstId, 1);
    EXPECT_FALSE(links.contains(1));
}

TEST(RepeatLinker, SameOwnerAndNearlyTheSameWords)
{
    const QStringList vicky {QStringLiteral("person:vicky buchanan")};
    const auto links = RepeatLinker::link({
        candidate(1, kSeptember, QStringLiteral("Review CSC Workforce Strategy and report progress to the Board."),
                  QStringLiteral("Vicky Buchanan, Head of Service"), vicky),
        candidate(2, kOctober, QStringLiteral("Review the CSC Workforce Strategy; report progress to Board"),
                  QStringLiteral("Vicky Buchanan Head of Service"), vicky),
        // Similar words, another owner: a different action.
        candidate(3, kNovember, QStringLiteral("Review the CSC Workforce Strategy; report progress to Cabinet"),
                  QStringLiteral("Joy Hughes"), {QStringLiteral("person:joy hughes")}),
    });
    EXPECT_EQ(links.value(2).firstId, 1);
    EXPECT_EQ(links.value(2).reason, RepeatLinker::Reason::SameOwnerSimilarText);
    EXPECT_FALSE(links.contains(3));
}

TEST(RepeatLinker, NeverWithinOneMeetingAcrossBodiesOrUndated)
{
    const QString text = QStringLiteral("Provide an example of an induction pack for new starters");
    const auto links = RepeatLinker::link({
        candidate(1, kSeptember, text), candidate(2, kSeptember, text), // same meeting
        candidate(3, kOctober, text, {}, {}, QStringLiteral("Another Committee")), // another body
        candidate(4, QDate(), text), // no date
        candidate(5, kOctober, QStringLiteral("Provide an update")), // too short to be sure
    });
    EXPECT_TRUE(links.isEmpty());
}

TEST(RepeatLinker, DifferentRequestsStayApart)
{
    const auto links = RepeatLinker::link({
        candidate(1, kSeptember,
                  QStringLiteral("A report on health and wellbeing be scheduled for the December meeting")),
        candidate(
            2, kOctober,
            QStringLiteral("A report on holiday activities provided by schools be scheduled for the December meeting")),
    });
    EXPECT_TRUE(links.isEmpty());
}

namespace {

RepeatLinker::Candidate asked(qint64 id, const QDate& date, qint64 minute, const QString& clause, const QString& text,
                              const QString& owner, QList<RepeatLinker::Candidate::Citation> cites = {})
{
    RepeatLinker::Candidate c = candidate(id, date, text, owner, {QStringLiteral("post:") + owner.toLower()});
    c.minuteId = minute;
    c.clausePath = clause;
    c.cites = std::move(cites);
    return c;
}

const QString kLibraries = QStringLiteral("Head of Libraries");

} // namespace

// A later minute of the same meeting lists requests "further to Minutes 6 (3) and 7 (2) above",
// reworded: each is linked to the clause it cites, for the same owner; a new request of another
// owner in that minute, and a request the citation does not name, stay apart.
TEST(RepeatLinker, ARequestRepeatedFurtherToACitedClauseIsLinkedWithinTheMeeting)
{
    const QList<RepeatLinker::Candidate::Citation> cites {{6, QStringLiteral("(3)")}, {7, QStringLiteral("2")}};
    const auto links = RepeatLinker::link({
        asked(1, kSeptember, 6, QStringLiteral("(3)"),
              QStringLiteral("the closures of branch libraries be added to the Work Programme and the Head of "
                             "Libraries be requested to submit information to the Committee as and when closures "
                             "are proposed"),
              kLibraries),
        asked(2, kSeptember, 7, QStringLiteral("(2)"),
              QStringLiteral("the Head of Libraries be requested to submit a further update on opening hours in "
                             "January"),
              kLibraries),
        asked(3, kSeptember, 8, QStringLiteral("(1)"),
              QStringLiteral("the Head of Libraries be requested to submit the mobile library timetable"), kLibraries),
        asked(4, kSeptember, 12, QStringLiteral("(2)"),
              QStringLiteral("The Head of Libraries be requested to submit information on branch closures to the "
                             "Committee, as and when they are proposed"),
              kLibraries, cites),
        asked(5, kSeptember, 12, QStringLiteral("(2)"),
              QStringLiteral("the Head of Libraries be requested to submit a further update on the review of opening "
                             "hours of every branch library to the Committee on 14 January"),
              kLibraries, cites),
        asked(6, kSeptember, 12, QStringLiteral("(3)"),
              QStringLiteral("the Head of Parks be requested to submit information on branch closures"),
              QStringLiteral("Head of Parks"), cites),
        asked(7, kSeptember, 12, QStringLiteral("(4)"),
              QStringLiteral("the Head of Libraries be requested to submit the mobile library timetable for winter"),
              kLibraries, cites),
    });
    EXPECT_EQ(links.value(4).firstId, 1);
    EXPECT_EQ(links.value(4).reason, RepeatLinker::Reason::CitedMinute);
    EXPECT_EQ(links.value(5).firstId, 2);
    EXPECT_FALSE(links.contains(6)) << "another owner's request in the citing minute is a new one";
    EXPECT_FALSE(links.contains(7)) << "minute 8 is not cited";
    EXPECT_EQ(links.size(), 2);
}

// "Further to Minute No. 5 of 21 June", without a clause, often only says which report is being
// considered: the same owner's new request with other words is a new action.
TEST(RepeatLinker, ACitedMinuteWithoutItsClauseAsksForCloserWords)
{
    const QList<RepeatLinker::Candidate::Citation> june {{5, QString()}};
    const auto links = RepeatLinker::link({
        asked(1, kSeptember, 5, QStringLiteral("(1)"),
              QStringLiteral("the Head of Libraries be requested to submit the annual report on library use"),
              kLibraries),
        asked(2, kNovember, 20, QStringLiteral("(2)"),
              QStringLiteral("the Head of Libraries be requested to consult users on Sunday opening and report in "
                             "March"),
              kLibraries, june),
        asked(3, kNovember, 20, QStringLiteral("(3)"),
              QStringLiteral("the Head of Libraries be requested to submit the annual report on library use, with "
                             "visits by branch and by age"),
              kLibraries, june),
    });
    EXPECT_FALSE(links.contains(2));
    EXPECT_EQ(links.value(3).firstId, 1) << "close enough for a citation, not for the words alone";
    EXPECT_EQ(links.value(3).reason, RepeatLinker::Reason::CitedMinute);
}

// "As requested at the last meeting": linked to the previous meeting's request by the same owner
// although reworded; never to an older meeting's, nor to another owner's.
TEST(RepeatLinker, WordsThatSayTheRequestWasMadeBefore)
{
    auto says = [](RepeatLinker::Candidate c) {
        c.saysRepeat = true;
        return c;
    };
    const auto links = RepeatLinker::link({
        asked(1, kSeptember, 0, {}, QStringLiteral("Circulate the staffing figures for the branch libraries"),
              kLibraries),
        asked(2, kOctober, 0, {}, QStringLiteral("Provide the staffing figures for the branch libraries by area"),
              kLibraries),
        says(asked(3, kNovember, 0, {},
                   QStringLiteral("As requested at the last meeting, the staffing figures by area to be circulated"),
                   kLibraries)),
        says(asked(4, kNovember, 0, {},
                   QStringLiteral("As requested at the last meeting, the staffing figures by area to be circulated"),
                   QStringLiteral("Head of Parks"))),
    });
    EXPECT_EQ(links.value(3).firstId, 2);
    EXPECT_EQ(links.value(3).reason, RepeatLinker::Reason::SaysRepeat);
    EXPECT_FALSE(links.contains(4));
}
