#include "DomainEnums.h"

#include <gtest/gtest.h>

using namespace scrutineer;

TEST(DomainEnums, ContractSpellingsRoundTrip)
{
    for (ActionStatus s : {ActionStatus::Complete, ActionStatus::OnTrack, ActionStatus::AtRisk, ActionStatus::OffTrack,
                           ActionStatus::NotStarted, ActionStatus::BusinessAsUsual, ActionStatus::Open,
                           ActionStatus::Unknown}) {
        EXPECT_EQ(actionStatusFromString(toString(s), ActionStatus::Open), s);
    }
    EXPECT_EQ(toString(MemberRole::ViceChair), QStringLiteral("vice-chair"));
    EXPECT_EQ(toString(AttendanceStatus::InAttendance), QStringLiteral("in-attendance"));
    EXPECT_EQ(toString(DocumentKind::AgendaPack), QStringLiteral("agenda-pack"));
    EXPECT_EQ(toString(Polarity::DirectionOnly), QStringLiteral("direction-only"));
}

TEST(DomainEnums, UnknownTextFallsBack)
{
    EXPECT_EQ(actionStatusFromString(QStringLiteral("nonsense")), ActionStatus::Unknown);
    EXPECT_EQ(memberRoleFromString(QStringLiteral(""), MemberRole::CoOpted), MemberRole::CoOpted);
}

TEST(DomainEnums, OutstandingStatuses)
{
    EXPECT_FALSE(isOutstanding(ActionStatus::Complete));
    EXPECT_FALSE(isOutstanding(ActionStatus::BusinessAsUsual));
    EXPECT_TRUE(isOutstanding(ActionStatus::Open));
    EXPECT_TRUE(isOutstanding(ActionStatus::AtRisk));
}
