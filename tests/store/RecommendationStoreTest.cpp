#include "RecommendationStore.h"
#include "BundleFixtures.h"
#include "Csv.h"
#include "ImportWriter.h"
#include "JsonExporter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace scrutineer;
using scrutineer::testing::meetingOf;
using scrutineer::testing::page;

namespace {

Recommendation recommendationOf(const QString& number, const QString& text, int page)
{
    Recommendation r;
    r.number = number;
    r.text = text;
    r.source = RecommendationSource::WorkingGroup;
    r.madeBy = QStringLiteral("Home to School Transport Task and Finish Group");
    r.addressedTo = QStringLiteral("Cabinet");
    r.pdfPage = page;
    return r;
}

// The task-and-finish group's report to the scrutiny committee of 10 January 2030.
ImportBundle scrutinyReport(const QByteArray& sha)
{
    ImportBundle b;
    b.fileName = QStringLiteral("transport-review.pdf");
    b.sha256 = sha;
    b.kind = DocumentKind::Report;
    b.pageCount = 2;
    b.pages
        = {page(1, QStringLiteral("Review of home to school transport")), page(2, QStringLiteral("Recommendations"))};
    b.meetings = {meetingOf(QStringLiteral("Children's Scrutiny Committee"), QDate(2030, 1, 10))};
    b.documentMeetingIndex = 0;
    b.recommendations
        = {recommendationOf(
               QStringLiteral("1"),
               QStringLiteral("That the Council publishes its transport eligibility policy in plain English"), 2),
           recommendationOf(QStringLiteral("2"),
                            QStringLiteral("That routes are reviewed every year with parents and schools"), 2),
           recommendationOf(QStringLiteral("3"),
                            QStringLiteral("That independent travel training is offered to every eligible pupil"), 2)};
    return b;
}

RecommendationResponse responseTo(const QString& number, const QString& quoted, ResponseDecision decision)
{
    RecommendationResponse r;
    r.number = number;
    r.quotedText = quoted;
    r.decision = decision;
    r.text = QStringLiteral("Response text for ") + number;
    r.lead = QStringLiteral("Head of Transport");
    r.dueText = QStringLiteral("September 2030");
    r.due = QStringLiteral("2030-09");
    r.pdfPage = 3;
    return r;
}

// Cabinet's response of 20 March 2030: a table quoting recommendations 1 and 2 (number 2 quoted
// loosely), and nothing on recommendation 3.
ImportBundle executiveResponse(const QByteArray& sha)
{
    ImportBundle b;
    b.fileName = QStringLiteral("cabinet-response.pdf");
    b.sha256 = sha;
    b.kind = DocumentKind::Report;
    b.pageCount = 3;
    b.pages = {page(1, QStringLiteral("Executive response")), page(2, QString()),
               page(3, QStringLiteral("Response table"))};
    b.meetings = {meetingOf(QStringLiteral("Cabinet"), QDate(2030, 3, 20))};
    b.documentMeetingIndex = 0;
    b.recommendationResponses
        = {responseTo(QStringLiteral("R1"),
                      QStringLiteral("The Council publishes its transport eligibility policy in plain English"),
                      ResponseDecision::Accepted),
           responseTo(QStringLiteral("R2"), QStringLiteral("routes reviewed each year with parents"),
                      ResponseDecision::Partly)};
    return b;
}

// The same response printed as a tracker does: each recommendation quoted in a row with its
// response and a progress update beside it (the importer marks such rows as quotations).
ImportBundle trackerQuoting(const QByteArray& sha)
{
    ImportBundle b = executiveResponse(sha);
    b.fileName = QStringLiteral("recommendation-tracker.pdf");
    b.recommendationResponses.clear();
    Recommendation quoted = recommendationOf(
        QString(), QStringLiteral("The Council publishes its transport eligibility policy in plain English"), 3);
    quoted.quotedIn = b.fileName;
    b.recommendations = {quoted};
    RecommendationResponse response = responseTo(QString(), quoted.text, ResponseDecision::Accepted);
    response.recommendationIndex = 0;
    b.recommendationResponses = {response};
    RecommendationUpdate update;
    update.recommendationIndex = 0;
    update.quotedText = quoted.text;
    update.text = QStringLiteral("Published in May");
    update.statusText = QStringLiteral("Complete");
    update.pdfPage = 3;
    b.recommendationUpdates = {update};
    return b;
}

class RecommendationStoreTest : public scrutineer::testing::StoreFixture { };

} // namespace

TEST_P(RecommendationStoreTest, ResponsesInALaterDocumentLinkByNumberAndTextWithTheirEvidence)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(scrutinyReport("report-v1")).hasValue());
    ASSERT_TRUE(writer.write(executiveResponse("response-v1")).hasValue());
    const QList<RecommendationRecord> all = RecommendationStore(*m_db).list();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).body, QStringLiteral("Children's Scrutiny Committee"));
    EXPECT_EQ(all.at(0).recommendation.pdfPage, 2);
    ASSERT_EQ(all.at(0).responses.size(), 1);
    EXPECT_EQ(all.at(0).decision(), ResponseDecision::Accepted);
    EXPECT_EQ(all.at(0).responses.first().pdfPage, 3);
    EXPECT_EQ(all.at(0).responses.first().date, QDate(2030, 3, 20)); // the response's meeting
    EXPECT_TRUE(all.at(0).responses.first().linkEvidence.startsWith(QStringLiteral("number 1, text ")));
    EXPECT_EQ(all.at(1).decision(), ResponseDecision::Partly);
    EXPECT_EQ(all.at(1).responses.first().lead, QStringLiteral("Head of Transport"));
    EXPECT_EQ(all.at(2).decision(), ResponseDecision::Pending);
    EXPECT_TRUE(all.at(2).responses.isEmpty());
}

TEST_P(RecommendationStoreTest, AResponseImportedBeforeItsReportLinksWhenTheReportArrives)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(executiveResponse("response-v1")).hasValue());
    EXPECT_TRUE(RecommendationStore(*m_db).list().isEmpty());
    ASSERT_TRUE(writer.write(scrutinyReport("report-v1")).hasValue());
    const QList<RecommendationRecord> all = RecommendationStore(*m_db).list();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).decision(), ResponseDecision::Accepted);
    EXPECT_EQ(all.at(1).decision(), ResponseDecision::Partly);
}

TEST_P(RecommendationStoreTest, FiltersFindWhatAwaitsAResponseOrAnUpdate)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(scrutinyReport("report-v1")).hasValue());
    ASSERT_TRUE(writer.write(executiveResponse("response-v1")).hasValue());
    RecommendationStore store(*m_db);
    RecommendationFilter awaiting;
    awaiting.awaitingOnly = true;
    awaiting.today = QDate(2030, 3, 10); // exactly two months: not yet late
    EXPECT_TRUE(store.list(awaiting).isEmpty());
    awaiting.today = QDate(2030, 4, 1);
    const QList<RecommendationRecord> late = store.list(awaiting);
    ASSERT_EQ(late.size(), 1);
    EXPECT_EQ(late.first().recommendation.number, QStringLiteral("3"));

    RecommendationFilter noUpdate;
    noUpdate.acceptedWithoutUpdateOnly = true;
    EXPECT_EQ(store.list(noUpdate).size(), 2);
    UpdateEntry update;
    update.date = QDate(2030, 6, 1);
    update.text = QStringLiteral("Policy published on the website");
    const auto entry = store.addUpdate(store.list().at(0).key, update);
    ASSERT_TRUE(entry.hasValue());
    EXPECT_EQ(store.list(noUpdate).size(), 1);

    RecommendationFilter body;
    body.body = QStringLiteral("children");
    EXPECT_EQ(store.list(body).size(), 3);
    body.body = QStringLiteral("Audit");
    EXPECT_TRUE(store.list(body).isEmpty());
    RecommendationFilter partly;
    partly.decision = ResponseDecision::Partly;
    ASSERT_EQ(store.list(partly).size(), 1);
}

TEST_P(RecommendationStoreTest, AResponseWithoutADecisionStillAnswersTheRecommendation)
{
    // A tracker's response column often says what was done without "accepted" or "rejected".
    ImportBundle response = executiveResponse("response-words");
    response.recommendationResponses = {responseTo(QStringLiteral("R3"),
                                                   QStringLiteral("independent travel training offered to every pupil"),
                                                   ResponseDecision::Pending)};
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(scrutinyReport("report-v1")).hasValue());
    ASSERT_TRUE(writer.write(response).hasValue());
    RecommendationStore store(*m_db);
    const QList<RecommendationRecord> all = store.list();
    ASSERT_EQ(all.size(), 3);
    const QDate later(2030, 6, 1);
    EXPECT_EQ(all.at(2).decision(), ResponseDecision::Pending) << "no decision stated";
    EXPECT_TRUE(all.at(2).answered());
    EXPECT_FALSE(all.at(2).awaitingResponse(later)) << "it has had its response";
    EXPECT_TRUE(all.at(1).awaitingResponse(later)) << "nothing printed about it";
    UpdateEntry progress;
    progress.date = QDate(2030, 5, 1);
    progress.text = QStringLiteral("Two routes reviewed so far");
    ASSERT_TRUE(store.addUpdate(all.at(1).key, progress).hasValue());
    EXPECT_FALSE(store.find(all.at(1).key)->awaitingResponse(later)) << "progress reported: it was taken up";

    // An officer who records that the response is still pending, without words, reopens it.
    ResponseEntry pending;
    pending.decision = ResponseDecision::Pending;
    pending.date = QDate(2030, 4, 1);
    ASSERT_TRUE(store.addResponse(all.at(2).key, pending).hasValue());
    EXPECT_TRUE(store.find(all.at(2).key)->awaitingResponse(later));
}

TEST_P(RecommendationStoreTest, ManualResponsesSurviveReimportAndCanBeUndone)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(scrutinyReport("report-v1")).hasValue());
    RecommendationStore store(*m_db);
    const QString key = store.list().at(2).key;
    ResponseEntry response;
    response.decision = ResponseDecision::Rejected;
    response.text = QStringLiteral("Not affordable this year");
    response.date = QDate(2030, 3, 1);
    response.lead = QStringLiteral("Cabinet Member for Education");
    const auto entry = store.addResponse(key, response);
    ASSERT_TRUE(entry.hasValue()) << entry.error().describe().toStdString();

    // A corrected version of the report replaces the first; the officer's response stays.
    const auto replaced = writer.write(scrutinyReport("report-v2"));
    ASSERT_TRUE(replaced.hasValue());
    EXPECT_EQ(replaced->status, ImportWriter::Outcome::Status::Replaced);
    const auto kept = store.find(key);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->decision(), ResponseDecision::Rejected);
    ASSERT_EQ(kept->responses.size(), 1);
    EXPECT_TRUE(kept->responses.first().manual);
    EXPECT_EQ(kept->responses.first().lead, QStringLiteral("Cabinet Member for Education"));
    EXPECT_EQ(kept->responses.first().entryId, *entry);

    // A manual response is the latest word even after an extracted one arrives.
    ASSERT_TRUE(writer.write(executiveResponse("response-v1")).hasValue());
    EXPECT_EQ(store.find(store.list().at(0).key)->decision(), ResponseDecision::Accepted);

    EXPECT_FALSE(store.removeEntry(*entry).has_value());
    EXPECT_EQ(store.find(key)->decision(), ResponseDecision::Pending);
    EXPECT_TRUE(store.find(key)->responses.isEmpty());
}

TEST_P(RecommendationStoreTest, JsonAndCsvCarryRecommendationsWithResponsesAndEvidence)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(scrutinyReport("report-v1")).hasValue());
    ASSERT_TRUE(writer.write(executiveResponse("response-v1")).hasValue());
    const QJsonArray recs = JsonExporter(*m_db).build().value(QStringLiteral("recommendations")).toArray();
    ASSERT_EQ(recs.size(), 3);
    const QJsonObject first = recs.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("number")).toString(), QStringLiteral("1"));
    EXPECT_EQ(first.value(QStringLiteral("source")).toString(), QStringLiteral("working-group"));
    EXPECT_EQ(first.value(QStringLiteral("addressed_to")).toString(), QStringLiteral("Cabinet"));
    EXPECT_EQ(first.value(QStringLiteral("pdf_page")).toInt(), 2);
    EXPECT_EQ(first.value(QStringLiteral("decision")).toString(), QStringLiteral("accepted"));
    const QJsonObject response = first.value(QStringLiteral("responses")).toArray().at(0).toObject();
    EXPECT_EQ(response.value(QStringLiteral("due")).toString(), QStringLiteral("2030-09"));
    EXPECT_EQ(response.value(QStringLiteral("pdf_page")).toInt(), 3);
    EXPECT_TRUE(response.value(QStringLiteral("linked_by")).toString().startsWith(QStringLiteral("number 1")));
    EXPECT_TRUE(recs.at(2).toObject().value(QStringLiteral("responses")).toArray().isEmpty());
    EXPECT_TRUE(recs.at(2).toObject().value(QStringLiteral("quoted_in")).isNull());

    const QList<QStringList> rows
        = csv::parse(QString::fromUtf8(recommendationsCsv(RecommendationStore(*m_db).list())));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).at(8), QStringLiteral("decision"));
    EXPECT_EQ(rows.at(2).at(8), QStringLiteral("partly"));
    EXPECT_EQ(rows.at(2).at(11), QStringLiteral("Head of Transport"));
    EXPECT_EQ(rows.at(3).at(8), QStringLiteral("pending"));
}

INSTANTIATE_TEST_SUITE_P(Backends, RecommendationStoreTest, scrutineer::testing::backends(),
                         scrutineer::testing::backendName);

namespace {

// The tracker's quotation is listed as the report's recommendation, with the tracker's response
// and update; the report's other recommendations are untouched.
void expectQuotationLinked(Database& db, bool withEvidence)
{
    const QList<RecommendationRecord> all = RecommendationStore(db).list();
    ASSERT_EQ(all.size(), 3); // the quotation is not listed twice
    const RecommendationRecord& first = all.at(0);
    EXPECT_EQ(first.fileName, QStringLiteral("transport-review.pdf"));
    EXPECT_EQ(first.decision(), ResponseDecision::Accepted);
    ASSERT_EQ(first.responses.size(), 1);
    if (withEvidence) {
        EXPECT_TRUE(first.responses.first().linkEvidence.contains(QStringLiteral("quoted recommendation, text")));
    }
    ASSERT_EQ(first.updates.size(), 1);
    EXPECT_EQ(first.updates.first().text, QStringLiteral("Published in May"));
    EXPECT_TRUE(all.at(1).responses.isEmpty());
}

} // namespace

TEST_P(RecommendationStoreTest, AQuotationIsTheRecommendationItQuotes)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(scrutinyReport("report-v1")).hasValue());
    ASSERT_TRUE(writer.write(trackerQuoting("tracker-v1")).hasValue());
    expectQuotationLinked(*m_db, true);
}

TEST_P(RecommendationStoreTest, AQuotationImportedBeforeTheReportJoinsItWhenItArrives)
{
    ImportWriter writer(*m_db);
    ASSERT_TRUE(writer.write(trackerQuoting("tracker-v1")).hasValue());
    ASSERT_EQ(RecommendationStore(*m_db).list().size(), 1); // listed on its own meanwhile
    ASSERT_TRUE(writer.write(scrutinyReport("report-v1")).hasValue());
    expectQuotationLinked(*m_db, false);
}
