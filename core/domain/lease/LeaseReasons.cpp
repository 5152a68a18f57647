#include "lease/LeaseReasons.h"

#include "util/EnumNames.h"

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const EnumNames<EndReason> kEndReasons{
    {EndReason::Released, u"released"_s},
    {EndReason::ReplacedByRestart, u"replaced_by_restart"_s},
    {EndReason::GraceExpired, u"grace_expired"_s},
    {EndReason::FreedByAdmin, u"freed_by_admin"_s},
    {EndReason::ReclaimedDead, u"reclaimed_dead"_s},
};

const EnumNames<DenialReason> kDenialReasons{
    {DenialReason::TypeNotLicensed, u"type_not_licensed"_s},
    {DenialReason::LicenseExpired, u"license_expired"_s},
    {DenialReason::InstanceLimit, u"instance_limit"_s},
    {DenialReason::CoresPerInstance, u"cores_per_instance"_s},
    {DenialReason::CoreLimit, u"core_limit"_s},
    {DenialReason::GroupCap, u"group_cap"_s},
    {DenialReason::ReservedForOtherGroup, u"reserved_for_other_group"_s},
};

} // namespace

QString reasonCode(EndReason reason) {
    return kEndReasons.name(reason);
}
QString reasonCode(DenialReason reason) {
    return kDenialReasons.name(reason);
}
std::optional<EndReason> endReasonFromString(const QString& text) {
    return kEndReasons.value(text);
}
std::optional<DenialReason> denialReasonFromString(const QString& text) {
    return kDenialReasons.value(text);
}

} // namespace lk
