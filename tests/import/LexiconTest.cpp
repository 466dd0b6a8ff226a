// The lexicon is data: these tests hold it to its own rules (every pattern compiles, every entry
// says which documents use its wording) and check the matching rules the readers rely on.
#include "lexicon/Lexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <thread>

using namespace scrutineer::parse;

namespace {

QJsonObject resource(const QString& name)
{
    QFile file(QStringLiteral(":/scrutineer/lexicon/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TEST(Lexicon, EveryCuePatternCompiles)
{
    const QStringList invalid = Lexicon::instance().invalidPatterns();
    EXPECT_TRUE(invalid.isEmpty()) << invalid.join(QLatin1Char('\n')).toStdString();
}

TEST(Lexicon, EveryEntrySaysWhereItsWordingComesFrom)
{
    for (const QJsonValue& entry :
         resource(QStringLiteral("table-headings.json")).value(QStringLiteral("entries")).toArray()) {
        const QJsonObject object = entry.toObject();
        EXPECT_FALSE(object.value(QStringLiteral("note")).toString().isEmpty())
            << QJsonDocument(object).toJson().toStdString();
        EXPECT_FALSE(object.value(QStringLiteral("roles")).toArray().isEmpty());
    }
    for (const QString& file : {QStringLiteral("cell-vocabulary.json"), QStringLiteral("document-cues.json")}) {
        const QJsonObject root = resource(file);
        const QJsonObject groups
            = root.value(root.contains(QStringLiteral("lists")) ? QStringLiteral("lists") : QStringLiteral("patterns"))
                  .toObject();
        EXPECT_FALSE(groups.isEmpty()) << file.toStdString();
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it)
            EXPECT_FALSE(it.value().toObject().value(QStringLiteral("note")).toString().isEmpty())
                << it.key().toStdString();
    }
}

TEST(Lexicon, HeadingsByPhraseCueAndBrokenWord)
{
    const Lexicon& lexicon = Lexicon::instance();
    const Lexicon::Heading phrase = lexicon.heading(QStringLiteral("Progress / Review Date"));
    EXPECT_TRUE(phrase.byPhrase);
    EXPECT_EQ(phrase.roles.value(0), QStringLiteral("due"));
    const Lexicon::Heading broken = lexicon.heading(QStringLiteral("Timescal e"));
    EXPECT_TRUE(broken.byPhrase);
    EXPECT_EQ(broken.roles.value(0), QStringLiteral("due"));
    // The last cue word decides: the head noun of an English heading comes last.
    EXPECT_EQ(lexicon.heading(QStringLiteral("Action owner")).roles.value(0), QStringLiteral("owner"));
    EXPECT_EQ(lexicon.heading(QStringLiteral("Key milestones 2024/25")).roles.value(0), QStringLiteral("due"));
    // Ambiguous headings list every role they may take, the cells settle which.
    EXPECT_EQ(lexicon.heading(QStringLiteral("Milestone")).roles,
              (QStringList {QStringLiteral("due"), QStringLiteral("action")}));
    EXPECT_TRUE(lexicon.heading(QStringLiteral("Aim")).roles.contains(QStringLiteral("polarity")));
    // A tolerance is a margin around the target, not a floor.
    EXPECT_EQ(lexicon.heading(QStringLiteral("Tolerance")).roles.value(0), QStringLiteral("tolerance"));
    // A sentence is no heading, whatever words it holds.
    EXPECT_FALSE(lexicon.heading(QStringLiteral("the officer will report the date of the next meeting")).isKnown());
    EXPECT_TRUE(lexicon.heading(QStringLiteral("No")).weak);
    EXPECT_FALSE(lexicon.heading(QStringLiteral("Who leads")).weak);
    EXPECT_TRUE(lexicon.startsPhrase({QStringLiteral("how"), QStringLiteral("we"), QStringLiteral("will")}));
}

// Two whole headings joined by "and" name both roles, the head noun's first; a role joined to who
// is to act stays the role alone.
TEST(Lexicon, TwoHeadingsJoinedByAnd)
{
    const Lexicon& lexicon = Lexicon::instance();
    const Lexicon::Heading both = lexicon.heading(QStringLiteral("Management response and agreed action"));
    EXPECT_TRUE(both.byPhrase);
    EXPECT_EQ(both.roles.value(0), QStringLiteral("action"));
    EXPECT_TRUE(both.roles.contains(QStringLiteral("response")));
    EXPECT_EQ(lexicon.heading(QStringLiteral("Action and lead officer")).roles,
              QStringList {QStringLiteral("action")});
}

TEST(Lexicon, SaysWhenNoPhraseCanBeginWithSomeWords)
{
    const Lexicon& lexicon = Lexicon::instance();
    const auto words = [](const char* text) { return Lexicon::headingWords(QString::fromLatin1(text)); };
    EXPECT_TRUE(lexicon.mayOpenPhrase(words("lorem"))); // one word: the next may finish a broken one
    EXPECT_TRUE(lexicon.mayOpenPhrase(words("progress review")));
    EXPECT_TRUE(lexicon.mayOpenPhrase(words("timescal e"))); // a word broken across lines
    EXPECT_FALSE(lexicon.mayOpenPhrase(words("lorem ipsum")));
    EXPECT_FALSE(lexicon.mayOpenPhrase(words("lorem ipsum progress")));
    EXPECT_EQ(lexicon.headingOfWords(words("timescal e")).roles, lexicon.heading(QStringLiteral("Timescal e")).roles);
}

TEST(Lexicon, CuesAndTheirCheapFirstTest)
{
    const Lexicon& lexicon = Lexicon::instance();
    EXPECT_TRUE(
        lexicon.matches(QStringLiteral("resolution-marker"), QStringLiteral("27) RESOLVED that the report be noted.")));
    EXPECT_FALSE(
        lexicon.matches(QStringLiteral("resolution-marker"), QStringLiteral("The matter was resolved amicably.")));
    EXPECT_TRUE(lexicon.mayMatch(QStringLiteral("resolution-marker"), {QStringLiteral("RESOLVED:")}));
    EXPECT_FALSE(
        lexicon.mayMatch(QStringLiteral("resolution-marker"), {QStringLiteral("The"), QStringLiteral("officer")}));
    EXPECT_TRUE(
        lexicon.matches(QStringLiteral("appendix-heading"), QStringLiteral("Appendix J: Budget Risks Register")));
    EXPECT_TRUE(lexicon.inList(QStringLiteral("rag-words"), QStringLiteral("amber")));
    EXPECT_TRUE(lexicon.anyWordInList(QStringLiteral("post-words"), {QStringLiteral("head"), QStringLiteral("of")}));
}

// The analysis threads match the shared lexicon at once, each pattern compiled by whichever first
// uses it: every match comes out as it does on one thread.
TEST(Lexicon, PatternsFirstUsedOnTwoThreadsAtOnceMatchAsOnOne)
{
    const QByteArray cues = R"({"patterns": {
        "marker": {"regex": ["^\\d+\\)?\\s*RESOLVED\\b"], "case": "sensitive", "contains": ["RESOLVED"]},
        "date-ish": {"regex": ["\\b(\\d{1,2}) (January|February|March) (\\d{4})\\b"]},
        "broken": {"regex": ["(unclosed"]}
    }})";
    const QStringList lines {QStringLiteral("27) RESOLVED that the report be noted."),
                             QStringLiteral("The matter was resolved amicably."),
                             QStringLiteral("Held on 3 March 2025 at County Hall"), QStringLiteral("(unclosed")};
    auto results = [&lines](const Lexicon& lexicon) {
        QStringList out;
        for (const QString& cue : {QStringLiteral("marker"), QStringLiteral("date-ish")}) {
            for (const QString& line : lines)
                out.append(lexicon.firstMatch(cue, line) + QLatin1Char('|') + lexicon.match(cue, line).captured(3));
        }
        return out;
    };
    const QStringList expected = results(Lexicon::fromJson("{}", "{}", cues));
    EXPECT_TRUE(expected.contains(QStringLiteral("27) RESOLVED|")));
    EXPECT_TRUE(expected.contains(QStringLiteral("3 March 2025|2025")));
    for (int round = 0; round < 20; ++round) {
        const Lexicon lexicon = Lexicon::fromJson("{}", "{}", cues);
        QStringList matched;
        QStringList other;
        std::thread second([&lexicon, &other, &results] { other = results(lexicon); });
        matched = results(lexicon);
        second.join();
        EXPECT_EQ(other, expected) << "round " << round;
        EXPECT_EQ(matched, expected) << "round " << round;
        EXPECT_EQ(results(lexicon), expected);
    }
}

// The readers place these cues' wording inside patterns of their own (Lexicon::alternation),
// where a cue missing from the data would quietly match nothing: each must be there and hold
// wording.
TEST(Lexicon, CuesTheReadersPlaceInTheirOwnPatternsHoldWording)
{
    const Lexicon& lexicon = Lexicon::instance();
    for (const char* cue : {"indicator-latest-label",
                            "indicator-target-label",
                            "indicator-floor-label",
                            "indicator-previous-label",
                            "indicator-rating",
                            "front-label-meeting",
                            "front-label-date",
                            "front-label-time",
                            "front-label-venue",
                            "front-label-officer",
                            "front-label-phone",
                            "front-label-email",
                            "front-label-other",
                            "front-structural-heading",
                            "contact-lead",
                            "authority-of",
                            "authority-generic-word",
                            "body-name-not-opening",
                            "body-name-article",
                            "body-name-noun",
                            "body-name-of-suffix",
                            "minutes-heading-body-lead",
                            "minutes-body-noun",
                            "minutes-not-body",
                            "minutes-not-subject-to-call-in",
                            "minutes-meeting-of-body",
                            "minutes-of-body-held",
                            "minutes-of-body-line",
                            "minutes-authority-line",
                            "minutes-held-at-before-date",
                            "minutes-meeting-held-at-sentence",
                            "minutes-meeting-held-at-line",
                            "minutes-venue-weekday-tail",
                            "minutes-venue-time-tail",
                            "minutes-venue-place-word",
                            "time-preposition",
                            "minutes-called-to-order",
                            "attendance-heading",
                            "attendance-label",
                            "minutes-of",
                            "meeting-held",
                            "meeting-ended",
                            "minutes-honorific",
                            "minutes-role-honorific",
                            "minutes-plural-honorific",
                            "minutes-post-nominal",
                            "request-owner-start",
                            "request-owner-lead",
                            "request-dangling-join",
                            "request-passive-ask",
                            "request-active-ask",
                            "request-passive-delivery",
                            "request-future-undertaking",
                            "request-office-that",
                            "lead-owner-requested",
                            "lead-owner-called-on",
                            "office-join-word",
                            "request-not-action",
                            "recommended-to-others",
                            "actions-arising-owner",
                            "agreed-to-undertaking",
                            "role-subject",
                            "motion-outcome-sentence",
                            "motion-put",
                            "motion-outcome-clause",
                            "vote-taken",
                            "amendment",
                            "vote-count-label",
                            "vote-tally-line",
                            "attendance-attended-for",
                            "vote-outcome",
                            "roll-call-side",
                            "declaration-withdrew",
                            "no-declarations",
                            "declared-interest",
                            "declaration-table-member",
                            "declaration-table-minute",
                            "declaration-table-interest",
                            "minute-reference",
                            "minute-reference-above",
                            "minute-reference-of-meeting-of",
                            "minute-reference-of-body-meeting",
                            "minute-reference-of-date",
                            "agenda-pages-open",
                            "agenda-item-stamp-line",
                            "agenda-pages-bracketed",
                            "agenda-page-bracketed",
                            "agenda-pages-trailing",
                            "agenda-pages-cell",
                            "page-or-item-stamp",
                            "announcement-time",
                            "due-in-words",
                            "attended-in-person",
                            "minute-title-pages",
                            "minute-item-line",
                            "minutes-keyword-line",
                            "agenda-item-stamp",
                            "agenda-item-stamp-anywhere",
                            "councillor-title",
                            "personal-title",
                            "name-list-leading-join",
                            "margin-stamp-text",
                            "vote-lead-in-outcome",
                            "blank-page-furniture",
                            "agenda-item-stamp-words",
                            "maker-body-noun",
                            "rag-rating-cell",
                            "percentage-name"}) {
        const QList<QRegularExpression>& patterns = lexicon.patterns(QLatin1String(cue));
        EXPECT_FALSE(patterns.isEmpty()) << cue;
        for (const QRegularExpression& re : patterns)
            EXPECT_FALSE(re.pattern().isEmpty()) << cue;
    }
    // The scorecard block reader's cheap first test looks for the labels' 'contains' words.
    for (const char* cue :
         {"indicator-latest-label", "indicator-target-label", "indicator-floor-label", "indicator-previous-label"})
        EXPECT_FALSE(lexicon.hints(QLatin1String(cue)).isEmpty()) << cue;
}
