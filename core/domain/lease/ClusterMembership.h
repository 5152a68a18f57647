#pragma once

#include "lease/ClusterView.h"
#include "lease/StoreTransaction.h"

#include <optional>

namespace lk {

// The registry of License Manager nodes sharing one database, and the
// license's max_license_managers: the first nodes to come up (live ones
// only) hold the places; a node beyond them is refused until one goes away.
class ClusterMembership {
public:
    static constexpr qint64 kHeartbeatIntervalMs = 2000;
    // A node silent for this long no longer holds a place.
    static constexpr qint64 kLiveWindowMs = 10000;

    // Records `self`'s heartbeat and decides, in one transaction.
    static Result<ClusterView> heartbeat(StoreTransaction& tx, ClusterNode self, int maxNodes);
    // The rule on its own: which nodes are live, and is `self` admitted?
    static ClusterView decide(QList<ClusterNode> nodes, const QString& self, qint64 nowMs, int maxNodes);
    // Whether node `self` (of `role`) does the pair's shared work (alerts
    // about the shared state, probing overdue leases): the primary, or the
    // secondary while no primary is live, so that a pair does it once.
    static bool leadsSharedWork(const QString& role, const QString& self,
                                const std::optional<ClusterView>& view);
};

} // namespace lk
