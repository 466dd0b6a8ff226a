// Every input a fuzzer has crashed on (tests/fuzz/regressions/<harness>/) is replayed through
// the same harness body. A crash, a hang caught by the CTest timeout, or (in the sanitizer
// build) an ASan/UBSan report fails the test.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <functional>

using namespace scrutineer;

namespace {

using Target = std::function<int(const std::uint8_t*, std::size_t)>;

QStringList inputsOf(const QString& harness)
{
    const QDir dir(QStringLiteral(SCRUTINEER_FUZZ_REGRESSIONS) + QLatin1Char('/') + harness);
    QStringList paths;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

void replay(const QString& harness, const Target& target)
{
    const QStringList inputs = inputsOf(harness);
    for (const QString& path : inputs) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        SCOPED_TRACE(path.toStdString());
        EXPECT_EQ(target(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())), 0);
    }
    // Empty and one-byte inputs are the first thing a fuzzer tries.
    const std::uint8_t nothing[1] = {0};
    EXPECT_EQ(target(nothing, 0), 0);
    EXPECT_EQ(target(nothing, 1), 0);
}

} // namespace

TEST(FuzzRegressions, Pdf)
{
    replay(QStringLiteral("pdf"), fuzz::runPdf);
}
TEST(FuzzRegressions, Layout)
{
    replay(QStringLiteral("layout"), fuzz::runLayout);
}
TEST(FuzzRegressions, Bands)
{
    replay(QStringLiteral("bands"), fuzz::runBands);
}
TEST(FuzzRegressions, Dates)
{
    replay(QStringLiteral("dates"), fuzz::runDates);
}
TEST(FuzzRegressions, Names)
{
    replay(QStringLiteral("names"), fuzz::runNames);
}
