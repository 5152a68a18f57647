#include "console/HealthAssessment.h"

#include "console/ConsoleDataDir.h"
#include "util/Duration.h"

using namespace Qt::StringLiterals;

namespace lk {

namespace {

void addLicenseAlerts(const NodeStatus& status, qint64 nodeNowMs, QList<Alert>& alerts) {
    if (!status.license) {
        alerts.append({Alert::Severity::Critical, u"no_license"_s,
                       HealthAssessment::tr("No usable license: %1").arg(status.licenseProblem)});
        return;
    }
    const LicenseTerms& terms = *status.license;
    if (terms.licenseId == ConsoleDataDir::kDemoLicenseId) {
        alerts.append({Alert::Severity::Info, u"demo_license"_s,
                       HealthAssessment::tr("This License Manager serves the console's DEMO license. Install your "
                                            "license on the License page.")});
    }
    const qint64 left = terms.expiresMs - nodeNowMs;
    if (left <= 0) {
        alerts.append({Alert::Severity::Critical, u"license_expired"_s,
                       HealthAssessment::tr("License %1 has expired: no component can start. Install a renewed "
                                            "license.")
                           .arg(terms.licenseId)});
    } else if (left <= HealthAssessment::kExpiryWarningMs) {
        alerts.append({Alert::Severity::Warning, u"license_expiring"_s,
                       HealthAssessment::tr("License %1 expires in %2. Ask the issuer for a renewal.")
                           .arg(terms.licenseId, Duration::format(left))});
    }
    if (!status.usageKnown)
        return;
    for (auto it = terms.components.cbegin(); it != terms.components.cend(); ++it) {
        const TypeUsage used = status.usage.value(it.key());
        const bool instancesNear = it->maxInstances > 0 && used.instancesUsed >= it->maxInstances * HealthAssessment::kNearLimit;
        const bool coresNear = it->maxTotalCores > 0 && used.coresUsed >= it->maxTotalCores * HealthAssessment::kNearLimit;
        if (instancesNear || coresNear) {
            alerts.append({Alert::Severity::Warning, u"near_limit:"_s + it.key(),
                           HealthAssessment::tr("%1 is near its limits: %2 of %3 instances, %4 of %5 cores. New "
                                                "instances may be denied.")
                               .arg(it.key())
                               .arg(used.instancesUsed)
                               .arg(it->maxInstances)
                               .arg(used.coresUsed)
                               .arg(it->maxTotalCores)});
        }
    }
}

int overdueCount(const LeaseSnapshot& snapshot, qint64 nodeNowMs) {
    int overdue = 0;
    for (const Lease& lease : snapshot.leases)
        overdue += lease.isOverdue(nodeNowMs, snapshot.renewAfterS);
    return overdue;
}

} // namespace

HealthAssessment HealthAssessment::assess(const Input& input) {
    HealthAssessment result;
    if (!input.status) {
        result.headline = tr("Contacting the License Manager...");
        return result;
    }
    const NodeStatus& status = *input.status;
    if (!status.reachable) {
        const qint64 down = input.unreachableSinceMs ? input.nowMs - *input.unreachableSinceMs : 0;
        result.level = Level::Down;
        result.headline = tr("License Manager unreachable for %1: %2").arg(Duration::format(down), status.lastError);
        result.alerts.append({Alert::Severity::Critical, u"node_down"_s,
                              tr("The License Manager does not answer. Components keep running on their grace "
                                 "period and shut down when it ends; none can start.")});
        return result;
    }
    const qint64 nodeNow = input.nowMs + input.clockOffsetMs;
    addLicenseAlerts(status, nodeNow, result.alerts);
    if (input.leases) {
        if (const int overdue = overdueCount(*input.leases, nodeNow); overdue > 0) {
            result.alerts.append({Alert::Severity::Warning, u"leases_overdue"_s,
                                  tr("%n component(s) stopped renewing and may be running on grace.", "", overdue)});
        }
    }
    if (input.denialsLastHour > 0) {
        result.alerts.append({Alert::Severity::Warning, u"denials"_s,
                              tr("%n request(s) denied in the last hour: see History.", "", input.denialsLastHour)});
    }
    if (!status.isReady()) {
        result.level = Level::Down;
        result.headline = tr("License Manager not ready (%1): %2").arg(status.pingReason, status.pingMessage);
    } else if (std::any_of(result.alerts.cbegin(), result.alerts.cend(),
                           [](const Alert& a) { return a.severity != Alert::Severity::Info; })) {
        result.level = Level::Degraded;
        result.headline = result.alerts.first().message;
    } else {
        result.level = Level::Good;
        result.headline = tr("All good: License Manager %1 is serving license %2.")
                              .arg(status.node, status.license ? status.license->licenseId : QString());
    }
    return result;
}

} // namespace lk
