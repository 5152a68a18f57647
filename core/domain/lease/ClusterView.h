#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lk {

// One License Manager node as the shared database's registry knows it.
struct ClusterNode {
    QString name;
    QString address;
    QString role; // primary, secondary or standalone
    QString version;
    qint64 startedMs = 0; // first heartbeat of its current run
    qint64 lastHeartbeatMs = 0;
    bool live = false;
};

// What a node learns from its heartbeat: the cluster it belongs to, the
// nodes it sees, and whether the license lets it serve.
struct ClusterView {
    QString clusterId;
    QList<ClusterNode> nodes;
    qint64 atMs = 0; // the store's clock at the heartbeat
    bool admitted = true;
    QStringList admittedNodes; // when refused: the nodes that hold the license's places
    int maxNodes = 0;
};

} // namespace lk
