// What the tests that put one node under a LeaseLoad and then kill it or its
// database share: the license the node serves, fewer places than the load's
// components ask for so that the limits are exercised all the time, and the
// node's live leases read back over its admin API.
#pragma once

#include "HttpTestClient.h"
#include "TestLicense.h"

#include <QJsonArray>
#include <QMap>

namespace lk::test::leaseload {

inline constexpr int kComponents = 24;
inline constexpr int kMaxInstances = 10;
inline constexpr int kMaxTotalCores = 20;

struct LiveLease {
    QString id;
    int cores = 0;
};
using LiveLeases = QMap<QString, LiveLease>; // by instance

inline constexpr QByteArrayView kAdminToken = "lease-load-admin-token-0123456789";

// What the node started on `dir` reads: issuer.pub, a license.json whose one
// component, "vdp", allows kMaxInstances instances and kMaxTotalCores cores,
// and admin.token holding kAdminToken.
inline bool writeNodeFiles(const QString& dir) {
    QJsonObject terms = exampleTerms();
    terms.insert(QStringLiteral("components"),
                 componentsJson({{QStringLiteral("vdp"), {kMaxInstances, 4, kMaxTotalCores}}}));
    return writeServerFiles(dir, terms, kAdminToken.toByteArray());
}

// The live leases as the node on `port` lists them.
inline LiveLeases liveLeases(quint16 port) {
    HttpTestClient client(port);
    client.setToken(kAdminToken.toByteArray());
    LiveLeases leases;
    const QJsonArray listed =
        client.get(QStringLiteral("/api/v1/leases")).json.value(QStringLiteral("leases")).toArray();
    for (const QJsonValue& value : listed) {
        const QJsonObject lease = value.toObject();
        leases.insert(lease.value(QStringLiteral("instance")).toString(),
                      {lease.value(QStringLiteral("lease_id")).toString(),
                       lease.value(QStringLiteral("cores")).toInt()});
    }
    return leases;
}

// instance -> lease id, as LeaseLoad::held() and adopt() speak of leases.
inline QMap<QString, QString> idsOf(const LiveLeases& live) {
    QMap<QString, QString> byInstance;
    for (auto it = live.cbegin(); it != live.cend(); ++it)
        byInstance.insert(it.key(), it->id);
    return byInstance;
}

inline int coresOf(const LiveLeases& live) {
    int cores = 0;
    for (const LiveLease& lease : live)
        cores += lease.cores;
    return cores;
}

} // namespace lk::test::leaseload
