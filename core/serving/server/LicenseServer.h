#pragma once

#include "alert/AlertService.h"
#include "http/GuardedListener.h"
#include "http/HttpServer.h"
#include "http/TlsReloader.h"
#include "reclaim/ReclaimService.h"
#include "server/LeaseService.h"
#include "server/LicenseApi.h"
#include "server/PolicyFile.h"
#include "server/ServerConfig.h"
#include "server/ServerMetrics.h"
#include "timesync/TimeSyncProbe.h"
#include "tls/TlsServerCredentials.h"

#include <QObject>
#include <QTcpServer>
#include <memory>
#include <optional>

namespace lk {

// One License Manager node: license, store, lease service and HTTP API wired
// together. leasekeeper-server runs one; the console runs one in-process.
class LicenseServer final : public QObject {
    Q_OBJECT

public:
    LicenseServer(ServerConfig config, const Clock& clock, QObject* parent = nullptr);
    ~LicenseServer() override;

    // Loads the license (a bad one is reported, not fatal: the node serves and
    // /pingLicenseManager says what is wrong), opens the store and listens.
    // Fails only when the node cannot serve at all (port taken, bad token file).
    Status start();
    // Re-reads the license file and trusted keys. With an `actor` (who asked:
    // "console", a signal), the audit trail records the license loaded.
    void reloadLicense(const QString& actor = {});
    // Re-reads the license, the tokens file and, with TLS, the certificate and
    // key (SIGHUP); `trigger` names the request in the log and the audit trail.
    void reload(const QString& trigger);
    void setTrustPaths(const QStringList& paths);
    // Re-reads the --policy file; one that does not parse leaves the policy
    // in force. `actor` names who asked in the log and the audit trail.
    void reloadPolicy(const QString& actor);

    quint16 port() const;
    const ServerConfig& config() const { return m_config; }
    LeaseService& service() { return *m_service; }
    LicenseApi& api() { return *m_api; }
    TimeSyncProbe& timeSync() { return m_timeSync; }
    // The TLS certificate served, when --tls-cert is set.
    const std::optional<TlsServerCredentials>& tls() const { return m_tls; }
    int openConnections() const { return m_listener ? m_listener->openConnections() : 0; }
    // The routes this node serves, once started (empty before).
    QList<HttpRouter::RouteInfo> routes() const {
        return m_http ? m_http->router().routes() : QList<HttpRouter::RouteInfo>();
    }
    // Watches the TLS files once started with TLS; null otherwise.
    TlsReloader* tlsReloader() const { return m_tlsReloader.get(); }
    // Null before start().
    AlertService* alerts() { return m_alerts.get(); }
    // Null with --probe-interval-s 0, and before start().
    ReclaimService* reclaim() { return m_reclaim.get(); }
    // Null with --metrics off.
    ServerMetrics* metrics() { return m_metrics.get(); }

private:
    LicenseState loadLicense() const;
    // The admin token and the tokens file; an error names the file and line.
    Result<AccessTokens> loadTokens() const;
    Result<std::unique_ptr<LeaseStore>> makeStore() const;
    // Loads the --policy file, if any (null without one), and watches it.
    Result<std::shared_ptr<const GroupPolicy>> startPolicy();
    void serveTls(const TlsServerCredentials& credentials);
    Status startAlerts();
    // Probes overdue leases (and reclaims dead ones under the policy).
    void startReclaim();
    // An audit entry for the alerts file re-read (an edit on disk, SIGHUP).
    void auditAlertsReload(const Status& outcome, const QString& actor);

    ServerConfig m_config;
    const Clock& m_clock;
    std::unique_ptr<LeaseService> m_service;
    TimeSyncProbe m_timeSync;
    std::unique_ptr<LicenseApi> m_api;
    std::unique_ptr<AlertService> m_alerts;    // watches m_service; gone before it
    std::unique_ptr<ReclaimService> m_reclaim; // uses m_service; gone before it
    std::unique_ptr<ServerMetrics> m_metrics;  // outlives m_http, which times requests into it
    std::unique_ptr<HttpServer> m_http;
    GuardedListener* m_listener = nullptr; // owned by m_http once bound
    std::optional<TlsServerCredentials> m_tls;
    std::unique_ptr<TlsReloader> m_tlsReloader;
    std::unique_ptr<PolicyFile> m_policyFile;
};

} // namespace lk
