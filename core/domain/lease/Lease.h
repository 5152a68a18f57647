#pragma once

#include "lease/LeaseReasons.h"
#include "lease/LeaseRequest.h"
#include "lease/ProbeEvidence.h"

#include <optional>

namespace lk {

// A grant held by one component instance. Times are milliseconds since the
// epoch on the store's clock.
struct Lease {
    QString id;
    LeaseRequest holder;
    QString node; // the License Manager node that granted or last renewed it
    qint64 grantedMs = 0;
    qint64 lastRenewalMs = 0;
    qint64 graceDeadlineMs = 0; // last renewal + grace period: cores stay counted until then
    // Probes of the component since its last renewal, oldest first: the
    // evidence of whether an overdue component is gone (ReclaimJudge).
    QList<ProbeResult> probes = {};

    bool isPastDeadline(qint64 nowMs) const { return nowMs > graceDeadlineMs; }
    // A lease is overdue when its component missed renewals and is presumably in grace.
    bool isOverdue(qint64 nowMs, qint64 renewAfterS) const;
    // Live leases last renewed before this instant are overdue: the rule of
    // isOverdue() in the form a database query can count with.
    static qint64 overdueBeforeMs(qint64 nowMs, qint64 renewAfterS);
    // When this lease became (or becomes) overdue: the inverse of overdueBeforeMs().
    qint64 overdueSinceMs(qint64 renewAfterS) const;

    friend bool operator==(const Lease&, const Lease&) = default;
};

// What changed among the leases since a reader's cursor: lets a console that
// watches 100,000 leases fetch only what moved since its last look.
struct LeaseChanges {
    // `live` lists every live lease: replace what was known, do not merge.
    // Set on a first look, and when the cursor is unknown to this database.
    bool full = false;
    QList<Lease> live; // granted or renewed since the cursor (all of them when full)
    QStringList ended; // ids of leases that ended since the cursor
    QString cursor;    // where the next look continues
};

// What the live leases of one component type hold together.
struct TypeUsage {
    int instancesUsed = 0;
    int coresUsed = 0;
};

// A lease that has ended, or a refused request: one row of the usage history.
struct HistoryEntry {
    enum class Kind { Lease, Denial };
    Kind kind = Kind::Lease;
    QString leaseId; // empty for denials
    LeaseRequest holder;
    QString node;
    qint64 startMs = 0;
    std::optional<qint64> endMs; // unset while the lease is active
    std::optional<EndReason> endReason;
    std::optional<DenialReason> denialReason;
    QString note; // admin's reason for freeing, or the denial message
};

// Filters for the usage history; unset fields do not filter.
struct HistoryQuery {
    static constexpr int kMaxLimit = 100000;

    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    QString component;
    QString reason;                         // an end reason or a denial reason
    std::optional<HistoryEntry::Kind> kind; // only leases, or only denials
    int limit = 1000;
};

} // namespace lk
