#include "BundleFixtures.h"
#include "ImportWriter.h"
#include "JsonExporter.h"
#include "MeetingStore.h"
#include "SearchIndex.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace scrutineer;
using scrutineer::testing::samplePack;

// Pages whose text was read by OCR: stored with their confidence, searchable like any other
// page, marked in search hits and in the export, and still listed as pages without a text layer.
class OcrPagesTest : public scrutineer::testing::StoreFixture {
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return; // no server for this backend, or no database
        ImportBundle bundle = samplePack("ocr");
        PageRecord& scanned = bundle.pages[3];
        scanned.hasText = false;
        scanned.ocr = true;
        scanned.ocrConfidence = 0.875;
        scanned.text = QStringLiteral("Signed minutes of the panel on school exclusions");
        auto written = ImportWriter(*m_db).write(bundle);
        ASSERT_TRUE(written.hasValue());
        m_documentId = written->documentId;
    }
    qint64 m_documentId = 0;
};

TEST_P(OcrPagesTest, SearchFindsOcrTextAndMarksTheHit)
{
    const auto hits = SearchIndex(*m_db).search(QStringLiteral("exclusions"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().pdfPage, 4);
    EXPECT_TRUE(hits.first().ocr);
    const auto printed = SearchIndex(*m_db).search(QStringLiteral("allowance"));
    ASSERT_FALSE(printed.isEmpty());
    EXPECT_FALSE(printed.first().ocr);
}

TEST_P(OcrPagesTest, TheStoreListsOcrPagesWithTheirConfidence)
{
    const QHash<int, double> pages = MeetingStore(*m_db).ocrPages(m_documentId);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_DOUBLE_EQ(pages.value(4), 0.875);
}

TEST_P(OcrPagesTest, ExportKeepsPagesWithoutTextAndAddsOcrPages)
{
    const QJsonObject doc = JsonExporter(*m_db).build().value(QStringLiteral("documents")).toArray().first().toObject();
    EXPECT_EQ(doc.value(QStringLiteral("pages_without_text")).toArray(), QJsonArray {4});
    const QJsonArray ocr = doc.value(QStringLiteral("ocr_pages")).toArray();
    ASSERT_EQ(ocr.size(), 1);
    EXPECT_EQ(ocr.first().toObject().value(QStringLiteral("pdf_page")).toInt(), 4);
    EXPECT_DOUBLE_EQ(ocr.first().toObject().value(QStringLiteral("confidence")).toDouble(), 0.875);
}

INSTANTIATE_TEST_SUITE_P(Backends, OcrPagesTest, scrutineer::testing::backends(), scrutineer::testing::backendName);
