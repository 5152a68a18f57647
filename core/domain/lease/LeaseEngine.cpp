#include "lease/LeaseEngine.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace lk {

LeaseEngine::LeaseEngine(QString nodeName)
    : m_nodeName(std::move(nodeName)) {}

QString LeaseEngine::newLeaseId() {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

namespace {

void report(EndedLeases* ended, const Lease& lease, EndReason reason, const QString& note = {}) {
    if (ended)
        ended->append(EndedLease{lease, reason, note});
}

} // namespace

Result<GrantOutcome> LeaseEngine::grant(StoreTransaction& tx, const LicenseTerms& terms,
                                        const LeaseRequest& request, EndedLeases* ended,
                                        const GroupPolicy* policy) const {
    const qint64 now = tx.nowMs();
    // Leases past their deadline no longer count; end them before counting.
    auto reclaimed = reclaimExpired(tx);
    if (!reclaimed)
        return reclaimed.error();
    for (const Lease& expired : reclaimed.value())
        report(ended, expired, EndReason::GraceExpired);
    auto usage = tx.usageOf(request.component);
    if (!usage)
        return usage.error();
    auto previous = tx.activeLeaseOfInstance(request.component, request.instance);
    if (!previous)
        return previous.error();
    // A restarted instance replaces its own lease: that lease does not compete.
    TypeUsage others = usage.value();
    if (previous.value()) {
        others.instancesUsed -= 1;
        others.coresUsed -= previous.value()->holder.cores;
    }

    std::optional<Denial> denial = LeasePolicy::check(terms, now, request, others);
    if (!denial && policy && policy->governs(request.component)) {
        auto byGroup = groupDenial(tx, *policy, terms, request, previous.value());
        if (!byGroup)
            return byGroup.error();
        denial = byGroup.value();
    }
    if (denial) {
        if (auto recorded = tx.recordDenial(request, m_nodeName, now, denial->reason, denial->message);
            !recorded)
            return recorded.error();
        return GrantOutcome{*denial};
    }
    if (previous.value()) {
        if (auto replaced = tx.endLease(previous.value()->id, now, EndReason::ReplacedByRestart, {});
            !replaced)
            return replaced.error();
        report(ended, *previous.value(), EndReason::ReplacedByRestart);
    }
    Lease lease{newLeaseId(), request, m_nodeName, now, now, now + terms.gracePeriodS * 1000};
    if (auto inserted = tx.insertLease(lease); !inserted)
        return inserted.error();
    return GrantOutcome{lease};
}

Result<std::optional<Denial>> LeaseEngine::groupDenial(StoreTransaction& tx, const GroupPolicy& policy,
                                                       const LicenseTerms& terms, const LeaseRequest& request,
                                                       const std::optional<Lease>& previous) const {
    auto live = tx.activeLeasesOf(request.component);
    if (!live)
        return live.error();
    QList<Lease> others = std::move(live).value();
    if (previous)
        others.removeIf([&](const Lease& lease) { return lease.id == previous->id; });
    // LeasePolicy::check passed, so the license covers the type.
    return policy.check(request, *terms.allowanceFor(request.component), others);
}

void LeaseEngine::planRenewal(StoreTransaction& tx, const LicenseTerms& terms, const QString& leaseId) const {
    // The same decision and arguments as the first step of renew() below.
    const qint64 now = tx.nowMs();
    if (const auto deadline = renewedDeadline(terms, now))
        tx.planRenewal(leaseId, now, *deadline, m_nodeName);
}

void LeaseEngine::planGrant(StoreTransaction& tx, const LeaseRequest& request) {
    tx.planGrant(request.component, request.instance);
}

std::optional<qint64> LeaseEngine::renewedDeadline(const LicenseTerms& terms, qint64 nowMs) {
    if (terms.isExpiredAt(nowMs))
        return std::nullopt;
    return nowMs + terms.gracePeriodS * 1000;
}

Result<RenewOutcome> LeaseEngine::renew(StoreTransaction& tx, const LicenseTerms& terms,
                                        const QString& leaseId, EndedLeases* ended) const {
    const qint64 now = tx.nowMs();
    if (const auto deadline = renewedDeadline(terms, now)) {
        // The common case in one statement: a live lease renewed in time
        // (answered from one statement for the whole batch after planRenewal()).
        auto renewed = tx.renewIfInTime(leaseId, now, *deadline, m_nodeName);
        if (!renewed)
            return renewed.error();
        if (renewed.value())
            return RenewOutcome{RenewOutcome::Kind::Renewed, *renewed.value(), std::nullopt};
    }
    // Unknown, past its deadline, or the license has expired: look closer.
    auto found = tx.activeLease(leaseId);
    if (!found)
        return found.error();
    if (!found.value())
        return RenewOutcome{};
    Lease lease = *found.value();
    if (lease.isPastDeadline(now)) {
        // Its cores were free to be taken: the component must ask again.
        if (auto expired = tx.endLease(lease.id, lease.graceDeadlineMs, EndReason::GraceExpired, {});
            !expired)
            return expired.error();
        report(ended, lease, EndReason::GraceExpired);
        return RenewOutcome{};
    }
    if (terms.isExpiredAt(now)) {
        auto denial = LeasePolicy::check(terms, now, lease.holder, {});
        return RenewOutcome{RenewOutcome::Kind::Denied, lease, denial};
    }
    lease.lastRenewalMs = now;
    lease.graceDeadlineMs = now + terms.gracePeriodS * 1000;
    lease.node = m_nodeName; // after a failover, the node that serves it now
    if (auto renewed = tx.renewLease(lease.id, lease.lastRenewalMs, lease.graceDeadlineMs, lease.node);
        !renewed)
        return renewed.error();
    return RenewOutcome{RenewOutcome::Kind::Renewed, lease, std::nullopt};
}

Result<bool> LeaseEngine::release(StoreTransaction& tx, const QString& leaseId, EndedLeases* ended) const {
    return end(tx, leaseId, EndReason::Released, {}, ended);
}

Result<bool> LeaseEngine::freeByAdmin(StoreTransaction& tx, const QString& leaseId, const QString& note,
                                      EndedLeases* ended) const {
    return end(tx, leaseId, EndReason::FreedByAdmin, note, ended);
}

Result<bool> LeaseEngine::end(StoreTransaction& tx, const QString& leaseId, EndReason reason,
                              const QString& note, EndedLeases* ended) const {
    auto found = tx.activeLease(leaseId);
    if (!found)
        return found.error();
    if (!found.value())
        return false;
    if (auto done = tx.endLease(leaseId, tx.nowMs(), reason, note); !done)
        return done.error();
    report(ended, *found.value(), reason, note);
    return true;
}

Result<QList<Lease>> LeaseEngine::reclaimExpired(StoreTransaction& tx) const {
    constexpr int kChunk = 500;
    const qint64 now = tx.nowMs();
    QList<Lease> reclaimed;
    for (;;) {
        auto expired = tx.leasesPastDeadline(now, kChunk);
        if (!expired)
            return expired.error();
        for (const Lease& lease : expired.value()) {
            // The lease ended when its grace ran out, not when we noticed.
            if (auto ended = tx.endLease(lease.id, lease.graceDeadlineMs, EndReason::GraceExpired, {});
                !ended)
                return ended.error();
        }
        reclaimed += expired.value();
        if (expired->size() < kChunk)
            return reclaimed; // ended ones no longer match: the next chunk is the rest
    }
}

} // namespace lk
