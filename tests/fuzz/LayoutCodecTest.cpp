#include "LayoutCodec.h"

#include <gtest/gtest.h>

using namespace scrutineer;

namespace {

layout::LayoutDocument sample()
{
    layout::LayoutDocument document;
    document.title = QStringLiteral("Children\u2019s Services Committee");
    document.subject = QStringLiteral("25 September 2018");
    document.outline = {QStringLiteral("Agenda"), QStringLiteral("Minutes")};
    layout::LayoutPage page;
    page.number = 1;
    page.size = QSizeF(596, 844);
    page.label = QStringLiteral("i");
    page.words = {{QStringLiteral("Minutes"), QRectF(72, 100.5, 40, 11), true, false},
                  {QStringLiteral("£3.1m"), QRectF(120.25, 100.5, 30, 11), false, false},
                  {QStringLiteral("Agenda"), QRectF(20, 700, 11, 40), true, true}};
    document.pages = {page};
    page.number = 2;
    page.size = QSizeF(844, 596);
    page.rotation = 90;
    page.label.reset();
    page.words = {{QStringLiteral("Page"), QRectF(400, 560, 22, 9), true, false}};
    document.pages.append(page);
    return document;
}

layout::LayoutDocument roundTrip(const QByteArray& bytes, bool explicitLines)
{
    return fuzz::decodeLayout(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()),
                              explicitLines);
}

} // namespace

TEST(LayoutCodec, WordsPagesAndMetadataSurviveARoundTripAtTheFormatsPrecision)
{
    const layout::LayoutDocument decoded = roundTrip(fuzz::encodeLayout(sample(), 0, 2), false);
    EXPECT_EQ(decoded.title, sample().title);
    EXPECT_EQ(decoded.subject, sample().subject);
    EXPECT_EQ(decoded.outline, sample().outline);
    ASSERT_EQ(decoded.pages.size(), 2);
    const layout::LayoutPage& first = decoded.pages.at(0);
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(first.size, QSizeF(596, 844));
    EXPECT_EQ(first.label, QStringLiteral("i"));
    ASSERT_EQ(first.words.size(), 3);
    EXPECT_EQ(first.words.at(1).text, QStringLiteral("£3.1m"));
    EXPECT_EQ(first.words.at(1).box, QRectF(120.25, 100.5, 30, 11));
    EXPECT_FALSE(first.words.at(1).spaceAfter);
    EXPECT_TRUE(first.words.at(2).vertical);
    EXPECT_TRUE(first.lines.isEmpty());
    EXPECT_EQ(decoded.pages.at(1).rotation, 90);
    EXPECT_EQ(decoded.pages.at(1).size, QSizeF(844, 596));
}

TEST(LayoutCodec, LineEndsMakeLinesOnlyWhenAsked)
{
    layout::LayoutDocument document = sample();
    layout::LayoutLine line;
    line.words = document.pages.at(0).words.mid(0, 2);
    document.pages[0].lines = {line, line};
    const QByteArray bytes = fuzz::encodeLayout(document, 0, 1);
    const layout::LayoutDocument withLines = roundTrip(bytes, true);
    ASSERT_EQ(withLines.pages.size(), 1);
    ASSERT_EQ(withLines.pages.at(0).lines.size(), 2);
    EXPECT_EQ(withLines.pages.at(0).lines.at(1).text(), QStringLiteral("Minutes £3.1m"));
    EXPECT_EQ(withLines.pages.at(0).lines.at(1).pageNumber, 1);
    EXPECT_TRUE(roundTrip(bytes, false).pages.at(0).lines.isEmpty());
}

TEST(LayoutCodec, AnyBytesDecodeWithinTheLimits)
{
    QByteArray noise;
    for (int i = 0; i < 20000; ++i)
        noise.append(char((i * 7919) % 251));
    fuzz::DecodeLimits limits;
    limits.maxPages = 3;
    limits.maxWordsPerPage = 10;
    const layout::LayoutDocument document = fuzz::decodeLayout(reinterpret_cast<const std::uint8_t*>(noise.constData()),
                                                               std::size_t(noise.size()), true, limits);
    EXPECT_LE(document.pages.size(), 3);
    for (const layout::LayoutPage& page : document.pages) {
        EXPECT_LE(page.words.size(), 10);
        for (const layout::LayoutWord& word : page.words)
            EXPECT_FALSE(word.text.trimmed().isEmpty());
    }
    EXPECT_TRUE(roundTrip(QByteArray(), false).pages.isEmpty());
}
