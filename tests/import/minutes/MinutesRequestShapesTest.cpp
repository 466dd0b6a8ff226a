// Requests that name nobody to carry them out (UnownedRequests): the meeting's standing request
// for future reports, a delivery to the meeting whatever its verb, a list item written as an
// instruction, and in discussion prose members asking to be told something or an undertaking
// about what later meetings receive. Each shape beside the wording it must not take for one.
#include "MinutesSheet.h"

#include "minutes/ActionRequestParser.h"
#include "minutes/ResolutionParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

namespace {

QList<Action> resolutionActions(const MinutesSheet& sheet, const QDate& meetingDate)
{
    const auto lines = sheet.lines();
    const auto resolutions = ResolutionParser::parse(lines, 0, lines.size(), QStringLiteral("Committee"));
    ActionContext context;
    context.meetingDate = meetingDate;
    QList<Action> actions;
    for (int i = 0; i < resolutions.size(); ++i)
        actions += ActionRequestParser::fromResolution(resolutions.at(i), i, context);
    return actions;
}

QStringList textsOf(const QList<Action>& actions)
{
    QStringList texts;
    for (const Action& a : actions)
        texts.append(a.text);
    return texts;
}

} // namespace

TEST(MinutesRequestShapes, TheMeetingsStandingRequestForLaterReports)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("RESOLVED: That"));
    sheet.line(QStringLiteral("(1) the Panel continues to receive quarterly dashboards on waiting times;"));
    sheet.line(QStringLiteral("(2) the Panel receives the revised transport strategy at the March meeting;"));
    sheet.line(QStringLiteral("(3) the Panel receives the report of the Head of Highways; and"));
    sheet.line(QStringLiteral("(4) the Panel receives the annual statement published in May 2023."));
    const QList<Action> actions = resolutionActions(sheet, QDate(2024, 1, 16));
    ASSERT_EQ(actions.size(), 2) << textsOf(actions).join(QLatin1String(" | ")).toStdString();
    EXPECT_TRUE(actions.at(0).text.contains(QStringLiteral("quarterly dashboards")));
    EXPECT_EQ(actions.at(0).clausePath, QStringLiteral("1"));
    EXPECT_TRUE(actions.at(0).owner.isEmpty());
    EXPECT_EQ(actions.at(0).dueText, QStringLiteral("quarterly"));
    EXPECT_TRUE(actions.at(1).text.contains(QStringLiteral("revised transport strategy")));
    EXPECT_EQ(actions.at(1).dueText, QStringLiteral("at the March meeting"));
}

TEST(MinutesRequestShapes, DeliveriesToTheMeetingAndInstructionsInAListOfRecommendations)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("The recommendations below were moved and seconded and carried."));
    sheet.line(QStringLiteral("a) That the experience of tenants be gathered in a suitable way as evidence for the"));
    sheet.at(90, QStringLiteral("housing review and the scrutiny committee;"));
    sheet.line(QStringLiteral("b) That the repairs service consider weekend appointments;"));
    sheet.line(QStringLiteral("c) Give more detail on the damp cases and include evidence of the surveys done;"));
    sheet.line(QStringLiteral("d) A review of the lettings policy be undertaken by the service;"));
    sheet.line(QStringLiteral("e) That the report be noted and the thanks of the committee be conveyed to the team."));
    const QList<Action> actions = resolutionActions(sheet, QDate(2023, 5, 9));
    ASSERT_EQ(actions.size(), 2) << textsOf(actions).join(QLatin1String(" | ")).toStdString();
    EXPECT_TRUE(actions.at(0).text.contains(QStringLiteral("experience of tenants")));
    EXPECT_EQ(actions.at(0).clausePath, QStringLiteral("a"));
    EXPECT_TRUE(actions.at(1).text.startsWith(QStringLiteral("Give more detail")));
    EXPECT_EQ(actions.at(1).clausePath, QStringLiteral("c"));
    EXPECT_TRUE(actions.at(1).owner.isEmpty());
}

TEST(MinutesRequestShapes, AListUnderTheMeetingsOwnNameHoldsNoInstructions)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("RESOLVED that the Board:"));
    sheet.line(QStringLiteral("a) Notes the annual report;"));
    sheet.line(QStringLiteral("b) Include the savings proposals in the budget consultation."));
    EXPECT_TRUE(resolutionActions(sheet, QDate(2023, 2, 1)).isEmpty());
}

TEST(MinutesRequestShapes, MembersAskingAndUndertakingsForLaterMeetingsInProse)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("\u2022 Members asked questions about the bus routes. It was explained that the"));
    sheet.line(QStringLiteral("  timetable had changed."));
    sheet.line(QStringLiteral("\u2022 Members asked to be informed whether the depot would close before the winter."));
    sheet.line(QStringLiteral("\u2022 The figures counted journeys rather than passengers. This measure would be"));
    sheet.line(QStringLiteral("  renamed for future meetings."));
    sheet.line(QStringLiteral("\u2022 A revised fares policy would be published in March 2024."));
    sheet.line(QStringLiteral("\u2022 It was agreed that the survey results would be brought to the next meeting."));
    const auto lines = sheet.lines();
    ActionContext context;
    context.meetingDate = QDate(2023, 10, 4);
    const QList<Action> actions = ActionRequestParser::fromMinute(lines, 0, lines.size(), context);
    ASSERT_EQ(actions.size(), 2) << textsOf(actions).join(QLatin1String(" | ")).toStdString();
    EXPECT_TRUE(actions.at(0).text.contains(QStringLiteral("depot would close")));
    EXPECT_TRUE(actions.at(0).owner.isEmpty());
    EXPECT_EQ(actions.at(1).text, QStringLiteral("This measure would be renamed for future meetings."));
    EXPECT_TRUE(actions.at(1).owner.isEmpty());
}

// A clause of an agreed list that asks a named body to act in the infinitive ("(a) to ask the
// Care Board to circulate ..."): the body is the owner, as it is of "asks the Director to ...".
// Noting stays no action.
TEST(MinutesRequestShapes, AnInfinitiveAskNamesTheOwner)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("The Committee agreed:"));
    sheet.line(QStringLiteral("(a) to note the report;"));
    sheet.line(QStringLiteral("(b) to ask the Care Board to circulate the handover figures to members; and"));
    sheet.line(QStringLiteral("(c) to request the Head of Transport to report back in June 2025."));
    const QList<Action> actions = resolutionActions(sheet, QDate(2025, 1, 17));
    ASSERT_EQ(actions.size(), 2) << textsOf(actions).join(QLatin1String(" | ")).toStdString();
    EXPECT_EQ(actions.at(0).owner.toStdString(), "the Care Board");
    EXPECT_TRUE(actions.at(0).text.contains(QStringLiteral("circulate the handover figures")));
    EXPECT_EQ(actions.at(1).owner.toStdString(), "the Head of Transport");
    EXPECT_EQ(actions.at(1).due, QStringLiteral("2025-06"));
}
