#include "server/LicenseServer.h"

#include "http/DescriptorLimit.h"
#include "license/TrustedKeys.h"
#include "log/LogCategories.h"
#include "server/LeaseEventLog.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace lk {

LicenseServer::LicenseServer(ServerConfig config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock) {}

LicenseServer::~LicenseServer() {
    m_tlsReloader.reset();
    // Stop taking requests before the service that answers them goes away.
    m_http.reset();
    m_metrics.reset();
    m_api.reset();
    m_alerts.reset();
    m_service.reset();
}

LicenseState LicenseServer::loadLicense() const {
    LicenseState state;
    state.path = m_config.licensePath;
    const TrustedKeys trusted = TrustedKeys::load(m_config.trustPaths);
    const LicenseVerifier verifier = trusted.verifier();
    if (verifier.trustedKeys().isEmpty() && !trusted.skipped().isEmpty()) {
        state.problem = trusted.skipped().constFirst(); // why the only keys given are no use
        return state;
    }
    if (verifier.trustedKeys().isEmpty()) {
        state.problem = makeError(u"no_trusted_key"_s,
                                  tr("no issuer public key is trusted; start the server with --trust FILE"));
        return state;
    }
    const LicenseCheck check = verifier.verifyFile(m_config.licensePath, m_clock.nowMs());
    state.problem = check.problem;
    if (check.license) {
        state.terms = check.license->terms();
        state.keyId = check.license->keyId();
    }
    return state;
}

void LicenseServer::reloadLicense(const QString& actor) {
    LicenseState state = loadLicense();
    if (state.problem)
        qCWarning(lcServer).noquote() << tr("license problem: %1").arg(state.problem->message);
    else
        qCInfo(lcServer).noquote()
            << tr("serving license %1 for %2").arg(state.terms->licenseId, state.terms->licensee);
    if (!actor.isEmpty() && m_api) {
        AuditEntry entry;
        entry.node = m_config.nodeName;
        entry.actor = actor;
        entry.action = QString::fromLatin1(audit::actions::kLicenseLoad);
        entry.target = state.terms ? state.terms->licenseId : m_config.licensePath;
        entry.outcome = QString::fromLatin1(state.problem ? audit::outcomes::kFailed : audit::outcomes::kOk);
        entry.detail =
            state.problem
                ? state.problem->message
                : tr("serving license %1 for %2").arg(state.terms->licenseId, state.terms->licensee);
        m_api->recordAudit(std::move(entry));
    }
    m_service->setLicense(std::move(state));
}

void LicenseServer::setTrustPaths(const QStringList& paths) {
    m_config.trustPaths = paths;
    if (m_api)
        m_api->setTrustPaths(paths);
}

Result<AccessTokens> LicenseServer::loadTokens() const {
    auto token = AdminToken::fromFile(m_config.adminTokenPath, m_config.adminTokenIsDefault);
    if (!token)
        return token.error();
    AccessTokens tokens;
    if (!m_config.tokensPath.isEmpty()) {
        auto named = AccessTokens::fromFile(m_config.tokensPath);
        if (!named)
            return named.error();
        tokens = std::move(named).value();
    }
    tokens.addAdminToken(token.value());
    return tokens;
}

Result<std::shared_ptr<const GroupPolicy>> LicenseServer::startPolicy() {
    if (m_config.policyPath.isEmpty())
        return std::shared_ptr<const GroupPolicy>();
    auto file = std::make_unique<PolicyFile>(m_config.policyPath);
    auto policy = file->load();
    if (!policy)
        return policy.error();
    qCInfo(lcServer).noquote() << tr("host group policy %1: %n rule(s)", nullptr,
                                     int(policy.value()->rules().size()))
                                      .arg(m_config.policyPath);
    m_policyFile = std::move(file);
    connect(m_policyFile.get(), &PolicyFile::changed, this,
            [this] { reloadPolicy(tr("policy file changed")); });
    return policy;
}

void LicenseServer::reloadPolicy(const QString& actor) {
    if (!m_policyFile)
        return;
    auto policy = m_policyFile->load();
    AuditEntry entry;
    entry.node = m_config.nodeName;
    entry.actor = actor;
    entry.action = QString::fromLatin1(audit::actions::kPolicyLoad);
    entry.target = m_config.policyPath;
    if (policy) {
        entry.outcome = QString::fromLatin1(audit::outcomes::kOk);
        entry.detail = tr("%n rule(s) in force for the next grants; running leases stay", nullptr,
                          int(policy.value()->rules().size()));
        qCInfo(lcServer).noquote()
            << tr("host group policy %1 re-read: %2").arg(m_config.policyPath, entry.detail);
        m_service->setGroupPolicy(std::move(policy).value());
    } else {
        entry.outcome = QString::fromLatin1(audit::outcomes::kFailed);
        entry.detail = tr("%1; the policy in force stays").arg(policy.error().message);
        qCWarning(lcServer).noquote() << entry.detail;
    }
    if (m_api)
        m_api->recordAudit(std::move(entry));
}

void LicenseServer::reload(const QString& trigger) {
    if (!m_service)
        return; // not started
    qCInfo(lcServer).noquote() << (m_tlsReloader
                                       ? tr("%1: re-reading the license and the TLS certificate").arg(trigger)
                                       : tr("%1: re-reading the license").arg(trigger));
    reloadLicense(trigger);
    if (auto tokens = loadTokens(); tokens) {
        qCInfo(lcServer).noquote() << tr("%n token(s) accepted", nullptr, int(tokens->size()));
        m_api->setTokens(std::move(tokens).value());
    } else {
        qCWarning(lcServer).noquote()
            << tr("%1; the tokens accepted so far stay").arg(tokens.error().message);
    }
    reloadPolicy(trigger);
    if (m_alerts && !m_alerts->path().isEmpty())
        auditAlertsReload(m_alerts->reload(), trigger);
    if (m_tlsReloader)
        m_tlsReloader->reload(trigger);
}

Status LicenseServer::startAlerts() {
    m_alerts = std::make_unique<AlertService>(
        *m_service, m_clock, [this] { return m_api->storeNowMs(); }, m_config.role, m_config.alertsPath);
    if (auto started = m_alerts->start(); !started)
        return started;
    connect(m_alerts.get(), &AlertService::fileReloaded, this,
            [this](const Status& outcome) { auditAlertsReload(outcome, tr("alerts file changed")); });
    m_api->setAlerts(m_alerts.get());
    if (!m_config.alertsPath.isEmpty())
        qCInfo(lcAlert).noquote() << tr("alert settings from %1").arg(m_config.alertsPath);
    return {};
}

void LicenseServer::auditAlertsReload(const Status& outcome, const QString& actor) {
    AuditEntry entry;
    entry.node = m_config.nodeName;
    entry.actor = actor;
    entry.action = QString::fromLatin1(audit::actions::kAlertsChange);
    entry.target = m_config.alertsPath;
    entry.outcome = QString::fromLatin1(outcome ? audit::outcomes::kOk : audit::outcomes::kFailed);
    entry.detail = outcome ? tr("alert settings re-read")
                           : tr("%1; the settings in force stay").arg(outcome.error().message);
    if (outcome)
        qCInfo(lcAlert).noquote() << tr("%1: %2").arg(m_config.alertsPath, entry.detail);
    else
        qCWarning(lcAlert).noquote() << entry.detail;
    m_api->recordAudit(std::move(entry));
}

void LicenseServer::serveTls(const TlsServerCredentials& credentials) {
    m_tls = credentials;
    if (m_listener)
        m_listener->setTls(credentials.configuration(), m_config.tlsOnly);
    m_api->setTls(
        wire::StatusAnswer::Tls{true, m_config.tlsOnly, credentials.expires().toString(Qt::ISODate)});
}

Status LicenseServer::start() {
    auto tokens = loadTokens();
    if (!tokens)
        return tokens.error();
    auto policy = startPolicy();
    if (!policy)
        return policy.error();
    if (!m_config.tlsCertificatePath.isEmpty()) {
        auto tls = TlsServerCredentials::load(m_config.tlsCertificatePath, m_config.tlsKeyPath,
                                              QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC));
        if (!tls)
            return tls.error();
        for (const QString& warning : tls->warnings())
            qCWarning(lcServer).noquote() << warning;
        m_tls = tls.value();
    }
    SiteKey siteKey;
    if (!m_config.siteKeyPath.isEmpty()) {
        auto loaded = SiteKey::fromFile(m_config.siteKeyPath);
        if (!loaded)
            return loaded.error();
        siteKey = loaded.value();
    }

    auto store = makeStore();
    if (!store)
        return store.error();
    m_service = std::make_unique<LeaseService>(std::move(store).value(), m_clock, m_config.nodeName);
    connect(m_service.get(), &LeaseService::leaseEvent, this, &LeaseEventLog::write);
    m_service->setUsageRetentionDays(m_config.usageRetentionDays);
    m_service->setGroupPolicy(policy.value());
    m_service->setReclaimPolicy(m_config.reclaim);
    reloadLicense();
    m_api = std::make_unique<LicenseApi>(*m_service, std::move(tokens).value());
    m_api->setRole(m_config.role);
    m_api->setTrustPaths(m_config.trustPaths);
    m_api->setTimeSync(&m_timeSync);
    m_api->setSiteKey(siteKey);
    if (auto alerts = startAlerts(); !alerts)
        return alerts;
    connect(m_api.get(), &LicenseApi::maintenanceChanged, this, [this](bool enabled) {
        qCInfo(lcServer).noquote() << (enabled ? tr("maintenance mode on: /pingLicenseManager answers 503")
                                               : tr("maintenance mode off"));
    });
    m_http = std::make_unique<HttpServer>(m_config.nodeName.toUtf8());
    if (m_config.metrics != ServerConfig::MetricsAccess::Off) {
        m_metrics = std::make_unique<ServerMetrics>(*m_service, *m_api, m_timeSync);
        m_metrics->setOpenConnections([this] { return openConnections(); });
        connect(m_service.get(), &LeaseService::leaseEvent, m_metrics.get(), &ServerMetrics::record);
        m_api->setMetrics(m_metrics.get(), m_config.metrics == ServerConfig::MetricsAccess::Open);
        m_http->setRequestDurations(&m_metrics->requestDurations());
    }
    m_api->registerRoutes(m_http->router());

    m_listener = new GuardedListener(m_config.limits, m_http.get());
    m_listener->setNodeName(m_config.nodeName.toUtf8());
    if (m_tls)
        serveTls(*m_tls);
    // Each connection is a descriptor; a few dozen more for the store, logs and refusals.
    const long wantedDescriptors = long(m_config.limits.maxConnections) + 320;
    if (const long descriptors = DescriptorLimit::raiseTo(wantedDescriptors);
        descriptors >= 0 && descriptors < wantedDescriptors)
        qCWarning(lcServer).noquote()
            << tr("the limit of %1 open files (ulimit -n) is below --max-connections %2: "
                  "connections beyond it wait in the kernel's queue")
                   .arg(descriptors)
                   .arg(m_config.limits.maxConnections);
    if (!m_listener->listen(m_config.bindAddress, m_config.port)) {
        return makeError(u"listen_failed"_s, tr("cannot listen on %1 port %2: %3")
                                                 .arg(m_config.bindAddress.toString())
                                                 .arg(m_config.port)
                                                 .arg(m_listener->errorString()));
    }
    m_http->bind(m_listener);
    if (m_tls) {
        m_tlsReloader =
            std::make_unique<TlsReloader>(m_config.tlsCertificatePath, m_config.tlsKeyPath, *m_tls);
        m_tlsReloader->setClock(m_clock);
        connect(m_tlsReloader.get(), &TlsReloader::credentialsChanged, this, &LicenseServer::serveTls);
    }
    m_service->setIdentity(u"%1:%2"_s.arg(QSysInfo::machineHostName()).arg(port()), m_config.role);
    m_service->start();
    startReclaim();
    connect(&m_timeSync, &TimeSyncProbe::updated, this,
            [previous = TimeSync()](const TimeSync& sync) mutable {
                if (sync.synchronized != previous.synchronized && sync.synchronized == false)
                    qCWarning(lcClock).noquote()
                        << tr("this host's clock is not synchronized: %1").arg(sync.detail);
                else if (sync.synchronized != previous.synchronized)
                    qCInfo(lcClock).noquote()
                        << tr("clock synchronization (%1): %2").arg(sync.source, sync.detail);
                previous = sync;
            });
    m_timeSync.start();
    qCInfo(lcServer).noquote() << tr("node %1 listening on %2 port %3, store %4")
                                      .arg(m_config.nodeName, m_config.bindAddress.toString())
                                      .arg(port())
                                      .arg(m_config.storeDescription());
    if (m_tls)
        qCInfo(lcServer).noquote() << tr("TLS on port %1 for %2, certificate valid until %3; plain HTTP %4")
                                          .arg(port())
                                          .arg(m_tls->subject(), m_tls->expires().toString(Qt::ISODate),
                                               m_config.tlsOnly ? tr("refused") : tr("accepted too"));
    if (siteKey.isRequired())
        qCInfo(lcServer).noquote()
            << tr("components must send the site key from %1").arg(m_config.siteKeyPath);
    return {};
}

void LicenseServer::startReclaim() {
    const ReclaimPolicy& policy = m_config.reclaim;
    if (policy.probeIntervalS <= 0)
        return;
    ProbeSettings settings;
    settings.excluded = m_config.probeExclusions;
    settings.timeoutMs = m_config.probeTimeoutMs;
    m_reclaim = std::make_unique<ReclaimService>(*m_service, m_clock, settings);
    m_reclaim->start();
    if (policy.enabled())
        qCInfo(lcServer).noquote()
            << tr("overdue leases are probed every %1 s and reclaimed after %2 s overdue when %3 probes in a "
                  "row are refused")
                   .arg(policy.probeIntervalS)
                   .arg(policy.reclaimAfterS)
                   .arg(policy.refusals);
}

Result<std::unique_ptr<LeaseStore>> LicenseServer::makeStore() const {
    if (!m_config.postgres)
        return std::unique_ptr<LeaseStore>(std::make_unique<SqliteStore>(
            m_config.sqlitePath, m_clock, SqliteStore::Use::OwnedByThisProcess));
    auto password = m_config.databasePassword();
    if (!password)
        return password.error();
    auto store = std::make_unique<PostgresStore>(*m_config.postgres, password.value(),
                                                 m_config.pgLeaseTimesFromNodeClock ? &m_clock : nullptr);
    return std::unique_ptr<LeaseStore>(std::move(store));
}

quint16 LicenseServer::port() const {
    return m_listener ? m_listener->serverPort() : 0;
}

} // namespace lk
