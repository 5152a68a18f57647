#pragma once

#include "lease/GroupPolicy.h"
#include "lease/LeasePolicy.h"
#include "lease/ReclaimPolicy.h"
#include "lease/StoreTransaction.h"

#include <QCoreApplication>
#include <optional>
#include <variant>

namespace lk {

using GrantOutcome = std::variant<Lease, Denial>;

struct RenewOutcome {
    enum class Kind { Renewed, UnknownLease, Denied };
    Kind kind = Kind::UnknownLease;
    std::optional<Lease> lease;
    std::optional<Denial> denial;
};

// A lease a write ended, and why: what the engine reports so that the events
// of a committed write can name every lease it ended.
struct EndedLease {
    Lease lease;
    EndReason reason;
    QString note; // the administrator's, for a lease freed by hand
};
using EndedLeases = QList<EndedLease>;

// Applies the licensing rules to a store inside one transaction. Owns no
// thread and no transaction: the caller (the store worker) provides both, so
// the limit check and the write that follows it are atomic.
class LeaseEngine {
    Q_DECLARE_TR_FUNCTIONS(LeaseEngine)

public:
    explicit LeaseEngine(QString nodeName);

    const QString& nodeName() const { return m_nodeName; }

    // Each call appends the leases it ended to `ended`, when given: a grant
    // ends expired leases and the instance's previous lease, a renewal one
    // whose grace has run out.
    // With a `policy`, a grant the license allows must obey its host groups too.
    Result<GrantOutcome> grant(StoreTransaction& tx, const LicenseTerms& terms, const LeaseRequest& request,
                               EndedLeases* ended = nullptr, const GroupPolicy* policy = nullptr) const;
    Result<RenewOutcome> renew(StoreTransaction& tx, const LicenseTerms& terms, const QString& leaseId,
                               EndedLeases* ended = nullptr) const;
    // Announces to `tx`, before a batch's jobs run, the statement renew()
    // will try first (StoreTransaction::planRenewal), so that a store can
    // renew a batch of leases at once.
    void planRenewal(StoreTransaction& tx, const LicenseTerms& terms, const QString& leaseId) const;
    // The same for grant(): the instance whose earlier lease it looks up.
    static void planGrant(StoreTransaction& tx, const LeaseRequest& request);
    // Both return false when no such active lease exists.
    Result<bool> release(StoreTransaction& tx, const QString& leaseId, EndedLeases* ended = nullptr) const;
    Result<bool> freeByAdmin(StoreTransaction& tx, const QString& leaseId, const QString& note,
                             EndedLeases* ended = nullptr) const;
    // What recordProbe() did with a probe.
    enum class ProbeRecord {
        Stale,     // the lease was renewed or ended since the probe began: nothing kept
        Recorded,  // kept as evidence
        Reclaimed, // kept, and the lease ended as reclaimed_dead on it
    };
    // Keeps `probe` of live lease `leaseId`, begun while its last renewal
    // was `renewedMs`, stamped with the store's time; then ends the lease
    // as reclaimed_dead if `policy` says its probes show it gone (the
    // history's note gives the evidence). In one transaction, so nodes
    // sharing the store agree on the count.
    Result<ProbeRecord> recordProbe(StoreTransaction& tx, const QString& leaseId, qint64 renewedMs,
                                    ProbeResult probe, const ReclaimPolicy& policy, qint64 renewAfterS,
                                    EndedLeases* ended = nullptr) const;
    // Ends leases whose grace deadline has passed; returns them.
    Result<QList<Lease>> reclaimExpired(StoreTransaction& tx) const;

    static QString newLeaseId();

    // The deadline a renewal at `nowMs` sets, or nothing when the license
    // has expired (then no renewal is in time).
    static std::optional<qint64> renewedDeadline(const LicenseTerms& terms, qint64 nowMs);

private:
    // The policy's denial of `request`, if any, counting the type's live
    // leases other than `previous` (the lease the instance itself holds).
    Result<std::optional<Denial>> groupDenial(StoreTransaction& tx, const GroupPolicy& policy,
                                              const LicenseTerms& terms, const LeaseRequest& request,
                                              const std::optional<Lease>& previous) const;
    Result<bool> end(StoreTransaction& tx, const QString& leaseId, EndReason reason, const QString& note,
                     EndedLeases* ended) const;

    QString m_nodeName;
};

} // namespace lk
