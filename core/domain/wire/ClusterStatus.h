#pragma once

#include "lease/ClusterView.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace lk::wire {

// The "cluster" object of GET /api/v1/status (schemas Cluster and
// ClusterNode): the nodes registered in the same database.
struct ClusterStatus {
    struct Node {
        QString name;
        QString address;
        QString role;
        QString version;
        qint64 lastHeartbeatMs = 0;
        qint64 heartbeatAgeMs = 0; // by the store's clock at the answering node's heartbeat
        bool live = false;
        bool self = false; // the node that answered
    };

    QString id;
    std::optional<bool> admitted; // unset when an older node does not say
    int maxLicenseManagers = 0;
    QList<Node> nodes;

    // What node `self` reports from its last heartbeat.
    static ClusterStatus of(const ClusterView& view, const QString& self);
    QJsonObject toJson() const;
    // Lenient: a missing field reads as empty, 0 or false.
    static ClusterStatus fromJson(const QJsonObject& json);
};

} // namespace lk::wire
