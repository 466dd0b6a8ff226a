// Wording the parsers read from the lexicon rather than from their code: the cues they name are
// there, a parser given other wording reads that wording, and one given none reads nothing
// rather than something else. Names are illustrative.
#include "agenda/MemberRoles.h"
#include "agenda/UnlabelledDetails.h"
#include "lexicon/Lexicon.h"
#include "minutes/SubstitutionParser.h"
#include "tables/ColumnRoles.h"
#include "tables/ScorecardParser.h"

#include <gtest/gtest.h>

using namespace scrutineer;
using namespace scrutineer::parse;

namespace {

// "Member<-Substitute" for every member the parser recorded a substitute for.
QStringList substitutionPairs(const QList<Attendance>& out)
{
    QStringList pairs;
    for (const Attendance& a : out) {
        if (!a.substitute.isEmpty())
            pairs.append(a.name + QStringLiteral("<-") + a.substitute);
    }
    return pairs;
}

// Front-sheet lines one under the other on one page, close enough to be one block.
FrontMatter unlabelledFront(const QStringList& texts)
{
    FrontMatter front;
    qreal top = 100;
    for (const QString& text : texts) {
        FrontLine line;
        line.text = text;
        line.page = 1;
        line.line.box = QRectF(72, top, 300, 10);
        line.line.pageNumber = 1;
        front.lines.append(line);
        top += 15;
    }
    return front;
}

} // namespace

TEST(LexiconWording, CuesTheParsersNameAreInTheLexicon)
{
    // Cues the parsers name in code; without one a parser would silently read nothing of its kind.
    const QStringList cues
        = QStringLiteral(
              "substitution-sentence substitution-lead-in substitute-role substituted-by-role member-list-honorific "
              "surname-particle weekday-name meeting-type-line venue-word venue-connector agenda-for-body "
              "tolerance-margin percentage-measure-name apologies-with-substitute apologies-substitute-attending "
              "letter-closing report-of-line report-author-label contact-label-word contact-label-pair "
              "blank-page-notice blank-page-words apologies-from no-apologies actions-arising-heading "
              "councillors-column-subheader plain-member-label phone-prefix plan-section-banner past-perfect-verb "
              "future-words same-body-reference agenda-part-label exempt-section-heading open-section-heading "
              "minutes-front-sheet-label present-label-opening carried-sentence forward-reference resolution-condition "
              "motion-moved")
              .split(QLatin1Char(' '));
    for (const QString& cue : cues)
        EXPECT_FALSE(Lexicon::instance().patterns(cue).isEmpty()) << cue.toStdString();
}

TEST(LexiconWording, PatternsOfACueInTheirOrderWithTheCheapFirstTest)
{
    const Lexicon lexicon = Lexicon::fromJson("{}", "{}", R"({"patterns": {
        "two": {"regex": ["^first (\\w+)$", "^second (\\w+)$"], "contains": ["first", "second"]},
        "open": {"regex": ["x"]}
    }})");
    const QList<QRegularExpression>& two = lexicon.patterns(QStringLiteral("two"));
    ASSERT_EQ(two.size(), 2);
    EXPECT_EQ(two.at(0).pattern(), QStringLiteral("^first (\\w+)$"));
    EXPECT_EQ(two.at(1).pattern(), QStringLiteral("^second (\\w+)$"));
    EXPECT_TRUE(two.at(1).patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption));
    EXPECT_TRUE(lexicon.patterns(QStringLiteral("missing")).isEmpty());
    EXPECT_TRUE(lexicon.mayHold(QStringLiteral("two"), QStringLiteral("the SECOND one")));
    EXPECT_FALSE(lexicon.mayHold(QStringLiteral("two"), QStringLiteral("the third one")));
    EXPECT_TRUE(lexicon.mayHold(QStringLiteral("open"), QStringLiteral("anything")));
    EXPECT_EQ(lexicon.match(QStringLiteral("two"), QStringLiteral("second one")).captured(1), QStringLiteral("one"));
}

// Every way the lexicon prints a substitution, each read with its own order of substitute and member.
TEST(LexiconWording, SubstitutionShapesFromTheLexicon)
{
    QList<Attendance> out;
    for (const char* sentence : {
             "Councillor A Shah substituted for Councillor B Long.",
             "Councillor C Dove attended as a substitute for Councillor D Eng.",
             "Councillor E Faro was the substitute member for Councillor F Gray.",
             "Councillor H Kaur sat in place of Councillor I Moss.",
             "Councillor J Nash was replaced by Councillor K Opie.",
             "Councillor L Pike confirmed she was sitting as a substitute for Councillor M Quinn.",
             "It was noted that Councillor N Reid was substituting for Councillor O Shaw.",
         })
        EXPECT_TRUE(SubstitutionParser::parse(QString::fromLatin1(sentence), 2, out)) << sentence;
    EXPECT_EQ(substitutionPairs(out),
              QStringList({QStringLiteral("B Long<-A Shah"), QStringLiteral("D Eng<-C Dove"),
                           QStringLiteral("F Gray<-E Faro"), QStringLiteral("I Moss<-H Kaur"),
                           QStringLiteral("J Nash<-K Opie"), QStringLiteral("M Quinn<-L Pike"),
                           QStringLiteral("O Shaw<-N Reid")}));
}

// Wording the lexicon holds is what the parser reads: other wording, with the captures named in
// either order, is read as a substitution; without the cue nothing is.
TEST(LexiconWording, SubstitutionWordingIsTheLexiconsData)
{
    const Lexicon other = Lexicon::fromJson("{}", "{}", R"({"patterns": {
        "substitution-sentence": {"regex": [
            "^(?<substitute>.+?)\\s+stood\\s+in\\s+for\\s+(?<member>.+?)\\.?$",
            "^(?<member>.+?)\\s+was\\s+covered\\s+by\\s+(?<substitute>.+?)\\.?$"
        ], "contains": ["stood", "covered"]}
    }})");
    const QString stoodIn = QStringLiteral("Councillor A Shah stood in for Councillor B Long.");
    const QString covered = QStringLiteral("Councillor C Dove was covered by Councillor D Eng.");
    QList<Attendance> out;
    EXPECT_FALSE(SubstitutionParser::parse(stoodIn, 1, out));
    EXPECT_TRUE(out.isEmpty());
    EXPECT_TRUE(SubstitutionParser::parse(stoodIn, 1, out, other));
    EXPECT_TRUE(SubstitutionParser::parse(covered, 1, out, other));
    EXPECT_FALSE(SubstitutionParser::parse(QStringLiteral("Councillor E Faro substituted for Councillor F Gray."), 1,
                                           out, other));
    EXPECT_EQ(substitutionPairs(out), QStringList({QStringLiteral("B Long<-A Shah"), QStringLiteral("C Dove<-D Eng")}));

    const Lexicon none = Lexicon::fromJson("{}", "{}", R"({"patterns": {}})");
    QList<Attendance> nothing;
    EXPECT_FALSE(SubstitutionParser::parse(QStringLiteral("Councillor A Shah substituted for Councillor B Long."), 1,
                                           nothing, none));
    EXPECT_TRUE(nothing.isEmpty());
}

TEST(LexiconWording, SubstitutesInAnAttendanceList)
{
    QList<Attendance> out;
    Attendance present;
    present.name = QStringLiteral("K Mehta");
    present.roleText = QStringLiteral("substitute for Councillor J Abbott");
    out.append(present);
    Attendance covering;
    covering.name = QStringLiteral("P Grant");
    covering.roleText = QStringLiteral("in place of Councillor L Hart");
    out.append(covering);
    Attendance apologies;
    apologies.name = QStringLiteral("R Borg");
    apologies.status = AttendanceStatus::Apologies;
    apologies.roleText = QStringLiteral("substituted by Councillor S Wain");
    out.append(apologies);
    SubstitutionParser::linkListed(out);
    EXPECT_EQ(substitutionPairs(out),
              QStringList({QStringLiteral("R Borg<-S Wain"), QStringLiteral("J Abbott<-K Mehta"),
                           QStringLiteral("L Hart<-P Grant")}));
}

// The titles and surname particles of a membership list's names (member-list-honorific,
// surname-particle): a titled name may be one word, an untitled one not; a lower-case word of a
// name must be a particle.
TEST(LexiconWording, MemberNamesWithTitlesAndParticles)
{
    EXPECT_EQ(MemberRoles::personName(QStringLiteral("Revd Hughes")), QStringLiteral("Hughes"));
    EXPECT_TRUE(MemberRoles::personName(QStringLiteral("Hughes")).isEmpty());
    EXPECT_EQ(MemberRoles::personName(QStringLiteral("Rosa de la Cruz")), QStringLiteral("Rosa de la Cruz"));
    EXPECT_EQ(MemberRoles::personName(QStringLiteral("Rhys ap Gwyn")), QStringLiteral("Rhys ap Gwyn"));
    EXPECT_TRUE(MemberRoles::personName(QStringLiteral("Rosa of Cruz")).isEmpty());
}

// An agenda's heading block without labels: the body after 'Agenda for the meeting of', a date
// line with its weekday, the kind of meeting passed over, a venue joined across a connector.
TEST(LexiconWording, UnlabelledFrontSheetWording)
{
    const UnlabelledDetails block = UnlabelledDetails::read(unlabelledFront(
        {QStringLiteral("Agenda for the meeting of the Licensing Committee"),
         QStringLiteral("Thursday, 13th March, 2025, at 3.00 pm"), QStringLiteral("Extraordinary Meeting"),
         QStringLiteral("Council Chamber, Civic Centre"), QStringLiteral("and via Microsoft Teams")}));
    EXPECT_EQ(block.bodies.value(0), QStringLiteral("Licensing Committee"));
    EXPECT_EQ(block.date, QDate(2025, 3, 13));
    EXPECT_EQ(block.time, QTime(15, 0));
    EXPECT_EQ(block.venue, QStringLiteral("Council Chamber, Civic Centre and via Microsoft Teams"));
    // A title before the date, as ModernGov prints it: the weekday between them is no part of the body.
    const UnlabelledDetails title = UnlabelledDetails::read(
        unlabelledFront({QStringLiteral("Planning Committee - Thursday, 11th April, 2024 7.00 pm")}));
    EXPECT_EQ(title.bodies.value(0), QStringLiteral("Planning Committee"));
    EXPECT_EQ(title.date, QDate(2024, 4, 11));
    // No venue word, no venue.
    EXPECT_TRUE(UnlabelledDetails::read(unlabelledFront({QStringLiteral("Thursday, 13th March, 2025"),
                                                         QStringLiteral("Members of the public are welcome")}))
                    .venue.isEmpty());
}

// A scorecard's tolerance cell worded as a margin around the target is no floor; a measure named
// as a percentage is one though its cells print no '%' (tolerance-margin, percentage-measure-name).
TEST(LexiconWording, ScorecardMarginsAndPercentageNames)
{
    RoleTableResult table;
    for (const QString& key : {role::Measure, role::Target, role::Tolerance, role::Actual})
        table.header.columns.append(TableColumn(key, 0, 0));
    table.confidence = 1.0;
    auto row = [&table](const QString& name, const QString& tolerance) {
        RoleRow r;
        r.row.cells.insert(role::Measure, {name});
        r.row.cells.insert(role::Target, {QStringLiteral("90")});
        r.row.cells.insert(role::Tolerance, {tolerance});
        r.row.cells.insert(role::Actual, {QStringLiteral("88")});
        table.rows.append(r);
    };
    row(QStringLiteral("Percentage of calls answered"), QStringLiteral("within 80"));
    row(QStringLiteral("Calls answered in a minute"), QStringLiteral("80 of target"));
    row(QStringLiteral("Calls answered"), QStringLiteral("80"));
    QList<Indicator> indicators;
    QList<Reading> readings;
    ScorecardParser::read(table, indicators, readings);
    ASSERT_EQ(indicators.size(), 3);
    EXPECT_FALSE(indicators.at(0).floor.has_value());
    EXPECT_FALSE(indicators.at(1).floor.has_value());
    EXPECT_EQ(indicators.at(2).floor.value_or(-1), 80.0);
    EXPECT_EQ(indicators.at(0).unit, QStringLiteral("%"));
    EXPECT_TRUE(indicators.at(1).unit.isEmpty());
}

// Wording placed inside a parser's own pattern: a cue the lexicon lacks matches nothing there
// (an empty alternation would match every line at that point).
TEST(LexiconWording, AnUnknownCuesAlternationMatchesNothing)
{
    const Lexicon none = Lexicon::fromJson("{}", "{}", R"({"patterns": {}})");
    const QRegularExpression dated(
        QStringLiteral("^(?:%1)\\s*\\d{1,2} March$").arg(none.alternation(QStringLiteral("weekday-name"))));
    ASSERT_TRUE(dated.isValid());
    EXPECT_FALSE(dated.match(QStringLiteral(" 4 March")).hasMatch());
    EXPECT_FALSE(dated.match(QStringLiteral("4 March")).hasMatch());
    const QRegularExpression shipped(QStringLiteral("^(?:%1)\\s*\\d{1,2} March$")
                                         .arg(Lexicon::instance().alternation(QStringLiteral("weekday-name"))));
    EXPECT_TRUE(shipped.match(QStringLiteral("Tuesday 4 March")).hasMatch());
}
