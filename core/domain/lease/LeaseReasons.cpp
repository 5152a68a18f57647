#include "lease/LeaseReasons.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const std::array<std::pair<EndReason, QString>, 4> kEndReasons{{
    {EndReason::Released, u"released"_s},
    {EndReason::ReplacedByRestart, u"replaced_by_restart"_s},
    {EndReason::GraceExpired, u"grace_expired"_s},
    {EndReason::FreedByAdmin, u"freed_by_admin"_s},
}};

const std::array<std::pair<DenialReason, QString>, 5> kDenialReasons{{
    {DenialReason::TypeNotLicensed, u"type_not_licensed"_s},
    {DenialReason::LicenseExpired, u"license_expired"_s},
    {DenialReason::InstanceLimit, u"instance_limit"_s},
    {DenialReason::CoresPerInstance, u"cores_per_instance"_s},
    {DenialReason::CoreLimit, u"core_limit"_s},
}};

template <typename Enum, typename Table> QString nameOf(const Table& table, Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return {};
}

template <typename Enum, typename Table>
std::optional<Enum> valueOf(const Table& table, const QString& text) {
    for (const auto& [candidate, name] : table) {
        if (name == text)
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString reasonCode(EndReason reason) {
    return nameOf(kEndReasons, reason);
}
QString reasonCode(DenialReason reason) {
    return nameOf(kDenialReasons, reason);
}
std::optional<EndReason> endReasonFromString(const QString& text) {
    return valueOf<EndReason>(kEndReasons, text);
}
std::optional<DenialReason> denialReasonFromString(const QString& text) {
    return valueOf<DenialReason>(kDenialReasons, text);
}

} // namespace lk
