#include "OwnerText.h"

#include <gtest/gtest.h>

using namespace scrutineer;

namespace {

QString show(const QList<OwnerLead>& leads)
{
    QStringList parts;
    for (const OwnerLead& l : leads)
        parts.append(QStringLiteral("[%1|%2]").arg(l.person, l.post));
    return parts.join(QLatin1Char(' '));
}

QString parsed(const char* text, const QStringList& known = {})
{
    return show(owner::parse(QString::fromUtf8(text), known));
}

} // namespace

TEST(OwnerText, NameThenPost)
{
    EXPECT_EQ(parsed("Vicky Buchanan, Head of Service"), QStringLiteral("[Vicky Buchanan|Head of Service]"));
    EXPECT_EQ(parsed("Joy Hughes, Service Manager (Principal Social Worker)"),
              QStringLiteral("[Joy Hughes|Service Manager (Principal Social Worker)]"));
}

TEST(OwnerText, PostThenName)
{
    EXPECT_EQ(parsed("CSC QA Manager, Helen Splaine"), QStringLiteral("[Helen Splaine|CSC QA Manager]"));
}

TEST(OwnerText, NameAndPostWithoutACommaNeedTheNameKnown)
{
    EXPECT_EQ(parsed("Vicky Buchanan Head of Service", {QStringLiteral("Vicky Buchanan")}),
              QStringLiteral("[Vicky Buchanan|Head of Service]"));
    EXPECT_EQ(parsed("Kara Haskayne Service Manager & Nicky Horn IRO Manager",
                     {QStringLiteral("Kara Haskayne"), QStringLiteral("Nicky Horn")}),
              QStringLiteral("[Kara Haskayne|Service Manager] [Nicky Horn|IRO Manager]"));
}

TEST(OwnerText, SeveralLeadsInOneCell)
{
    EXPECT_EQ(parsed("Peter Yates, Service Manager & Nicky Horn, IRO Manager"),
              QStringLiteral("[Peter Yates|Service Manager] [Nicky Horn|IRO Manager]"));
    EXPECT_EQ(parsed("Nicky Horn, IRO Manager and Peter Yates, Service Manager"),
              QStringLiteral("[Nicky Horn|IRO Manager] [Peter Yates|Service Manager]"));
    EXPECT_EQ(parsed("Trish Galloway, Service Manager Joy Hughes, Service Manager"),
              QStringLiteral("[Trish Galloway|Service Manager] [Joy Hughes|Service Manager]"));
    EXPECT_EQ(parsed("Joy Hughes, Service Manager & Practice Champions Group"),
              QStringLiteral("[Joy Hughes|Service Manager] [|Practice Champions Group]"));
    EXPECT_EQ(parsed("Trish Galloway / Joy Hughes Service Managers & Nicky Horn, IRO Manager",
                     {QStringLiteral("Joy Hughes")}),
              QStringLiteral("[Trish Galloway|] [Joy Hughes|Service Managers] [Nicky Horn|IRO Manager]"));
}

TEST(OwnerText, PostsKeepTheirOwnAnd)
{
    EXPECT_EQ(parsed("the Head of Schools and Families"), QStringLiteral("[|Head of Schools and Families]"));
    EXPECT_EQ(parsed("The Director of Education and Early Help"),
              QStringLiteral("[|Director of Education and Early Help]"));
    EXPECT_EQ(parsed("the Overview and Scrutiny Committee (Regeneration and Skills)"),
              QStringLiteral("[|Overview and Scrutiny Committee (Regeneration and Skills)]"));
    EXPECT_EQ(parsed("Janette Maxwell, Team Manager Early Help"),
              QStringLiteral("[Janette Maxwell|Team Manager Early Help]"));
    EXPECT_EQ(parsed("the Cabinet Member for Adult Social Care and Public Health and Cabinet Member for Community and "
                     "Regulatory Services"),
              QStringLiteral("[|Cabinet Member for Adult Social Care and Public Health] "
                             "[|Cabinet Member for Community and Regulatory Services]"));
    EXPECT_EQ(parsed("Director of Education & Skills"), QStringLiteral("[|Director of Education & Skills]"));
    // Sefton 1.1.2: one lead, whose post names a unit with an '&' in it (was two: Kara Haskayne
    // and a 'Quality Assurance Unit' counted as an owner of its own).
    EXPECT_EQ(parsed("Kara Haskayne, Service Manager Independent Safeguarding & Quality Assurance Unit"),
              QStringLiteral("[Kara Haskayne|Service Manager Independent Safeguarding & Quality Assurance Unit]"));
}

TEST(OwnerText, LoneNamesAndPosts)
{
    EXPECT_EQ(parsed("Claire Ward"), QStringLiteral("[Claire Ward|]"));
    EXPECT_EQ(parsed("CSC QA Manager,"), QStringLiteral("[|CSC QA Manager]"));
    EXPECT_EQ(parsed("The clerk to the committee"), QStringLiteral("[|Clerk to the committee]"));
    EXPECT_EQ(parsed("Cllr. Paula Murphy"), QStringLiteral("[Paula Murphy|]"));
    EXPECT_TRUE(owner::parse(QString()).isEmpty());
}

TEST(OwnerText, KeysIgnoreCaseAndTheArticle)
{
    EXPECT_EQ(owner::postKey(QStringLiteral("The clerk to the committee")),
              owner::postKey(QStringLiteral("Clerk to the Committee.")));
    EXPECT_EQ(owner::personKey(QStringLiteral("Mrs Vicky  Buchanan")), QStringLiteral("vicky buchanan"));
}
