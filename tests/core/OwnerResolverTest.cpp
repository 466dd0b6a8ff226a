#include "OwnerResolver.h"

#include <gtest/gtest.h>

using namespace scrutineer;

namespace {

const QString kBody = QStringLiteral("Overview and Scrutiny Committee");

QStringList names(const QList<OwnerIdentity>& owners)
{
    QStringList result;
    for (const OwnerIdentity& o : owners)
        result.append(o.name);
    return result;
}

OwnerResolver learnt(const QStringList& cells)
{
    OwnerResolver resolver;
    for (const QString& cell : cells)
        resolver.learn(kBody, cell);
    return resolver;
}

} // namespace

// The three shapes the issue names: "Name, Post", "Name Post" and "Post, Name" resolve to one
// person each, so the per-owner counts are not split by spelling.
TEST(OwnerResolver, OnePersonWhateverTheSpelling)
{
    const QStringList cells {
        QStringLiteral("Vicky Buchanan, Head of Service"), QStringLiteral("Vicky Buchanan Head of Service"),
        QStringLiteral("Vicky Buchanan, Head of CSC"), QStringLiteral("Helen Splaine, CSC QA Manager"),
        QStringLiteral("CSC QA Manager, Helen Splaine")};
    const OwnerResolver resolver = learnt(cells);
    QSet<QString> keys;
    for (const QString& cell : cells.mid(0, 3)) {
        const auto owners = resolver.resolve(kBody, cell);
        ASSERT_EQ(owners.size(), 1) << cell.toStdString();
        EXPECT_EQ(owners.first().name, QStringLiteral("Vicky Buchanan"));
        keys.insert(owners.first().key);
    }
    EXPECT_EQ(keys.size(), 1);
    EXPECT_EQ(resolver.resolve(kBody, cells.at(3)).first().key, resolver.resolve(kBody, cells.at(4)).first().key);
}

TEST(OwnerResolver, SeveralLeadsAreSeveralOwners)
{
    const OwnerResolver resolver = learnt({QStringLiteral("Peter Yates, Service Manager & Nicky Horn, IRO Manager")});
    EXPECT_EQ(names(resolver.resolve(kBody, QStringLiteral("Peter Yates, Service Manager & Nicky Horn, IRO Manager"))),
              (QStringList {QStringLiteral("Peter Yates"), QStringLiteral("Nicky Horn")}));
}

TEST(OwnerResolver, APostHeldByOnePersonOfTheBodyIsThatPerson)
{
    OwnerResolver resolver
        = learnt({QStringLiteral("Helen Splaine, CSC QA Manager"), QStringLiteral("Trish Galloway, Service Manager"),
                  QStringLiteral("Joy Hughes, Service Manager")});
    const auto qa = resolver.resolve(kBody, QStringLiteral("CSC QA Manager,"));
    ASSERT_EQ(qa.size(), 1);
    EXPECT_EQ(qa.first().name, QStringLiteral("Helen Splaine"));
    EXPECT_EQ(qa.first().source, OwnerIdentity::Source::Body);
    // Two service managers: the post stays a post rather than a guess.
    EXPECT_EQ(names(resolver.resolve(kBody, QStringLiteral("Service Manager"))),
              QStringList {QStringLiteral("Service Manager")});
    // Another body's post holders say nothing here.
    EXPECT_EQ(names(resolver.resolve(QStringLiteral("Cabinet"), QStringLiteral("CSC QA Manager"))),
              QStringList {QStringLiteral("CSC QA Manager")});
    // People matched from attendance count as well.
    resolver.addPerson(kBody, QStringLiteral("J Cook"), QStringLiteral("Democratic Services Manager"));
    resolver.addPerson(kBody, QStringLiteral("Jane Cook"), {});
    EXPECT_EQ(names(resolver.resolve(kBody, QStringLiteral("the Democratic Services Manager"))),
              QStringList {QStringLiteral("Jane Cook")});
}

TEST(OwnerResolver, AnOfficersAliasWinsAndIsDated)
{
    OwnerResolver resolver;
    OwnerAlias alias;
    alias.body = kBody;
    alias.alias = QStringLiteral("The solicitor to the council");
    alias.person = QStringLiteral("Claire Ward");
    alias.from = QDate(2021, 1, 1);
    resolver.setAliases({alias});
    const auto owners = resolver.resolve(kBody, QStringLiteral("the Solicitor to the Council"), QDate(2021, 9, 7));
    ASSERT_EQ(owners.size(), 1);
    EXPECT_EQ(owners.first().name, QStringLiteral("Claire Ward"));
    EXPECT_EQ(owners.first().source, OwnerIdentity::Source::Alias);
    EXPECT_EQ(owners.first().key, resolver.resolve(kBody, QStringLiteral("Claire Ward")).first().key);
    // Before the alias applies, the post is only a post.
    EXPECT_EQ(names(resolver.resolve(kBody, QStringLiteral("the Solicitor to the Council"), QDate(2020, 6, 1))),
              QStringList {QStringLiteral("Solicitor to the Council")});
}

TEST(OwnerResolver, PostsDifferingOnlyInCaseAndArticleAreOne)
{
    const OwnerResolver resolver;
    EXPECT_EQ(resolver.resolve(kBody, QStringLiteral("The clerk to the committee")).first().key,
              resolver.resolve(kBody, QStringLiteral("Clerk to the committee")).first().key);
    EXPECT_TRUE(resolver.resolve(kBody, QStringLiteral("  ")).isEmpty());
}
