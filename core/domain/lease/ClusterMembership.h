#pragma once

#include "lease/ClusterView.h"
#include "lease/StoreTransaction.h"

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
};

} // namespace lk
