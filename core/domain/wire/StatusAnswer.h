#pragma once

#include "timesync/TimeSync.h"
#include "wire/ClusterStatus.h"
#include "wire/LicenseStatus.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lk::wire {

// GET /api/v1/status (schema Status): one node's health, license, usage,
// cluster, store, clock synchronization and TLS, open to anyone.
struct StatusAnswer {
    // What /pingLicenseManager would answer.
    struct Ping {
        bool ok = false;
        QString message;
        QString reason; // the first failed readiness rule; empty when ok
    };
    struct Store {
        QString kind; // sqlite or postgresql
        bool healthy = false;
        QString detail;
        qint64 pendingJobs = 0;
        std::optional<qint64> databaseClockOffsetMs; // PostgreSQL only
    };
    struct Tls {
        bool enabled = false;
        bool only = false;                         // --tls-only
        std::optional<QString> certificateExpires; // ISO 8601 UTC
    };

    QString node;
    QString role;
    QString version;
    qint64 uptimeS = 0;
    qint64 serverTimeMs = 0;
    bool maintenance = false;
    Ping ping;
    LicenseStatus license;
    std::optional<ClusterStatus> cluster; // unset until the node's first heartbeat
    Store store;
    // Whether the host keeps its clock synchronised; unset when an older node
    // does not say.
    std::optional<TimeSync> timeSync;
    Tls tls;

    QJsonObject toJson() const;
    // Lenient, as a console reads a node that may be newer or older.
    static StatusAnswer fromJson(const QJsonObject& json);
};

} // namespace lk::wire
