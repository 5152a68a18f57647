#pragma once

#include <QString>
#include <optional>

namespace lk {

// Why a lease ended. The string forms are part of the HTTP API and the store.
enum class EndReason {
    Released,
    ReplacedByRestart,
    GraceExpired,
    FreedByAdmin,
    ReclaimedDead, // overdue, and probes showed its process gone (ReclaimJudge)
};

// Why a grant was refused. The string forms are part of the HTTP API.
enum class DenialReason {
    TypeNotLicensed,
    LicenseExpired,
    InstanceLimit,
    CoresPerInstance,
    CoreLimit,
    GroupCap,              // the host's group may run no more (GroupPolicy)
    ReservedForOtherGroup, // what is left is held for other groups
};
inline constexpr size_t kDenialReasonCount = size_t(DenialReason::ReservedForOtherGroup) + 1;

QString reasonCode(EndReason reason);
QString reasonCode(DenialReason reason);
std::optional<EndReason> endReasonFromString(const QString& text);
std::optional<DenialReason> denialReasonFromString(const QString& text);

} // namespace lk
