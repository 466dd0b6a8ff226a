#include "DomainEnums.h"

#include <array>
#include <utility>

namespace scrutineer {
namespace {

template <typename Enum, std::size_t N>
QString lookup(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [key, name] : table) {
        if (key == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
Enum reverseLookup(const std::array<std::pair<Enum, const char*>, N>& table, const QString& text, Enum fallback)
{
    const QString wanted = text.trimmed().toLower();
    for (const auto& [key, name] : table) {
        if (wanted == QLatin1String(name))
            return key;
    }
    return fallback;
}

constexpr std::array kDocumentKinds{
    std::pair{DocumentKind::AgendaPack, "agenda-pack"}, std::pair{DocumentKind::Supplement, "supplement"},
    std::pair{DocumentKind::Minutes, "minutes"},        std::pair{DocumentKind::Report, "report"},
    std::pair{DocumentKind::DecisionRecord, "decision-record"}, std::pair{DocumentKind::Other, "other"},
};
constexpr std::array kMemberRoles{
    std::pair{MemberRole::Chair, "chair"},           std::pair{MemberRole::ViceChair, "vice-chair"},
    std::pair{MemberRole::Member, "member"},         std::pair{MemberRole::Substitute, "substitute"},
    std::pair{MemberRole::CoOpted, "co-opted"},      std::pair{MemberRole::Advisory, "advisory"},
};
constexpr std::array kAttendance{
    std::pair{AttendanceStatus::Present, "present"},
    std::pair{AttendanceStatus::Apologies, "apologies"},
    std::pair{AttendanceStatus::Absent, "absent"},
    std::pair{AttendanceStatus::InAttendance, "in-attendance"},
};
constexpr std::array kOrigins{
    std::pair{ActionOrigin::ImprovementPlan, "improvement-plan"},
    std::pair{ActionOrigin::Resolution, "resolution"},
    std::pair{ActionOrigin::ActionsArising, "actions-arising"},
    std::pair{ActionOrigin::Manual, "manual"},
};
constexpr std::array kStatuses{
    std::pair{ActionStatus::Complete, "complete"},
    std::pair{ActionStatus::OnTrack, "on-track"},
    std::pair{ActionStatus::AtRisk, "at-risk"},
    std::pair{ActionStatus::OffTrack, "off-track"},
    std::pair{ActionStatus::NotStarted, "not-started"},
    std::pair{ActionStatus::BusinessAsUsual, "business-as-usual"},
    std::pair{ActionStatus::Open, "open"},
    std::pair{ActionStatus::Unknown, "unknown"},
};
constexpr std::array kPolarities{
    std::pair{Polarity::HigherIsBetter, "higher-is-better"},
    std::pair{Polarity::LowerIsBetter, "lower-is-better"},
    std::pair{Polarity::DirectionOnly, "direction-only"},
    std::pair{Polarity::Unknown, "unknown"},
};

} // namespace

QString toString(DocumentKind kind) { return lookup(kDocumentKinds, kind); }
QString toString(MemberRole role) { return lookup(kMemberRoles, role); }
QString toString(AttendanceStatus status) { return lookup(kAttendance, status); }
QString toString(ActionOrigin origin) { return lookup(kOrigins, origin); }
QString toString(ActionStatus status) { return lookup(kStatuses, status); }
QString toString(Polarity polarity) { return lookup(kPolarities, polarity); }

DocumentKind documentKindFromString(const QString& text, DocumentKind fallback)
{
    return reverseLookup(kDocumentKinds, text, fallback);
}
MemberRole memberRoleFromString(const QString& text, MemberRole fallback)
{
    return reverseLookup(kMemberRoles, text, fallback);
}
AttendanceStatus attendanceStatusFromString(const QString& text, AttendanceStatus fallback)
{
    return reverseLookup(kAttendance, text, fallback);
}
ActionOrigin actionOriginFromString(const QString& text, ActionOrigin fallback)
{
    return reverseLookup(kOrigins, text, fallback);
}
ActionStatus actionStatusFromString(const QString& text, ActionStatus fallback)
{
    return reverseLookup(kStatuses, text, fallback);
}
Polarity polarityFromString(const QString& text, Polarity fallback)
{
    return reverseLookup(kPolarities, text, fallback);
}

bool isOutstanding(ActionStatus status)
{
    return status != ActionStatus::Complete && status != ActionStatus::BusinessAsUsual;
}

} // namespace scrutineer
