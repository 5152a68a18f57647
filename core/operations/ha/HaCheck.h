#pragma once

#include "ha/HaTargets.h"

#include <QString>
#include <QStringView>

namespace lk {

// The outcome of one HA check, the same for the setup wizard and
// `leasekeeper-ctl ha check`: what was found and what to do about it.
struct HaCheck {
    enum class Status { Pass, Warn, Fail };

    QString id; // one of the k... ids below, stable for scripts (--json)
    Status status = Status::Fail;
    QString message; // what was found, for an administrator
    QString hint;    // what to do next; may be empty on Pass

    // "pass", "warn", "fail": never translated, scripts read them.
    static QString statusName(Status s);

    static constexpr QStringView kLicenseAllowsHa = u"license_allows_ha",
                                 kPrimaryReachable = u"primary_reachable",
                                 kSecondaryReachable = u"secondary_reachable", kSameLicense = u"same_license",
                                 kSameCluster = u"same_cluster", kClockSync = u"clock_sync",
                                 kLbHealth = u"lb_health", kLbRoutesToPrimary = u"lb_routes_to_primary",
                                 kSecondaryIsStandby = u"secondary_is_standby";
};

} // namespace lk
