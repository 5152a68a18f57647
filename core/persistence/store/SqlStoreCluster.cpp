// SqlStore's side of the node registry (lk_nodes): read inside a heartbeat's
// write transaction, or on its own where the store tracks sessions.
#include "store/SqlStore.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace lk {

Result<QList<ClusterNode>> SqlStore::registeredNodes() {
    auto query = run(u"SELECT name, address, role, version, started_ms, last_heartbeat_ms, %1 "
                     u"FROM lk_nodes ORDER BY name"_s.arg(nodeConnectedSql()));
    if (!query)
        return query.error();
    QSqlQuery& rows = **query;
    QList<ClusterNode> nodes;
    while (rows.next()) {
        ClusterNode node;
        node.name = rows.value(0).toString();
        node.address = rows.value(1).toString();
        node.role = rows.value(2).toString();
        node.version = rows.value(3).toString();
        node.startedMs = rows.value(4).toLongLong();
        node.lastHeartbeatMs = rows.value(5).toLongLong();
        node.connected = rows.value(6).toBool();
        nodes.append(node);
    }
    rows.finish();
    return nodes;
}

Result<QString> SqlStore::registeredClusterId() {
    auto id = scalar(u"SELECT value FROM lk_meta WHERE key = 'cluster_id'"_s, QString());
    if (!id)
        return id.error();
    return id->toString();
}

Result<ClusterRead> SqlStore::readCluster(const QString& self) {
    if (!tracksConnectedNodes())
        return LeaseStore::readCluster(self);
    ClusterRead read;
    auto claimed = claimNodeSession(self);
    if (!claimed)
        return claimed.error();
    read.newSession = claimed.value();
    auto now = readNowMs();
    if (!now)
        return now.error();
    read.nowMs = now.value();
    auto nodes = registeredNodes();
    if (!nodes)
        return nodes.error();
    read.nodes = std::move(nodes).value();
    auto id = registeredClusterId();
    if (!id)
        return id.error();
    read.clusterId = id.value();
    return read;
}

} // namespace lk
