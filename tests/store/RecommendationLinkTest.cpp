// Linking across documents by the words of a request and the question that answers it
// (RecommendationLinker): a call-in's information requests in one paper, the executive's
// "question | response" rows in another. Hand-built bundles, no PDFs.
#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "RecommendationLinker.h"
#include "RecommendationStore.h"

using namespace scrutineer;
using scrutineer::testing::meetingOf;
using scrutineer::testing::page;

namespace {

Recommendation request(const QString& text)
{
    Recommendation r;
    r.text = text;
    r.source = RecommendationSource::CallIn;
    r.madeBy = QStringLiteral("Ann Member");
    r.pdfPage = 3;
    return r;
}

const QString kRiskRequest = QStringLiteral(
    "Full disclosure regarding all the advice officers have given the Cabinet Member, including the risk analysis "
    "for the closure.");
const QString kOutreachRequest
    = QStringLiteral("Detailed information regarding what services will be offered, including outreach provision.");
const QString kGrantRequest
    = QStringLiteral("A list of every grant the two centres have received since 2015 and from whom.");

// The call-in request, before the Scrutiny Committee.
ImportBundle callInRequest(const QByteArray& sha, const QString& title = QStringLiteral(
                                                      "Call-in of decision 30/00012 - Future of the Riverside and "
                                                      "Hillview Youth Centres"))
{
    ImportBundle b;
    b.fileName = QStringLiteral("call-in-request.pdf");
    b.title = title;
    b.sha256 = sha;
    b.kind = DocumentKind::Report;
    b.pageCount = 3;
    b.pages = {page(1, QStringLiteral("Call-in request")), page(2, QString()), page(3, QStringLiteral("Requests"))};
    b.meetings = {meetingOf(QStringLiteral("Scrutiny Committee"), QDate(2030, 1, 29))};
    b.documentMeetingIndex = 0;
    b.recommendations = {request(kRiskRequest), request(kOutreachRequest), request(kGrantRequest)};
    return b;
}

// The Cabinet Member's paper to full Council: each question asked, and its answer.
ImportBundle executivePaper(const QByteArray& sha, const QString& title = QStringLiteral(
                                                       "Riverside and Hillview Youth Centres - supplementary paper"))
{
    ImportBundle b;
    b.fileName = QStringLiteral("executive-paper.pdf");
    b.title = title;
    b.sha256 = sha;
    b.kind = DocumentKind::Report;
    b.pageCount = 6;
    b.pages = {page(1, QStringLiteral("Supplementary paper")), page(2, QString()), page(3, QString()),
               page(4, QStringLiteral("Issue raised Response")), page(5, QString()), page(6, QString())};
    b.meetings = {meetingOf(QStringLiteral("County Council"), QDate(2030, 3, 13))};
    b.documentMeetingIndex = 0;
    const QList<std::pair<QString, QString>> rows {
        {QStringLiteral("Where is the risk analysis for the closure?"),
         QStringLiteral("An initial equalities impact assessment was undertaken and is appended.")},
        {QStringLiteral("What is the planned outreach provision?"),
         QStringLiteral("Staff will rent rooms to deliver targeted sessions from both centres.")},
        {QStringLiteral("How many staff work at Hillview on Saturdays?"),
         QStringLiteral("Two part-time staff, on a rota.")},
    };
    int pageNumber = 4;
    for (const auto& [question, answer] : rows) {
        Recommendation row;
        row.text = question;
        row.source = RecommendationSource::Committee;
        row.madeBy = QStringLiteral("Scrutiny Committee");
        row.pdfPage = pageNumber;
        RecommendationResponse response;
        response.recommendationIndex = int(b.recommendations.size());
        response.text = answer;
        response.pdfPage = pageNumber++;
        b.recommendations.append(row);
        b.recommendationResponses.append(response);
    }
    return b;
}

std::optional<RecommendationRecord> byText(Database& db, const QString& text)
{
    for (const RecommendationRecord& r : RecommendationStore(db).list()) {
        if (r.recommendation.text == text)
            return r;
    }
    return std::nullopt;
}

class RecommendationLinkTest : public scrutineer::testing::StoreFixture {
protected:
    void expectRequestsAnswered()
    {
        const auto risk = byText(*m_db, kRiskRequest);
        ASSERT_TRUE(risk.has_value());
        ASSERT_EQ(risk->responses.size(), 1);
        EXPECT_EQ(risk->responses.first().text,
                  QStringLiteral("An initial equalities impact assessment was undertaken and is appended."));
        EXPECT_EQ(risk->responses.first().pdfPage, 4);
        const QString evidence = risk->responses.first().linkEvidence;
        EXPECT_TRUE(evidence.startsWith(QStringLiteral("text "))) << evidence.toStdString();
        EXPECT_TRUE(evidence.contains(QStringLiteral("in another document: "))) << evidence.toStdString();
        EXPECT_TRUE(evidence.contains(QStringLiteral("risk"))) << evidence.toStdString();
        // Answered in words, neither accepted nor rejected.
        EXPECT_EQ(risk->decision(), ResponseDecision::Pending);
        EXPECT_TRUE(risk->answered());

        const auto outreach = byText(*m_db, kOutreachRequest);
        ASSERT_TRUE(outreach.has_value());
        ASSERT_EQ(outreach->responses.size(), 1);
        EXPECT_EQ(outreach->responses.first().pdfPage, 5);

        // Nothing in the paper asks about grants.
        const auto grants = byText(*m_db, kGrantRequest);
        ASSERT_TRUE(grants.has_value());
        EXPECT_TRUE(grants->responses.isEmpty());
        // The rows keep their own answers, and only those.
        const auto saturday = byText(*m_db, QStringLiteral("How many staff work at Hillview on Saturdays?"));
        ASSERT_TRUE(saturday.has_value());
        EXPECT_EQ(saturday->responses.size(), 1);
        EXPECT_EQ(saturday->responses.first().linkEvidence, QStringLiteral("same document"));
    }
};

} // namespace

TEST_P(RecommendationLinkTest, RequestsLinkToTheRowsOfAnotherPaperThatAnswerThem)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(callInRequest("request-v1")).hasValue());
    ASSERT_TRUE(writer.write(executivePaper("paper-v1")).hasValue());
    expectRequestsAnswered();
}

TEST_P(RecommendationLinkTest, TheCsvSaysWhenTheAddresseeIsUnknown)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(callInRequest("request-v1")).hasValue());
    const QString csv = QString::fromUtf8(recommendationsCsv(RecommendationStore(*m_db).list()));
    EXPECT_EQ(csv.count(QStringLiteral(",addressee unknown,")), 3) << csv.toStdString();
}

TEST_P(RecommendationLinkTest, TheOrderOfImportDoesNotMatter)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(executivePaper("paper-v1")).hasValue());
    ASSERT_TRUE(writer.write(callInRequest("request-v1")).hasValue());
    expectRequestsAnswered();
}

TEST_P(RecommendationLinkTest, NoLinkWhenTheWordsDifferOrThePapersAreAboutAnotherMatter)
{
    ImportWriter writer(*m_db);
    // Same words, but papers of other meetings and bodies about another matter.
    ASSERT_TRUE(writer.write(callInRequest("request-v1")).hasValue());
    ASSERT_TRUE(
        writer.write(executivePaper("paper-v1", QStringLiteral("Library opening hours - annual report"))).hasValue());
    for (const QString& text : {kRiskRequest, kOutreachRequest, kGrantRequest}) {
        const auto r = byText(*m_db, text);
        ASSERT_TRUE(r.has_value());
        EXPECT_TRUE(r->responses.isEmpty()) << text.toStdString();
    }
}

TEST_P(RecommendationLinkTest, OneSharedWordIsNotEnough)
{
    const QSet<QString>& stop = RecommendationLinker::stopWords();
    ASSERT_FALSE(stop.isEmpty()); // read from resources/lexicon/linking.json
    EXPECT_TRUE(stop.contains(QStringLiteral("regarding")));
    const auto request = recommendation::subjectWords(kGrantRequest, stop);
    const auto question = recommendation::subjectWords(QStringLiteral("Which centres will close?"), stop);
    const recommendation::Overlap o = recommendation::overlap(request, question);
    EXPECT_EQ(o.shared, QStringList {QStringLiteral("centr")});
    EXPECT_LT(o.shared.size(), RecommendationLinker::kMinimumSharedWords);
    // "extending contracts" and "contract extension" agree once cut to their stems.
    const auto a = recommendation::subjectWords(QStringLiteral("contract extension requirements"), stop);
    const auto b = recommendation::subjectWords(QStringLiteral("the legal advice on extending contracts"), stop);
    EXPECT_EQ(recommendation::overlap(a, b).shared, (QStringList {QStringLiteral("contr"), QStringLiteral("exten")}));
}

TEST_P(RecommendationLinkTest, AnOfficersResponseSurvivesRelinkingAndReimports)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(callInRequest("request-v1")).hasValue());
    RecommendationStore store(*m_db);
    const QString key = byText(*m_db, kRiskRequest)->key;
    ResponseEntry response;
    response.decision = ResponseDecision::Noted;
    response.text = QStringLiteral("Risk analysis circulated to Members on 3 March");
    response.date = QDate(2030, 3, 3);
    ASSERT_TRUE(store.addResponse(key, response).hasValue());

    // The paper arrives, then revised versions of both papers replace the first ones.
    ASSERT_TRUE(writer.write(executivePaper("paper-v1")).hasValue());
    ASSERT_TRUE(writer.write(executivePaper("paper-v2")).hasValue());
    ASSERT_TRUE(writer.write(callInRequest("request-v2")).hasValue());
    ASSERT_FALSE(RecommendationLinker::relink(m_db->connection()).has_value());

    const auto risk = store.find(key);
    ASSERT_TRUE(risk.has_value());
    ASSERT_EQ(risk->responses.size(), 2); // the paper's row, linked again, and the officer's entry
    EXPECT_FALSE(risk->responses.first().manual);
    EXPECT_TRUE(risk->responses.first().linkEvidence.contains(QStringLiteral("in another document")));
    EXPECT_TRUE(risk->responses.last().manual);
    EXPECT_EQ(risk->response()->text, QStringLiteral("Risk analysis circulated to Members on 3 March"));
    EXPECT_EQ(risk->decision(), ResponseDecision::Noted);
}

INSTANTIATE_TEST_SUITE_P(Backends, RecommendationLinkTest, scrutineer::testing::backends(),
                         scrutineer::testing::backendName);
