#include "ReadingRoomFixtures.h"

#include "PackImporter.h"
#include "importing/SamplePack.h"
#include "pdf/PdfDocument.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::gui;

namespace {

QString pageText(const PdfDocument& pdf, int index)
{
    QStringList words;
    for (const layout::LayoutWord& word : pdf.readPage(index).words)
        words << word.text;
    return words.join(QLatin1Char(' '));
}

} // namespace

TEST(SamplePack, DrawsAFrontSheetAgendaMinutesAndReportWithPageFootersAndStamps)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(SamplePack::fileName());
    ASSERT_FALSE(SamplePack::write(path).has_value());
    auto opened = PdfDocument::open(path);
    ASSERT_TRUE(opened.hasValue()) << opened.error().describe().toStdString();
    const PdfDocument& pdf = *opened.value();
    ASSERT_EQ(pdf.pageCount(), 17);

    const QString front = pageText(pdf, 0);
    EXPECT_TRUE(front.contains(SamplePack::councilName())) << front.toStdString();
    EXPECT_TRUE(front.contains(QStringLiteral("DATE: Tuesday 12th January 2027")));
    EXPECT_TRUE(front.contains(QStringLiteral("(Vice-Chair)")));
    EXPECT_TRUE(front.contains(QStringLiteral("Substitute")));
    const QString agenda = pageText(pdf, 1);
    EXPECT_TRUE(agenda.contains(QStringLiteral("Library Service Review: Progress Report (Pages 9 - 15)"))) << agenda.toStdString();
    EXPECT_TRUE(agenda.contains(QStringLiteral("(Pages 5 - 8)")));
    EXPECT_TRUE(pageText(pdf, 3).contains(QStringLiteral("This page is intentionally left blank")));
    EXPECT_TRUE(pageText(pdf, 5).contains(QStringLiteral("RESOLVED: That")));
    EXPECT_TRUE(pageText(pdf, 10).contains(QStringLiteral("RAG rating")));

    // Every page carries its "Page N" footer; item pages carry their stamp.
    for (int i = 0; i < pdf.pageCount(); ++i)
        EXPECT_TRUE(pageText(pdf, i).contains(QStringLiteral("Page %1").arg(i + 1))) << "page " << i + 1;
    EXPECT_TRUE(pageText(pdf, 4).contains(QStringLiteral("Agenda Item 3")));
    EXPECT_TRUE(pageText(pdf, 7).contains(QStringLiteral("Agenda Item 3")));
    EXPECT_TRUE(pageText(pdf, 8).contains(QStringLiteral("Agenda Item 4")));
    EXPECT_TRUE(pageText(pdf, 14).contains(QStringLiteral("Agenda Item 4")));
    EXPECT_TRUE(pageText(pdf, 14).contains(QStringLiteral("Floor:")));
    EXPECT_TRUE(pageText(pdf, 16).contains(QStringLiteral("Agenda Item 5")));
    EXPECT_FALSE(pageText(pdf, 1).contains(QStringLiteral("Agenda Item")));
    EXPECT_FALSE(pageText(pdf, 3).contains(QStringLiteral("Agenda Item")));
}

TEST(SamplePack, AppendixPagesLengthenTheReportAndItsAgendaRange)
{
    QTemporaryDir dir;
    SamplePack::Options options;
    options.appendixPages = 4;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_FALSE(SamplePack::write(path, options).has_value());
    auto opened = PdfDocument::open(path);
    ASSERT_TRUE(opened.hasValue());
    EXPECT_EQ(opened.value()->pageCount(), 21);
    EXPECT_TRUE(pageText(*opened.value(), 1).contains(QStringLiteral("(Pages 9 - 19)")));
    EXPECT_TRUE(pageText(*opened.value(), 1).contains(QStringLiteral("(Pages 20 - 21)")));
}

TEST(SamplePack, ARevisionChangesTheBytesButNotTheMeeting)
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a/pack.pdf"));
    const QString second = dir.filePath(QStringLiteral("b/pack.pdf"));
    SamplePack::Options revised;
    revised.revision = 2;
    ASSERT_FALSE(SamplePack::write(first).has_value());
    ASSERT_FALSE(SamplePack::write(second, revised).has_value());
    EXPECT_NE(PackImporter::sha256(first), PackImporter::sha256(second));
    auto a = PdfDocument::open(first);
    auto b = PdfDocument::open(second);
    ASSERT_TRUE(a.hasValue() && b.hasValue());
    EXPECT_EQ(pageText(*a.value(), 0), pageText(*b.value(), 0));
    EXPECT_TRUE(pageText(*b.value(), 9).contains(QStringLiteral("1,312 responses")));
    EXPECT_TRUE(pageText(*a.value(), 9).contains(QStringLiteral("1,248 responses")));
}

TEST(SamplePack, TheImporterFindsTheMeetingItsItemsAndPrintedPages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(SamplePack::fileName());
    ASSERT_FALSE(SamplePack::write(path).has_value());
    auto bundle = PackImporter::run(path);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    ASSERT_EQ(bundle->pages.size(), 17);
    EXPECT_TRUE(bundle->pagesWithoutText().isEmpty());
    for (const PageRecord& page : bundle->pages) {
        ASSERT_TRUE(page.packPage.has_value()) << "pdf page " << page.pdfPage;
        EXPECT_EQ(*page.packPage, page.pdfPage);
    }
    ASSERT_GE(bundle->documentMeetingIndex, 0);
    const Meeting& meeting = bundle->meetings.at(bundle->documentMeetingIndex);
    EXPECT_EQ(meeting.date, SamplePack::meetingDate());
    EXPECT_TRUE(meeting.body.contains(QStringLiteral("Communities and Environment"), Qt::CaseInsensitive)) << meeting.body.toStdString();
    EXPECT_EQ(meeting.agendaItems.size(), SamplePack::agendaItemCount());
    // The report's performance appendix gives the Performance workspace something to show: three
    // measures with four threshold bands, and three indicators with Target, Floor and readings.
    ASSERT_EQ(bundle->indicators.size(), 6);
    int banded = 0;
    int targetFloor = 0;
    for (const Indicator& indicator : bundle->indicators) {
        banded += indicator.thresholds.size() == 4 ? 1 : 0;
        targetFloor += indicator.target.has_value() && indicator.floor.has_value() ? 1 : 0;
    }
    EXPECT_EQ(banded, 3);
    EXPECT_EQ(targetFloor, 3);
    EXPECT_EQ(bundle->readings.size(), 6);
}
