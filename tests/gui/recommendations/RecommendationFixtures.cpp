#include "RecommendationFixtures.h"

#include "ImportBundle.h"
#include "ImportWriter.h"

namespace scrutineer::gui::rectest {
namespace {

const QString kChildren = QStringLiteral("Children's Scrutiny Committee");

PageRecord page(int number)
{
    PageRecord p;
    p.pdfPage = number;
    p.packPage = number;
    p.size = QSizeF(595, 842);
    p.hasText = true;
    p.text = QStringLiteral("Page %1").arg(number);
    return p;
}

ImportBundle report(const QByteArray& sha, const QString& fileName, const QString& body, const QDate& date)
{
    ImportBundle b;
    b.fileName = fileName;
    b.sha256 = sha;
    b.kind = DocumentKind::Report;
    b.pageCount = 3;
    b.pages = {page(1), page(2), page(3)};
    Meeting m;
    m.authority = QStringLiteral("Testshire Council");
    m.body = body;
    m.date = date;
    b.meetings = {m};
    b.documentMeetingIndex = 0;
    return b;
}

Recommendation recommendation(const QString& number, const QString& text, const QString& madeBy)
{
    Recommendation r;
    r.number = number;
    r.text = text;
    r.source = RecommendationSource::WorkingGroup;
    r.madeBy = madeBy;
    r.addressedTo = QStringLiteral("Cabinet");
    r.pdfPage = 2;
    return r;
}

RecommendationResponse response(const QString& number, const QString& quoted, ResponseDecision decision,
                                const QString& text, const QString& due)
{
    RecommendationResponse r;
    r.number = number;
    r.quotedText = quoted;
    r.decision = decision;
    r.text = text;
    r.lead = QStringLiteral("Head of Transport");
    r.due = due;
    r.dueText = due;
    r.pdfPage = 3;
    return r;
}

const QString kOne = QStringLiteral("That the Council publishes its transport eligibility policy in plain English");
const QString kTwo = QStringLiteral("That routes are reviewed every year with parents and schools");
const QString kThree = QStringLiteral("That independent travel training is offered to every eligible pupil");
const QString kFour = QStringLiteral("That bus passes are sent to families before the end of the summer term");
const QString kTen = QStringLiteral("That a single transport helpline is staffed until 7pm on school days");

} // namespace

const QString kReportFile = QStringLiteral("transport-review.pdf");

QString addRecommendations(Database& database)
{
    const QString group = QStringLiteral("Home to School Transport Task and Finish Group");
    ImportBundle review = report("rec-report", kReportFile, kChildren, QDate(2030, 1, 14));
    review.recommendations
        = {recommendation(QStringLiteral("1"), kOne, group), recommendation(QStringLiteral("2"), kTwo, group),
           recommendation(QStringLiteral("3"), kThree, group), recommendation(QStringLiteral("4"), kFour, group),
           recommendation(QStringLiteral("10"), kTen, group)};

    ImportBundle cabinet
        = report("rec-response", QStringLiteral("cabinet-response.pdf"), QStringLiteral("Cabinet"), QDate(2030, 3, 20));
    cabinet.recommendationResponses
        = {response(QStringLiteral("R1"), kOne, ResponseDecision::Accepted,
                    QStringLiteral("The policy will be rewritten with parents and published on the website."),
                    QStringLiteral("2030-09")),
           response(QStringLiteral("R2"), kTwo, ResponseDecision::Partly,
                    QStringLiteral("Routes will be reviewed every two years, not every year."),
                    QStringLiteral("2030-12-31")),
           response(QStringLiteral("R4"), kFour, ResponseDecision::Pending,
                    QStringLiteral("Passes for September were posted on 2 July."), QString()),
           response(QStringLiteral("R10"), kTen, ResponseDecision::Rejected,
                    QStringLiteral("Call volumes after 5pm do not justify the cost."), QString())};

    ImportBundle progress
        = report("rec-progress", QStringLiteral("transport-progress.pdf"), kChildren, QDate(2030, 5, 12));
    RecommendationUpdate update;
    update.number = QStringLiteral("2");
    update.quotedText = kTwo;
    update.date = QStringLiteral("2030-05-12");
    update.text = QStringLiteral("Twelve routes reviewed with parents; the rest follow in the autumn.");
    update.statusText = QStringLiteral("In progress");
    update.pdfPage = 1;
    progress.recommendationUpdates = {update};

    ImportBundle adults = report("rec-adults", QStringLiteral("care-homes-review.pdf"),
                                 QStringLiteral("Adult Social Care Committee"), QDate(2030, 4, 20));
    Recommendation care = recommendation(
        QStringLiteral("1"),
        QStringLiteral("That care home inspection reports are brought to the committee twice a year"), QString());
    care.source = RecommendationSource::Committee;
    adults.recommendations = {care};

    for (const ImportBundle& b : {review, cabinet, progress, adults}) {
        const auto written = ImportWriter(database).write(b);
        if (!written)
            return written.error().describe();
    }
    return {};
}

} // namespace scrutineer::gui::rectest
