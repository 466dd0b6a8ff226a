#include <gtest/gtest.h>

#include <QRegularExpression>

#include <atomic>
#include <thread>
#include <vector>

#include "LazyJit.h"

using scrutineer::cli::kMatchesBeforeJit;
using scrutineer::cli::lazyJitCounts;

namespace {

bool jitSwitchedOff()
{
    return qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT")
        && qEnvironmentVariableIntValue("QT_ENABLE_REGEXP_JIT") == 0;
}

} // namespace

TEST(LazyJitTest, APatternIsJitCompiledOnlyOnceUsedOften)
{
    if (jitSwitchedOff())
        GTEST_SKIP() << "QT_ENABLE_REGEXP_JIT=0: Qt compiles no JIT code in this run";
    const auto before = lazyJitCounts();
    const QRegularExpression re(QStringLiteral("^Item (\\d+)\\. (.+)$"));
    const QString line = QStringLiteral("Item 12. Minutes of the last meeting");
    for (int i = 0; i < kMatchesBeforeJit + 3; ++i) {
        const QRegularExpressionMatch m = re.match(line);
        ASSERT_TRUE(m.hasMatch()) << i;
        EXPECT_EQ(m.captured(1).toStdString(), "12") << i;
        EXPECT_EQ(m.captured(2).toStdString(), "Minutes of the last meeting") << i;
        EXPECT_FALSE(re.match(QStringLiteral("Item twelve")).hasMatch()) << i;
        if (i == 0) {
            EXPECT_EQ(lazyJitCounts().patterns, before.patterns + 1);
            EXPECT_EQ(lazyJitCounts().compiled, before.compiled); // not yet: used once
        }
    }
    EXPECT_EQ(lazyJitCounts().compiled, before.compiled + 1);
}

TEST(LazyJitTest, PartialMatchesAreStillFound)
{
    const QRegularExpression re(QStringLiteral("RESOLVED\\s*:\\s*\\w+"));
    const QString text = QStringLiteral("The minutes were RESOLV");
    for (int i = 0; i < kMatchesBeforeJit + 2; ++i) {
        EXPECT_TRUE(re.match(text, 0, QRegularExpression::PartialPreferCompleteMatch).hasPartialMatch());
        EXPECT_TRUE(re.match(text, 0, QRegularExpression::PartialPreferFirstMatch).hasPartialMatch());
        EXPECT_FALSE(re.match(text).hasMatch());
        const QRegularExpressionMatch whole
            = re.match(QStringLiteral("RESOLVED: That"), 0, QRegularExpression::PartialPreferCompleteMatch);
        EXPECT_TRUE(whole.hasMatch());
        EXPECT_FALSE(whole.hasPartialMatch());
    }
}

TEST(LazyJitTest, EveryMatchOfAPatternAgreesBeforeAndAfterItsJitCode)
{
    // The same pattern matched many times (the interpreter first, then JIT code) gives what a
    // global match iteration finds, case folding and Unicode word boundaries included.
    const QRegularExpression re(QStringLiteral("\\b(councill?or|cllr)\\s+(\\p{Lu}\\w+)"),
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::UseUnicodePropertiesOption);
    const QString text = QStringLiteral("Present: Councillor Ávila, Cllr Brown and councilor Çelik.");
    for (int round = 0; round < kMatchesBeforeJit; ++round) {
        QStringList names;
        for (QRegularExpressionMatchIterator it = re.globalMatch(text); it.hasNext();)
            names << it.next().captured(2);
        EXPECT_EQ(names.join(u',').toStdString(), "Ávila,Brown,Çelik") << round;
    }
}

TEST(LazyJitTest, SubjectsWithSurrogatesAreStillCheckedByPcre)
{
    const QRegularExpression re(QStringLiteral("(\\w+) (\\S+) (\\w+)$"));
    // A pair (an emoji) is valid UTF-16 and matches as one character.
    const QString pair = QStringLiteral("Agreed \U0001F600 unanimously");
    // A lone surrogate is not valid: PCRE2's check refuses the subject, as it did before.
    QString lone = QStringLiteral("Agreed x unanimously");
    lone[7] = QChar(0xD800);
    for (int i = 0; i < kMatchesBeforeJit + 2; ++i) {
        const QRegularExpressionMatch m = re.match(pair);
        ASSERT_TRUE(m.hasMatch()) << i;
        EXPECT_EQ(m.captured(2), QStringLiteral("\U0001F600")) << i;
        const int unchecked = lazyJitCounts().matchesUnchecked;
        EXPECT_FALSE(re.match(lone).hasMatch()) << i;
        EXPECT_EQ(lazyJitCounts().matchesUnchecked, unchecked) << i;
        EXPECT_TRUE(re.match(QStringLiteral("Agreed without dissent")).hasMatch()) << i;
    }
}

TEST(LazyJitTest, PatternsFreedAndMadeAgainMatchTheirOwnText)
{
    // Many patterns made, used past their JIT threshold and freed (their slots claimed again):
    // each matches its own text only.
    for (int i = 0; i < 3000; ++i) {
        const QRegularExpression re(QStringLiteral("^Minute %1\\b").arg(i));
        const int uses = i % 7 == 0 ? kMatchesBeforeJit + 1 : 2;
        for (int u = 0; u < uses; ++u) {
            ASSERT_TRUE(re.match(QStringLiteral("Minute %1 Apologies").arg(i)).hasMatch()) << i;
            ASSERT_FALSE(re.match(QStringLiteral("Minute %1 Apologies").arg(i + 1)).hasMatch()) << i;
        }
    }
}

TEST(LazyJitTest, ThreadsSharingAPatternAllMatchRightWhileItsJitCodeIsMade)
{
    const QRegularExpression re(QStringLiteral("RESOLVED that (.+?)\\.$"), QRegularExpression::CaseInsensitiveOption);
    std::atomic<int> wrong {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&re, &wrong, t] {
            for (int i = 0; i < 50 * kMatchesBeforeJit; ++i) {
                const QString what = QStringLiteral("item %1 of thread %2 be noted").arg(i).arg(t);
                const QRegularExpressionMatch m = re.match(QStringLiteral("Resolved that ") + what + u'.');
                if (!m.hasMatch() || m.captured(1) != what || re.match(what).hasMatch())
                    wrong.fetch_add(1);
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(wrong.load(), 0);
}
