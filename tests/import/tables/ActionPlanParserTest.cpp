#include "tables/ActionPlanParser.h"
#include "LayoutBuilders.h"
#include "tables/PlanParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;

namespace {

constexpr qreal kFont = 9;
const QSizeF kLandscape(842, 595);

struct Columns {
    qreal ref = 40;
    qreal action = 90;
    qreal due = 330;
    qreal lead = 420;
    qreal commentary = 560;
};

void header(PageBuilder& page, qreal y, const Columns& c)
{
    page.row(y,
             {{c.ref, QStringLiteral("Ref")},
              {c.action, QStringLiteral("Action")},
              {c.due, QStringLiteral("Progress /")},
              {c.lead, QStringLiteral("Lead")},
              {c.commentary, QStringLiteral("Update Commentary")}},
             kFont);
    page.row(y + 11, {{c.due, QStringLiteral("Review Date")}}, kFont);
}

// Action 1.1 over two lines (its cell's second line 11 pt below), for the banner tests.
void firstAction(PageBuilder& page, const Columns& c, qreal y)
{
    page.row(y,
             {{c.ref, QStringLiteral("1.1")},
              {c.action, QStringLiteral("Audit twenty contacts a month and")},
              {c.due, QStringLiteral("Monthly")},
              {c.lead, QStringLiteral("Principal Social Worker")},
              {c.commentary, QStringLiteral("Behind schedule")}},
             kFont);
    page.text(c.action, y + 11, QStringLiteral("report themes to the board"), kFont);
}

// Action 2.1 on one line, for the banner tests.
void secondAction(PageBuilder& page, const Columns& c, qreal y)
{
    page.row(y,
             {{c.ref, QStringLiteral("2.1")},
              {c.action, QStringLiteral("Introduce a permanence tracker")},
              {c.due, QStringLiteral("Dec 2023")},
              {c.lead, QStringLiteral("Head of Children in Care")},
              {c.commentary, QStringLiteral("Complete")}},
             kFont);
}

} // namespace

TEST(ActionPlanParser, ShapeARowsAcrossPagesWithRepeatedDriftingHeaders)
{
    const Columns c;
    PageBuilder one(1, kLandscape);
    one.row(
        40,
        {{40, QStringLiteral("Recommendation")}, {200, QStringLiteral("1.1 Front Line Practice \u2013 Assessment")}},
        10);
    one.text(40, 60, QStringLiteral("WHAT WE WILL DO TO DEVELOP CONSISTENTLY GOOD PRACTICE"), 10);
    header(one, 80, c);
    one.row(110,
            {{c.ref, QStringLiteral("1.1.1")},
             {c.action, QStringLiteral("Provide the workforce with the")},
             {c.due, QStringLiteral("Aug 2018")},
             {c.lead, QStringLiteral("Vicky Buchanan,")},
             {c.commentary, QStringLiteral("Completed, newsletter sent")}},
            kFont);
    one.row(121,
            {{c.action, QStringLiteral("August newsletter.")},
             {c.due, QStringLiteral("COMPLETE")},
             {c.lead, QStringLiteral("Head of Service")},
             {c.commentary, QStringLiteral("to the workforce.")}},
            kFont);
    one.row(140,
            {{c.ref, QStringLiteral("1.1.2")},
             {c.action, QStringLiteral("Undertake quality audit to ensure")},
             {c.due, QStringLiteral("Oct 2018")},
             {c.lead, QStringLiteral("Trish Galloway,")}},
            kFont);
    one.row(151,
            {{c.action, QStringLiteral("professional agency views have")}, {c.lead, QStringLiteral("Service Manager")}},
            kFont);
    one.row(162, {{c.action, QStringLiteral("been taken")}}, kFont);

    // Page 2 repeats the header with other wording and other x positions.
    Columns d;
    d.action = 95;
    d.due = 345;
    d.lead = 405;
    d.commentary = 470;
    PageBuilder two(2, kLandscape);
    two.row(40,
            {{d.ref, QStringLiteral("Ref")},
             {d.action, QStringLiteral("Action")},
             {d.due, QStringLiteral("Progress")},
             {d.lead, QStringLiteral("Lead")},
             {d.commentary, QStringLiteral("Commentary")}},
            kFont);
    two.row(51, {{d.due, QStringLiteral("Review")}, {d.commentary, QStringLiteral("Update")}}, kFont);
    two.row(62, {{d.due, QStringLiteral("Date")}}, kFont);
    two.row(80, {{d.action, QStringLiteral("in account. (SCR MMB - recommendation 1)")}}, kFont);
    two.row(100,
            {{d.ref, QStringLiteral("1.1.3")},
             {d.action, QStringLiteral("Ensure families get the report")},
             {d.due, QStringLiteral("By end of")},
             {d.lead, QStringLiteral("Vicky")}},
            kFont);
    two.row(111,
            {{d.action, QStringLiteral("three days before conference.")},
             {d.due, QStringLiteral("Q3")},
             {d.lead, QStringLiteral("Buchanan,")}},
            kFont);
    two.row(122, {{d.lead, QStringLiteral("Head of Service")}}, kFont);
    two.row(140,
            {{d.ref, QStringLiteral("1.2.23")},
             {d.action, QStringLiteral("Monthly report on practice alerts")},
             {d.due, QStringLiteral("Sept 2018")},
             {d.lead, QStringLiteral("Nicky Horn, IRO")}},
            kFont);
    two.row(151, {{d.lead, QStringLiteral("Manager")}}, kFont);
    two.text(40, 180, QStringLiteral("HOW WE WILL KNOW OUR PRACTICE IS GOOD?"), 10);
    two.text(40, 200, QStringLiteral("3 audits are planned in the year and 2 reviews."), 10);

    const PlanResult result = PlanParser::parse(documentOf({one.build(), two.build()}));
    ASSERT_EQ(result.actions.size(), 4);

    const Action& first = result.actions.at(0);
    EXPECT_EQ(first.origin, ActionOrigin::ImprovementPlan);
    EXPECT_EQ(first.ref, QStringLiteral("1.1.1"));
    EXPECT_EQ(first.section, QStringLiteral("1.1 Front Line Practice \u2013 Assessment"));
    EXPECT_EQ(first.text, QStringLiteral("Provide the workforce with the August newsletter."));
    EXPECT_EQ(first.dueText, QStringLiteral("Aug 2018"));
    EXPECT_EQ(first.due, QStringLiteral("2018-08"));
    EXPECT_EQ(first.status, ActionStatus::Complete);
    EXPECT_EQ(first.statusText, QStringLiteral("COMPLETE"));
    EXPECT_EQ(first.owner, QStringLiteral("Vicky Buchanan, Head of Service"));
    EXPECT_EQ(first.commentary, QStringLiteral("Completed, newsletter sent to the workforce."));
    EXPECT_EQ(first.pdfPage, 1);
    EXPECT_TRUE(first.flags.isEmpty());

    const Action& second = result.actions.at(1);
    EXPECT_EQ(second.text,
              QStringLiteral("Undertake quality audit to ensure professional agency views have been taken "
                             "in account. (SCR MMB - recommendation 1)"));
    EXPECT_EQ(second.owner, QStringLiteral("Trish Galloway, Service Manager"));
    EXPECT_EQ(second.status, ActionStatus::Open);
    EXPECT_TRUE(second.statusText.isEmpty());
    EXPECT_EQ(second.pdfPage, 1);

    const Action& third = result.actions.at(2);
    EXPECT_EQ(third.ref, QStringLiteral("1.1.3"));
    EXPECT_EQ(third.dueText, QStringLiteral("By end of Q3"));
    EXPECT_TRUE(third.due.isEmpty());
    EXPECT_EQ(third.owner, QStringLiteral("Vicky Buchanan, Head of Service"));
    EXPECT_EQ(third.pdfPage, 2);

    const Action& misnumbered = result.actions.at(3);
    EXPECT_EQ(misnumbered.ref, QStringLiteral("1.2.23"));
    EXPECT_EQ(misnumbered.owner, QStringLiteral("Nicky Horn, IRO Manager"));
    EXPECT_EQ(misnumbered.section, first.section);
    EXPECT_EQ(misnumbered.flags, QStringList {QStringLiteral("ref 1.2.23 is outside its section 1.1")});
}

TEST(ActionPlanParser, HeaderlessContinuationPageAndEndOfTable)
{
    const Columns c;
    PageBuilder one(1, kLandscape);
    header(one, 80, c);
    one.row(110,
            {{c.ref, QStringLiteral("2.1.8")},
             {c.action, QStringLiteral("Develop a culture of whole")},
             {c.due, QStringLiteral("Sept 2018")},
             {c.lead, QStringLiteral("Vicky Buchanan")}},
            kFont);
    one.row(121, {{c.action, QStringLiteral("service focus on priorities.")}}, kFont);
    one.row(140,
            {{c.ref, QStringLiteral("2.1.9")},
             {c.action, QStringLiteral("Provide opportunities for")},
             {c.due, QStringLiteral("Ongoing")},
             {c.lead, QStringLiteral("Vicky Buchanan")}},
            kFont);
    one.row(151, {{c.action, QStringLiteral("members to engage with")}}, kFont);
    // Page 2: no header; the row resumes, then a new row, all in the same x-bands.
    PageBuilder two(2, kLandscape);
    two.row(40,
            {{c.action, QStringLiteral("children's social care.")}, {c.commentary, QStringLiteral("Briefing held.")}},
            kFont);
    two.row(60,
            {{c.ref, QStringLiteral("2.1.10")},
             {c.action, QStringLiteral("Review the member offer.")},
             {c.due, QStringLiteral("Nov 18")},
             {c.lead, QStringLiteral("Joy Hughes")}},
            kFont);
    // Page 3: prose from the margin; the table has ended.
    PageBuilder three(3, kLandscape);
    three.text(40, 40, QStringLiteral("1. Ensure frontline practice is consistently good, with the plan reviewed."),
               10);
    three.text(40, 60, QStringLiteral("2.2 Further action will be agreed by the board."), 10);

    const PlanResult result = PlanParser::parse(documentOf({one.build(), two.build(), three.build()}));
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_EQ(result.actions.at(1).text,
              QStringLiteral("Provide opportunities for members to engage with children's social care."));
    EXPECT_EQ(result.actions.at(1).commentary, QStringLiteral("Briefing held."));
    EXPECT_EQ(result.actions.at(1).dueText, QStringLiteral("Ongoing"));
    EXPECT_TRUE(result.actions.at(1).due.isEmpty());
    EXPECT_EQ(result.actions.at(1).status, ActionStatus::Open);
    EXPECT_TRUE(result.actions.at(1).statusText.isEmpty()); // a due text, not a printed status
    EXPECT_EQ(result.actions.at(2).ref, QStringLiteral("2.1.10"));
    EXPECT_EQ(result.actions.at(2).due, QStringLiteral("2018-11"));
    EXPECT_EQ(result.actions.at(2).pdfPage, 2);
}

TEST(ActionPlanParser, ColumnDriftFollowsXNotCellOrder)
{
    const Columns c;
    PageBuilder page(1, kLandscape);
    header(page, 80, c);
    // The action's first line is empty; the lead starts 10 pt left of its heading; the date
    // sits on the second line only.
    page.row(110, {{c.ref, QStringLiteral("1.3.15")}, {c.lead - 10, QStringLiteral("Nicky Horn, IRO")}}, kFont);
    page.row(121,
             {{c.action, QStringLiteral("Implement a revised training offer")},
              {c.due, QStringLiteral("End of Oct")},
              {c.lead - 10, QStringLiteral("Manager and Peter")}},
             kFont);
    page.row(132, {{c.due, QStringLiteral("2018")}, {c.lead - 10, QStringLiteral("Yates, Service Manager")}}, kFont);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 1);
    const Action& a = result.actions.first();
    EXPECT_EQ(a.text, QStringLiteral("Implement a revised training offer"));
    EXPECT_EQ(a.owner, QStringLiteral("Nicky Horn, IRO Manager and Peter Yates, Service Manager"));
    EXPECT_EQ(a.dueText, QStringLiteral("End of Oct 2018"));
    EXPECT_EQ(a.due, QStringLiteral("2018-10"));
}

TEST(ActionPlanParser, StackedActionsInOneRefRow)
{
    const Columns c;
    PageBuilder page(1, kLandscape);
    header(page, 80, c);
    page.row(110,
             {{c.ref, QStringLiteral("1.2.2")},
              {c.action, QStringLiteral("Engage young people in a review")},
              {c.due, QStringLiteral("Nov 2018")},
              {c.lead, QStringLiteral("Kara Haskayne")}},
             kFont);
    page.row(121, {{c.action, QStringLiteral("of return interviews.")}}, kFont);
    // after a paragraph gap, a second action with its own date and lead beside it
    page.row(140,
             {{c.action, QStringLiteral("Publish the findings to staff.")},
              {c.due, QStringLiteral("Jan 2019")},
              {c.lead, QStringLiteral("Janette Maxwell")}},
             kFont);
    // a wrapped line after a gap but with no date or lead of its own stays in the action
    page.row(160, {{c.action, QStringLiteral("(LGA Review - recommendation e)")}}, kFont);
    page.row(180,
             {{c.ref, QStringLiteral("1.2.3")},
              {c.action, QStringLiteral("Develop a directory of tools")},
              {c.due, QStringLiteral("Nov 2018")},
              {c.lead, QStringLiteral("Joy Hughes")}},
             kFont);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 3);
    EXPECT_EQ(result.actions.at(0).text, QStringLiteral("Engage young people in a review of return interviews."));
    EXPECT_TRUE(result.actions.at(0).flags.isEmpty());
    const Action& stacked = result.actions.at(1);
    EXPECT_EQ(stacked.ref, QStringLiteral("1.2.2"));
    EXPECT_EQ(stacked.text, QStringLiteral("Publish the findings to staff. (LGA Review - recommendation e)"));
    EXPECT_EQ(stacked.owner, QStringLiteral("Janette Maxwell"));
    EXPECT_EQ(stacked.due, QStringLiteral("2019-01"));
    EXPECT_EQ(stacked.flags, QStringList {QStringLiteral("ref cell empty: ref 1.2.2 taken from the row above")});
    EXPECT_TRUE(result.actions.at(2).flags.isEmpty());
}

TEST(ActionPlanParser, ShapeBMergedCellsStackedActionsAndStatusKey)
{
    PageBuilder page(1, kLandscape);
    constexpr qreal f = 7;
    const qreal outcome = 30, ref = 110, objective = 150, actions = 240, know = 360, lead = 460, rag = 540,
                milestone = 660, plan = 740;
    page.row(60,
             {{outcome, QStringLiteral("Outcomes")},
              {ref, QStringLiteral("Action Ref")},
              {objective, QStringLiteral("Objective")},
              {actions, QStringLiteral("Actions")},
              {know, QStringLiteral("How we will know")},
              {lead, QStringLiteral("Lead")},
              {rag, QStringLiteral("RAG rating")},
              {milestone, QStringLiteral("Milestone")},
              {plan, QStringLiteral("Detailed plan")}},
             f);
    page.row(80,
             {{outcome, QStringLiteral("2.1 Children are")},
              {ref, QStringLiteral("2.1.1")},
              {objective, QStringLiteral("Timely first visits")},
              {actions, QStringLiteral("Weekly visit-tracking")},
              {know, QStringLiteral("Visits in time rise")},
              {lead, QStringLiteral("Head of Assessment")},
              {rag, QStringLiteral("Action not yet completed,")},
              {milestone, QStringLiteral("March 2023")},
              {plan, QStringLiteral("Assessment Plan")}},
             f);
    page.row(89,
             {{outcome, QStringLiteral("seen promptly")},
              {actions, QStringLiteral("report")},
              {rag, QStringLiteral("but on track")}},
             f);
    // a stacked second action in the same merged outcome/ref/objective cells
    page.row(106,
             {{actions, QStringLiteral("Train duty managers on it")},
              {know, QStringLiteral("Managers use it")},
              {rag, QStringLiteral("Action complete")},
              {milestone, QStringLiteral("January 2023")}},
             f);
    page.row(126,
             {{outcome, QStringLiteral("2.2 Plans are reviewed")},
              {ref, QStringLiteral("2.2.1")},
              {objective, QStringLiteral("Plans kept current")},
              {actions, QStringLiteral("Audit plans monthly")},
              {lead, QStringLiteral("Head of Quality")},
              {rag, QStringLiteral("Activity progressing, some")},
              {milestone, QStringLiteral("Ongoing")}},
             f);
    page.row(135, {{rag, QStringLiteral("issues")}}, f);

    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 3);
    const Action& a = result.actions.at(0);
    EXPECT_EQ(a.ref, QStringLiteral("2.1.1"));
    EXPECT_EQ(a.text, QStringLiteral("Weekly visit-tracking report"));
    EXPECT_EQ(a.section, QStringLiteral("2.1 Children are seen promptly \u2013 Timely first visits"));
    EXPECT_EQ(a.status, ActionStatus::OnTrack);
    EXPECT_EQ(a.statusText, QStringLiteral("Action not yet completed, but on track"));
    EXPECT_EQ(a.due, QStringLiteral("2023-03"));
    EXPECT_EQ(a.owner, QStringLiteral("Head of Assessment"));

    const Action& b = result.actions.at(1);
    EXPECT_EQ(b.ref, QStringLiteral("2.1.1")); // merged cell filled down
    EXPECT_EQ(b.section, a.section);
    EXPECT_EQ(b.text, QStringLiteral("Train duty managers on it"));
    EXPECT_TRUE(b.owner.isEmpty()); // a lead is never filled down
    EXPECT_EQ(b.status, ActionStatus::Complete);
    EXPECT_EQ(b.due, QStringLiteral("2023-01"));
    EXPECT_TRUE(b.flags.isEmpty()); // a filled ref is no duplicate

    const Action& c = result.actions.at(2);
    EXPECT_EQ(c.ref, QStringLiteral("2.2.1"));
    EXPECT_EQ(c.status, ActionStatus::AtRisk);
    EXPECT_EQ(c.statusText, QStringLiteral("Activity progressing, some issues"));
    EXPECT_EQ(c.dueText, QStringLiteral("Ongoing"));
}

TEST(ActionPlanParser, OutcomeCellThatReadsLikeABannerStaysInTheTable)
{
    PageBuilder page(1, kLandscape);
    constexpr qreal f = 7;
    page.row(60,
             {{30, QStringLiteral("Outcomes")},
              {130, QStringLiteral("Action Ref")},
              {180, QStringLiteral("Actions")},
              {400, QStringLiteral("Lead")},
              {500, QStringLiteral("Milestone")}},
             f);
    page.row(80,
             {{30, QStringLiteral("Outcome 3 Plans")},
              {130, QStringLiteral("3.1.1")},
              {180, QStringLiteral("Audit plans monthly")},
              {400, QStringLiteral("Head of Quality")},
              {500, QStringLiteral("May 2023")}},
             f);
    page.row(100,
             {{30, QStringLiteral("Outcome 4 Voice")},
              {130, QStringLiteral("4.1.1")},
              {180, QStringLiteral("Survey young people")},
              {400, QStringLiteral("Participation Lead")},
              {500, QStringLiteral("June 2023")}},
             f);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 2);
    EXPECT_EQ(result.actions.at(0).section, QStringLiteral("Outcome 3 Plans"));
    EXPECT_EQ(result.actions.at(1).section, QStringLiteral("Outcome 4 Voice"));
    EXPECT_EQ(result.actions.at(1).due, QStringLiteral("2023-06"));
}

// A numbered banner between two priorities' rows, set out of the action column towards the ref
// column, heads the rows below it: it is not the last line of the action above.
TEST(ActionPlanParser, BannerBetweenRowsOutdentedFromTheActionsStartsASection)
{
    PageBuilder page(1, kLandscape);
    const Columns c;
    header(page, 50, c);
    page.text(c.ref + 12, 80, QStringLiteral("Priority 1: Strengthen the front door"), kFont);
    firstAction(page, c, 96);
    page.text(c.ref + 12, 124, QStringLiteral("Priority 2: Permanence for children in care"), kFont);
    secondAction(page, c, 140);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 2);
    EXPECT_EQ(result.actions.at(0).text.toStdString(), "Audit twenty contacts a month and report themes to the board");
    EXPECT_EQ(result.actions.at(0).section.toStdString(), "Priority 1: Strengthen the front door");
    EXPECT_EQ(result.actions.at(1).section.toStdString(), "Priority 2: Permanence for children in care");
    EXPECT_EQ(result.actions.at(1).ref, QStringLiteral("2.1"));
}

TEST(ActionPlanParser, OtherTablesAndProseAreNotPlans)
{
    PageBuilder page(1, kLandscape);
    // A budget table has a Ref column but no actions; a work programme has leads but no refs.
    page.row(60,
             {{40, QStringLiteral("Ref")},
              {90, QStringLiteral("Proposal")},
              {400, QStringLiteral("2025-26 \u00a3000's")},
              {500, QStringLiteral("Externally funded")}},
             9);
    page.row(
        80,
        {{40, QStringLiteral("1.1")}, {90, QStringLiteral("Cancel the floor refit")}, {400, QStringLiteral("-2,149")}},
        9);
    page.row(110,
             {{40, QStringLiteral("Item [type of scrutiny]:")},
              {200, QStringLiteral("Origin:")},
              {300, QStringLiteral("Lead officer(s):")},
              {450, QStringLiteral("Current position:")}},
             9);
    page.text(40, 140, QStringLiteral("Action Plan progress will be reviewed by the Lead Member in due course."), 10);
    page.text(40, 160, QStringLiteral("1.1 The committee noted the report."), 10);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    EXPECT_TRUE(result.actions.isEmpty());
    EXPECT_TRUE(result.indicators.isEmpty());
}

TEST(ActionPlanParser, ActionTrackerRowsAreActionsArising)
{
    constexpr qreal f = 8;
    const qreal number = 60, meeting = 140, action = 195, owner = 255, directorate = 300, progress = 370, due = 445,
                reported = 492;
    PageBuilder one(1);
    one.text(60, 60, QStringLiteral("RED TEXT INDICATES UPDATES MADE SINCE THE LAST MEETING"), 8);
    one.row(100,
            {{number, QStringLiteral("Action Number")},
             {meeting, QStringLiteral("Meeting")},
             {action, QStringLiteral("Action")},
             {owner, QStringLiteral("Owner")},
             {directorate, QStringLiteral("Directorate")},
             {progress, QStringLiteral("Progress Update")},
             {due, QStringLiteral("Due date")},
             {reported, QStringLiteral("Reported")}},
            f);
    one.row(110, {{meeting, QStringLiteral("Date")}, {reported, QStringLiteral("complete")}}, f);
    one.row(125,
            {{number, QStringLiteral("1")},
             {meeting, QStringLiteral("07")},
             {action, QStringLiteral("check the")},
             {owner, QStringLiteral("Claire")},
             {directorate, QStringLiteral("Corporate")},
             {due, QStringLiteral("02")},
             {reported, QStringLiteral("5 Oct")}},
            f);
    one.row(135,
            {{meeting, QStringLiteral("Sept 2021")},
             {action, QStringLiteral("workshop")},
             {owner, QStringLiteral("Ward")},
             {due, QStringLiteral("Nov 2021")},
             {reported, QStringLiteral("2021")}},
            f);
    PageBuilder two(2);
    two.row(60,
            {{number, QStringLiteral("2")},
             {meeting, QStringLiteral("07")},
             {action, QStringLiteral("seek an")},
             {owner, QStringLiteral("Clerk to")},
             {progress, QStringLiteral("Updates added")},
             {due, QStringLiteral("02")}},
            f);
    two.row(70,
            {{meeting, QStringLiteral("Sept 2021")},
             {action, QStringLiteral("update on the")},
             {owner, QStringLiteral("the")},
             {progress, QStringLiteral("to tracker")},
             {due, QStringLiteral("Nov 2021")}},
            f);
    two.row(80, {{action, QStringLiteral("briefing.")}, {owner, QStringLiteral("committee")}}, f);

    const PlanResult result = PlanParser::parse(documentOf({one.build(), two.build()}));
    ASSERT_EQ(result.actions.size(), 2);
    const Action& first = result.actions.at(0);
    EXPECT_EQ(first.origin, ActionOrigin::ActionsArising);
    EXPECT_EQ(first.ref, QStringLiteral("1"));
    EXPECT_EQ(first.text, QStringLiteral("check the workshop"));
    EXPECT_EQ(first.owner, QStringLiteral("Claire Ward"));
    EXPECT_EQ(first.due, QStringLiteral("2021-11-02"));
    EXPECT_EQ(first.status, ActionStatus::Complete);
    EXPECT_EQ(first.statusText, QStringLiteral("5 Oct 2021"));
    EXPECT_TRUE(first.section.isEmpty());
    EXPECT_TRUE(first.flags.isEmpty()); // tracker numbers are not plan refs
    const Action& second = result.actions.at(1);
    EXPECT_EQ(second.text, QStringLiteral("seek an update on the briefing."));
    EXPECT_EQ(second.owner, QStringLiteral("Clerk to the committee"));
    EXPECT_EQ(second.commentary, QStringLiteral("Updates added to tracker"));
    EXPECT_EQ(second.status, ActionStatus::Open);
    EXPECT_EQ(second.pdfPage, 2);
}

TEST(ActionPlanParserRefs, FlagsWithoutRepairing)
{
    auto action = [](const QString& ref, const QString& section, int page) {
        Action a;
        a.origin = ActionOrigin::ImprovementPlan;
        a.ref = ref;
        a.section = section;
        a.text = QStringLiteral("Do something");
        a.pdfPage = page;
        return a;
    };
    const QString s11 = QStringLiteral("1.1 Front Line Practice");
    const QString s3 = QStringLiteral("3. Resources");
    const QString s20 = QStringLiteral("2.0 Management Oversight");
    QList<Action> actions = {
        action(QStringLiteral("1.1.1"), s11, 1),
        action(QStringLiteral("1.1.2"), s11, 1),
        action(QStringLiteral("1.1.5"), s11, 2),
        action(QStringLiteral("1.1.5"), s11, 3),
        action(QStringLiteral("13.1.17"), s11, 3),
        action(QString(), s11, 3),
        action(QStringLiteral("1.2, 1.4. 3.1,"), s11, 4),
        action(QStringLiteral("2.1.1"), s20, 5),
        action(QStringLiteral("3.1"), s3, 6),
    };
    ActionPlanParser::flagRefs(actions, {});
    EXPECT_TRUE(actions.at(0).flags.isEmpty());
    EXPECT_TRUE(actions.at(1).flags.isEmpty());
    EXPECT_EQ(actions.at(2).flags, QStringList {QStringLiteral("refs jump from 1.1.2 to 1.1.5")});
    EXPECT_EQ(actions.at(3).flags, QStringList {QStringLiteral("duplicate ref 1.1.5 (first on page 2)")});
    EXPECT_EQ(actions.at(4).flags, QStringList {QStringLiteral("ref 13.1.17 is outside its section 1.1")});
    EXPECT_EQ(actions.at(5).flags, QStringList {QStringLiteral("empty ref")});
    EXPECT_EQ(actions.at(6).flags, QStringList {QStringLiteral("malformed ref: 1.2, 1.4. 3.1,")});
    EXPECT_TRUE(actions.at(7).flags.isEmpty()); // "2.0" heads refs 2.x
    EXPECT_EQ(actions.at(8).flags, QStringList {QStringLiteral("ref 3.1 has 2 levels where the plan uses 3")});
    EXPECT_EQ(actions.at(6).ref, QStringLiteral("1.2, 1.4. 3.1,")); // kept as printed
}

// A short title between rows, set out left of the actions' text but not in the ref column (no
// number, no label), heads the rows below it; it is not the last line of the action above.
TEST(ActionPlanParser, AnUnnumberedTitleSetOutLeftOfTheActionsStartsASection)
{
    PageBuilder page(1, kLandscape);
    const Columns c;
    header(page, 50, c);
    firstAction(page, c, 80);
    page.text(c.ref + 25, 108, QStringLiteral("Children in care"), kFont);
    secondAction(page, c, 124);
    page.text(c.action, 135, QStringLiteral("Review it each quarter"), kFont);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 2);
    EXPECT_EQ(result.actions.at(0).text.toStdString(), "Audit twenty contacts a month and report themes to the board");
    EXPECT_EQ(result.actions.at(1).section.toStdString(), "Children in care");
    EXPECT_EQ(result.actions.at(1).text.toStdString(), "Introduce a permanence tracker Review it each quarter")
        << "a capitalised line at the cell's own edge goes on the cell";
}

// Such titles nearer the action column than the ref column, the first right under the header
// before any row has shown where the rows' text starts: the heading of the column after the refs
// stands in for it, so the first group is named too.
TEST(ActionPlanParser, AnUnnumberedTitleRightUnderTheHeaderNamesTheFirstGroup)
{
    PageBuilder page(1, kLandscape);
    const Columns c;
    header(page, 50, c);
    page.text(c.action - 12, 80, QStringLiteral("Front door"), kFont);
    firstAction(page, c, 96);
    page.text(c.action - 12, 124, QStringLiteral("Children in care"), kFont);
    secondAction(page, c, 140);
    const PlanResult result = PlanParser::parse(documentOf({page.build()}));
    ASSERT_EQ(result.actions.size(), 2);
    EXPECT_EQ(result.actions.at(0).section.toStdString(), "Front door");
    EXPECT_EQ(result.actions.at(0).text.toStdString(), "Audit twenty contacts a month and report themes to the board");
    EXPECT_EQ(result.actions.at(1).section.toStdString(), "Children in care");
}
