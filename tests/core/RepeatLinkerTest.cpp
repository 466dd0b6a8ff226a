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
