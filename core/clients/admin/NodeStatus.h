#pragma once

#include "lease/Lease.h"
#include "license/LicenseTerms.h"
#include "timesync/TimeSync.h"

#include <QMap>
#include <QString>
#include <optional>

namespace lk {

// One node of a cluster as another node lists it (the cluster of /api/v1/status).
struct ClusterMember {
    QString name;
    QString role;
    bool live = false; // its heartbeat is recent
    bool self = false; // the node that answered
};

// What the console knows about one License Manager node after a poll.
struct NodeStatus {
    bool reachable = false;
    QString lastError;      // why it was not reachable, or why it is not ready
    int pingHttpStatus = 0; // 200 ready, 503 not ready, 0 no answer
    QString pingReason;     // e.g. store_unavailable, maintenance, license_expired
    QString pingMessage;
    qint64 responseTimeMs = -1; // round trip of the status request
    qint64 clockOffsetMs = 0;   // node clock minus console clock, from server_time_ms

    QString node;
    QString role;
    QString version;
    qint64 uptimeS = 0;
    qint64 serverTimeMs = 0;
    bool maintenance = false;

    std::optional<LicenseTerms> license; // terms as reported (limits and identity)
    QString licenseKeyId;
    QString licenseProblemCode;
    QString licenseProblem;
    QMap<QString, TypeUsage> usage; // per component type, when the store answered
    bool usageKnown = false;

    QString storeKind;
    bool storeHealthy = false;
    QString storeDetail;
    // The database clock minus the node's (PostgreSQL only), as the node measured it.
    std::optional<qint64> databaseClockOffsetMs;
    // Whether the node's host keeps its clock synchronised; unset when the
    // node is too old to say.
    std::optional<TimeSync> timeSync;

    // The nodes sharing this node's database: the same cluster id means the
    // same database. Empty id when the node has not joined yet (or is too old).
    QString clusterId;
    std::optional<bool> clusterAdmitted; // within the license's node limit
    int clusterMaxLicenseManagers = 0;
    QList<ClusterMember> clusterNodes;

    bool isReady() const { return reachable && pingHttpStatus == 200; }
};

// Active leases as a node reported them, with the node's clock at that moment.
struct LeaseSnapshot {
    QList<Lease> leases;
    qint64 serverTimeMs = 0;
    qint64 fetchedAtMs = 0; // console clock
    qint64 renewAfterS = 300;
};

// One look at a node's leases: every live lease, or what changed since the
// cursor of the previous look.
struct LeaseUpdate {
    LeaseChanges changes;
    qint64 serverTimeMs = 0;
    qint64 fetchedAtMs = 0; // console clock
};

// A grant or renewal one node served, as GET /api/v1/renewals lists it.
struct ServedRenewal {
    qint64 sequence = 0;
    bool grant = false;
    qint64 atMs = 0; // the node's clock
    QString component;
    QString instance;
    QString host;
    bool throughLoadBalancer = false; // the request carried X-Forwarded-For
};

// What GET /api/v1/renewals?after=N answered.
struct RenewalBatch {
    QString node;
    qint64 lastSequence = 0; // ask with after=lastSequence next time
    QList<ServedRenewal> renewals;
};

} // namespace lk
