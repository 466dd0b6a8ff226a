// Recommendations written in running text, on hand-built pages in several geometries: labelled
// ("Recommendation 1:", "R1"), as a sentence ("recommends to Cabinet that"), listed under a
// Recommendations heading or after a lead-in, quoted with their responses in a later report
// ("Response:", "Recommendation 2 is partly accepted"), and call-in outcomes.
#include "DocumentAnalyser.h"
#include "LayoutBuilders.h"
#include "recommendations/RecommendationFinder.h"
#include "recommendations/RecommendationMakers.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using scrutineer::testing::documentOf;
using scrutineer::testing::PageBuilder;
using scrutineer::testing::SheetGeometry;

namespace {

// Writes paragraphs down pages: each QString is one line; an empty string leaves a blank line.
class Sheet {
public:
    explicit Sheet(const SheetGeometry& g) : m_g(g) { newPage(); }

    Sheet& line(const QString& text, qreal indent = 0)
    {
        if (m_y + m_g.leading > m_g.page.height() - m_g.margin)
            newPage();
        if (!text.isEmpty())
            m_pages.last().text(m_g.margin + indent, m_y, text, m_g.font);
        m_y += m_g.leading;
        return *this;
    }
    Sheet& lines(const QStringList& texts, qreal indent = 0)
    {
        for (const QString& text : texts)
            line(text, indent);
        return *this;
    }
    Sheet& pageBreak()
    {
        newPage();
        return *this;
    }
    ImportBundle analyse() const
    {
        QList<layout::LayoutPage> pages;
        for (const PageBuilder& page : m_pages)
            pages.append(page.build());
        layout::LayoutDocument document = documentOf(pages);
        return DocumentAnalyser::analyse(document);
    }
    qreal indent() const { return 2 * m_g.font; }

private:
    void newPage()
    {
        m_pages.append(PageBuilder(int(m_pages.size()) + 1, m_g.page));
        m_y = m_g.top;
    }
    SheetGeometry m_g;
    QList<PageBuilder> m_pages;
    qreal m_y = 0;
};

class RecommendationText : public ::testing::TestWithParam<SheetGeometry> { };

} // namespace

TEST_P(RecommendationText, LabelledRecommendationsKeepNumberTextAndPage)
{
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("Findings of the review"), QString(),
                 QStringLiteral("The review heard evidence from officers and residents."), QString(),
                 QStringLiteral("Recommendation 1: That the Council publishes its"),
                 QStringLiteral("housing allocations policy in plain English."), QString(),
                 QStringLiteral("Recommendation 2 \u2013 The Cabinet Member should report"),
                 QStringLiteral("progress to the committee every six months."), QString()});
    sheet.pageBreak();
    sheet.lines({QStringLiteral("3.4 Recommendation 3:"), QStringLiteral("Officers review the repairs contract."),
                 QString(), QStringLiteral("Conclusion"), QString(),
                 QStringLiteral("The group thanks everyone who took part.")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 3);
    EXPECT_EQ(bundle.recommendations.at(0).number, QStringLiteral("1"));
    EXPECT_EQ(bundle.recommendations.at(0).text,
              QStringLiteral("That the Council publishes its housing allocations policy in plain English."));
    EXPECT_EQ(bundle.recommendations.at(0).pdfPage, 1);
    EXPECT_EQ(bundle.recommendations.at(1).number, QStringLiteral("2"));
    EXPECT_TRUE(bundle.recommendations.at(1).text.endsWith(QStringLiteral("every six months.")));
    EXPECT_EQ(bundle.recommendations.at(2).number, QStringLiteral("3"));
    EXPECT_EQ(bundle.recommendations.at(2).text, QStringLiteral("Officers review the repairs contract."));
    EXPECT_EQ(bundle.recommendations.at(2).pdfPage, 2);
}

TEST_P(RecommendationText, APlanSectionHeadedByARecommendationsTitleIsNotOne)
{
    // An improvement plan heads each section with the title of the recommendation it answers;
    // the recommendation's text is not printed there. A short recommendation that says what to
    // do is still read.
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("Recommendation 3. Resources"), QString(),
                 QStringLiteral("Our ambition is that caseloads are evenly managed across the system."), QString(),
                 QStringLiteral("Recommendation 4: Publish caseloads monthly."), QString(),
                 QStringLiteral("Recommendation 5: Early Help"), QString(),
                 QStringLiteral("Families receive the right help at the right time.")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 1);
    EXPECT_EQ(bundle.recommendations.at(0).number, QStringLiteral("4"));
    EXPECT_EQ(bundle.recommendations.at(0).text, QStringLiteral("Publish caseloads monthly."));
}

TEST_P(RecommendationText, ShortLabelsAndSentences)
{
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("R1: The Council should set up a tenants' panel."), QString(),
                 QStringLiteral("R2 That void properties are let within 28 days."), QString(),
                 QStringLiteral("Having heard the evidence, the Overview and Scrutiny Committee recommends"),
                 QStringLiteral("to Cabinet that library opening hours are reviewed before April."), QString(),
                 QStringLiteral("The report notes that nothing was recommended last year.")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 3);
    EXPECT_EQ(bundle.recommendations.at(0).number, QStringLiteral("R1"));
    EXPECT_EQ(bundle.recommendations.at(0).text, QStringLiteral("The Council should set up a tenants' panel."));
    EXPECT_EQ(bundle.recommendations.at(1).number, QStringLiteral("R2"));
    const Recommendation& sentence = bundle.recommendations.at(2);
    EXPECT_TRUE(sentence.number.isEmpty());
    EXPECT_TRUE(sentence.text.contains(QStringLiteral("library opening hours are reviewed")));
    EXPECT_EQ(sentence.madeBy, QStringLiteral("Overview and Scrutiny Committee"));
    EXPECT_EQ(sentence.addressedTo, QStringLiteral("Cabinet"));
    EXPECT_EQ(sentence.source, RecommendationSource::Committee);
}

TEST_P(RecommendationText, ListsUnderAHeadingAndAfterALeadIn)
{
    // A task-and-finish group's report: its numbered recommendations are to the executive.
    Sheet sheet(GetParam());
    const qreal in = sheet.indent();
    sheet.lines({QStringLiteral("Recommendations")});
    sheet.line(QStringLiteral("1. That the Cabinet Member for Housing publishes the allocations policy."), in);
    sheet.line(QStringLiteral("2. That Cabinet considers a review of parking charges."), in);
    sheet.line(QStringLiteral("3. The Council should appoint a tenants' champion."), in);
    sheet.lines({QString(), QStringLiteral("Background papers"), QString()});
    sheet.line(QStringLiteral("a) Cabinet report of 3 March"), in);
    sheet.lines({QString(), QStringLiteral("The Task and Finish Group agreed the following recommendations:")});
    sheet.line(QStringLiteral("a. That the housing service writes to every tenant"), in);
    sheet.line(QStringLiteral("about the new repairs line."), 2 * in);
    sheet.line(QStringLiteral("b. That the Cabinet Member reports back in a year."), in);
    sheet.lines({QString(), QStringLiteral("9. The meeting closed at 8 pm.")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 5);
    EXPECT_EQ(bundle.recommendations.at(0).number, QStringLiteral("1"));
    EXPECT_EQ(bundle.recommendations.at(0).text,
              QStringLiteral("That the Cabinet Member for Housing publishes the allocations policy."));
    EXPECT_EQ(bundle.recommendations.at(1).number, QStringLiteral("2"));
    EXPECT_EQ(bundle.recommendations.at(2).number, QStringLiteral("3"));
    const Recommendation& a = bundle.recommendations.at(3);
    EXPECT_EQ(a.number, QStringLiteral("a"));
    EXPECT_EQ(a.text, QStringLiteral("That the housing service writes to every tenant about the new repairs line."));
    EXPECT_EQ(a.madeBy, QStringLiteral("Task and Finish Group"));
    EXPECT_EQ(a.source, RecommendationSource::WorkingGroup);
    EXPECT_EQ(bundle.recommendations.at(4).number, QStringLiteral("b"));
}

// An officer's report asks the meeting it goes to for a decision ("That the Committee notes the
// report", "The Cabinet is asked to ..."): that is not a scrutiny body's recommendation to
// someone else, so none of such a list is listed, in each of the shapes report templates use.
TEST_P(RecommendationText, AReportsOwnRecommendationsToItsMeetingAreNotListed)
{
    Sheet sheet(GetParam());
    const qreal in = sheet.indent();
    sheet.lines({QStringLiteral("Recommendation(s):"), QStringLiteral("That the Committee notes the report."),
                 QString(), QStringLiteral("Reasons for the Recommendation(s):"),
                 QStringLiteral("To keep members informed."), QString()});
    sheet.lines({QStringLiteral("Recommendation:"), QStringLiteral("That:-")});
    sheet.line(QStringLiteral("(1) the report be noted;"), in);
    sheet.line(QStringLiteral("(2) a further update be submitted to the Committee in January."), in);
    sheet.lines({QString(), QStringLiteral("Background papers"), QString()});
    sheet.pageBreak();
    sheet.lines({QStringLiteral("Recommendation(s)"), QStringLiteral("That the committee:")});
    sheet.line(QStringLiteral("a) Notes the updated recommendation tracker in appendix 1;"), in);
    sheet.line(QStringLiteral("b) Reviews the work programme at appendix 2."), in);
    sheet.lines({QString(), QStringLiteral("Alternative options"), QString()});
    sheet.lines({QStringLiteral("Recommendation(s):")});
    sheet.line(QStringLiteral("(1) To note the activity that has taken place in the year."), in);
    sheet.lines({QString(), QStringLiteral("Background papers"), QString()});
    sheet.pageBreak();
    sheet.lines({QStringLiteral("Recommendations:"), QStringLiteral("The Cabinet is asked to:")});
    sheet.line(QStringLiteral("(1) Endorse the draft strategy for consultation;"), in);
    sheet.line(QStringLiteral("(2) Adopt the timetable for its adoption."), in);
    sheet.lines({QString(), QStringLiteral("Contact details"), QString()});
    sheet.lines({QStringLiteral("The report concluded by detailing progress on each action; and"),
                 QStringLiteral("recommended that future reporting form part of the economic strategy.")});
    const ImportBundle bundle = sheet.analyse();
    for (const Recommendation& r : bundle.recommendations)
        ADD_FAILURE() << "listed: " << r.text.toStdString();
}

// A committee's minutes resolving to recommend to Cabinet: a scrutiny recommendation.
TEST_P(RecommendationText, AMinuteResolvingToRecommendToCabinetIsListed)
{
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("MEETING: OVERVIEW AND SCRUTINY COMMITTEE"), QStringLiteral("DATE: 3 March 2025"),
                 QString(), QStringLiteral("5. Library opening hours"), QString(),
                 QStringLiteral("The Overview and Scrutiny Committee considered the report of the Director."),
                 QString(), QStringLiteral("RESOLVED: to recommend to Cabinet that library opening hours be extended"),
                 QStringLiteral("on Saturdays from April.")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 1);
    const Recommendation& r = bundle.recommendations.at(0);
    EXPECT_TRUE(r.text.contains(QStringLiteral("library opening hours be extended on Saturdays")));
    EXPECT_EQ(r.addressedTo, QStringLiteral("Cabinet"));
    EXPECT_EQ(r.madeBy, QStringLiteral("Overview and Scrutiny Committee"));
    EXPECT_EQ(r.source, RecommendationSource::Committee);
}

// Minutes resolving to commend a working group's recommendations to Cabinet, a stem ending in a
// colon over lettered sub-items at the same left (one broken by a page); and a later report
// quoting one of a group's recommendations inside quotation marks.
TEST_P(RecommendationText, AResolutionCommendingRecommendationsToCabinetListsEachSubItem)
{
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("MEETING: OVERVIEW AND SCRUTINY COMMITTEE"), QStringLiteral("DATE: 3 March 2025"),
                 QString(), QStringLiteral("RESOLVED:"), QString(),
                 QStringLiteral("That the report and the following recommendations be supported and commended"),
                 QStringLiteral("to the Cabinet for approval:-"),
                 QStringLiteral("(1) That the Head of Housing be requested to:-"),
                 QStringLiteral("(a) Review the allocations policy so that it is"), QStringLiteral("easier to read;")});
    sheet.line(QStringLiteral("(b) Publish waiting times for each kind of home, in order"));
    sheet.pageBreak();
    sheet.lines(
        {QStringLiteral("that applicants can plan;"), QStringLiteral("(c) Report to the committee on:"),
         QStringLiteral("(i) the number of empty homes;"), QStringLiteral("(ii) the time taken to let them; and"),
         QStringLiteral("(2) That the Cabinet Member writes to every housing association."), QString(),
         QStringLiteral("Date of next meeting"), QString(),
         QStringLiteral("The former Parks Working Group included a recommendation as follows:-"),
         QStringLiteral("\u201c(7) the Head of Parks be requested to open the lakeside toilets all year;\u201d"),
         QString(), QStringLiteral("The site visit is planned for June.")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 5);
    const Recommendation& a = bundle.recommendations.at(0);
    EXPECT_EQ(a.number, QStringLiteral("1(a)"));
    EXPECT_EQ(
        a.text,
        QStringLiteral(
            "That the Head of Housing be requested to Review the allocations policy so that it is easier to read;"));
    EXPECT_EQ(a.madeBy, QStringLiteral("Overview and Scrutiny Committee"));
    EXPECT_EQ(a.source, RecommendationSource::Committee);
    EXPECT_EQ(a.addressedTo, QStringLiteral("Cabinet"));
    EXPECT_EQ(a.pdfPage, 1);
    EXPECT_EQ(bundle.recommendations.at(1).number, QStringLiteral("1(b)"));
    EXPECT_TRUE(bundle.recommendations.at(1).text.endsWith(QStringLiteral("in order that applicants can plan;")));
    EXPECT_EQ(bundle.recommendations.at(2).number, QStringLiteral("1(c)"));
    EXPECT_TRUE(bundle.recommendations.at(2).text.endsWith(
        QStringLiteral("on: (i) the number of empty homes; (ii) the time taken to let them; and")));
    EXPECT_EQ(bundle.recommendations.at(2).pdfPage, 2);
    EXPECT_EQ(bundle.recommendations.at(3).number, QStringLiteral("2"));
    EXPECT_EQ(bundle.recommendations.at(3).text,
              QStringLiteral("That the Cabinet Member writes to every housing association."));
    const Recommendation& quoted = bundle.recommendations.at(4);
    EXPECT_EQ(quoted.number, QStringLiteral("7"));
    EXPECT_EQ(quoted.text, QStringLiteral("the Head of Parks be requested to open the lakeside toilets all year;"));
    EXPECT_EQ(quoted.madeBy, QStringLiteral("Parks Working Group"));
    EXPECT_EQ(quoted.source, RecommendationSource::WorkingGroup);
}

// A report to Cabinet that quotes the scrutiny committee's recommendations: they are the
// committee's, addressed to Cabinet, though the report asks Cabinet to consider them.
TEST_P(RecommendationText, AReportQuotingACommitteesRecommendationsListsThemAsTheCommittees)
{
    Sheet sheet(GetParam());
    const qreal in = sheet.indent();
    sheet.lines({QStringLiteral("Recommendation(s):"),
                 QStringLiteral("Cabinet is asked to consider the recommendations of the Overview and"),
                 QStringLiteral("Scrutiny Committee set out below:")});
    sheet.line(QStringLiteral("(1) That bus shelters are repaired within a month of a fault."), in);
    sheet.line(QStringLiteral("(2) That the Cabinet Member reports progress in six months."), in);
    sheet.lines({QString(), QStringLiteral("Background papers")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 2);
    for (const Recommendation& r : bundle.recommendations) {
        EXPECT_EQ(r.madeBy, QStringLiteral("Overview and Scrutiny Committee"));
        EXPECT_EQ(r.source, RecommendationSource::Committee);
        EXPECT_EQ(r.addressedTo, QStringLiteral("Cabinet"));
    }
    EXPECT_EQ(bundle.recommendations.at(1).number, QStringLiteral("2"));
}

// A Recommendations section that neither asks the meeting nor names whom it addresses: kept,
// with its maker and addressee unknown rather than guessed.
TEST_P(RecommendationText, ARecommendationWhoseAddresseeIsNotPrintedIsKeptAsUnknown)
{
    Sheet sheet(GetParam());
    const qreal in = sheet.indent();
    sheet.lines({QStringLiteral("Recommendations")});
    sheet.line(QStringLiteral("1. Improve the signage in the town centre car parks."), in);
    sheet.lines({QString(), QStringLiteral("Background papers")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 1);
    const Recommendation& r = bundle.recommendations.at(0);
    EXPECT_EQ(r.number, QStringLiteral("1"));
    EXPECT_TRUE(r.addressedTo.isEmpty());
    EXPECT_TRUE(r.madeBy.isEmpty());
    EXPECT_EQ(r.source, RecommendationSource::Unknown);
}

TEST_P(RecommendationText, ALeadInNamingABodyByItsAbbreviationMakesItTheirs)
{
    // A committee's report summarising another body's recommendations: the body is named in full
    // once with its abbreviation, then by the abbreviation, and the lead-in says whose
    // recommendations follow.
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("Overview and Scrutiny Committee"), QString(),
                 QStringLiteral("1.1 The Communities and Local Government (CLG) Select Committee launched an"),
                 QStringLiteral("inquiry into overview and scrutiny in local government."), QString(),
                 QStringLiteral("1.2 The CLG Committee noted the shortcomings found in several councils."), QString(),
                 QStringLiteral("3.1 The Government's response was published in March; the 8 CLG"),
                 QStringLiteral("recommendations and the Government's responses are set out below."), QString(),
                 QStringLiteral("3.2 Recommendation 1:"), QStringLiteral("Councils publish the resources allocated to scrutiny."),
                 QString(), QStringLiteral("3.3 Recommendation 2:"),
                 QStringLiteral("Scrutiny chairs are elected by the committee's members."), QString()});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 2);
    for (const Recommendation& r : bundle.recommendations)
        EXPECT_EQ(r.madeBy.toStdString(), "Communities and Local Government Committee") << r.text.toStdString();
}

TEST(RecommendationMakers, AbbreviationsAreTheInitialsOfTheWordsBeforeThem)
{
    const QHash<QString, QString> found = parse::makers::abbreviationsIn(
        QStringLiteral("The Communities and Local Government (CLG) Select Committee and the Local Government "
                       "Association (LGA) met; Special Educational Needs (SEND) is not spelt out here."));
    EXPECT_EQ(found.value(QStringLiteral("CLG")), QStringLiteral("Communities and Local Government"));
    EXPECT_EQ(found.value(QStringLiteral("LGA")), QStringLiteral("Local Government Association"));
    EXPECT_FALSE(found.contains(QStringLiteral("SEND"))) << "four letters, three initials";
}

TEST_P(RecommendationText, ResponsesQuotedUnderTheirRecommendationsAndInProse)
{
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("Recommendation 1: The Council adopts a single complaints policy."),
                 QStringLiteral("Response: Accepted. The policy will be in place by June."), QString(),
                 QStringLiteral("Recommendation 2: Ward members are told of every planning appeal."), QString(),
                 QStringLiteral("Recommendation 3: All reports carry an easy-read summary."), QString(),
                 QStringLiteral("Cabinet considered the report. Recommendation 2 is partly accepted, as"),
                 QStringLiteral("appeals on minor applications will be listed monthly instead."), QString(),
                 QStringLiteral("Next steps")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 3);
    ASSERT_EQ(bundle.recommendationResponses.size(), 2);
    const RecommendationResponse& first = bundle.recommendationResponses.at(0);
    EXPECT_EQ(first.recommendationIndex, 0);
    EXPECT_EQ(first.decision, ResponseDecision::Accepted);
    EXPECT_TRUE(first.text.startsWith(QStringLiteral("Accepted. The policy")));
    const RecommendationResponse& second = bundle.recommendationResponses.at(1);
    EXPECT_EQ(second.recommendationIndex, 1);
    EXPECT_EQ(second.number, QStringLiteral("2"));
    EXPECT_EQ(second.decision, ResponseDecision::Partly);
    // Recommendation 3 has no response: nothing is invented for it.
    for (const RecommendationResponse& response : bundle.recommendationResponses)
        EXPECT_NE(response.recommendationIndex, 2);
}

// A response's date stated before the responses ("The Government's response ... was published
// on 12 March 2018") is theirs; a response printed far beyond it (another paper in the pack)
// keeps none (the meeting's date is the export's fallback).
TEST_P(RecommendationText, AResponseDateStatedBeforeTheResponsesIsTheirs)
{
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("The Government's response to the Select Committee report was published on"),
                 QStringLiteral("12 March 2018 and its answers to the recommendations are set out below."), QString(),
                 QStringLiteral("Recommendation 1: Ward members are told of every planning appeal."), QString(),
                 QStringLiteral("Government Response:"),
                 QStringLiteral("The Government does not accept this recommendation."), QString()});
    for (int page = 0; page < 11; ++page)
        sheet.pageBreak();
    sheet.lines({QStringLiteral("Recommendation 2: The Council adopts a single complaints policy."),
                 QStringLiteral("Response: Accepted."), QString()});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendationResponses.size(), 2);
    const RecommendationResponse& government = bundle.recommendationResponses.at(0);
    EXPECT_EQ(government.decision, ResponseDecision::Rejected);
    EXPECT_EQ(government.date, QStringLiteral("2018-03-12"));
    EXPECT_EQ(bundle.recommendationResponses.at(1).pdfPage, 12);
    EXPECT_TRUE(bundle.recommendationResponses.at(1).date.isEmpty());
}

// A later paper quoting the resolution that commended a list of recommendations, then saying
// "... and the recommendations were approved": each of that list is accepted, dated by the
// sentence. The same sentence with no quoted resolution before it answers nothing.
TEST_P(RecommendationText, RecommendationsApprovedTogetherAfterTheirResolutionIsQuoted)
{
    Sheet sheet(GetParam());
    const qreal in = sheet.indent();
    sheet.lines({QStringLiteral("RESOLVED:"), QString(),
                 QStringLiteral("That the report and the following recommendations be supported and commended"),
                 QStringLiteral("to the Cabinet for approval:-")});
    sheet.line(QStringLiteral("(1) That bus shelters are repaired within a month of a fault;"), in);
    sheet.line(QStringLiteral("(2) That the Cabinet Member reports progress in six months."), in);
    sheet.lines({QString(), QStringLiteral("Date of next meeting"), QString()});
    sheet.pageBreak();
    sheet.lines({QStringLiteral("The Committee considered the Final Report and resolved as follows:-"), QString(),
                 QStringLiteral("\u201cThat the report and the following recommendations be supported and"),
                 QStringLiteral("commended to the Cabinet for approval\u201d."), QString(),
                 QStringLiteral("The Final Report was considered by the Cabinet at its meeting held on 26 July"),
                 QStringLiteral("2018, and the recommendations were approved."), QString(),
                 QStringLiteral("The review of parking was reported in May and the recommendations were"),
                 QStringLiteral("approved."), QString()});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 2);
    ASSERT_EQ(bundle.recommendationResponses.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const RecommendationResponse& response = bundle.recommendationResponses.at(i);
        EXPECT_EQ(response.recommendationIndex, i);
        EXPECT_EQ(response.decision, ResponseDecision::Accepted);
        EXPECT_EQ(response.date, QStringLiteral("2018-07-26"));
        EXPECT_EQ(response.pdfPage, 2);
        EXPECT_TRUE(response.text.endsWith(QStringLiteral("and the recommendations were approved.")));
    }
}

TEST_P(RecommendationText, CallInOutcomes)
{
    Sheet sheet(GetParam());
    const qreal in = sheet.indent();
    sheet.lines({QStringLiteral("Call-in of the decision on library opening hours"), QString(),
                 QStringLiteral("The Scrutiny Committee considered the call-in and agreed the following motion:")});
    sheet.line(QStringLiteral("a. That implementation of the decision be postponed."), in);
    sheet.lines({QString(), QStringLiteral("The Committee resolved to refer the matter to full Council for review."),
                 QString()});
    sheet.pageBreak();
    sheet.lines({QStringLiteral("Call-in of the decision on parking charges"), QString(),
                 QStringLiteral("RESOLVED that the decision be referred back to the decision-maker for"),
                 QStringLiteral("reconsideration in the light of the comments made.")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 2);
    const Recommendation& motion = bundle.recommendations.at(0);
    EXPECT_EQ(motion.source, RecommendationSource::CallIn);
    EXPECT_EQ(motion.madeBy, QStringLiteral("Scrutiny Committee"));
    ASSERT_EQ(bundle.recommendationResponses.size(), 1);
    EXPECT_EQ(bundle.recommendationResponses.at(0).recommendationIndex, 0);
    EXPECT_EQ(bundle.recommendationResponses.at(0).decision, ResponseDecision::Accepted);
    EXPECT_EQ(bundle.recommendationResponses.at(0).decisionText, QStringLiteral("referred to full Council"));
    EXPECT_EQ(bundle.recommendationResponses.at(0).pdfPage, 1);
    const Recommendation& back = bundle.recommendations.at(1);
    EXPECT_EQ(back.source, RecommendationSource::CallIn);
    EXPECT_EQ(back.addressedTo, QStringLiteral("the decision-maker"));
    EXPECT_EQ(back.pdfPage, 2);
}

TEST_P(RecommendationText, ARequestClosingAReasonOfACallInKeepsTheReasonAsItsNumber)
{
    Sheet sheet(GetParam());
    sheet.lines({QStringLiteral("Call-in request for executive decision 30/00012"), QString(),
                 QStringLiteral("Proposer: Ms Ann Member"), QStringLiteral("Seconder: Mr Bob Member"), QString(),
                 QStringLiteral("Reasons for calling in the decision:"), QString(),
                 QStringLiteral("Reason one: The decision is not in line with the budget."),
                 QStringLiteral("The report does not consider the cost of transport to other centres."), QString(),
                 QStringLiteral("Reason two: The decision is not taken in accordance with the constitution:"),
                 QStringLiteral("Officers said the lease cannot be extended. Other leases have been extended,"),
                 QStringLiteral("therefore the legal advice on the lease must be shared with Members before"),
                 QStringLiteral("the decision is taken."), QString()});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendations.size(), 1);
    const Recommendation& r = bundle.recommendations.at(0);
    EXPECT_EQ(r.number, QStringLiteral("Reason two"));
    EXPECT_TRUE(r.text.contains(QStringLiteral("the legal advice on the lease must be shared with Members")))
        << r.text.toStdString();
    EXPECT_FALSE(r.text.contains(QStringLiteral("cannot be extended")));
    EXPECT_EQ(r.madeBy, QStringLiteral("Ms Ann Member")); // the proposer, as printed
    EXPECT_EQ(r.source, RecommendationSource::CallIn);
}

TEST_P(RecommendationText, AnOptionAgreedFromTheListedOptionsIsAnAcceptedResponse)
{
    Sheet sheet(GetParam());
    const qreal in = sheet.indent();
    sheet.lines({QStringLiteral("1.5 A call-in request was submitted by two Members."), QString(),
                 QStringLiteral("1.6 The decision was discussed at Scrutiny Committee on 29 January 2030. The"),
                 QStringLiteral("options for the Scrutiny Committee were:")});
    sheet.line(QStringLiteral("a) make no comments"), in);
    sheet.line(QStringLiteral("b) require implementation of the decision to be postponed pending"), in);
    sheet.line(QStringLiteral("reconsideration of the matter by the decision-maker; or"), 2 * in);
    sheet.line(QStringLiteral("c) require implementation of the decision to be postponed pending review or"), in);
    sheet.line(QStringLiteral("scrutiny of the matter by the full Council"), 2 * in);
    sheet.lines({QString(), QStringLiteral("1.7 Option c) was agreed."), QString(),
                 QStringLiteral("2. Background"), QString(), QStringLiteral("The centres opened in 2010.")});
    const ImportBundle bundle = sheet.analyse();
    ASSERT_EQ(bundle.recommendationResponses.size(), 1);
    const RecommendationResponse& response = bundle.recommendationResponses.at(0);
    EXPECT_EQ(response.decision, ResponseDecision::Accepted);
    EXPECT_TRUE(response.text.contains(QStringLiteral("Option c) was agreed"))) << response.text.toStdString();
    EXPECT_TRUE(response.quotedText.startsWith(QStringLiteral("require implementation of the decision to be "
                                                              "postponed pending review or scrutiny")))
        << response.quotedText.toStdString();
    EXPECT_EQ(response.pdfPage, 1);
    // The options are what the committee could do, not recommendations.
    EXPECT_TRUE(bundle.recommendations.isEmpty());
}

TEST(RecommendationTextPlain, PlainReportGivesNone)
{
    Sheet sheet {SheetGeometry()};
    sheet.lines({QStringLiteral("1. Introduction"), QString(),
                 QStringLiteral("The service recommended a new supplier in"),
                 QStringLiteral("2019 and it has performed well."), QString(),
                 QStringLiteral("2. The committee is asked to note the report.")});
    EXPECT_TRUE(sheet.analyse().recommendations.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Geometries, RecommendationText, ::testing::ValuesIn(SheetGeometry::varied()),
                         [](const ::testing::TestParamInfo<SheetGeometry>& geometry) {
                             return std::string(geometry.param.name);
                         });

// In an agenda pack the meeting's body makes only what its minutes resolve or a text says it
// does: an appended review's labelled recommendations and "We recommend ..." are left without a
// maker rather than given to the meeting's committee. Elsewhere the document's body stays the
// maker of what nothing attributes.
TEST(RecommendationFinderPack, WhatNothingAttributesInAPackHasNoMaker)
{
    using parse::RecParagraph;
    const auto paragraph = [](const QString& text, int page) {
        RecParagraph p;
        p.text = text;
        p.page = page;
        p.left = 72;
        p.textLeft = 72;
        p.endsWithColon = text.endsWith(QLatin1Char(':'));
        return p;
    };
    const QList<RecParagraph> paragraphs {
        paragraph(QStringLiteral("Recommendation 1: Child protection procedures should be amended."), 149),
        paragraph(QStringLiteral("We recommend that the guidance issued to councils is revised."), 177),
        paragraph(QStringLiteral("The Scrutiny Committee recommends that Cabinet reviews library opening hours."), 200),
    };
    parse::RecommendationFinder::Context context;
    context.body = QStringLiteral("Overview and Scrutiny Committee");
    context.pack = true;
    const QList<parse::FoundRecommendation> inPack = parse::RecommendationFinder::find(paragraphs, context);
    ASSERT_EQ(inPack.size(), 3);
    EXPECT_TRUE(inPack.at(0).recommendation.madeBy.isEmpty()) << inPack.at(0).recommendation.madeBy.toStdString();
    EXPECT_EQ(inPack.at(0).recommendation.source, RecommendationSource::Unknown);
    EXPECT_TRUE(inPack.at(1).recommendation.madeBy.isEmpty()) << inPack.at(1).recommendation.madeBy.toStdString();
    EXPECT_EQ(inPack.at(2).recommendation.madeBy.toStdString(), "Scrutiny Committee") << "named, so kept";

    context.pack = false;
    const QList<parse::FoundRecommendation> report = parse::RecommendationFinder::find(paragraphs, context);
    ASSERT_EQ(report.size(), 3);
    EXPECT_EQ(report.at(0).recommendation.madeBy.toStdString(), "Overview and Scrutiny Committee");
}
