#pragma once

#include <QString>

// The closed vocabularies of the domain, with the spellings the JSON export contract uses.
// Plain value types; any thread.
namespace scrutineer {

enum class DocumentKind { AgendaPack, Supplement, Minutes, Report, DecisionRecord, Other };
enum class MemberRole { Chair, ViceChair, Member, Substitute, CoOpted, Advisory };
enum class AttendanceStatus { Present, Apologies, Absent, InAttendance };
enum class ActionOrigin { ImprovementPlan, Resolution, ActionsArising, Manual };
enum class ActionStatus { Complete, OnTrack, AtRisk, OffTrack, NotStarted, BusinessAsUsual, Open, Unknown };
enum class Polarity { HigherIsBetter, LowerIsBetter, DirectionOnly, Unknown };

QString toString(DocumentKind kind);
QString toString(MemberRole role);
QString toString(AttendanceStatus status);
QString toString(ActionOrigin origin);
QString toString(ActionStatus status);
QString toString(Polarity polarity);

// Parse the contract spelling back; returns the fallback for anything else.
DocumentKind documentKindFromString(const QString& text, DocumentKind fallback = DocumentKind::Other);
MemberRole memberRoleFromString(const QString& text, MemberRole fallback = MemberRole::Member);
AttendanceStatus attendanceStatusFromString(const QString& text,
                                            AttendanceStatus fallback = AttendanceStatus::Present);
ActionOrigin actionOriginFromString(const QString& text, ActionOrigin fallback = ActionOrigin::Manual);
ActionStatus actionStatusFromString(const QString& text, ActionStatus fallback = ActionStatus::Unknown);
Polarity polarityFromString(const QString& text, Polarity fallback = Polarity::Unknown);

// True for statuses a chair still has to chase.
bool isOutstanding(ActionStatus status);

} // namespace scrutineer
