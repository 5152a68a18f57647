#include "console/HealthAssessment.h"

#include "console/ConsoleDataDir.h"
#include "lease/ReclaimPolicy.h"
#include "util/Duration.h"

#include <QSet>

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
        alerts.append(
            {Alert::Severity::Info, u"demo_license"_s,
             HealthAssessment::tr("This License Manager serves the console's DEMO license. Install your "
                                  "license on the License page.")});
    }
    const qint64 left = terms.expiresMs - nodeNowMs;
    if (left <= 0) {
        alerts.append(
            {Alert::Severity::Critical, u"license_expired"_s,
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
        const bool instancesNear =
            it->maxInstances > 0 && used.instancesUsed >= it->maxInstances * HealthAssessment::kNearLimit;
        const bool coresNear =
            it->maxTotalCores > 0 && used.coresUsed >= it->maxTotalCores * HealthAssessment::kNearLimit;
        if (instancesNear || coresNear) {
            alerts.append(
                {Alert::Severity::Warning, u"near_limit:"_s + it.key(),
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

// The overdue leases, and among them those whose probes say the process is
// gone: seats that a dead component still holds. One pass over the leases.
struct OverdueLeases {
    int overdue = 0;
    int deadSeats = 0;
    int deadCores = 0;
};

OverdueLeases overdueLeases(const LeaseSnapshot& snapshot, qint64 nodeNowMs) {
    OverdueLeases found;
    for (const Lease& lease : snapshot.leases) {
        if (!lease.isOverdue(nodeNowMs, snapshot.renewAfterS))
            continue;
        ++found.overdue;
        if (ReclaimJudge::verdict(lease.probes) == ReclaimJudge::Verdict::ProcessGone) {
            ++found.deadSeats;
            found.deadCores += lease.holder.cores;
        }
    }
    return found;
}

void addOverdueAlerts(const LeaseSnapshot& snapshot, qint64 nodeNowMs, QList<Alert>& alerts) {
    const OverdueLeases found = overdueLeases(snapshot, nodeNowMs);
    if (found.overdue > 0) {
        alerts.append({Alert::Severity::Warning, u"leases_overdue"_s,
                       HealthAssessment::tr("%n component(s) stopped renewing and may be running on grace.",
                                            "", found.overdue)});
    }
    if (found.deadSeats > 0) {
        alerts.append({Alert::Severity::Warning, u"leases_dead"_s,
                       HealthAssessment::tr("%n seat(s) (%1) held by components that look dead: see Leases.",
                                            "", found.deadSeats)
                           .arg(HealthAssessment::tr("%n core(s)", "", found.deadCores))});
    }
}

QString nodeName(const HealthAssessment::WatchedNode& node) {
    return node.status && !node.status->node.isEmpty()
               ? HealthAssessment::tr("%1 (%2)").arg(node.status->node, node.url)
               : node.url;
}

// A pair keeps serving while one node is down, but it no longer survives the
// next failure: that is worth a warning, not a red banner.
void addWatchedNodeAlerts(const HealthAssessment::Input& input, QList<Alert>& alerts) {
    QSet<QString> licenseIds;
    const HealthAssessment::WatchedNode* earliest = nullptr; // clock furthest behind
    const HealthAssessment::WatchedNode* latest = nullptr;
    for (const HealthAssessment::WatchedNode& node : input.nodes) {
        if (!node.status)
            continue;
        const NodeStatus& status = *node.status;
        if (!status.reachable) {
            const qint64 down = node.unreachableSinceMs ? input.nowMs - *node.unreachableSinceMs : 0;
            alerts.append(
                {Alert::Severity::Warning, u"node_down:"_s + node.url,
                 HealthAssessment::tr("Node %1 has not answered for %2 (%3). Until it is back the pair "
                                      "has no standby: start the License Manager on that host.")
                     .arg(nodeName(node), Duration::format(down), status.lastError)});
            continue;
        }
        if (status.license)
            licenseIds.insert(status.license->licenseId);
        if (!earliest || status.clockOffsetMs < earliest->status->clockOffsetMs)
            earliest = &node;
        if (!latest || status.clockOffsetMs > latest->status->clockOffsetMs)
            latest = &node;
        if (status.maintenance) {
            alerts.append(
                {Alert::Severity::Warning, u"node_maintenance:"_s + node.url,
                 HealthAssessment::tr("Node %1 is in maintenance: the load balancer sends it no traffic "
                                      "and it cannot take over until maintenance ends.")
                     .arg(nodeName(node))});
        } else if (!status.isReady()) {
            alerts.append(
                {Alert::Severity::Warning, u"node_not_ready:"_s + node.url,
                 HealthAssessment::tr("Node %1 is not ready (%2): %3. The load balancer sends it no "
                                      "traffic.")
                     .arg(nodeName(node), status.pingReason, status.pingMessage)});
        }
    }
    if (earliest && latest &&
        latest->status->clockOffsetMs - earliest->status->clockOffsetMs >
            HealthAssessment::kClockDriftAlertMs) {
        alerts.append(
            {Alert::Severity::Warning, u"clock_drift"_s,
             HealthAssessment::tr("The clock of %1 is about %2 ms ahead of %3's. Synchronise both hosts "
                                  "(NTP, or \"Synchronize your clock\" on Windows); the Clock view has "
                                  "the exact figures.")
                 .arg(nodeName(*latest))
                 .arg(latest->status->clockOffsetMs - earliest->status->clockOffsetMs)
                 .arg(nodeName(*earliest))});
    }
    if (licenseIds.size() > 1) {
        QStringList ids = licenseIds.values();
        ids.sort();
        alerts.append(
            {Alert::Severity::Warning, u"license_mismatch"_s,
             HealthAssessment::tr("The nodes serve different licenses (%1): install the same license "
                                  "on every node of the pair.")
                 .arg(ids.join(u", "_s))});
    }
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
        result.headline =
            tr("License Manager unreachable for %1: %2").arg(Duration::format(down), status.lastError);
        result.alerts.append(
            {Alert::Severity::Critical, u"node_down"_s,
             tr("The License Manager does not answer. Components keep running on their grace "
                "period and shut down when it ends; none can start.")});
        addWatchedNodeAlerts(input, result.alerts);
        return result;
    }
    const qint64 nodeNow = input.nowMs + input.clockOffsetMs;
    // A lost standby first: it matters more than a limit nearly reached.
    addWatchedNodeAlerts(input, result.alerts);
    addLicenseAlerts(status, nodeNow, result.alerts);
    if (input.leases)
        addOverdueAlerts(*input.leases, nodeNow, result.alerts);
    if (input.denialsLastHour > 0) {
        result.alerts.append(
            {Alert::Severity::Warning, u"denials"_s,
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
