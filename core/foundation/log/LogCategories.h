#pragma once

#include <QLoggingCategory>

// LeaseKeeper's logging categories, one per area, declared here and defined
// once in LogCategories.cpp. Each logs info and above by default; debug is
// turned on with QT_LOGGING_RULES, e.g. "leasekeeper.lease.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLease)   // leasekeeper.lease: one line per lease event
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // leasekeeper.store: the database going away and coming back
Q_DECLARE_LOGGING_CATEGORY(lcHttp)    // leasekeeper.http: connection limits, slow clients
Q_DECLARE_LOGGING_CATEGORY(lcAuth)    // leasekeeper.auth: lockouts after failed secrets
Q_DECLARE_LOGGING_CATEGORY(lcAudit)   // leasekeeper.audit: every entry of the audit trail
Q_DECLARE_LOGGING_CATEGORY(lcServer)  // leasekeeper.server: start, license, maintenance, stop
Q_DECLARE_LOGGING_CATEGORY(lcTls)     // leasekeeper.tls: certificates loaded and reloaded
Q_DECLARE_LOGGING_CATEGORY(lcCluster) // leasekeeper.cluster: admission among the License Managers
Q_DECLARE_LOGGING_CATEGORY(lcClock)   // leasekeeper.clock: time synchronization of this host
Q_DECLARE_LOGGING_CATEGORY(lcClient)  // leasekeeper.client: a component's lease, as the client sees it
Q_DECLARE_LOGGING_CATEGORY(lcLicense) // leasekeeper.license: trusted keys that could not be read
Q_DECLARE_LOGGING_CATEGORY(lcAlert)   // leasekeeper.alert: alerts raised and their deliveries
Q_DECLARE_LOGGING_CATEGORY(lcReclaim) // leasekeeper.reclaim: probes of overdue leases, their outcomes
