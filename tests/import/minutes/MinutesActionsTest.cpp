#include "MinutesSheet.h"

#include "minutes/ActionRequestParser.h"
#include "minutes/MinutesParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

namespace {

const Action* actionContaining(const QList<Action>& actions, const QString& text)
{
    for (const Action& a : actions) {
        if (a.text.contains(text))
            return &a;
    }
    return nullptr;
}

// Minutes of 10 July 2018 with the request shapes of a Sefton-style meeting.
MinutesSheet requestMinutes()
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("OVERVIEW AND SCRUTINY COMMITTEE (CHILDREN'S SERVICES)"));
    sheet.line(QStringLiteral("MEETING HELD AT THE TOWN HALL, SOUTHPORT"));
    sheet.line(QStringLiteral("ON TUESDAY 10TH JULY, 2018"));
    sheet.line(QStringLiteral("PRESENT: Councillor Murphy (in the Chair)"));
    sheet.line(QStringLiteral("6. CHILDREN'S SOCIAL CARE ANNUAL REPORT"));
    sheet.line(QStringLiteral("RESOLVED: That"));
    sheet.line(QStringLiteral("(1) the report be noted; and"));
    sheet.line(QStringLiteral(
        "(2) the receipt of information on Serious Case Reviews be added to the Work Programme and the"));
    sheet.at(
        90,
        QStringLiteral("Head of Children's Social Care be requested to submit information to the Committee as and"));
    sheet.at(90, QStringLiteral("when cases arise."));
    sheet.line(QStringLiteral("7. CAHMS WORKING GROUP - INTERIM REPORT."));
    sheet.line(QStringLiteral("RESOLVED: That"));
    sheet.line(
        QStringLiteral("(1) the Head of Schools and Families be requested to submit a further update on CAMHS to the"));
    sheet.at(90, QStringLiteral("Committee in January 2019; and"));
    sheet.line(QStringLiteral(
        "(2) the Executive Director be requested to submit information to the Committee at its meeting to"));
    sheet.at(90, QStringLiteral("be held on 29 January 2019;"));
    sheet.line(QStringLiteral("(3) the Committee is requested to note the possibility of a future site visit."));
    sheet.line(QStringLiteral("8. WORKING GROUP FINAL REPORT"));
    sheet.line(QStringLiteral("RESOLVED:"));
    sheet.line(
        QStringLiteral("That the report and the following recommendations be commended to the Cabinet for approval:-"));
    sheet.line(QStringLiteral("(1) That the Head of Schools and Families be requested to:-"));
    sheet.line(QStringLiteral("(a) Review the current provision of units within schools."));
    return sheet;
}

} // namespace

TEST(MinutesActions, ResolutionRequestsBecomeOpenActionsWithOwnersAndDueDates)
{
    const auto result = MinutesParser::parse(requestMinutes().document(), MinutesContext {});
    ASSERT_EQ(result.meetings.size(), 1);
    ASSERT_EQ(result.actions.size(), 3);

    const Action* scr = actionContaining(result.actions, QStringLiteral("as and when cases arise"));
    ASSERT_NE(scr, nullptr);
    EXPECT_EQ(scr->origin, ActionOrigin::Resolution);
    EXPECT_EQ(scr->owner, QStringLiteral("the Head of Children's Social Care"));
    EXPECT_TRUE(scr->due.isEmpty());
    EXPECT_EQ(scr->dueText, QStringLiteral("as and when cases arise"));
    EXPECT_EQ(scr->status, ActionStatus::Open);
    EXPECT_EQ(scr->meetingIndex, 0);
    EXPECT_EQ(scr->minuteNumber, QStringLiteral("6"));
    EXPECT_EQ(scr->resolutionIndex, 0);
    EXPECT_EQ(scr->clausePath, QStringLiteral("2"));
    EXPECT_TRUE(scr->text.startsWith(QStringLiteral("the Head of Children's Social Care be requested")));

    const Action* camhs = actionContaining(result.actions, QStringLiteral("further update on CAMHS"));
    ASSERT_NE(camhs, nullptr);
    EXPECT_EQ(camhs->owner, QStringLiteral("the Head of Schools and Families"));
    EXPECT_EQ(camhs->due, QStringLiteral("2019-01"));
    EXPECT_EQ(camhs->dueText, QStringLiteral("in January 2019"));

    const Action* send = actionContaining(result.actions, QStringLiteral("Executive Director"));
    ASSERT_NE(send, nullptr);
    EXPECT_EQ(send->due, QStringLiteral("2019-01-29"));
    EXPECT_EQ(send->minuteNumber, QStringLiteral("7"));
    EXPECT_EQ(send->clausePath, QStringLiteral("2"));
    // "is requested to note" is noting; "commended to the Cabinet" goes to the recommendation tracker.
    EXPECT_EQ(actionContaining(result.actions, QStringLiteral("site visit")), nullptr);
    EXPECT_EQ(actionContaining(result.actions, QStringLiteral("Review the current provision")), nullptr);
}

TEST(MinutesActions, AsksUrgesAndCallOnNameTheirOwner)
{
    MinutesSheet sheet;
    sheet.line(
        QStringLiteral("RESOLVED that Council agrees the revised Terms of Reference and asks the Monitoring Officer"));
    sheet.line(QStringLiteral("to update the Constitution accordingly."));
    sheet.gap();
    sheet.line(QStringLiteral(
        "RESOLVED that the Council urges the Executive in conjunction with the Cabinet Member to enforce"));
    sheet.line(QStringLiteral("the offer."));
    sheet.gap();
    sheet.line(QStringLiteral("RESOLVED that:"));
    sheet.line(QStringLiteral(
        "This Council agrees to call on the Cabinet Member for Adult Social Care and Public Health and"));
    sheet.line(QStringLiteral("Cabinet Member for Community and Regulatory Services to:"));
    sheet.line(QStringLiteral("a) Write again to the government;"));
    sheet.line(QStringLiteral("b) Encourage proper disposal of vapes."));
    const auto lines = sheet.lines();
    const auto resolutions = ResolutionParser::parse(lines, 0, lines.size(), QStringLiteral("County Council"));
    ASSERT_EQ(resolutions.size(), 3);
    ActionContext context;
    context.meetingDate = QDate(2025, 3, 13);
    context.minuteNumber = QStringLiteral("305");
    QList<Action> actions;
    for (int i = 0; i < resolutions.size(); ++i)
        actions += ActionRequestParser::fromResolution(resolutions.at(i), i, context);
    ASSERT_EQ(actions.size(), 4);
    EXPECT_EQ(actions.at(0).owner, QStringLiteral("the Monitoring Officer"));
    EXPECT_EQ(actions.at(0).text,
              QStringLiteral("asks the Monitoring Officer to update the Constitution accordingly."));
    EXPECT_TRUE(actions.at(0).due.isEmpty());
    EXPECT_EQ(actions.at(1).owner, QStringLiteral("the Executive in conjunction with the Cabinet Member"));
    const QString members
        = QStringLiteral("the Cabinet Member for Adult Social Care and Public Health and Cabinet Member "
                         "for Community and Regulatory Services");
    EXPECT_EQ(actions.at(2).owner, members);
    EXPECT_EQ(actions.at(2).text, QStringLiteral("Write again to the government"));
    EXPECT_EQ(actions.at(2).clausePath, QStringLiteral("a"));
    EXPECT_EQ(actions.at(3).owner, members);
    EXPECT_EQ(actions.at(3).resolutionIndex, 2);
}

TEST(MinutesActions, RequestsThatANamedOfficeActsAndDelegations)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("RESOLVED that the Council resolves:"));
    sheet.line(QStringLiteral("1. To note the report."));
    sheet.line(QStringLiteral("2. To request that the Leader of the Council writes to the Secretary of State to"));
    sheet.line(QStringLiteral("   set out the Council's concerns."));
    sheet.line(QStringLiteral("3. To request that the Executive calls upon all local MPs to support the bid."));
    sheet.line(QStringLiteral("4. To request that the report be circulated to all Members."));
    sheet.gap();
    sheet.line(QStringLiteral("RESOLVED that the Council:"));
    sheet.line(QStringLiteral("a) Notes the report;"));
    sheet.line(QStringLiteral("b) Delegates to the Head of Legal Services the response to the Consultation."));
    const auto lines = sheet.lines();
    const auto resolutions = ResolutionParser::parse(lines, 0, lines.size(), QStringLiteral("County Council"));
    ASSERT_EQ(resolutions.size(), 2);
    ActionContext context;
    context.meetingDate = QDate(2025, 1, 9);
    QList<Action> actions;
    for (int i = 0; i < resolutions.size(); ++i)
        actions += ActionRequestParser::fromResolution(resolutions.at(i), i, context);

    const Action* letter = actionContaining(actions, QStringLiteral("writes to the Secretary of State"));
    ASSERT_NE(letter, nullptr);
    EXPECT_EQ(letter->owner, QStringLiteral("the Leader of the Council"));
    // The request is the Executive's; the MPs it is to call upon are not the owners.
    const Action* call = actionContaining(actions, QStringLiteral("calls upon all local MPs"));
    ASSERT_NE(call, nullptr);
    EXPECT_EQ(call->owner, QStringLiteral("the Executive"));
    const Action* response = actionContaining(actions, QStringLiteral("the response to the Consultation"));
    ASSERT_NE(response, nullptr);
    EXPECT_EQ(response->owner, QStringLiteral("the Head of Legal Services"));
    // No office named: a passive request, with nobody named as its owner.
    const Action* circulate = actionContaining(actions, QStringLiteral("report be circulated"));
    ASSERT_NE(circulate, nullptr);
    EXPECT_TRUE(circulate->owner.isEmpty());
    EXPECT_EQ(actionContaining(actions, QStringLiteral("note the report")), nullptr);
    EXPECT_EQ(actions.size(), 4);
}

TEST(MinutesActions, PassiveRequestsAndActionsArising)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Actions arising:"));
    sheet.line(QStringLiteral(
        "\u2022 The solicitor to the council to check and confirm if the Human Rights Act is highlighted as a"));
    sheet.at(90, QStringLiteral("workshop requirement for social workers;"));
    sheet.line(
        QStringLiteral("\u2022 The clerk to the committee to seek an update on the schools briefing promised on 28"));
    sheet.at(90, QStringLiteral("July 2020."));
    sheet.line(QStringLiteral("The recommendations below were proposed and seconded and carried unanimously."));
    sheet.line(QStringLiteral("a) That progress on heat maps be shared with the committee by 23 November 2021;"));
    sheet.line(QStringLiteral("b) That development sessions include members of the legal team."));
    const auto lines = sheet.lines();
    ActionContext context;
    context.meetingDate = QDate(2021, 9, 7);
    context.minuteNumber = QStringLiteral("30");
    const QList<Action> arising = ActionRequestParser::fromMinute(lines, 0, lines.size(), context);
    ASSERT_EQ(arising.size(), 2);
    EXPECT_EQ(arising.at(0).origin, ActionOrigin::ActionsArising);
    EXPECT_EQ(arising.at(0).owner, QStringLiteral("The solicitor to the council"));
    EXPECT_TRUE(arising.at(0).text.endsWith(QStringLiteral("workshop requirement for social workers")));
    EXPECT_EQ(arising.at(1).owner, QStringLiteral("The clerk to the committee"));
    EXPECT_TRUE(arising.at(1).due.isEmpty()); // "promised on 28 July 2020" is history, not a deadline

    const auto resolutions = ResolutionParser::parse(lines, 0, lines.size(), QStringLiteral("Committee"));
    ASSERT_EQ(resolutions.size(), 1);
    const QList<Action> requested = ActionRequestParser::fromResolution(resolutions.first(), 0, context);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_TRUE(requested.first().owner.isEmpty());
    EXPECT_EQ(requested.first().due, QStringLiteral("2021-11-23"));
    EXPECT_EQ(requested.first().dueText, QStringLiteral("by 23 November 2021"));
}

TEST(MinutesActions, OfficersAgreeingToActInProse)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral(
        "\u2022 The Director of Education and Early Help was due to send a letter to all schools and she"));
    sheet.line(QStringLiteral("agreed to include PRUs in this."));
    sheet.line(QStringLiteral(
        "\u2022 The Director of Children's Social Care suggested that schools be given access. She agreed"));
    sheet.line(QStringLiteral("to check the level of information given to schools."));
    sheet.line(QStringLiteral(
        "\u2022 The proposer and seconder agreed to the amendment. The Chairman agreed that it was good."));
    const auto lines = sheet.lines();
    ActionContext context;
    context.meetingDate = QDate(2019, 9, 11);
    const QList<Action> actions = ActionRequestParser::fromMinute(lines, 0, lines.size(), context);
    ASSERT_EQ(actions.size(), 2);
    EXPECT_EQ(actions.at(0).owner, QStringLiteral("The Director of Education and Early Help"));
    EXPECT_TRUE(actions.at(0).text.contains(QStringLiteral("include PRUs")));
    EXPECT_EQ(actions.at(1).owner, QStringLiteral("The Director of Children's Social Care"));
    EXPECT_EQ(actions.at(1).text, QStringLiteral("She agreed to check the level of information given to schools."));
}

TEST(MinutesActions, DueDatesAtTheirPrintedPrecision)
{
    const QDate meeting(2018, 7, 10);
    QString due;
    QString text;
    ActionRequestParser::dueFrom(QStringLiteral("submit it at its meeting to be held on 29 January 2019"), meeting,
                                 &due, &text);
    EXPECT_EQ(due, QStringLiteral("2019-01-29"));
    EXPECT_EQ(text, QStringLiteral("at its meeting to be held on 29 January 2019"));
    ActionRequestParser::dueFrom(QStringLiteral("to the Committee at its meeting to be held in January 2019."), meeting,
                                 &due, &text);
    EXPECT_EQ(due, QStringLiteral("2019-01"));
    ActionRequestParser::dueFrom(QStringLiteral("report back at the September meeting"), meeting, &due, &text);
    EXPECT_TRUE(due.isEmpty());
    EXPECT_EQ(text, QStringLiteral("at the September meeting"));
    ActionRequestParser::dueFrom(QStringLiteral("receive a six-monthly monitoring report"), meeting, &due, &text);
    EXPECT_EQ(text, QStringLiteral("six-monthly"));
    ActionRequestParser::dueFrom(QStringLiteral("as discussed on 3 July 2018"), meeting, &due, &text);
    EXPECT_TRUE(due.isEmpty());
    EXPECT_TRUE(text.isEmpty());
}

TEST(MinutesActions, TasksDelegatedAfterTheirWordingAndMattersToComeBack)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("RESOLVED that Cabinet note the settlement; and agree to delegate finalising any"));
    sheet.line(QStringLiteral("response to the settlement to the Corporate Director for Finance, in consultation"));
    sheet.line(QStringLiteral("with the Cabinet Member for Finance."));
    sheet.gap();
    sheet.line(QStringLiteral("RESOLVED \u2013 to note the report, and that the monitoring arrangements would be"));
    sheet.line(QStringLiteral("considered and brought back to a future meeting of the Panel."));
    sheet.gap();
    sheet.line(QStringLiteral("RESOLVED that the report be noted."));
    const auto lines = sheet.lines();
    const auto resolutions = ResolutionParser::parse(lines, 0, lines.size(), QStringLiteral("Cabinet"));
    ASSERT_EQ(resolutions.size(), 3);
    QList<Action> actions;
    for (int i = 0; i < resolutions.size(); ++i)
        actions += ActionRequestParser::fromResolution(resolutions.at(i), i, ActionContext {});
    ASSERT_EQ(actions.size(), 2);
    EXPECT_TRUE(actions.at(0).text.contains(QStringLiteral("finalising any response to the settlement")));
    EXPECT_EQ(actions.at(0).owner, QStringLiteral("the Corporate Director for Finance"));
    EXPECT_TRUE(actions.at(1).text.contains(QStringLiteral("monitoring arrangements")));
    EXPECT_TRUE(actions.at(1).owner.isEmpty());
    EXPECT_EQ(actions.at(1).resolutionIndex, 1);
}
