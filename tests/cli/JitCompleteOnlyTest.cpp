#include <gtest/gtest.h>

#include <QRegularExpression>

#include "JitCompleteOnly.h"

using scrutineer::cli::jitCompilesNarrowed;

namespace {

bool jitSwitchedOff()
{
    return qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT")
        && qEnvironmentVariableIntValue("QT_ENABLE_REGEXP_JIT") == 0;
}

} // namespace

TEST(JitCompleteOnlyTest, QtCompilesThroughTheNarrowedEntryPoint)
{
    if (jitSwitchedOff())
        GTEST_SKIP() << "QT_ENABLE_REGEXP_JIT=0: Qt compiles no JIT code in this run";
    const int before = jitCompilesNarrowed();
    const QRegularExpression re(QStringLiteral("^Item (\\d+)\\. (.+)$"));
    const QRegularExpressionMatch m = re.match(QStringLiteral("Item 12. Minutes of the last meeting"));
    ASSERT_TRUE(m.hasMatch());
    EXPECT_EQ(m.captured(1).toStdString(), "12");
    EXPECT_EQ(m.captured(2).toStdString(), "Minutes of the last meeting");
    EXPECT_EQ(jitCompilesNarrowed(), before + 1);
}

TEST(JitCompleteOnlyTest, PartialMatchesAreStillFound)
{
    const QRegularExpression re(QStringLiteral("RESOLVED\\s*:\\s*\\w+"));
    const QString text = QStringLiteral("The minutes were RESOLV");
    EXPECT_TRUE(re.match(text, 0, QRegularExpression::PartialPreferCompleteMatch).hasPartialMatch());
    EXPECT_TRUE(re.match(text, 0, QRegularExpression::PartialPreferFirstMatch).hasPartialMatch());
    EXPECT_FALSE(re.match(text).hasMatch());
    const QRegularExpressionMatch whole
        = re.match(QStringLiteral("RESOLVED: That"), 0, QRegularExpression::PartialPreferCompleteMatch);
    EXPECT_TRUE(whole.hasMatch());
    EXPECT_FALSE(whole.hasPartialMatch());
}

TEST(JitCompleteOnlyTest, EveryMatchOfAPatternAgreesWithTheInterpreter)
{
    // The same pattern matched many times (JIT code, once compiled) gives what a global match
    // iteration finds, case folding and Unicode word boundaries included.
    const QRegularExpression re(QStringLiteral("\\b(councill?or|cllr)\\s+(\\p{Lu}\\w+)"),
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::UseUnicodePropertiesOption);
    const QString text = QStringLiteral("Present: Councillor Ávila, Cllr Brown and councilor Çelik.");
    QStringList names;
    for (QRegularExpressionMatchIterator it = re.globalMatch(text); it.hasNext();)
        names << it.next().captured(2);
    EXPECT_EQ(names.join(u',').toStdString(), "Ávila,Brown,Çelik");
}
