#include "alert/AlertConditions.h"

#include "lease/ClusterMembership.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

AlertObservation observation(AlertKind kind, const QString& subject, bool active) {
    AlertObservation seen;
    seen.kind = kind;
    seen.subject = subject;
    seen.active = active;
    return seen;
}

int percentOf(int used, int allowed) {
    return allowed > 0 ? int(qint64(used) * 100 / allowed) : 0;
}

} // namespace

bool AlertConditions::watchesSharedState(const AlertSnapshot& snapshot) {
    return ClusterMembership::leadsSharedWork(snapshot.role, snapshot.nodeName, snapshot.cluster);
}

QList<AlertObservation> AlertConditions::observe(const AlertSnapshot& snapshot, const AlertSettings& settings,
                                                 QSet<QString>& peersSeenLive) {
    QList<AlertObservation> out;
    if (watchesSharedState(snapshot)) {
        nearLimit(snapshot, settings.rule(AlertKind::NearLimit), out);
        graceEntered(snapshot, out);
        deadComponents(snapshot, out);
        licenseExpiry(snapshot, settings.rule(AlertKind::LicenseExpiry), out);
    }
    nodeHealth(snapshot, settings, out);
    peers(snapshot, peersSeenLive, out);
    return out;
}

void AlertConditions::nearLimit(const AlertSnapshot& snapshot, const AlertRule& rule,
                                QList<AlertObservation>& out) {
    if (!snapshot.terms || !snapshot.usage)
        return;
    for (auto it = snapshot.terms->components.cbegin(); it != snapshot.terms->components.cend(); ++it) {
        const TypeUsage used = snapshot.usage->value(it.key());
        const int instancePercent = percentOf(used.instancesUsed, it->maxInstances);
        const int corePercent = percentOf(used.coresUsed, it->maxTotalCores);
        AlertObservation seen =
            observation(AlertKind::NearLimit, it.key(), qMax(instancePercent, corePercent) >= rule.threshold);
        seen.severity = qMax(instancePercent, corePercent) >= 100 ? u"critical"_s : u"warning"_s;
        seen.summary = tr("%1 uses %2% of its license").arg(it.key()).arg(qMax(instancePercent, corePercent));
        seen.detail = tr("%1: %2 of %3 instances and %4 of %5 cores in use (threshold %6%). "
                         "Further components of this type will be refused once a limit is reached.")
                          .arg(it.key())
                          .arg(used.instancesUsed)
                          .arg(it->maxInstances)
                          .arg(used.coresUsed)
                          .arg(it->maxTotalCores)
                          .arg(rule.threshold);
        out.append(seen);
    }
}

void AlertConditions::deadComponents(const AlertSnapshot& snapshot, QList<AlertObservation>& out) {
    if (!snapshot.usage)
        return;
    for (auto it = snapshot.usage->cbegin(); it != snapshot.usage->cend(); ++it) {
        const TypeUsage dead = snapshot.probablyDead.value(it.key());
        AlertObservation seen = observation(AlertKind::DeadComponents, it.key(), dead.instancesUsed > 0);
        // Worded without plural forms: the server has no catalogue to choose them.
        seen.summary = tr("%1: seats held by components that look dead: %2 (%3 cores)")
                           .arg(it.key())
                           .arg(dead.instancesUsed)
                           .arg(dead.coresUsed);
        seen.detail =
            tr("Overdue leases of %1 hold %2 instances and %3 cores, and probes of where those "
               "components ran were refused: nothing listens there any more. With --reclaim-after-s "
               "the License Manager frees such seats itself; otherwise free them in the Leases "
               "view, which shows each one's evidence.")
                .arg(it.key())
                .arg(dead.instancesUsed)
                .arg(dead.coresUsed);
        out.append(seen);
    }
}

void AlertConditions::graceEntered(const AlertSnapshot& snapshot, QList<AlertObservation>& out) {
    if (!snapshot.usage)
        return;
    QSet<QString> types(snapshot.overdue.keyBegin(), snapshot.overdue.keyEnd());
    for (auto it = snapshot.usage->cbegin(); it != snapshot.usage->cend(); ++it)
        types.insert(it.key());
    for (const QString& type : types) {
        const int overdue = snapshot.overdue.value(type);
        AlertObservation seen = observation(AlertKind::GraceEntered, type, overdue > 0);
        seen.summary = tr("%n %1 component(s) missed their renewals", nullptr, overdue).arg(type);
        seen.detail = tr("%n lease(s) of %1 were not renewed in time: those components cannot reach the "
                         "License Manager and run on their grace period. Check the network between them "
                         "and the load balancer; the Grace view shows each one's deadline.",
                         nullptr, overdue)
                          .arg(type);
        out.append(seen);
    }
}

void AlertConditions::licenseExpiry(const AlertSnapshot& snapshot, const AlertRule& rule,
                                    QList<AlertObservation>& out) {
    if (!snapshot.terms)
        return;
    const qint64 leftMs = snapshot.terms->expiresMs - snapshot.nowMs;
    AlertObservation seen =
        observation(AlertKind::LicenseExpiry, snapshot.terms->licenseId, leftMs <= rule.threshold * kDayMs);
    const QString expires =
        QDateTime::fromMSecsSinceEpoch(snapshot.terms->expiresMs, Qt::UTC).toString(Qt::ISODate);
    seen.severity = leftMs <= 7 * kDayMs ? u"critical"_s : u"warning"_s;
    seen.summary = leftMs > 0
                       ? tr("License %1 expires in %n day(s)", nullptr, int((leftMs + kDayMs - 1) / kDayMs))
                             .arg(snapshot.terms->licenseId)
                       : tr("License %1 has expired").arg(snapshot.terms->licenseId);
    seen.detail = tr("License %1 for %2 expires at %3. Components already running keep their leases; "
                     "new ones are refused after it. Install the renewed license before then.")
                      .arg(snapshot.terms->licenseId, snapshot.terms->licensee, expires);
    out.append(seen);
}

void AlertConditions::nodeHealth(const AlertSnapshot& snapshot, const AlertSettings& settings,
                                 QList<AlertObservation>& out) {
    AlertObservation store =
        observation(AlertKind::StoreUnhealthy, snapshot.nodeName, !snapshot.storeHealthy);
    store.severity = u"critical"_s;
    store.summary = tr("%1 cannot use its database").arg(snapshot.nodeName);
    store.detail = tr("%1: %2. Components keep running on their grace period; new ones cannot start "
                      "until the database answers again.")
                       .arg(snapshot.nodeName, snapshot.storeDetail);
    out.append(store);

    if (!snapshot.clockOffsetMs)
        return;
    const int threshold = settings.rule(AlertKind::ClockOffset).threshold;
    AlertObservation clock =
        observation(AlertKind::ClockOffset, snapshot.nodeName, qAbs(*snapshot.clockOffsetMs) > threshold);
    clock.summary =
        tr("%1's clock is %2 ms off the database's").arg(snapshot.nodeName).arg(*snapshot.clockOffsetMs);
    clock.detail = tr("The database's clock minus %1's is %2 ms (threshold %3 ms). Nodes whose clocks "
                      "disagree make components shut down or stay in grace; synchronise this host with "
                      "NTP.")
                       .arg(snapshot.nodeName)
                       .arg(*snapshot.clockOffsetMs)
                       .arg(threshold);
    out.append(clock);
}

void AlertConditions::peers(const AlertSnapshot& snapshot, QSet<QString>& peersSeenLive,
                            QList<AlertObservation>& out) {
    if (!snapshot.cluster)
        return;
    for (const ClusterNode& node : snapshot.cluster->nodes) {
        if (node.name == snapshot.nodeName)
            continue;
        if (node.live)
            peersSeenLive.insert(node.name);
        if (!peersSeenLive.contains(node.name))
            continue;
        AlertObservation seen = observation(AlertKind::StandbyLost, node.name, !node.live);
        seen.severity = u"critical"_s;
        seen.summary = tr("%1 lost contact with %2").arg(snapshot.nodeName, node.name);
        seen.detail =
            tr("%1 (%2) has sent no heartbeat since %3: the pair has no second node, so the next "
               "failure stops licensing. Start it again or check its database connection.")
                .arg(node.name, node.address,
                     QDateTime::fromMSecsSinceEpoch(node.lastHeartbeatMs, Qt::UTC).toString(Qt::ISODate));
        out.append(seen);
    }
}

} // namespace lk
