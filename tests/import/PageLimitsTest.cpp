// A page with an absurd number of words or drawing operations is cut off at a per-page limit,
// with a reason, and the import goes on with a warning naming the page: it never hangs.
#include "PackImporter.h"
#include "PdfFixtures.h"
#include "StrangePdfs.h"
#include "pdf/PdfDocument.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::testing;

class PageLimitsTest : public ::testing::Test {
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

TEST_F(PageLimitsTest, APageWithMoreWordsThanTheLimitKeepsTheFirstAndSaysSo)
{
    ASSERT_TRUE(writeDensePage(path("dense.pdf"), 3000));
    auto pdf = PdfDocument::open(path("dense.pdf"));
    ASSERT_TRUE(pdf.hasValue()) << pdf.error().describe().toStdString();
    const layout::LayoutPage whole = pdf.value()->readPage(0);
    EXPECT_GE(whole.words.size(), 2900);
    EXPECT_TRUE(whole.cutOff.isEmpty()) << whole.cutOff.toStdString();

    PdfDocument::ReadLimits limits;
    limits.maxWords = 1000;
    const layout::LayoutPage cut = pdf.value()->readPage(0, limits);
    ASSERT_EQ(cut.words.size(), 1000);
    EXPECT_EQ(cut.words.first().text, whole.words.first().text); // the first words, in content order
    EXPECT_EQ(cut.words.last().text, whole.words.at(999).text);
    EXPECT_TRUE(cut.cutOff.contains(QStringLiteral("words"))) << cut.cutOff.toStdString();
}

TEST_F(PageLimitsTest, APageWithMoreDrawingOperationsThanTheLimitIsStopped)
{
    ASSERT_TRUE(writeHeavyPage(path("heavy.pdf"), 20000));
    auto pdf = PdfDocument::open(path("heavy.pdf"));
    ASSERT_TRUE(pdf.hasValue());
    const layout::LayoutPage whole = pdf.value()->readPage(0);
    EXPECT_TRUE(whole.cutOff.isEmpty());
    EXPECT_EQ(whole.words.first().text, QStringLiteral("Site"));

    PdfDocument::ReadLimits limits;
    limits.maxOperations = 2000;
    const layout::LayoutPage cut = pdf.value()->readPage(0, limits);
    EXPECT_TRUE(cut.words.isEmpty());
    EXPECT_TRUE(cut.cutOff.contains(QStringLiteral("drawing operations"))) << cut.cutOff.toStdString();
}

TEST_F(PageLimitsTest, APageThatTakesTooLongIsStopped)
{
    ASSERT_TRUE(writeHeavyPage(path("slow.pdf"), 20000));
    auto pdf = PdfDocument::open(path("slow.pdf"));
    ASSERT_TRUE(pdf.hasValue());
    PdfDocument::ReadLimits limits;
    limits.maxMilliseconds = -1; // already over when the first check comes
    const layout::LayoutPage cut = pdf.value()->readPage(0, limits);
    EXPECT_TRUE(cut.words.isEmpty());
    EXPECT_TRUE(cut.cutOff.contains(QStringLiteral("seconds"))) << cut.cutOff.toStdString();
}

TEST_F(PageLimitsTest, TheImportGoesOnAndWarnsAboutTheCutOffPage)
{
    // Page 1 readable, page 2 too dense for the limit.
    ASSERT_TRUE(writeDensePage(path("both.pdf"), 3000, QStringLiteral("Agenda of the Test Committee")));
    PackImporter::Options options;
    options.limits.maxWords = 1000;
    auto bundle = PackImporter::run(path("both.pdf"), options);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    ASSERT_EQ(bundle->pages.size(), 2);
    EXPECT_TRUE(bundle->pages.at(0).text.contains(QStringLiteral("Agenda")));
    EXPECT_TRUE(bundle->pages.at(1).hasText);
    const QString warnings = bundle->warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("Page 2 was not read whole"))) << warnings.toStdString();
    EXPECT_FALSE(warnings.contains(QStringLiteral("no text layer"))) << warnings.toStdString();
}

TEST_F(PageLimitsTest, AFileWhosePagesAreAllStoppedIsRefusedWithTheReason)
{
    ASSERT_TRUE(writeHeavyPage(path("heavy.pdf"), 20000));
    PackImporter::Options options;
    options.limits.maxOperations = 2000;
    auto bundle = PackImporter::run(path("heavy.pdf"), options);
    ASSERT_FALSE(bundle.hasValue());
    EXPECT_EQ(bundle.error().code, Error::Code::InputRejected);
    EXPECT_TRUE(bundle.error().message.contains(QStringLiteral("page 1 was not read whole")))
        << bundle.error().message.toStdString();
}
