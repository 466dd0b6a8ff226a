#include "PackImporter.h"
#include "PdfFixtures.h"
#include "pdf/PdfDocument.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::testing;

class PdfInputTest : public ::testing::Test {
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

TEST_F(PdfInputTest, ReadsWordsWithBoxesFromAGoodPdf)
{
    ASSERT_TRUE(writeTextPdf(path("good.pdf"), {{QStringLiteral("Agenda of the Test Committee"), QStringLiteral("Second line")},
                                                {QStringLiteral("Page two text")}}));
    auto pdf = PdfDocument::open(path("good.pdf"));
    ASSERT_TRUE(pdf.hasValue()) << pdf.error().describe().toStdString();
    EXPECT_EQ(pdf.value()->pageCount(), 2);
    const layout::LayoutPage page = pdf.value()->readPage(0);
    EXPECT_EQ(page.number, 1);
    ASSERT_GE(page.words.size(), 5);
    EXPECT_EQ(page.words.first().text, QStringLiteral("Agenda"));
    EXPECT_GT(page.words.first().box.width(), 0);
    EXPECT_LT(page.words.first().box.top(), 80); // near the top: y grows downwards
    EXPECT_NEAR(page.size.width(), 595, 1);
    EXPECT_FALSE(pdf.value()->render(0, 36).isNull());
}

TEST_F(PdfInputTest, RefusesWhatIsNotAPdf)
{
    ASSERT_TRUE(writeBytes(path("notes.pdf"), "Just some notes about the meeting\n"));
    auto pdf = PdfDocument::open(path("notes.pdf"));
    ASSERT_FALSE(pdf.hasValue());
    EXPECT_EQ(pdf.error().code, Error::Code::InputRejected);
    EXPECT_EQ(pdf.error().file, QStringLiteral("notes.pdf"));
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("not a PDF")));
}

TEST_F(PdfInputTest, RefusesAnEncryptedPdf)
{
    ASSERT_TRUE(writeEncryptedPdf(path("locked.pdf")));
    auto pdf = PdfDocument::open(path("locked.pdf"));
    ASSERT_FALSE(pdf.hasValue());
    EXPECT_EQ(pdf.error().code, Error::Code::InputRejected);
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("encrypted"))) << pdf.error().message.toStdString();
}

TEST_F(PdfInputTest, RefusesATruncatedPdf)
{
    ASSERT_TRUE(writeTextPdf(path("whole.pdf"), {{QStringLiteral("One")}, {QStringLiteral("Two")}, {QStringLiteral("Three")}}));
    ASSERT_TRUE(writeTruncatedCopy(path("whole.pdf"), path("cut.pdf")));
    auto pdf = PdfDocument::open(path("cut.pdf"));
    ASSERT_FALSE(pdf.hasValue());
    EXPECT_EQ(pdf.error().code, Error::Code::InputRejected);
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("truncated")) ||
                pdf.error().message.contains(QStringLiteral("corrupt")))
        << pdf.error().message.toStdString();
}

TEST_F(PdfInputTest, RefusesAPdfWithoutPages)
{
    ASSERT_TRUE(writeZeroPagePdf(path("empty.pdf")));
    auto pdf = PdfDocument::open(path("empty.pdf"));
    ASSERT_FALSE(pdf.hasValue());
    EXPECT_EQ(pdf.error().code, Error::Code::InputRejected);
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("no pages")) ||
                pdf.error().message.contains(QStringLiteral("corrupt")))
        << pdf.error().message.toStdString();
}

TEST_F(PdfInputTest, RefusesAFileWithNoTextLayerAtAll)
{
    ASSERT_TRUE(writeImagePdf(path("scan.pdf"), 2, false));
    auto scanned = PackImporter::run(path("scan.pdf"));
    ASSERT_FALSE(scanned.hasValue());
    EXPECT_EQ(scanned.error().code, Error::Code::InputRejected);
    EXPECT_TRUE(scanned.error().message.contains(QStringLiteral("no text layer")));

    ASSERT_TRUE(writeVectorTextPdf(path("outlines.pdf")));
    auto outlines = PackImporter::run(path("outlines.pdf"));
    ASSERT_FALSE(outlines.hasValue());
    EXPECT_TRUE(outlines.error().message.contains(QStringLiteral("no text layer")));
}

TEST_F(PdfInputTest, ImportsAMixedFileAndListsPagesWithoutText)
{
    ASSERT_TRUE(writeImagePdf(path("mixed.pdf"), 3, true));
    auto bundle = PackImporter::run(path("mixed.pdf"));
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    EXPECT_EQ(bundle->pageCount, 3);
    EXPECT_EQ(bundle->pagesWithoutText(), (QList<int>{2, 3}));
    ASSERT_FALSE(bundle->warnings.isEmpty());
    EXPECT_TRUE(bundle->warnings.first().contains(QStringLiteral("2, 3")));
    EXPECT_EQ(bundle->sha256.size(), 64);
}

TEST_F(PdfInputTest, ParallelReadingGivesTheSameResultAsOneThread)
{
    // Distinct text on every page (lines repeated on every page would be running headers).
    const QStringList topics = QStringLiteral("adoption budget care dental education fostering governance housing "
                                              "inclusion justice kinship libraries")
                                   .split(QLatin1Char(' '));
    QList<QStringList> pages;
    for (const QString& topic : topics)
        pages.append({QStringLiteral("The committee considered %1.").arg(topic)});
    ASSERT_TRUE(writeTextPdf(path("twelve.pdf"), pages));
    PackImporter::Options one;
    one.threads = 1;
    PackImporter::Options two;
    two.threads = 2;
    auto a = PackImporter::run(path("twelve.pdf"), one);
    auto b = PackImporter::run(path("twelve.pdf"), two);
    ASSERT_TRUE(a.hasValue() && b.hasValue());
    ASSERT_EQ(a->pages.size(), b->pages.size());
    for (int i = 0; i < a->pages.size(); ++i)
        EXPECT_EQ(a->pages.at(i).text, b->pages.at(i).text) << "page " << i + 1;
    EXPECT_TRUE(b->pages.at(11).text.contains(QStringLiteral("libraries")));
}

TEST_F(PdfInputTest, CancelStopsTheImport)
{
    ASSERT_TRUE(writeTextPdf(path("c.pdf"), {{QStringLiteral("a")}, {QStringLiteral("b")}}));
    std::atomic_bool cancel{true};
    PackImporter::Options options;
    options.cancel = &cancel;
    auto result = PackImporter::run(path("c.pdf"), options);
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().code, Error::Code::Cancelled);
}
