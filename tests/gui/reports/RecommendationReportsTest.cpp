// The chair's briefing and the outstanding-actions report list the recommendations to chase:
// awaiting a response more than two months on, and accepted with no update since.
#include "../recommendations/RecommendationFixtures.h"
#include "../tracker/ChairFixtures.h"

#include "ActionStore.h"
#include "RecommendationStore.h"
#include "pdf/PdfDocument.h"
#include "reports/OutstandingActionsReport.h"
#include "reports/RecommendationsSection.h"
#include "reports/ReportDocument.h"
#include "reports/ReportsPanel.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;
using namespace scrutineer::gui::chairtest;

namespace {

constexpr int kRecommendationReportsTimeoutMs = 20000;

QString pdfText(const QString& path)
{
    auto pdf = PdfDocument::open(path);
    if (!pdf)
        return {};
    QStringList words;
    for (int i = 0; i < pdf.value()->pageCount(); ++i) {
        for (const auto& word : pdf.value()->readPage(i).words)
            words.append(word.text);
    }
    return words.join(QLatin1Char(' ')).normalized(QString::NormalizationForm_KC);
}

class RecommendationReportsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_library.ok()) << m_library.error().toStdString();
        m_panel = std::make_unique<ReportsPanel>();
        m_panel->setToday(today());
        QSignalSpy loaded(m_panel.get(), &ReportsPanel::loaded);
        m_panel->setDatabasePath(m_library.databasePath());
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kRecommendationReportsTimeoutMs));
    }

    ChairLibrary m_library;
    std::unique_ptr<ReportsPanel> m_panel;
};

} // namespace

TEST_F(RecommendationReportsTest, WithoutRecommendationsTheReportsHaveNoSectionForThem)
{
    auto db = m_library.open();
    const QString html = OutstandingActionsReport::html(ActionStore(*db).list(), {QString(), today()},
                                                        RecommendationStore(*db).list());
    EXPECT_FALSE(html.contains(QStringLiteral("Recommendations to chase")));
    EXPECT_TRUE(
        m_panel->briefing(m_library.meetingId(QDate(2030, 7, 8)))->html().contains(QStringLiteral("Questions to ask")));
    EXPECT_FALSE(m_panel->briefing(m_library.meetingId(QDate(2030, 7, 8)))
                     ->html()
                     .contains(QStringLiteral("Recommendations to chase")));
}

TEST_F(RecommendationReportsTest, TheBriefingAndTheOutstandingReportListWhatToChase)
{
    ASSERT_TRUE(rectest::addRecommendations(*m_library.open()).isEmpty());
    const QString three = QStringLiteral("That independent travel training is offered to every eligible pupil");
    const QString one = QStringLiteral("That the Council publishes its transport eligibility policy in plain English");
    const QString care = QStringLiteral("That care home inspection reports are brought to the committee twice a year");

    // The children's committee's briefing: its own two, not the other committee's.
    const QString briefingPath = m_library.path(QStringLiteral("briefing.pdf"));
    QString error;
    ASSERT_TRUE(m_panel->saveBriefingPdf(briefingPath, m_library.meetingId(QDate(2030, 7, 8)), &error))
        << error.toStdString();
    const QString briefing = pdfText(briefingPath).simplified();
    for (const QString& expected :
         {QStringLiteral("Recommendations to chase"), QStringLiteral("Awaiting a response"), three,
          QStringLiteral("4 months"), QStringLiteral("Accepted, no update since"), one, QStringLiteral("Sep 2030")})
        EXPECT_TRUE(briefing.contains(expected)) << expected.toStdString() << "\n" << briefing.toStdString();
    EXPECT_TRUE(
        m_panel->briefing(m_library.meetingId(QDate(2030, 7, 8)))->html().contains(QStringLiteral("Head of Transport")))
        << "the lead of an accepted recommendation (its cell wraps in the PDF's text)";
    EXPECT_FALSE(briefing.contains(QStringLiteral("routes are reviewed"))) << "partly accepted and updated since";
    EXPECT_FALSE(briefing.contains(QStringLiteral("helpline"))) << "rejected: nothing to chase";
    EXPECT_FALSE(briefing.contains(QStringLiteral("care home"))) << "another committee's";

    // The outstanding report of every body names who made each; the other committee's is not late.
    const QString outstandingPath = m_library.path(QStringLiteral("outstanding.pdf"));
    ASSERT_TRUE(m_panel->saveOutstandingPdf(outstandingPath, {}, &error)) << error.toStdString();
    const QString outstanding = pdfText(outstandingPath).simplified();
    EXPECT_TRUE(outstanding.contains(QStringLiteral("Outstanding actions")));
    EXPECT_TRUE(outstanding.contains(three)) << outstanding.toStdString();
    EXPECT_TRUE(outstanding.contains(QStringLiteral("Home to School Transport Task and Finish Group")));
    EXPECT_FALSE(outstanding.contains(care)) << "seven weeks old: not yet late";

    // Of the adults' committee alone: recommendations to consider, none to chase.
    const QString adults = m_panel->outstandingReport(QStringLiteral("Adult Social Care Committee"))->html();
    EXPECT_TRUE(adults.contains(QStringLiteral("No recommendation is waiting for a response or for an update.")));

    // Once an update is recorded, the accepted one drops out.
    auto db = m_library.open();
    RecommendationStore store(*db);
    const auto records = store.list();
    const auto first
        = std::find_if(records.begin(), records.end(), [&](const auto& r) { return r.recommendation.text == one; });
    ASSERT_NE(first, records.end());
    UpdateEntry update;
    update.date = QDate(2030, 5, 30);
    update.text = QStringLiteral("Draft shared with parents");
    ASSERT_TRUE(store.addUpdate(first->key, update).hasValue());
    const auto section
        = RecommendationsSection::outstanding(store.list(), QStringLiteral("Children's Scrutiny Committee"), today());
    EXPECT_EQ(section.awaiting.size(), 1);
    EXPECT_TRUE(section.noUpdate.isEmpty());
}
