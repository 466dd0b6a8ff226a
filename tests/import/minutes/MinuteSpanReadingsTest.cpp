#include "MinutesSheet.h"

#include "minutes/MinuteSpanReadings.h"
#include "minutes/MinuteSplitter.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

namespace {

// Minutes of `count` items, each with a resolution and most with an action asked of an officer.
QList<MinutesLine> numberedMinutes(int count)
{
    MinutesSheet sheet;
    for (int i = 1; i <= count; ++i) {
        sheet.line(QStringLiteral("%1. ITEM NUMBER %1").arg(i)).gap();
        sheet.line(QStringLiteral("The Committee considered report number %1 of the Director.").arg(i));
        if (i % 3 != 0)
            sheet.line(QStringLiteral("The Head of Finance agreed to circulate the figures for item %1 by 1 May 2025.")
                           .arg(i));
        sheet.line(QStringLiteral("RESOLVED: That report %1 be noted.").arg(i)).gap();
    }
    return sheet.lines();
}

std::string described(const QList<MinuteSpanReading>& readings)
{
    std::string out;
    for (const MinuteSpanReading& reading : readings) {
        out += "|";
        for (const ParsedResolution& parsed : reading.resolutions)
            out += " R:" + parsed.resolution.text.toStdString();
        for (const Action& action : reading.requested)
            out += " A:" + action.text.toStdString() + " @" + action.minuteNumber.toStdString();
        out += " V:" + std::to_string(reading.otherVotes.size());
    }
    return out;
}

} // namespace

// Read on two threads at once, the minutes give what reading them one after another gives, in
// their order, each action under its own minute's number.
TEST(MinuteSpanReadings, ReadTogetherTheMinutesGiveWhatReadingThemInTurnGives)
{
    const QList<MinutesLine> lines = numberedMinutes(12);
    const QList<MinuteSpan> spans = MinuteSplitter::split(lines, 0, lines.size());
    ASSERT_EQ(spans.size(), 12);
    ActionContext context;
    context.meetingDate = QDate(2025, 3, 13);
    context.meetingIndex = 0;

    QList<MinuteSpanReading> inTurn;
    for (const MinuteSpan& span : spans) {
        MinuteSpanReading reading;
        reading.resolutions
            = ResolutionParser::parse(lines, span.body, span.end, QStringLiteral("Committee"), &reading.otherVotes);
        ActionContext own = context;
        own.minuteNumber = span.number;
        reading.requested = ActionRequestParser::fromMinute(lines, span.body, span.end, own);
        inTurn.append(reading);
    }
    const std::string expected = described(inTurn);
    EXPECT_NE(expected.find("R:That report 12 be noted."), std::string::npos) << expected;
    EXPECT_NE(expected.find("circulate the figures for item 11"), std::string::npos) << expected;
    EXPECT_NE(expected.find("@11"), std::string::npos) << expected;
    for (int round = 0; round < 10; ++round)
        EXPECT_EQ(described(MinuteSpanReadings::read(lines, spans, QStringLiteral("Committee"), context)), expected);
    // Too few to share out: read on the calling thread alone, the same.
    const QList<MinuteSpan> two = spans.mid(0, 2);
    EXPECT_EQ(described(MinuteSpanReadings::read(lines, two, QStringLiteral("Committee"), context)),
              described(inTurn.mid(0, 2)));
}
