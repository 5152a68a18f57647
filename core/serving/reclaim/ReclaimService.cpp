#include "reclaim/ReclaimService.h"

#include "lease/ClusterMembership.h"
#include "log/LogCategories.h"

#include <QHostInfo>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

constexpr qint64 kPruneEveryMs = 10 * 60 * 1000;

} // namespace

ReclaimService::ReclaimService(LeaseService& service, const Clock& clock, ProbeSettings settings,
                               QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_pool(clock, m_settings.concurrency, m_settings.timeoutMs) {
    connect(&m_timer, &QTimer::timeout, this, &ReclaimService::runRound);
}

void ReclaimService::start() {
    // A few rounds per interval, so a probe is late by a fraction of it at most.
    const qint64 intervalMs = m_service.reclaimPolicy().probeIntervalS * 1000;
    m_timer.start(int(qBound(qint64(1000), intervalMs / 4, qint64(15000))));
}

bool ReclaimService::leadsProbing() const {
    // A secondary waits for its first heartbeat to learn whether a primary lives.
    const bool knowsThePair = m_service.role() != u"secondary"_s || m_service.cluster();
    return m_service.admitted() && knowsThePair &&
           ClusterMembership::leadsSharedWork(m_service.role(), m_service.nodeName(), m_service.cluster());
}

void ReclaimService::runRound() {
    if (m_reading || !leadsProbing() || !m_service.license().terms)
        return;
    m_reading = true;
    const qint64 renewedBefore =
        Lease::overdueBeforeMs(m_clock.nowMs(), m_service.license().terms->renewAfterS);
    m_service.overdueLeases(renewedBefore, m_settings.maxPerRound, this,
                            [this](const Result<QList<Lease>>& overdue) {
                                m_reading = false;
                                if (!overdue) {
                                    qCDebug(lcReclaim).noquote()
                                        << u"cannot read overdue leases: %1"_s.arg(overdue.error().message);
                                    return;
                                }
                                onOverdue(overdue.value());
                            });
}

void ReclaimService::onOverdue(const QList<Lease>& leases) {
    const ReclaimPolicy& policy = m_service.reclaimPolicy();
    const qint64 now = m_clock.nowMs();
    int queued = 0;
    for (const Lease& lease : leases) {
        if (m_busy.contains(lease.id) || !ReclaimJudge::probeDue(policy, lease.probes, now))
            continue;
        const auto target = ProbeTarget::of(lease.holder);
        if (!target || m_settings.excluded.excludesHost(target->host))
            continue; // nowhere to probe: the lease runs its grace as before
        m_busy.insert(lease.id);
        probe(lease, *target);
        ++queued;
    }
    Q_EMIT roundStarted(queued);
    pruneNowAndThen();
}

void ReclaimService::probe(const Lease& lease, const ProbeTarget& target) {
    const QString id = lease.id;
    const qint64 renewedMs = lease.lastRenewalMs;
    auto submit = [this, id, renewedMs](const ProbeTarget& address) {
        m_pool.submit(address,
                      [this, id, renewedMs](const ProbeResult& result) { record(id, renewedMs, result); });
    };
    const bool isName = QHostAddress(target.host).isNull();
    if (!isName || m_settings.excluded.isEmpty())
        return submit(target);
    // The name may stand for an excluded address: look before connecting,
    // and connect to the address that was looked at.
    QHostInfo::lookupHost(target.host, this, [this, id, renewedMs, target, submit](const QHostInfo& info) {
        const QList<QHostAddress> addresses = info.addresses();
        for (const QHostAddress& address : addresses) {
            if (m_settings.excluded.excludesAddress(address)) {
                m_busy.remove(id);
                return;
            }
        }
        if (addresses.isEmpty())
            return record(id, renewedMs,
                          ProbeResult{m_clock.nowMs(), ProbeOutcome::Unreachable, info.errorString()});
        submit(ProbeTarget{addresses.first().toString(), target.port});
    });
}

void ReclaimService::record(const QString& leaseId, qint64 renewedMs, const ProbeResult& result) {
    qCDebug(lcReclaim).noquote() << u"event=probe lease_id=%1 outcome=%2 detail=\"%3\""_s.arg(
        leaseId, ProbeResult::code(result.outcome), result.detail);
    m_service.recordProbe(leaseId, renewedMs, result, this,
                          [this, leaseId, result](const Result<LeaseEngine::ProbeRecord>& recorded) {
                              m_busy.remove(leaseId);
                              const bool kept =
                                  recorded && recorded.value() != LeaseEngine::ProbeRecord::Stale;
                              const bool reclaimed =
                                  recorded && recorded.value() == LeaseEngine::ProbeRecord::Reclaimed;
                              Q_EMIT probeDone(leaseId, result, kept, reclaimed);
                          });
}

void ReclaimService::pruneNowAndThen() {
    const qint64 now = m_clock.nowMs();
    if (now - m_lastPruneMs < kPruneEveryMs)
        return;
    m_lastPruneMs = now;
    m_service.pruneProbes(this, [](const Result<bool>&) {});
}

} // namespace lk
