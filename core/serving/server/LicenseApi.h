#pragma once

#include "http/HttpRouter.h"
#include "server/AccessTokens.h"
#include "server/AuthRateLimiter.h"
#include "server/LeaseService.h"
#include "server/RenewalLog.h"
#include "server/SiteKey.h"
#include "wire/StatusAnswer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

namespace lk {

class AlertService;
class ServerMetrics;
class TimeSyncProbe;

// Whether this node should receive traffic, as /pingLicenseManager reports it.
struct Readiness {
    bool ready = false;
    QString reason; // machine-readable, empty when ready
    QString message;
};

// The License Manager's HTTP API: validates each request, hands it to the
// LeaseService and turns the outcome into a status code and JSON. It never
// touches a socket or the database itself.
class LicenseApi final : public QObject {
    Q_OBJECT

public:
    LicenseApi(LeaseService& service, AccessTokens tokens, QObject* parent = nullptr);

    void registerRoutes(HttpRouter& router);
    // The tokens the admin API accepts from now on (the tokens file re-read).
    void setTokens(AccessTokens tokens) { m_tokens = std::move(tokens); }
    // Records an action taken outside the API (a license loaded on SIGHUP or
    // from the console) in the audit trail and the log.
    void recordAudit(AuditEntry entry);
    void setMaintenance(bool enabled) { m_maintenance = enabled; }
    // primary, secondary or standalone, as /api/v1/status reports it.
    void setRole(const QString& role) { m_role = role; }
    const QString& role() const { return m_role; }
    bool maintenance() const { return m_maintenance; }
    // Where /api/v1/status reads whether this host's clock is synchronised
    // (reported as unknown without one). Not owned.
    void setTimeSync(const TimeSyncProbe* probe) { m_timeSync = probe; }
    // What /api/v1/status reports about TLS.
    void setTls(const wire::StatusAnswer::Tls& tls) { m_tls = tls; }
    // When set, grant, renew and release need `X-Site-Key: <key>`.
    void setSiteKey(SiteKey key) { m_siteKey = std::move(key); }
    AuthRateLimiter& rateLimiter() { return m_limiter; }
    Readiness readiness() const;
    // Serves GET /metrics from `metrics` (not owned), to anyone when `open`,
    // else to the admin token's holders like the admin API. Call before
    // registerRoutes; without it /metrics does not exist (404).
    void setMetrics(ServerMetrics* metrics, bool open) {
        m_metrics = metrics;
        m_metricsOpen = open;
    }
    // The issuer public keys a license sent to POST /api/v1/license/fit must
    // be signed with: the node's own, re-read on each request.
    void setTrustPaths(const QStringList& paths) { m_trustPaths = paths; }
    // The node's alerts, served at /api/v1/alerts (not owned; null: 503).
    void setAlerts(AlertService* alerts) { m_alerts = alerts; }
    // "Now" by the clock lease times come from (the database's with
    // PostgreSQL), so that a node with a skewed clock still computes lease
    // ages right.
    qint64 storeNowMs() const;

Q_SIGNALS:
    void maintenanceChanged(bool enabled);

private:
    void ping(const ApiRequest& request, PendingReply reply);
    void status(const ApiRequest& request, PendingReply reply);
    // NTP-style timestamps for measuring clock offsets; never touches the store.
    void time(const ApiRequest& request, PendingReply reply);
    void grant(const ApiRequest& request, PendingReply reply);
    void renew(const ApiRequest& request, PendingReply reply);
    void release(const ApiRequest& request, PendingReply reply);
    void listLeases(const ApiRequest& request, PendingReply reply);
    // The grants and renewals served lately (admin): how the HA wizard shows
    // components moving to the load balancer's virtual host.
    void recentRenewals(const ApiRequest& request, PendingReply reply);
    // Where a request came from: all a renewal record needs of it, so that
    // the store's callback does not carry the whole request (body included).
    struct RequestOrigin {
        QString forwardedFor;
        QString peerAddress;
        static RequestOrigin of(const ApiRequest& request) {
            return {QString::fromLatin1(request.forwardedFor), request.remoteAddress.toString()};
        }
    };
    void recordRenewal(RenewalRecord::Kind kind, const Lease& lease, const RequestOrigin& origin);
    void history(const ApiRequest& request, PendingReply reply);
    void free(const ApiRequest& request, PendingReply reply);
    void maintenanceState(const ApiRequest& request, PendingReply reply);
    // Maintenance makes /pingLicenseManager answer 503 so that the load
    // balancer moves traffic away, while requests that still arrive are served.
    void setMaintenanceMode(const ApiRequest& request, PendingReply reply);
    QJsonObject maintenanceJson() const;

    // Wraps a handler of the admin API: answers 429 to a locked-out address,
    // 401 unless the bearer token is valid, 403 when the token's role is below
    // `needed` (a viewer asking to change something).
    HttpRouter::Handler withToken(AccessRole needed,
                                  void (LicenseApi::*handler)(const ApiRequest&, PendingReply));
    std::optional<ApiResponse> refusedToken(const ApiRequest& request, AccessRole needed);
    // An audit entry of this request: its token's holder and where it came from.
    AuditEntry auditOf(const ApiRequest& request, const char* action) const;
    // The first use of a token from an address, per node run, goes into the trail.
    void noteTokenUse(const TokenHolder& holder, const ApiRequest& request);
    // Who am I: the name and role of the token presented.
    void access(const ApiRequest& request, PendingReply reply);
    void auditTrail(const ApiRequest& request, PendingReply reply);
    // The host groups of the policy and their live use against reserve and cap.
    void hostGroups(const ApiRequest& request, PendingReply reply);
    // Usage over time per type, from the samples the service takes each minute.
    void usageOverTime(const ApiRequest& request, PendingReply reply);
    // Replays the leases of the last days against a license sent in the body
    // (a renewal offer): which starts it would have refused (LicenseFit).
    void licenseFit(const ApiRequest& request, PendingReply reply);
    // The alerts raised lately and the delivery log (LicenseApiAlerts.cpp).
    void alerts(const ApiRequest& request, PendingReply reply);
    void alertSettings(const ApiRequest& request, PendingReply reply);
    void changeAlertSettings(const ApiRequest& request, PendingReply reply);
    // Sends a test alert on every configured channel and answers with each outcome.
    void testAlert(const ApiRequest& request, PendingReply reply);
    std::optional<ApiResponse> alertsMissing() const;
    // Wraps a component handler: with a site key set, answers 429 to a
    // locked-out address and 401 unless X-Site-Key is right.
    HttpRouter::Handler componentOnly(void (LicenseApi::*handler)(const ApiRequest&, PendingReply));
    // A 429 for an address the rate limiter has locked out, if it is.
    std::optional<ApiResponse> lockedOut(const ApiRequest& request) const;
    // Counts a wrong secret against the sender; logs a lockout it starts.
    void recordFailure(const ApiRequest& request, const QString& what);
    QJsonObject statusJson(const QMap<QString, TypeUsage>* usage) const;
    ApiResponse storeFailure(const Error& error) const;
    // Prometheus' scrape: the text exposition format.
    void metrics(const ApiRequest& request, PendingReply reply);

    LeaseService& m_service;
    AccessTokens m_tokens;
    QSet<QString> m_tokenUses; // "name address" seen since this node started
    QElapsedTimer m_uptime;
    bool m_maintenance = false;
    QString m_role = QStringLiteral("standalone");
    const TimeSyncProbe* m_timeSync = nullptr;
    wire::StatusAnswer::Tls m_tls; // default: TLS off
    SiteKey m_siteKey;
    AuthRateLimiter m_limiter;
    RenewalLog m_renewals;
    ServerMetrics* m_metrics = nullptr;
    bool m_metricsOpen = false;
    QStringList m_trustPaths;
    AlertService* m_alerts = nullptr;
};

} // namespace lk
