#include "PackImporter.h"
#include "PdfFixtures.h"
#include "pdf/PdfDocument.h"
#include "pdf/PdfRenderer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <algorithm>

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
}

TEST_F(PdfInputTest, RendersAPageInGrayForOcr)
{
    ASSERT_TRUE(writeTextPdf(path("good.pdf"), {{QStringLiteral("Agenda of the Test Committee")}}));
    auto pdf = PdfDocument::open(path("good.pdf"));
    ASSERT_TRUE(pdf.hasValue()) << pdf.error().describe().toStdString();
    const GrayImage image = pdf.value()->renderGray(0, 36); // half a pixel a point
    ASSERT_FALSE(image.isNull());
    EXPECT_NEAR(image.width, 595 / 2.0, 2);
    EXPECT_NEAR(image.height, 842 / 2.0, 2);
    int dark = 0;
    int light = 0;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            dark += image.row(y)[x] < 128 ? 1 : 0;
            light += image.row(y)[x] > 250 ? 1 : 0;
        }
    }
    EXPECT_GT(dark, 20); // the words are drawn, dark on white
    EXPECT_GT(light, image.width * image.height * 9 / 10);
    EXPECT_TRUE(pdf.value()->renderGray(1, 36).isNull()); // no such page
    EXPECT_TRUE(pdf.value()->renderGray(0, 0).isNull());
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
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("needs a password"))) << pdf.error().message.toStdString();
}

TEST_F(PdfInputTest, OpensAPdfWithOnlyAnOwnerPassword)
{
    // Encrypted, with permission flags, but no password needed to open it: every reader opens it.
    ASSERT_TRUE(writeOwnerPasswordPdf(path("published.pdf"), "Public agenda of the Test Committee"));
    QFile raw(path("published.pdf"));
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    ASSERT_TRUE(bytes.contains("/Encrypt"));
    ASSERT_FALSE(bytes.contains("Public agenda")) << "the page's text is stored encrypted";
    auto pdf = PdfDocument::open(path("published.pdf"));
    ASSERT_TRUE(pdf.hasValue()) << pdf.error().describe().toStdString();
    const layout::LayoutPage page = pdf.value()->readPage(0);
    QStringList words;
    for (const layout::LayoutWord& word : page.words)
        words.append(word.text);
    EXPECT_EQ(words.join(QLatin1Char(' ')), QStringLiteral("Public agenda of the Test Committee"));
}

TEST_F(PdfInputTest, OpensAPdfPaddedWithNulsAfterItsEndMarker)
{
    ASSERT_TRUE(writeTextPdf(path("whole.pdf"), {{QStringLiteral("One")}, {QStringLiteral("Two")}}));
    ASSERT_TRUE(writePaddedCopy(path("whole.pdf"), path("padded.pdf"), 70 * 1024)); // more than one read chunk
    auto pdf = PdfDocument::open(path("padded.pdf"));
    ASSERT_TRUE(pdf.hasValue()) << pdf.error().describe().toStdString();
    EXPECT_EQ(pdf.value()->pageCount(), 2);
    // Padding does not hide a file cut short.
    ASSERT_TRUE(writeTruncatedCopy(path("whole.pdf"), path("cut.pdf")));
    ASSERT_TRUE(writePaddedCopy(path("cut.pdf"), path("cut-padded.pdf"), 4096));
    EXPECT_FALSE(PdfDocument::open(path("cut-padded.pdf")).hasValue());
}

TEST_F(PdfInputTest, RefusesANamedPipeWithoutWaitingForIt)
{
    // Opening a FIFO for reading blocks until something writes to it: it must never be opened.
    const QString fifo = path("pipe.pdf");
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto pdf = PdfDocument::open(fifo);
    ASSERT_FALSE(pdf.hasValue());
    EXPECT_EQ(pdf.error().code, Error::Code::InputRejected);
    EXPECT_EQ(pdf.error().file, QStringLiteral("pipe.pdf"));
    EXPECT_TRUE(pdf.error().message.contains(QStringLiteral("not a regular file")))
        << pdf.error().message.toStdString();
    EXPECT_TRUE(PackImporter::sha256(fifo).isEmpty());
    const auto imported = PackImporter::run(fifo);
    ASSERT_FALSE(imported.hasValue());
    EXPECT_EQ(imported.error().code, Error::Code::InputRejected);
}

// The file's SHA-256 (the key that skips an unchanged file), whichever library computes it: a
// known digest, and a file longer than the hash's read buffer against Qt's.
TEST_F(PdfInputTest, HashesTheWholeFile)
{
    auto write = [this](const char* name, const QByteArray& bytes) {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    ASSERT_TRUE(write("abc.bin", "abc"));
    EXPECT_EQ(PackImporter::sha256(path("abc.bin")),
              QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QByteArray longer(3 * 1024 * 1024 + 7, Qt::Uninitialized);
    for (qsizetype i = 0; i < longer.size(); ++i)
        longer[i] = char((i * 131) % 251);
    ASSERT_TRUE(write("long.bin", longer));
    EXPECT_EQ(PackImporter::sha256(path("long.bin")), QCryptographicHash::hash(longer, QCryptographicHash::Sha256).toHex());
    ASSERT_TRUE(write("empty.bin", QByteArray()));
    EXPECT_EQ(PackImporter::sha256(path("empty.bin")),
              QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
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

TEST_F(PdfInputTest, WithoutOcrRefusesAFileWithNoTextLayerAtAll)
{
    PackImporter::Options noOcr;
    noOcr.ocr.enabled = false;
    ASSERT_TRUE(writeImagePdf(path("scan.pdf"), 2, false));
    auto scanned = PackImporter::run(path("scan.pdf"), noOcr);
    ASSERT_FALSE(scanned.hasValue());
    EXPECT_EQ(scanned.error().code, Error::Code::InputRejected);
    EXPECT_TRUE(scanned.error().message.contains(QStringLiteral("no text layer")));

    ASSERT_TRUE(writeVectorTextPdf(path("outlines.pdf")));
    auto outlines = PackImporter::run(path("outlines.pdf"), noOcr);
    ASSERT_FALSE(outlines.hasValue());
    EXPECT_TRUE(outlines.error().message.contains(QStringLiteral("no text layer")));
}

TEST_F(PdfInputTest, RefusesAFileWithNoTextLayerWhereOcrFindsNoWords)
{
    ASSERT_TRUE(writeImagePdf(path("scan.pdf"), 2, false)); // grey bars: nothing to read
    auto scanned = PackImporter::run(path("scan.pdf"));
    ASSERT_FALSE(scanned.hasValue());
    EXPECT_EQ(scanned.error().code, Error::Code::InputRejected);
    EXPECT_TRUE(scanned.error().message.contains(QStringLiteral("no text layer")));
    EXPECT_TRUE(scanned.error().message.contains(QStringLiteral("OCR found no readable words")));
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

TEST_F(PdfInputTest, AnotherReaderReadsEveryPageAsTheDocumentDoes)
{
    // Page labels ("i", then "App-3"), a page turned a quarter and a word set up the page: what
    // a reader for another thread gives must be what the document gives.
    const QByteArray text = "BT /F1 12 Tf 72 700 Td (Agenda of the Test Committee) Tj 0 -20 Td (Second line) Tj ET "
                            "BT /F1 12 Tf 0 1 -1 0 300 200 Tm (Vertical) Tj ET";
    const QByteArray stream = "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream";
    const QByteArray pdf = assemblePdf({
        "<< /Type /Catalog /Pages 2 0 R /PageLabels << /Nums [0 << /S /r >> 1 << /P (App-) /S /D /St 3 >>] >> >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 /Contents 5 0 R /Resources << /Font << /F1 6 "
        "0 R >> >> >>",
        stream,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    });
    ASSERT_TRUE(writeBytes(path("labels.pdf"), pdf));
    auto opened = PdfDocument::open(path("labels.pdf"));
    ASSERT_TRUE(opened.hasValue()) << opened.error().describe().toStdString();
    auto reader = PdfDocument::openReader(*opened.value());
    ASSERT_TRUE(reader.hasValue()) << reader.error().describe().toStdString();
    ASSERT_EQ(reader.value()->pageCount(), 2);
    for (int i = 0; i < 2; ++i) {
        const layout::LayoutPage a = opened.value()->readPage(i);
        const layout::LayoutPage b = reader.value()->readPage(i);
        EXPECT_EQ(a.size, b.size) << "page " << i + 1;
        EXPECT_EQ(a.rotation, b.rotation) << "page " << i + 1;
        EXPECT_EQ(a.label, b.label) << "page " << i + 1;
        ASSERT_EQ(a.words.size(), b.words.size()) << "page " << i + 1;
        for (int w = 0; w < a.words.size(); ++w) {
            EXPECT_EQ(a.words.at(w).text, b.words.at(w).text);
            EXPECT_EQ(a.words.at(w).box, b.words.at(w).box);
            EXPECT_EQ(a.words.at(w).spaceAfter, b.words.at(w).spaceAfter);
            EXPECT_EQ(a.words.at(w).vertical, b.words.at(w).vertical);
        }
    }
    const layout::LayoutPage first = reader.value()->readPage(0);
    EXPECT_EQ(first.label, QStringLiteral("i"));
    EXPECT_EQ(reader.value()->readPage(1).label, QStringLiteral("App-3"));
    EXPECT_EQ(reader.value()->readPage(1).rotation, 90);
    ASSERT_GE(first.words.size(), 7);
    EXPECT_EQ(first.words.first().text, QStringLiteral("Agenda"));
    EXPECT_TRUE(std::any_of(first.words.begin(), first.words.end(), [](const layout::LayoutWord& w) { return w.vertical; }));
    EXPECT_FALSE(reader.value()->renderGray(0, 36).isNull());
}

TEST_F(PdfInputTest, GivesTheDocumentsTitleSubjectBookmarksAndPageLabels)
{
    // Read through Poppler's core, decoded as poppler-qt6 decodes them: title (PDFDocEncoding,
    // with curly quotes), subject (UTF-16), bookmarks (UTF-16 with a dash), a roman page label,
    // and the size and words of a page turned three quarters.
    const QByteArray text = "BT /F1 12 Tf 72 700 Td (Minutes of the Test Committee) Tj ET";
    const QByteArray stream = "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream";
    const QByteArray pdf = assemblePdf(
        {
            "<< /Type /Catalog /Pages 2 0 R /Outlines 7 0 R /PageLabels << /Nums [0 << /S /r >>] >> >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> "
            ">> >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Rotate 270 /Contents 5 0 R /Resources << /Font << "
            "/F1 6 0 R >> >> >>",
            stream,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /Outlines /First 8 0 R /Last 9 0 R /Count 2 >>",
            "<< /Title (Agenda) /Parent 7 0 R /Next 9 0 R /Dest [3 0 R /Fit] >>",
            "<< /Title <FEFF004D0069006E00750074006500730020201300200032> /Parent 7 0 R /Prev 8 0 R /Dest [4 0 R /Fit] >>",
            "<< /Title (\x8dThe Committee\x8e) /Subject <FEFF004B0065006E0074002C00204E0A> >>",
        },
        "/Info 10 0 R");
    ASSERT_TRUE(writeBytes(path("info.pdf"), pdf));
    auto opened = PdfDocument::open(path("info.pdf"));
    ASSERT_TRUE(opened.hasValue()) << opened.error().describe().toStdString();
    const PdfDocument& document = *opened.value();
    EXPECT_EQ(document.title(), QStringLiteral("\u201cThe Committee\u201d"));
    EXPECT_EQ(document.subject(), QStringLiteral("Kent, \u4e0a"));
    EXPECT_EQ(document.outlineTitles(), (QStringList {QStringLiteral("Agenda"), QStringLiteral("Minutes \u2013 2")}));
    ASSERT_EQ(document.pageCount(), 2);
    EXPECT_EQ(document.pageSize(0), QSizeF(595, 842));
    EXPECT_EQ(document.pageSize(1), QSizeF(595, 842)); // 842 x 595, turned
    const layout::LayoutPage first = document.readPage(0);
    const layout::LayoutPage second = document.readPage(1);
    EXPECT_EQ(first.label, QStringLiteral("i"));
    EXPECT_EQ(second.label, QStringLiteral("ii"));
    EXPECT_EQ(second.rotation, 270);
    ASSERT_EQ(first.words.size(), 5);
    EXPECT_EQ(first.words.first().text, QStringLiteral("Minutes"));
}

TEST_F(PdfInputTest, TheRendererRefusesWhatTheDocumentRefusesForTheSameReason)
{
    ASSERT_TRUE(writeEncryptedPdf(path("locked.pdf")));
    ASSERT_TRUE(writeBytes(path("notes.pdf"), "Just some notes about the meeting\n"));
    ASSERT_TRUE(writeZeroPagePdf(path("empty.pdf")));
    ASSERT_TRUE(writeTextPdf(path("whole.pdf"), {{QStringLiteral("One")}, {QStringLiteral("Two")}}));
    ASSERT_TRUE(writeTruncatedCopy(path("whole.pdf"), path("cut.pdf")));
    for (const char* name : {"locked.pdf", "notes.pdf", "empty.pdf", "cut.pdf"}) {
        auto a = PdfDocument::open(path(name));
        auto b = PdfRenderer::open(path(name));
        ASSERT_FALSE(a.hasValue()) << name;
        ASSERT_FALSE(b.hasValue()) << name;
        EXPECT_EQ(b.error().message, a.error().message) << name;
    }
    auto renderer = PdfRenderer::open(path("whole.pdf"));
    ASSERT_TRUE(renderer.hasValue());
    EXPECT_EQ(renderer.value()->pageCount(), 2);
    const QImage drawn = renderer.value()->render(0, 36);
    EXPECT_NEAR(drawn.width(), 595 / 2.0, 2);
    EXPECT_FALSE(renderer.value()->search(1, QStringLiteral("two")).isEmpty()); // case ignored
    EXPECT_TRUE(renderer.value()->search(1, QStringLiteral("One")).isEmpty());
}
