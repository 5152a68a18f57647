#include "log/LogCategories.h"

Q_LOGGING_CATEGORY(lcLease, "leasekeeper.lease", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "leasekeeper.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "leasekeeper.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "leasekeeper.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "leasekeeper.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "leasekeeper.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "leasekeeper.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCluster, "leasekeeper.cluster", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClock, "leasekeeper.clock", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "leasekeeper.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLicense, "leasekeeper.license", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlert, "leasekeeper.alert", QtInfoMsg)
