// A long document is read and analysed in sections; what the sections found is put together
// with the document's own page numbers.
#include "PackImporter.h"
#include "PdfFixtures.h"
#include "SectionMerger.h"
#include "StrangePdfs.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>

using namespace scrutineer;
using namespace scrutineer::testing;

namespace {

ImportBundle sectionBundle(const QDate& date, int pages)
{
    ImportBundle bundle;
    for (int p = 1; p <= pages; ++p) {
        PageRecord record;
        record.pdfPage = p;
        record.hasText = true;
        record.text = QStringLiteral("page %1").arg(p);
        bundle.pages.append(record);
    }
    bundle.pageCount = pages;
    Meeting meeting;
    meeting.body = QStringLiteral("Scrutiny Committee");
    meeting.date = date;
    meeting.pdfPage = 1;
    Minute minute;
    minute.number = QStringLiteral("12");
    minute.pdfPage = 2;
    Resolution resolution;
    resolution.pdfPage = 2;
    minute.resolutions.append(resolution);
    meeting.minutes.append(minute);
    meeting.attendance.append({QStringLiteral("Paula Murphy"), AttendanceStatus::Present, {}, {}, 1});
    bundle.meetings.append(meeting);
    bundle.documentMeetingIndex = 0;
    Action action;
    action.text = QStringLiteral("Report back");
    action.meetingIndex = 0;
    action.pdfPage = 2;
    bundle.actions.append(action);
    Action planned;
    planned.text = QStringLiteral("Recruit");
    planned.meetingIndex = -1;
    planned.pdfPage = 0; // unknown stays unknown
    bundle.actions.append(planned);
    Indicator indicator;
    indicator.name = QStringLiteral("Referrals");
    indicator.pdfPage = pages;
    bundle.indicators.append(indicator);
    Reading reading;
    reading.indicatorIndex = 0;
    reading.pdfPage = pages;
    bundle.readings.append(reading);
    bundle.regions.append({1, pages, QStringLiteral("minutes"), {}, true, 1.0});
    bundle.warnings.append(QStringLiteral("a note"));
    return bundle;
}

} // namespace

TEST(SectionMerger, LaterSectionsGetTheDocumentsPageNumbersAndTheirMeetingsMerge)
{
    ImportBundle whole;
    whole.fileName = QStringLiteral("long.pdf");
    SectionMerger::append(whole, sectionBundle(QDate(2018, 9, 25), 3), 0);
    SectionMerger::append(whole, sectionBundle(QDate(2018, 9, 25), 3), 3); // the same meeting again
    SectionMerger::append(whole, sectionBundle(QDate(2019, 1, 8), 2), 6); // another meeting

    EXPECT_EQ(whole.fileName, QStringLiteral("long.pdf"));
    EXPECT_EQ(whole.pageCount, 8);
    ASSERT_EQ(whole.pages.size(), 8);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(whole.pages.at(i).pdfPage, i + 1);
    EXPECT_EQ(whole.pages.at(4).text, QStringLiteral("page 2")); // text as the section read it

    ASSERT_EQ(whole.meetings.size(), 2);
    EXPECT_EQ(whole.documentMeetingIndex, 0);
    const Meeting& first = whole.meetings.at(0);
    ASSERT_EQ(first.minutes.size(), 2);
    EXPECT_EQ(first.minutes.at(1).pdfPage, 5);
    EXPECT_EQ(first.minutes.at(1).resolutions.at(0).pdfPage, 5);
    EXPECT_EQ(first.attendance.at(1).pdfPage, 4);
    EXPECT_EQ(whole.meetings.at(1).pdfPage, 7);

    ASSERT_EQ(whole.actions.size(), 6);
    EXPECT_EQ(whole.actions.at(2).meetingIndex, 0); // the merged meeting
    EXPECT_EQ(whole.actions.at(2).pdfPage, 5);
    EXPECT_EQ(whole.actions.at(3).meetingIndex, 0); // the document's meeting
    EXPECT_EQ(whole.actions.at(3).pdfPage, 0);
    EXPECT_EQ(whole.actions.at(4).meetingIndex, 1);
    ASSERT_EQ(whole.readings.size(), 3);
    EXPECT_EQ(whole.readings.at(2).indicatorIndex, 2);
    EXPECT_EQ(whole.readings.at(2).pdfPage, 8);
    ASSERT_EQ(whole.regions.size(), 3);
    EXPECT_EQ(whole.regions.at(1).firstPage, 4);
    EXPECT_EQ(whole.regions.at(1).lastPage, 6);
    ASSERT_EQ(whole.warnings.size(), 3);
    EXPECT_EQ(whole.warnings.at(0), QStringLiteral("a note"));
    EXPECT_EQ(whole.warnings.at(1), QStringLiteral("Pages 4\u20136: a note"));
}

class SectionsTest : public ::testing::Test {
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

TEST_F(SectionsTest, ALongFileReadInSectionsGivesTheSamePagesAsReadWhole)
{
    ASSERT_TRUE(writeLongPack(path("long.pdf"), 10));
    auto whole = PackImporter::run(path("long.pdf"));
    ASSERT_TRUE(whole.hasValue()) << whole.error().describe().toStdString();

    PackImporter::Options options;
    options.sectionPages = 4;
    std::mutex mutex;
    QList<int> progress;
    options.progress = [&](int done, int total) {
        std::lock_guard lock(mutex);
        EXPECT_EQ(total, 10);
        progress.append(done);
    };
    auto sectioned = PackImporter::run(path("long.pdf"), options);
    ASSERT_TRUE(sectioned.hasValue()) << sectioned.error().describe().toStdString();
    ASSERT_EQ(sectioned->pages.size(), 10);
    EXPECT_EQ(sectioned->pageCount, 10);
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(sectioned->pages.at(i).pdfPage, i + 1);
        EXPECT_EQ(sectioned->pages.at(i).text, whole->pages.at(i).text) << "page " << i + 1;
        EXPECT_EQ(sectioned->pages.at(i).packPage, whole->pages.at(i).packPage) << "page " << i + 1;
    }
    std::sort(progress.begin(), progress.end());
    ASSERT_EQ(progress.size(), 10);
    EXPECT_EQ(progress.last(), 10);
    ASSERT_FALSE(sectioned->warnings.isEmpty());
    EXPECT_TRUE(sectioned->warnings.first().contains(QStringLiteral("in 3 section(s) of up to 4 pages")))
        << sectioned->warnings.first().toStdString();
    EXPECT_FALSE(whole->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("section")));
}

TEST_F(SectionsTest, PageWarningsNameTheDocumentsPages)
{
    // Page 2 is too dense for the limit; read in sections of one page.
    ASSERT_TRUE(writeDensePage(path("dense.pdf"), 3000, QStringLiteral("Agenda of the Test Committee")));
    PackImporter::Options options;
    options.sectionPages = 1;
    options.limits.maxWords = 1000;
    auto bundle = PackImporter::run(path("dense.pdf"), options);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().describe().toStdString();
    const QString warnings = bundle->warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("Page 2 was not read whole"))) << warnings.toStdString();
}

TEST_F(SectionsTest, ASectionIsAnalysedWhileTheNextIsReadWhenReadingLeavesACoreIdle)
{
    // Ten pages are read on two threads at most; with three to use, a section is analysed on
    // the third while the next is read, and the sections are half as long. The result is the one
    // of reading the same sections one after another.
    ASSERT_TRUE(writeLongPack(path("long.pdf"), 10));
    PackImporter::Options pipelined;
    pipelined.threads = 3;
    pipelined.sectionPages = 4;
    std::mutex mutex;
    QList<int> handedOn;
    pipelined.pagesReady = [&](const QList<PageRecord>& pages) {
        const std::lock_guard lock(mutex);
        for (const PageRecord& page : pages)
            handedOn.append(page.pdfPage);
    };
    auto overlapped = PackImporter::run(path("long.pdf"), pipelined);
    ASSERT_TRUE(overlapped.hasValue()) << overlapped.error().describe().toStdString();

    PackImporter::Options oneByOne;
    oneByOne.threads = 2;
    oneByOne.sectionPages = 2;
    auto sequential = PackImporter::run(path("long.pdf"), oneByOne);
    ASSERT_TRUE(sequential.hasValue()) << sequential.error().describe().toStdString();

    ASSERT_FALSE(overlapped->warnings.isEmpty());
    EXPECT_TRUE(overlapped->warnings.first().contains(QStringLiteral("in 5 section(s) of up to 2 pages")))
        << overlapped->warnings.first().toStdString();
    EXPECT_EQ(overlapped->warnings, sequential->warnings);
    QList<int> inOrder;
    for (int p = 1; p <= 10; ++p)
        inOrder.append(p);
    EXPECT_EQ(handedOn, inOrder); // each section's pages, in the file's order
    ASSERT_EQ(overlapped->pages.size(), 10);
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(overlapped->pages.at(i).pdfPage, i + 1);
        EXPECT_EQ(overlapped->pages.at(i).text, sequential->pages.at(i).text) << "page " << i + 1;
    }
    ASSERT_EQ(overlapped->meetings.size(), sequential->meetings.size());
    for (int m = 0; m < overlapped->meetings.size(); ++m) {
        const Meeting& a = overlapped->meetings.at(m);
        const Meeting& b = sequential->meetings.at(m);
        EXPECT_EQ(a.date, b.date);
        EXPECT_EQ(a.body.toStdString(), b.body.toStdString());
        ASSERT_EQ(a.minutes.size(), b.minutes.size());
        for (int i = 0; i < a.minutes.size(); ++i) {
            EXPECT_EQ(a.minutes.at(i).number.toStdString(), b.minutes.at(i).number.toStdString());
            EXPECT_EQ(a.minutes.at(i).pdfPage, b.minutes.at(i).pdfPage);
        }
    }
    ASSERT_EQ(overlapped->actions.size(), sequential->actions.size());
    for (int i = 0; i < overlapped->actions.size(); ++i) {
        EXPECT_EQ(overlapped->actions.at(i).text.toStdString(), sequential->actions.at(i).text.toStdString());
        EXPECT_EQ(overlapped->actions.at(i).pdfPage, sequential->actions.at(i).pdfPage);
    }
    ASSERT_EQ(overlapped->regions.size(), sequential->regions.size());
    for (int i = 0; i < overlapped->regions.size(); ++i)
        EXPECT_EQ(overlapped->regions.at(i).firstPage, sequential->regions.at(i).firstPage);
}

TEST_F(SectionsTest, ACancelWhileASectionIsAnalysedBesideTheReadingStopsTheImport)
{
    ASSERT_TRUE(writeLongPack(path("long.pdf"), 10));
    std::atomic_bool cancel {false};
    PackImporter::Options options;
    options.threads = 3; // more than the two threads ten pages are read on: pipelined
    options.sectionPages = 4;
    options.cancel = &cancel;
    std::atomic_int sectionsHandedOn {0};
    options.pagesReady = [&](const QList<PageRecord>&) { ++sectionsHandedOn; };
    options.progress = [&](int done, int) {
        if (done >= 5) // while the first section (pages 1-2) or the second is analysed
            cancel = true;
    };
    auto bundle = PackImporter::run(path("long.pdf"), options);
    ASSERT_FALSE(bundle.hasValue());
    EXPECT_EQ(bundle.error().code, Error::Code::Cancelled);
    EXPECT_LT(sectionsHandedOn.load(), 5) << "the sections after the cancel are not analysed";
}
