#include "ocr/OcrFacts.h"

#include <gtest/gtest.h>

using namespace scrutineer;

namespace {

PageRecord page(int number, bool textLayer, bool ocr = false, double confidence = 0)
{
    PageRecord p;
    p.pdfPage = number;
    p.hasText = textLayer;
    p.ocr = ocr;
    p.ocrConfidence = confidence;
    return p;
}

} // namespace

TEST(OcrFacts, PageListsJoinRunsOfThreeOrMore)
{
    EXPECT_EQ(ocr::pageList({2, 3}), QStringLiteral("2, 3"));
    EXPECT_EQ(ocr::pageList({7, 8, 9, 10, 11, 12, 13, 14, 15}), QStringLiteral("7–15"));
    EXPECT_EQ(ocr::pageList({1, 4, 5, 6, 9}), QStringLiteral("1, 4–6, 9"));
    EXPECT_EQ(ocr::pageList({}), QString());
}

TEST(OcrFacts, FactsFromOcrPagesAreFlaggedAndReadingsLoseConfidence)
{
    ImportBundle bundle;
    bundle.pages = {page(1, true), page(2, false, true, 0.8)};
    Meeting meeting;
    AgendaItem onText;
    onText.pdfPage = 1;
    AgendaItem onScan;
    onScan.pdfPage = 2;
    meeting.agendaItems = {onText, onScan};
    Minute minute;
    Resolution resolution;
    resolution.pdfPage = 2;
    resolution.flags = {QStringLiteral("agreed-without-resolved")};
    minute.resolutions = {resolution};
    meeting.minutes = {minute};
    bundle.meetings = {meeting};
    Action scanned;
    scanned.pdfPage = 2;
    Indicator indicator;
    indicator.pdfPage = 2;
    bundle.indicators = {indicator};
    Action printed;
    printed.pdfPage = 1;
    bundle.actions = {scanned, printed};
    Reading reading;
    reading.pdfPage = 2;
    reading.confidence = 0.9;
    Reading clean;
    clean.pdfPage = 1;
    bundle.readings = {reading, clean};

    ocr::markFacts(bundle);
    ocr::markFacts(bundle); // idempotent flags

    const Meeting& m = bundle.meetings.first();
    EXPECT_TRUE(m.agendaItems.at(0).flags.isEmpty());
    EXPECT_EQ(m.agendaItems.at(1).flags, QStringList {QStringLiteral("ocr")});
    EXPECT_EQ(m.minutes.first().resolutions.first().flags,
              (QStringList {QStringLiteral("agreed-without-resolved"), QStringLiteral("ocr")}));
    EXPECT_EQ(bundle.actions.at(0).flags, QStringList {QStringLiteral("ocr")});
    EXPECT_TRUE(bundle.actions.at(1).flags.isEmpty());
    EXPECT_NEAR(bundle.readings.at(0).confidence, 0.9 * 0.8 * 0.8, 1e-9); // marked twice above
    EXPECT_DOUBLE_EQ(bundle.readings.at(1).confidence, 1.0);
}

TEST(OcrFacts, NotesSayWhichPagesWereReadAndWhichHaveNoText)
{
    ImportBundle bundle;
    bundle.pages = {page(1, true), page(2, false, true, 0.9), page(3, false, true, 0.8), page(4, false)};
    bundle.warnings = {QStringLiteral("a parser's note")};
    ocr::addNotes(bundle);
    ASSERT_EQ(bundle.warnings.size(), 3);
    EXPECT_EQ(bundle.warnings.at(0),
              QStringLiteral("2 page(s) had no text layer; their text was read by OCR (mean confidence 85 %): 2, 3"));
    EXPECT_EQ(bundle.warnings.at(1), QStringLiteral("1 page(s) have no text layer and cannot be searched: 4"));
    EXPECT_EQ(bundle.warnings.at(2), QStringLiteral("a parser's note"));
}

TEST(OcrFacts, AFileReadWhollyByOcrSaysSo)
{
    ImportBundle bundle;
    bundle.pages = {page(1, false, true, 0.93)};
    ocr::addNotes(bundle);
    ASSERT_EQ(bundle.warnings.size(), 1);
    EXPECT_TRUE(
        bundle.warnings.first().startsWith(QStringLiteral("the file has no text layer: all of its text was read "
                                                          "by OCR (mean confidence 93 %)")));
}
