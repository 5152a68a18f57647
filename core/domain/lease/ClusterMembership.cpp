#include "lease/ClusterMembership.h"

#include <algorithm>
#include <limits>

namespace lk {

ClusterView ClusterMembership::decide(QList<ClusterNode> nodes, const QString& self, qint64 nowMs,
                                      int maxNodes) {
    ClusterView view;
    view.atMs = nowMs;
    view.maxNodes = maxNodes;
    for (ClusterNode& node : nodes) {
        if (node.connected)
            node.lastHeartbeatMs = std::max(node.lastHeartbeatMs, nowMs);
        node.live = node.connected || nowMs - node.lastHeartbeatMs <= kLiveWindowMs;
    }
    // Earliest up first; the name breaks ties so every node decides alike.
    std::sort(nodes.begin(), nodes.end(), [](const ClusterNode& a, const ClusterNode& b) {
        if (a.live != b.live)
            return a.live;
        return a.startedMs != b.startedMs ? a.startedMs < b.startedMs : a.name < b.name;
    });
    int place = 0;
    for (const ClusterNode& node : std::as_const(nodes)) {
        if (!node.live)
            continue;
        if (place < maxNodes)
            view.admittedNodes.append(node.name);
        ++place;
    }
    view.admitted = maxNodes <= 0 || view.admittedNodes.contains(self);
    view.nodes = std::move(nodes);
    return view;
}

Result<ClusterView> ClusterMembership::heartbeat(StoreTransaction& tx, ClusterNode self, int maxNodes,
                                                 Start start) {
    const qint64 now = tx.nowMs();
    self.lastHeartbeatMs = now;
    self.startedMs = now; // kept by the store unless the node starts a new run
    qint64 staleBeforeMs = now - kLiveWindowMs;
    if (start == Start::Keep)
        staleBeforeMs = std::numeric_limits<qint64>::min();
    else if (start == Start::New)
        staleBeforeMs = std::numeric_limits<qint64>::max();
    if (auto recorded = tx.recordHeartbeat(self, staleBeforeMs); !recorded)
        return recorded.error();
    auto nodes = tx.clusterNodes();
    if (!nodes)
        return nodes.error();
    auto clusterId = tx.clusterId();
    if (!clusterId)
        return clusterId.error();
    ClusterView view = decide(nodes.value(), self.name, now, maxNodes);
    view.clusterId = clusterId.value();
    view.sessionsTracked = tx.tracksConnectedNodes();
    return view;
}

void ClusterMembership::carryLastSeen(ClusterView& next, const ClusterView& previous) {
    for (ClusterNode& node : next.nodes) {
        if (node.live)
            continue;
        for (const ClusterNode& before : previous.nodes) {
            if (before.name == node.name)
                node.lastHeartbeatMs = std::max(node.lastHeartbeatMs, before.lastHeartbeatMs);
        }
    }
}

bool ClusterMembership::leadsSharedWork(const QString& role, const QString& self,
                                        const std::optional<ClusterView>& view) {
    if (role != QLatin1StringView("secondary") || !view)
        return true;
    for (const ClusterNode& node : view->nodes) {
        if (node.live && node.role == QLatin1StringView("primary") && node.name != self)
            return false;
    }
    return true;
}

} // namespace lk
