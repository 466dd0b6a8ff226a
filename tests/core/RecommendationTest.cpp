#include "Recommendation.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::recommendation;

namespace {

const QList<Candidate> kReport = {
    {QStringLiteral("1"), QStringLiteral("That the Council publishes its eligibility policy in plain English")},
    {QStringLiteral("2"), QStringLiteral("That routes are reviewed every year with parents and schools")},
    {QStringLiteral("3"), QStringLiteral("That travel training is offered to every eligible pupil")},
};

} // namespace

TEST(RecommendationLink, NumberAndQuotedTextTogetherLinkAndSaySo)
{
    const Link l
        = link(QStringLiteral("Recommendation 2"), QStringLiteral("routes reviewed each year with parents"), kReport);
    EXPECT_EQ(l.index, 1);
    EXPECT_TRUE(l.evidence.startsWith(QStringLiteral("number 2, text "))) << l.evidence.toStdString();
}

TEST(RecommendationLink, QuotedTextAloneLinksOnlyWhenMostWordsAgree)
{
    const Link close = link({}, QStringLiteral("travel training offered to every eligible pupil"), kReport);
    EXPECT_EQ(close.index, 2);
    EXPECT_TRUE(close.evidence.startsWith(QStringLiteral("text ")));
    EXPECT_EQ(link({}, QStringLiteral("every pupil should have a bus pass"), kReport).index, -1);
}

TEST(RecommendationLink, ANumberWhoseTextDisagreesDoesNotLink)
{
    EXPECT_EQ(link(QStringLiteral("R1"), QStringLiteral("the library opening hours are extended"), kReport).index, -1);
}

TEST(RecommendationLink, ANumberAloneLinksOnlyWhenOneRecommendationHasIt)
{
    const Link l = link(QStringLiteral("R3"), {}, kReport);
    EXPECT_EQ(l.index, 2);
    EXPECT_EQ(l.evidence, QStringLiteral("only recommendation numbered 3"));
    QList<Candidate> twoReports = kReport;
    twoReports.append({QStringLiteral("3"), QStringLiteral("That the audit committee reviews the risk register")});
    EXPECT_EQ(link(QStringLiteral("R3"), {}, twoReports).index, -1);
}

// Candidates made with candidate() carry their number and words, found once: they link as the
// same candidates compared from their text each time do, evidence and all.
TEST(RecommendationLink, PreparedCandidatesLinkAsTheirTextDoes)
{
    QList<Candidate> prepared;
    for (const Candidate& c : kReport)
        prepared.append(candidate(c.number, c.text));
    ASSERT_TRUE(prepared.first().prepared);
    EXPECT_EQ(prepared.first().comparedNumber.toStdString(), "1");
    EXPECT_TRUE(prepared.first().words.contains(QStringLiteral("eligibility")));
    const QList<std::pair<QString, QString>> responses {
        {QStringLiteral("Recommendation 2"), QStringLiteral("routes reviewed each year with parents")},
        {{}, QStringLiteral("travel training offered to every eligible pupil")},
        {QStringLiteral("R1"), QStringLiteral("the library opening hours are extended")},
        {QStringLiteral("R3"), {}},
        {{}, QStringLiteral("every pupil should have a bus pass")},
    };
    for (const auto& [number, quoted] : responses) {
        const Link fromText = link(number, quoted, kReport);
        const Link fromPrepared = link(number, quoted, prepared);
        EXPECT_EQ(fromPrepared.index, fromText.index) << number.toStdString() << " " << quoted.toStdString();
        EXPECT_EQ(fromPrepared.evidence.toStdString(), fromText.evidence.toStdString());
    }
}

TEST(RecommendationLink, NumbersAreReadAsPrinted)
{
    EXPECT_EQ(normaliseNumber(QStringLiteral("R12")), QStringLiteral("12"));
    EXPECT_EQ(normaliseNumber(QStringLiteral("Recommendation 4:")), QStringLiteral("4"));
    EXPECT_EQ(normaliseNumber(QStringLiteral("b.")), QStringLiteral("b"));
    EXPECT_EQ(normaliseNumber(QStringLiteral("2.1")), QStringLiteral("2.1"));
}

TEST(RecommendationDecision, NamesRoundTrip)
{
    for (ResponseDecision d : {ResponseDecision::Accepted, ResponseDecision::Partly, ResponseDecision::Rejected,
                               ResponseDecision::Noted, ResponseDecision::Pending})
        EXPECT_EQ(responseDecisionFromString(toString(d)), d);
    EXPECT_EQ(recommendationSourceFromString(QStringLiteral("working-group")), RecommendationSource::WorkingGroup);
    EXPECT_TRUE(expectsProgress(ResponseDecision::Partly));
    EXPECT_FALSE(expectsProgress(ResponseDecision::Noted));
}
