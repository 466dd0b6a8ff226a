#include "MinutesSheet.h"

#include "minutes/ClauseParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;
using scrutineer::testing::labels;

namespace {

// Clause lines: each {left, text}; page changes where the text is "<page>".
QList<ClauseLine> clauseLines(const QList<QPair<qreal, QString>>& rows)
{
    QList<ClauseLine> out;
    int page = 15;
    for (const auto& [left, text] : rows) {
        if (text == QLatin1String("<page>")) {
            ++page;
            continue;
        }
        out.append({text, left, page});
    }
    return out;
}

QStringList paths(const ClauseResult& result)
{
    QStringList out;
    for (const ClauseEntry& e : result.entries)
        out.append(e.path);
    return out;
}

} // namespace

TEST(MinutesClauses, NestedListsAcrossAPageBreakWithLabelsDroppedToTheMargin)
{
    const ClauseResult r = ClauseParser::parse(clauseLines({
        {72, QStringLiteral("That the report be commended to the Cabinet for approval:-")},
        {72, QStringLiteral("(1) That the Head of Schools and Families be requested to:-")},
        {72, QStringLiteral("(a) Review the current provision of units within schools;")},
        {72,
         QStringLiteral(
             "(b) Encourage those schools that have a unit to have a dedicated SENCO, as evidence indicates that")},
        {0, QStringLiteral("<page>")},
        {72, QStringLiteral("access to appropriate resources is greater where there is a dedicated SENCO;")},
        {72, QStringLiteral("(c) Encourage schools to include SENCOs on the management team;")},
        {90, QStringLiteral("(2) That the Head of Health and Wellbeing be requested to ensure the School Nurse acts.")},
    }));
    EXPECT_EQ(r.lead, QStringLiteral("That the report be commended to the Cabinet for approval:-"));
    EXPECT_EQ(labels(r.clauses), (QStringList {QStringLiteral("1"), QStringLiteral("2")}));
    ASSERT_EQ(labels(r.clauses.first().clauses),
              (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(
        r.clauses.first().clauses.at(1).text,
        QStringLiteral("Encourage those schools that have a unit to have a dedicated SENCO, as evidence indicates "
                       "that access to appropriate resources is greater where there is a dedicated SENCO;"));
    EXPECT_EQ(paths(r),
              (QStringList {QStringLiteral("1"), QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("1.c"),
                            QStringLiteral("2")}));
    EXPECT_EQ(r.entries.at(2).page, 15);
    EXPECT_EQ(r.entries.at(3).page, 16);
}

TEST(MinutesClauses, RomanOrLetterIDependsOnWhatCameBefore)
{
    const ClauseResult r = ClauseParser::parse(clauseLines({
        {72, QStringLiteral("(1) That the Head of Schools be requested to:-")},
        {72, QStringLiteral("(g) Explore the possibility of joint training;")},
        {72, QStringLiteral("(h) Include Frequently Asked Questions for parents;")},
        {72, QStringLiteral("(i) Explore the possibility of increasing communication with parents;")},
        {72, QStringLiteral("(n) Liaise with the Head of Health and Wellbeing in order to:")},
        {72, QStringLiteral("(i) Encourage schools to promote the drop-in sessions;")},
        {72, QStringLiteral("(ii) Request the School Nursing Service to approach the SENCO Forum;")},
        {72, QStringLiteral("(o) Submit a report providing information on the following:-")},
        {72, QStringLiteral("(i) Any high schools restricting enhanced transitions;")},
        {72, QStringLiteral("(ii) The number of children from outside the Borough;")},
        {72, QStringLiteral("(iii) Consideration of how parents could be engaged;")},
        {72, QStringLiteral("(iv) Whether funding has been withdrawn;")},
        {72, QStringLiteral("(v) Whether transport is provided;")},
        {72, QStringLiteral("(2) That the Head of Health and Wellbeing be requested to act.")},
    }));
    ASSERT_EQ(labels(r.clauses), (QStringList {QStringLiteral("1"), QStringLiteral("2")}));
    const Clause& one = r.clauses.first();
    // (g) opens the list out of sequence; (i) after (h) is the next letter.
    EXPECT_EQ(labels(one.clauses),
              (QStringList {QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("i"), QStringLiteral("n"),
                            QStringLiteral("o")}));
    EXPECT_TRUE(one.clauses.at(2).clauses.isEmpty());
    EXPECT_EQ(labels(one.clauses.at(3).clauses), (QStringList {QStringLiteral("i"), QStringLiteral("ii")}));
    EXPECT_EQ(labels(one.clauses.at(4).clauses),
              (QStringList {QStringLiteral("i"), QStringLiteral("ii"), QStringLiteral("iii"), QStringLiteral("iv"),
                            QStringLiteral("v")}));
    EXPECT_TRUE(paths(r).contains(QStringLiteral("1.o.iii")));
}

TEST(MinutesClauses, OtherAmbiguousLettersFollowTheirPredecessor)
{
    const ClauseResult r = ClauseParser::parse(clauseLines({
        {72, QStringLiteral("(a) one;")},
        {72, QStringLiteral("(b) two;")},
        {72, QStringLiteral("(c) three;")},
        {72, QStringLiteral("(d) four;")},
        {72, QStringLiteral("(e) five:")},
        {72, QStringLiteral("(i) sub one;")},
        {72, QStringLiteral("(ii) sub two;")},
        {72, QStringLiteral("(f) six.")},
    }));
    EXPECT_EQ(labels(r.clauses),
              (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                            QStringLiteral("e"), QStringLiteral("f")}));
    EXPECT_EQ(labels(r.clauses.at(4).clauses), (QStringList {QStringLiteral("i"), QStringLiteral("ii")}));
}

TEST(MinutesClauses, AnUnlabelledParagraphStartsANewListWithItsOwnLeadIn)
{
    const ClauseResult r = ClauseParser::parse(clauseLines({
        {72, QStringLiteral("This Council believes that:")},
        {72, QStringLiteral("a) Immediate and decisive action is needed.")},
        {72, QStringLiteral("b) Any ban must be robust and comprehensive.")},
        {72, QStringLiteral("And;")},
        {72, QStringLiteral("This Council agrees to call on the Cabinet Member for Public Health to:")},
        {72, QStringLiteral("a) Write again to the government;")},
        {72, QStringLiteral("b) Encourage proper disposal of vapes.")},
    }));
    EXPECT_EQ(labels(r.clauses),
              (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(r.entries.at(0).leadIn, QStringLiteral("This Council believes that:"));
    EXPECT_EQ(r.entries.at(3).leadIn,
              QStringLiteral("And; This Council agrees to call on the Cabinet Member for Public Health to:"));
    EXPECT_EQ(r.clauses.at(1).text, QStringLiteral("Any ban must be robust and comprehensive."));
}

TEST(MinutesClauses, BulletsNestUnderTheClauseThatIntroducesThem)
{
    const ClauseResult r = ClauseParser::parse(clauseLines({
        {72, QStringLiteral("(1) the Work Programme be agreed;")},
        {72, QStringLiteral("(2) the following items be added to the Work Programme:-")},
        {90, QStringLiteral("\u2022 The Head of Children's Social Care be requested to submit information;")},
        {90, QStringLiteral("\u2022 the Executive Director be requested to submit information; and")},
        {72, QStringLiteral("(3) the Forward Plan be noted.")},
    }));
    EXPECT_EQ(labels(r.clauses), (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_EQ(r.clauses.at(1).clauses.size(), 2);
    EXPECT_EQ(r.clauses.at(1).clauses.first().label, QStringLiteral("\u2022"));
}

TEST(MinutesClauses, LabelStyles)
{
    EXPECT_EQ(ClauseParser::matchLabel(QStringLiteral("(1) text"))->label, QStringLiteral("1"));
    EXPECT_EQ(ClauseParser::matchLabel(QStringLiteral("12) text"))->decoration, ClauseParser::Decoration::Close);
    EXPECT_EQ(ClauseParser::matchLabel(QStringLiteral("3. text"))->decoration, ClauseParser::Decoration::Dot);
    EXPECT_EQ(ClauseParser::matchLabel(QStringLiteral("b.) Support calls"))->label, QStringLiteral("b"));
    EXPECT_EQ(ClauseParser::matchLabel(QStringLiteral("iv. text"))->kinds.first(), ClauseParser::Kind::Roman);
    EXPECT_EQ(ClauseParser::matchLabel(QStringLiteral("(i) text"))->kinds.size(), 2); // letter or numeral
    EXPECT_FALSE(ClauseParser::matchLabel(QStringLiteral("Mr. Smith said")).has_value());
    EXPECT_FALSE(ClauseParser::matchLabel(QStringLiteral("2025 it will be illegal")).has_value());
    EXPECT_FALSE(ClauseParser::matchLabel(QStringLiteral("(Item 3)")).has_value());
}
