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

    // How a recorded node's start time is kept: by the age of its row (a
    // node silent for kLiveWindowMs starts a new run), or, where the store
    // tracks sessions and rows are written seldom, as the node itself says.
    enum class Start { ByRowAge, Keep, New };
    // Records `self`'s heartbeat and decides, in one transaction.
    static Result<ClusterView> heartbeat(StoreTransaction& tx, ClusterNode self, int maxNodes,
                                         Start start = Start::ByRowAge);
    // The rule on its own: which nodes are live (connected, or heard from
    // within kLiveWindowMs), and is `self` admitted?
    static ClusterView decide(QList<ClusterNode> nodes, const QString& self, qint64 nowMs, int maxNodes);
    // When a node was last known live, carried over from the view before
    // for nodes that are not live now (a node that only ever connected has
    // no recent row to show it).
    static void carryLastSeen(ClusterView& next, const ClusterView& previous);
    // Whether node `self` (of `role`) does the pair's shared work (alerts
    // about the shared state, probing overdue leases): the primary, or the
    // secondary while no primary is live, so that a pair does it once.
    static bool leadsSharedWork(const QString& role, const QString& self,
                                const std::optional<ClusterView>& view);
};

} // namespace lk
