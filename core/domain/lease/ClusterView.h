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
    qint64 startedMs = 0;       // first heartbeat of its current run
    qint64 lastHeartbeatMs = 0; // when it was last known live: its last write, or seen connected
    // Its database session is open right now (a store that tracks sessions:
    // PostgreSQL); such a node is live without writing heartbeats.
    bool connected = false;
    bool live = false;
};

// The registry as read without writing, by a node whose store tracks
// sessions (LeaseStore::readCluster).
struct ClusterRead {
    QList<ClusterNode> nodes;
    QString clusterId;
    qint64 nowMs = 0; // the store's clock
    // This read marked the connection as the node's: the first read of a
    // connection (after a start, or a reconnect that ended the last one).
    bool newSession = false;
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
    // The store knows which nodes are connected: a node on record stays
    // live by reading (ClusterRead), not by writing heartbeats.
    bool sessionsTracked = false;
};

} // namespace lk
