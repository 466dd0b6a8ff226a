// The core's own wording about people is data (resources/lexicon/person-wording.json): these tests
// fail when it is missing or empty, and hold the readers that place it in their patterns to it.
#include "PersonWording.h"
#include "TextUtil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using scrutineer::PersonWording;

TEST(PersonWording, IsCompiledInAndHoldsEveryEntry)
{
    const PersonWording& wording = PersonWording::instance();
    for (const char* entry : {"honorific", "rank-title", "post-nominal"}) {
        const QString alternation = wording.alternation(QLatin1String(entry));
        EXPECT_FALSE(alternation.isEmpty()) << entry;
        EXPECT_NE(alternation, QStringLiteral("(?!)")) << entry;
        EXPECT_TRUE(QRegularExpression(alternation).isValid()) << entry;
    }
    EXPECT_TRUE(wording.inList(QStringLiteral("honorific-words"), QStringLiteral("cllr")));
    EXPECT_TRUE(wording.inList(QStringLiteral("post-words"), QStringLiteral("director")));
    EXPECT_FALSE(wording.inList(QStringLiteral("post-words"), QStringLiteral("murphy")));
}

TEST(PersonWording, EveryEntrySaysWhereItsWordingComesFrom)
{
    QFile file(QStringLiteral(":/scrutineer/people/person-wording.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const char* group : {"patterns", "lists"}) {
        const QJsonObject entries = root.value(QLatin1String(group)).toObject();
        EXPECT_FALSE(entries.isEmpty()) << group;
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
            EXPECT_FALSE(it.value().toObject().value(QStringLiteral("note")).toString().isEmpty())
                << it.key().toStdString();
    }
}

TEST(PersonWording, UnknownWordingMatchesNothing)
{
    const PersonWording empty = PersonWording::fromJson("{}");
    EXPECT_EQ(empty.alternation(QStringLiteral("honorific")), QStringLiteral("(?!)"));
    EXPECT_FALSE(empty.inList(QStringLiteral("post-words"), QStringLiteral("director")));
}

TEST(PersonWording, NamesAreStrippedOfItsTitlesRanksAndLetters)
{
    using scrutineer::text::stripHonorifics;
    EXPECT_EQ(stripHonorifics(QStringLiteral("Cllr. Paula Murphy (Chair)")).toStdString(), "Paula Murphy");
    EXPECT_EQ(stripHonorifics(QStringLiteral("The Right Hon Jane Doe MP")).toStdString(), "Jane Doe");
    EXPECT_EQ(stripHonorifics(QStringLiteral("Ch Insp A Lee")).toStdString(), "A Lee");
    EXPECT_EQ(stripHonorifics(QStringLiteral("Sir John Smith, OBE")).toStdString(), "John Smith");
}
