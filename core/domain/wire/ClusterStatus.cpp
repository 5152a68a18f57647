#include "wire/ClusterStatus.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {

ClusterStatus ClusterStatus::of(const ClusterView& view, const QString& self) {
    ClusterStatus status{view.clusterId, view.admitted, view.maxNodes, {}};
    for (const ClusterNode& node : view.nodes) {
        status.nodes.append(Node{node.name, node.address, node.role, node.version, node.lastHeartbeatMs,
                                 view.atMs - node.lastHeartbeatMs, node.live, node.name == self});
    }
    return status;
}

QJsonObject ClusterStatus::toJson() const {
    QJsonArray array;
    for (const Node& node : nodes) {
        array.append(QJsonObject{{u"name"_s, node.name},
                                 {u"address"_s, node.address},
                                 {u"role"_s, node.role},
                                 {u"version"_s, node.version},
                                 {u"last_heartbeat_ms"_s, node.lastHeartbeatMs},
                                 {u"heartbeat_age_ms"_s, node.heartbeatAgeMs},
                                 {u"live"_s, node.live},
                                 {u"self"_s, node.self}});
    }
    return {{u"id"_s, id},
            {u"admitted"_s, admitted ? QJsonValue(*admitted) : QJsonValue()},
            {u"max_license_managers"_s, maxLicenseManagers},
            {u"nodes"_s, array}};
}

ClusterStatus ClusterStatus::fromJson(const QJsonObject& json) {
    ClusterStatus status;
    status.id = json.value(u"id"_s).toString();
    const QJsonValue admitted = json.value(u"admitted"_s);
    if (admitted.isBool())
        status.admitted = admitted.toBool();
    status.maxLicenseManagers = json.value(u"max_license_managers"_s).toInt();
    for (const QJsonValue& value : json.value(u"nodes"_s).toArray()) {
        const QJsonObject node = value.toObject();
        status.nodes.append(Node{node.value(u"name"_s).toString(), node.value(u"address"_s).toString(),
                                 node.value(u"role"_s).toString(), node.value(u"version"_s).toString(),
                                 node.value(u"last_heartbeat_ms"_s).toInteger(),
                                 node.value(u"heartbeat_age_ms"_s).toInteger(),
                                 node.value(u"live"_s).toBool(), node.value(u"self"_s).toBool()});
    }
    return status;
}

} // namespace lk::wire
