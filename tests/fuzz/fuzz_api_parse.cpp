// The console reading what a node answers (console/ApiParse): the body of
// /api/v1/status, of a lease in /api/v1/leases and of a history entry. The
// bytes come from the network, so any of them must be read without harm.
//
// Invariants: parsing is a function of the answer alone. The console parses
// every poll into a NodeStatus that may already hold the previous poll, so
// reading an answer over an earlier one must give what reading it into a
// fresh NodeStatus gives: nothing stale may survive (usage of a type that
// disappeared, a license that was removed, nodes that left the cluster).
#include "FuzzCheck.h"

#include "admin/ApiParse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

// A full answer from a node with a license, usage, a cluster and time sync.
QJsonObject richStatus() {
    static const QByteArray json = R"({
      "node": "lk-1", "role": "primary", "version": "0.1.0", "uptime_s": 3600,
      "server_time_ms": 1764000000000, "maintenance": true,
      "store": {"kind": "postgresql", "healthy": true, "detail": "ok", "database_clock_offset_ms": 12.6},
      "time_sync": {"source": "chrony", "synchronized": true, "detail": "synced"},
      "license": {"loaded": true, "problem": {"error": "expired", "message": "old"},
                  "license_id": "acme-2027", "licensee": "ACME", "expires_ms": 1830297599000,
                  "grace_period_s": 432000, "renew_after_s": 300, "max_license_managers": 2,
                  "key_id": "41441e077b869af6",
                  "components": {"vdp": {"instances_allowed": 2, "cores_allowed": 24,
                                         "max_cores_per_instance": 16,
                                         "instances_used": 1, "cores_used": 8}}},
      "cluster": {"id": "c-1", "admitted": true, "max_license_managers": 2,
                  "nodes": [{"name": "lk-1", "role": "primary", "live": true, "self": true},
                            {"name": "lk-2", "role": "secondary", "live": false, "self": false}]}
    })";
    return QJsonDocument::fromJson(json).object();
}

// The fields apiparse::status() owns.
bool sameStatus(const NodeStatus& a, const NodeStatus& b) {
    const auto sameUsage = [](const QMap<QString, TypeUsage>& x, const QMap<QString, TypeUsage>& y) {
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            const TypeUsage other = y.value(it.key());
            if (it->instancesUsed != other.instancesUsed || it->coresUsed != other.coresUsed)
                return false;
        }
        return true;
    };
    const auto sameNodes = [](const QList<ClusterMember>& x, const QList<ClusterMember>& y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (x[i].name != y[i].name || x[i].role != y[i].role || x[i].live != y[i].live ||
                x[i].self != y[i].self)
                return false;
        }
        return true;
    };
    return a.node == b.node && a.role == b.role && a.version == b.version && a.uptimeS == b.uptimeS &&
           a.serverTimeMs == b.serverTimeMs && a.maintenance == b.maintenance && a.license == b.license &&
           a.licenseKeyId == b.licenseKeyId && a.licenseProblemCode == b.licenseProblemCode &&
           a.licenseProblem == b.licenseProblem && sameUsage(a.usage, b.usage) &&
           a.usageKnown == b.usageKnown && a.storeKind == b.storeKind && a.storeHealthy == b.storeHealthy &&
           a.storeDetail == b.storeDetail && a.databaseClockOffsetMs == b.databaseClockOffsetMs &&
           a.timeSync == b.timeSync && a.clusterId == b.clusterId && a.clusterAdmitted == b.clusterAdmitted &&
           a.clusterMaxLicenseManagers == b.clusterMaxLicenseManagers && sameNodes(a.clusterNodes, b.clusterNodes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > fuzz::kMaxInput)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject answer = document.object();

    NodeStatus fresh;
    apiparse::status(answer, fresh);
    NodeStatus polledBefore;
    apiparse::status(richStatus(), polledBefore);
    apiparse::status(answer, polledBefore);
    FUZZ_CHECK(sameStatus(fresh, polledBefore));
    FUZZ_CHECK(!fresh.usageKnown || fresh.license.has_value());

    // Leases and history entries: deterministic, and the holder is read
    // from the same fields for both.
    const Lease lease = apiparse::lease(answer);
    FUZZ_CHECK(apiparse::lease(answer) == lease);
    const HistoryEntry entry = apiparse::historyEntry(answer);
    FUZZ_CHECK(entry.holder == lease.holder);
    FUZZ_CHECK(!(entry.endReason && entry.denialReason));
    return 0;
}
