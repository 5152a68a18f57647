#include "server/LiveLeaseMirror.h"

namespace lk {

void LiveLeaseMirror::load(const QList<Lease>& leases) {
    *this = LiveLeaseMirror();
    m_leases.reserve(leases.size());
    for (const Lease& lease : leases)
        add(lease);
    markLoaded();
}

std::optional<Lease> LiveLeaseMirror::find(const QString& leaseId) const {
    const auto it = m_leases.constFind(leaseId);
    if (it == m_leases.cend())
        return std::nullopt;
    return leaseOf(it.key(), *it);
}

void LiveLeaseMirror::upsert(const Lease& lease) {
    if (m_loaded)
        m_leases.insert(lease.id, entryOf(lease));
}

void LiveLeaseMirror::remove(const QString& leaseId) {
    m_leases.remove(leaseId);
    m_pending.remove(leaseId);
}

std::optional<Lease> LiveLeaseMirror::renewIfInTime(const QString& leaseId, qint64 nowMs,
                                                    qint64 graceDeadlineMs, const QString& node) {
    if (!m_loaded)
        return std::nullopt;
    const auto it = m_leases.find(leaseId);
    if (it == m_leases.end() || it->graceDeadlineMs - nowMs <= kDeadlineMarginMs)
        return std::nullopt;
    it->lastRenewalMs = nowMs;
    it->graceDeadlineMs = graceDeadlineMs;
    if (it->node != node)
        it->node = shared(node);
    m_pending.insert(it.key());
    return leaseOf(it.key(), *it);
}

QList<PendingRenewal> LiveLeaseMirror::takePending() {
    QList<PendingRenewal> renewals;
    renewals.reserve(m_pending.size());
    for (const QString& id : std::as_const(m_pending)) {
        const auto it = m_leases.constFind(id);
        if (it != m_leases.cend())
            renewals.append({id, it->lastRenewalMs, it->graceDeadlineMs, it->node});
    }
    m_pending.clear();
    return renewals;
}

void LiveLeaseMirror::restorePending(const QList<PendingRenewal>& renewals) {
    for (const PendingRenewal& renewal : renewals) {
        if (m_leases.contains(renewal.leaseId))
            m_pending.insert(renewal.leaseId);
    }
}

LiveLeaseMirror::Entry LiveLeaseMirror::entryOf(const Lease& lease) {
    return Entry{shared(lease.holder.component),
                 lease.holder.instance,
                 lease.holder.host,
                 shared(lease.node),
                 lease.grantedMs,
                 lease.lastRenewalMs,
                 lease.graceDeadlineMs,
                 lease.holder.cores};
}

Lease LiveLeaseMirror::leaseOf(const QString& id, const Entry& entry) {
    Lease lease;
    lease.id = id;
    lease.holder.component = entry.component;
    lease.holder.instance = entry.instance;
    lease.holder.host = entry.host;
    lease.holder.cores = entry.cores;
    lease.node = entry.node;
    lease.grantedMs = entry.grantedMs;
    lease.lastRenewalMs = entry.lastRenewalMs;
    lease.graceDeadlineMs = entry.graceDeadlineMs;
    return lease;
}

QString LiveLeaseMirror::shared(const QString& name) {
    return *m_names.insert(name);
}

} // namespace lk
