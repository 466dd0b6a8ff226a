#include "MinutesSheet.h"

#include "minutes/MinuteItemLinker.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::MinutesSheet;

// Minute numbers that run on from earlier meetings (389, 390 ... for items 1, 2 ...) are linked
// to the meeting's agenda items by title, never by number, and say how the link was made.

namespace {

AgendaItem item(const QString& number, const QString& title)
{
    AgendaItem a;
    a.number = number;
    a.title = title;
    return a;
}

Minute minute(const QString& number, const QString& title)
{
    Minute m;
    m.number = number;
    m.title = title;
    return m;
}

QList<AgendaItem> runOnAgenda()
{
    return {item(QStringLiteral("1"), QStringLiteral("APOLOGIES AND WELCOME")),
            item(QStringLiteral("2"), QStringLiteral("Declaration of Interest and of any Party Whip")),
            item(QStringLiteral("3"), QStringLiteral("Public Participation")),
            item(QStringLiteral("4"), QStringLiteral("Confirmation of the Minutes of the Previous Meeting")),
            item(QStringLiteral("5"), QStringLiteral("Performance & In-Year Budget Monitoring")),
            item(QStringLiteral("6"), QStringLiteral("Ofsted Inspection of Children's Services")),
            item(QStringLiteral("7"), QStringLiteral("Update")),
            item(QStringLiteral("8"), QStringLiteral("Work Programme 2019/20")),
            item(QStringLiteral("9"), QStringLiteral("Update"))};
}

} // namespace

TEST(MinutesItemLink, RunOnNumbersLinkByNormalisedTitleAndLeaveMismatchesUnknown)
{
    QList<Minute> minutes {minute(QStringLiteral("389"), QStringLiteral("Apologies and Welcome")),
                           minute(QStringLiteral("390"),
                                  QStringLiteral("Declaration of Interest and of any Party Whip")),
                           minute(QStringLiteral("392"), QStringLiteral("Confirmation of the Minutes of the Previous "
                                                                        "Meeting.")),
                           minute(QStringLiteral("393"), QStringLiteral("Performance and In-Year Budget Monitoring")),
                           minute(QStringLiteral("394"), QStringLiteral("Children's Services Worcestershire")),
                           minute(QStringLiteral("396"), QStringLiteral("Work Programme 2019-20"))};
    MinuteItemLinker::link(minutes, runOnAgenda());
    EXPECT_EQ(minutes.at(0).item, QStringLiteral("1"));
    EXPECT_EQ(minutes.at(0).itemMethod, QStringLiteral("title"));
    EXPECT_EQ(minutes.at(1).item, QStringLiteral("2"));
    EXPECT_EQ(minutes.at(2).item, QStringLiteral("4")); // not item 392, and the full stop is no difference
    EXPECT_EQ(minutes.at(3).item, QStringLiteral("5")); // "&" and "and"
    EXPECT_TRUE(minutes.at(4).item.isEmpty()); // a title the agenda does not print: unknown
    EXPECT_TRUE(minutes.at(4).itemMethod.isEmpty());
    EXPECT_EQ(minutes.at(5).item, QStringLiteral("8")); // "2019-20" and "2019/20": punctuation only
}

TEST(MinutesItemLink, SharedTitlesNeedTheNumberingTheOtherLinksAgreeOn)
{
    QList<Minute> minutes {minute(QStringLiteral("389"), QStringLiteral("Apologies and Welcome")),
                           minute(QStringLiteral("392"), QStringLiteral("Confirmation of the Minutes of the Previous "
                                                                        "Meeting")),
                           minute(QStringLiteral("395"), QStringLiteral("UPDATE")),
                           minute(QStringLiteral("397"), QStringLiteral("Update"))};
    MinuteItemLinker::link(minutes, runOnAgenda());
    EXPECT_EQ(minutes.at(2).item, QStringLiteral("7"));
    EXPECT_EQ(minutes.at(2).itemMethod, QStringLiteral("title+numbering"));
    EXPECT_EQ(minutes.at(3).item, QStringLiteral("9"));

    // Links that disagree on the offset (items taken out of order) leave shared titles unknown.
    QList<Minute> reordered {minute(QStringLiteral("389"), QStringLiteral("Apologies and Welcome")),
                             minute(QStringLiteral("390"), QStringLiteral("Public Participation")),
                             minute(QStringLiteral("391"), QStringLiteral("Update"))};
    MinuteItemLinker::link(reordered, runOnAgenda());
    EXPECT_EQ(reordered.at(1).item, QStringLiteral("3"));
    EXPECT_TRUE(reordered.at(2).item.isEmpty());
    EXPECT_TRUE(reordered.at(2).itemMethod.isEmpty());
}

TEST(MinutesItemLink, PrintedItemsAreKeptAndMarkedPrinted)
{
    QList<Minute> minutes {minute(QStringLiteral("292"), QStringLiteral("Apologies for Absence"))};
    minutes.first().item = QStringLiteral("1");
    MinuteItemLinker::link(minutes, {item(QStringLiteral("2"), QStringLiteral("Apologies for Absence"))});
    EXPECT_EQ(minutes.first().item, QStringLiteral("1"));
    EXPECT_EQ(minutes.first().itemMethod, QStringLiteral("printed"));
    EXPECT_EQ(MinuteItemLinker::titleKey(QStringLiteral("Budget \u2013 Q2 (Pages 5 - 20)")),
              QStringLiteral("budget q2"));
}

TEST(MinutesItemLink, OnlyTheRecordedMeetingsOwnAgendaLinksMinutes)
{
    MinutesSheet sheet;
    sheet.line(QStringLiteral("Children and Families Overview and Scrutiny Panel"));
    sheet.line(QStringLiteral("Wednesday, 11 September 2019, County Hall, Worcester - 10.00 am"));
    sheet.line(QStringLiteral("Present: Mrs F M Oborski (Chairman) and Mr T Baker-Price"));
    sheet.line(QStringLiteral("389 Apologies and Welcome"));
    sheet.line(QStringLiteral("Apologies were received from Ms R L Dent."));
    sheet.line(QStringLiteral("390 Public Participation"));
    sheet.line(QStringLiteral("None."));
    MinutesContext context;
    context.agenda = runOnAgenda();
    context.packMeetingDate = QDate(2019, 9, 11);
    auto result = MinutesParser::parse(sheet.document(), context);
    ASSERT_EQ(result.meetings.size(), 1);
    ASSERT_EQ(result.meetings.first().minutes.size(), 2);
    EXPECT_EQ(result.meetings.first().minutes.at(0).item, QStringLiteral("1"));
    EXPECT_EQ(result.meetings.first().minutes.at(1).item, QStringLiteral("3"));
    EXPECT_EQ(result.meetings.first().minutes.at(1).itemMethod, QStringLiteral("title"));

    // A pack for a later meeting carries these minutes: its agenda is not theirs.
    context.packMeetingDate = QDate(2019, 11, 13);
    result = MinutesParser::parse(sheet.document(), context);
    ASSERT_EQ(result.meetings.size(), 1);
    EXPECT_TRUE(result.meetings.first().minutes.at(0).item.isEmpty());
    EXPECT_TRUE(result.meetings.first().minutes.at(0).itemMethod.isEmpty());
}
