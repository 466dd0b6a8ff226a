#include "PackImporter.h"
#include "PdfFixtures.h"
#include "WordAccuracy.h"
#include "ocr/OcrCache.h"
#include "ocr/OcrPass.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::testing;

// OCR through the whole import: generated scans of known text, read back with Tesseract. Each
// test reads one or two pages, so the suite stays quick.
class OcrImportTest : public ::testing::Test {
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    PackImporter::Options options()
    {
        PackImporter::Options o;
        o.ocr.cacheFolder = m_dir.filePath(QStringLiteral("ocr-cache"));
        o.ocrReport = &m_report;
        return o;
    }
    static QStringList allWords(const ImportBundle& bundle)
    {
        QStringList words;
        for (const PageRecord& page : bundle.pages)
            words += wordsOf(page.text);
        return words;
    }
    int cachedFiles() const
    {
        int n = 0;
        QDirIterator it(m_dir.filePath(QStringLiteral("ocr-cache")), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }
    QTemporaryDir m_dir;
    OcrReport m_report;
};

TEST_F(OcrImportTest, AScannedFileIsReadWithNinetyFivePercentWordAccuracy)
{
    const QStringList text = scannedMinutesPage();
    ASSERT_TRUE(writeScannedTextPdf(path("scan.pdf"), {text}));
    auto bundle = PackImporter::run(path("scan.pdf"), options());
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    ASSERT_EQ(bundle->pages.size(), 1);
    const PageRecord& page = bundle->pages.first();
    EXPECT_FALSE(page.hasText); // the PDF has no text layer there, and the export still says so
    EXPECT_EQ(bundle->pagesWithoutText(), QList<int> {1});
    EXPECT_TRUE(page.ocr);
    EXPECT_GT(page.ocrConfidence, 0.8);
    EXPECT_LE(page.ocrConfidence, 1.0);
    const double accuracy = wordAccuracy(wordsOf(text.join(QLatin1Char(' '))), allWords(bundle.value()));
    EXPECT_GE(accuracy, 0.95) << page.text.toStdString();
    ASSERT_FALSE(bundle->warnings.isEmpty());
    EXPECT_TRUE(bundle->warnings.first().contains(QStringLiteral("no text layer: all of its text was read by OCR")))
        << bundle->warnings.first().toStdString();
    EXPECT_EQ(m_report.pages, 1);
    EXPECT_EQ(m_report.withWords, 1);
}

TEST_F(OcrImportTest, TextDrawnAsOutlinesImportsWithOcrTextAndANote)
{
    ASSERT_TRUE(writeVectorTextPdf(
        path("outlines.pdf"),
        {QStringLiteral("Minutes of the Audit Committee"), QStringLiteral("Internal audit progress report")}));
    auto bundle = PackImporter::run(path("outlines.pdf"), options());
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    EXPECT_TRUE(bundle->pages.first().ocr);
    EXPECT_TRUE(bundle->pages.first().text.contains(QStringLiteral("Internal audit progress report")))
        << bundle->pages.first().text.toStdString();
    ASSERT_FALSE(bundle->warnings.isEmpty());
    EXPECT_TRUE(bundle->warnings.first().contains(QStringLiteral("read by OCR")));
}

TEST_F(OcrImportTest, AMixedFileReadsOnlyThePagesWithoutText)
{
    const QStringList scanned = scannedMinutesPage().mid(0, 4);
    ASSERT_TRUE(
        writeScannedTextPdf(path("mixed.pdf"), {{QStringLiteral("Agenda of the Test Committee")}, scanned}, 200, {0}));
    auto bundle = PackImporter::run(path("mixed.pdf"), options());
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    EXPECT_EQ(m_report.pages, 1);
    EXPECT_TRUE(bundle->pages.at(0).hasText);
    EXPECT_FALSE(bundle->pages.at(0).ocr);
    EXPECT_FALSE(bundle->pages.at(1).hasText);
    EXPECT_TRUE(bundle->pages.at(1).ocr);
    EXPECT_EQ(bundle->pagesWithoutText(), QList<int> {2});
    EXPECT_GE(wordAccuracy(wordsOf(scanned.join(QLatin1Char(' '))), wordsOf(bundle->pages.at(1).text)), 0.95)
        << bundle->pages.at(1).text.toStdString();
    ASSERT_FALSE(bundle->warnings.isEmpty());
    EXPECT_TRUE(bundle->warnings.first().contains(QStringLiteral("their text was read by OCR")));
    EXPECT_TRUE(bundle->warnings.first().endsWith(QStringLiteral(": 2"))) << bundle->warnings.first().toStdString();
}

TEST_F(OcrImportTest, AScanWithNoReadableWordsIsStillRefusedWithThatReason)
{
    ASSERT_TRUE(writeImagePdf(path("blank-scan.pdf"), 1, false)); // grey bars, no letters
    auto bundle = PackImporter::run(path("blank-scan.pdf"), options());
    ASSERT_FALSE(bundle.hasValue());
    EXPECT_EQ(bundle.error().code, Error::Code::InputRejected);
    EXPECT_EQ(bundle.error().file, QStringLiteral("blank-scan.pdf"));
    EXPECT_TRUE(bundle.error().message.contains(QStringLiteral("OCR found no readable words")))
        << bundle.error().message.toStdString();
}

TEST_F(OcrImportTest, WithOcrTurnedOffAFileWithoutTextIsRefusedAsBefore)
{
    ASSERT_TRUE(writeScannedTextPdf(path("scan.pdf"), {scannedMinutesPage().mid(0, 2)}));
    PackImporter::Options o = options();
    o.ocr.enabled = false;
    auto bundle = PackImporter::run(path("scan.pdf"), o);
    ASSERT_FALSE(bundle.hasValue());
    EXPECT_EQ(bundle.error().code, Error::Code::InputRejected);
    EXPECT_TRUE(bundle.error().message.contains(QStringLiteral("no text layer")));
    EXPECT_TRUE(bundle.error().message.contains(QStringLiteral("OCR is turned off")));
    EXPECT_EQ(m_report.pages, 0);
    EXPECT_EQ(cachedFiles(), 0);
}

TEST_F(OcrImportTest, TheCacheAnswersTheSamePageImageInARevisedPack)
{
    const QStringList lines = scannedMinutesPage().mid(0, 3);
    ASSERT_TRUE(writeScannedTextPdf(path("first.pdf"), {lines}));
    auto first = PackImporter::run(path("first.pdf"), options());
    ASSERT_TRUE(first.hasValue());
    EXPECT_EQ(m_report.fromCache, 0);
    EXPECT_EQ(cachedFiles(), 1);

    // A revised pack: a new scanned page first, then the same page image as before.
    ASSERT_TRUE(writeScannedTextPdf(path("revised.pdf"), {{QStringLiteral("Supplementary agenda")}, lines}));
    auto revised = PackImporter::run(path("revised.pdf"), options());
    ASSERT_TRUE(revised.hasValue());
    EXPECT_EQ(m_report.pages, 2);
    EXPECT_EQ(m_report.fromCache, 1);
    EXPECT_EQ(cachedFiles(), 2);
    EXPECT_EQ(revised->pages.at(1).text, first->pages.at(0).text);
    EXPECT_DOUBLE_EQ(revised->pages.at(1).ocrConfidence, first->pages.at(0).ocrConfidence);
}

TEST_F(OcrImportTest, CancelStopsOcrBetweenPagesAndKeepsNothing)
{
    ASSERT_TRUE(writeScannedTextPdf(path("scan.pdf"),
                                    {{QStringLiteral("First scanned page")}, {QStringLiteral("Second scanned page")}}));
    std::atomic_bool cancel {false};
    PackImporter::Options o = options();
    o.threads = 1;
    o.cancel = &cancel;
    QList<int> seen;
    o.ocr.progress = [&](int done, int total) {
        seen.append(done);
        EXPECT_EQ(total, 2);
        cancel = true;
    };
    auto bundle = PackImporter::run(path("scan.pdf"), o);
    ASSERT_FALSE(bundle.hasValue());
    EXPECT_EQ(bundle.error().code, Error::Code::Cancelled);
    EXPECT_EQ(seen, QList<int> {1});
    EXPECT_EQ(cachedFiles(), 1); // the page read before the cancel is kept for next time
}

TEST(OcrPass, RendersAtTheWantedResolutionUnlessThePageIsHuge)
{
    EXPECT_DOUBLE_EQ(OcrPass::dpiFor(QSizeF(595, 842), 300), 300);
    const double a0 = OcrPass::dpiFor(QSizeF(2384, 3370), 300);
    EXPECT_LT(a0, 300);
    EXPECT_NEAR(3370 * a0 / 72, 5000, 1);
}

TEST(OcrCacheKey, DependsOnTheImageTheResolutionAndTheEngine)
{
    GrayImage a {40, 30, QByteArray(40 * 30, char(0xff))};
    GrayImage b = a;
    b.pixels[4 * 40 + 3] = 0;
    const GrayImage wider {60, 20, a.pixels}; // the same bytes, other rows
    const QByteArray key = OcrCache::key(a, 300, QStringLiteral("tesseract 5 eng"));
    EXPECT_EQ(key.size(), 64);
    EXPECT_EQ(key, OcrCache::key(GrayImage {a}, 300, QStringLiteral("tesseract 5 eng")));
    EXPECT_NE(key, OcrCache::key(b, 300, QStringLiteral("tesseract 5 eng")));
    EXPECT_NE(key, OcrCache::key(wider, 300, QStringLiteral("tesseract 5 eng")));
    EXPECT_NE(key, OcrCache::key(a, 200, QStringLiteral("tesseract 5 eng")));
    EXPECT_NE(key, OcrCache::key(a, 300, QStringLiteral("tesseract 6 eng")));
}
