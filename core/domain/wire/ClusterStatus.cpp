#include "wire/ClusterStatus.h"

#include "wire/WireFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {

namespace {

const WireFields<ClusterStatus::Node> kNodeFields{
    {u"name"_s, &ClusterStatus::Node::name},
    {u"address"_s, &ClusterStatus::Node::address},
    {u"role"_s, &ClusterStatus::Node::role},
    {u"version"_s, &ClusterStatus::Node::version},
    {u"last_heartbeat_ms"_s, &ClusterStatus::Node::lastHeartbeatMs},
    {u"heartbeat_age_ms"_s, &ClusterStatus::Node::heartbeatAgeMs},
    {u"live"_s, &ClusterStatus::Node::live},
    {u"self"_s, &ClusterStatus::Node::self},
};

} // namespace

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
    for (const Node& node : nodes)
        array.append(kNodeFields.toJson(node));
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
        Node node;
        kNodeFields.read(value.toObject(), node);
        status.nodes.append(node);
    }
    return status;
}

} // namespace lk::wire
