#include "server/ServerMetrics.h"

#include "server/LicenseApi.h"
#include "timesync/TimeSyncProbe.h"

using namespace Qt::StringLiterals;

namespace lk {

namespace {

constexpr std::array kDenialReasons{
    DenialReason::TypeNotLicensed,      DenialReason::LicenseExpired, DenialReason::InstanceLimit,
    DenialReason::CoresPerInstance,     DenialReason::CoreLimit,      DenialReason::GroupCap,
    DenialReason::ReservedForOtherGroup};
static_assert(kDenialReasons.size() == kDenialReasonCount, "every denial reason has its counter");

double flag(bool value) {
    return value ? 1.0 : 0.0;
}

} // namespace

const std::vector<double>& ServerMetrics::durationBuckets() {
    // From a renewal on an idle node (a few hundred microseconds) to a
    // request stuck behind a database that stopped answering.
    static const std::vector<double> buckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                             0.1,    0.25,  0.5,    1,     2.5,  5,     10};
    return buckets;
}

ServerMetrics::ServerMetrics(LeaseService& service, const LicenseApi& api, const TimeSyncProbe& timeSync,
                             QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_api(api)
    , m_timeSync(timeSync)
    , m_buildInfo(m_registry.gauge("leasekeeper_build_info",
                                   u"Always 1; the version label names the build."_s, {"version"}))
    , m_nodeInfo(m_registry.gauge("leasekeeper_node_info",
                                  u"Always 1; labels: this node's name, its role (primary, secondary or "
                                  u"standalone) and its store (sqlite or postgresql)."_s,
                                  {"node", "role", "store"}))
    , m_nodeReady(m_registry.gauge(
          "leasekeeper_node_ready",
          u"1 when this node serves: GET /pingLicenseManager would answer 200 (license valid, store healthy, "
          u"admitted, not in maintenance)."_s))
    , m_maintenance(
          m_registry.gauge("leasekeeper_maintenance", u"1 while this node is in maintenance mode."_s))
    , m_licenseLoaded(m_registry.gauge("leasekeeper_license_loaded",
                                       u"1 when a verified license is loaded (expired or not)."_s))
    , m_licenseExpiry(
          m_registry.gauge("leasekeeper_license_expiry_timestamp_seconds",
                           u"When the loaded license expires, in seconds since the Unix epoch."_s))
    , m_storeUp(m_registry.gauge("leasekeeper_store_up",
                                 u"1 when the store (database) answers; 0 also when this scrape could not "
                                 u"read the usage from it."_s))
    , m_storeQueue(
          m_registry.gauge("leasekeeper_store_queue_jobs",
                           u"Jobs waiting for the store's thread (the queue holds 20000 at most)."_s))
    , m_storeWrites(m_registry.counter(
          "leasekeeper_store_write_transactions_total",
          u"Write transactions this node began on its store (each holds a batch of grants, renewals and "
          u"releases); it stays flat while nothing is due."_s))
    , m_clockOffset(m_registry.gauge("leasekeeper_database_clock_offset_seconds",
                                     u"The shared database's clock minus this host's (PostgreSQL only)."_s))
    , m_timeSyncState(m_registry.gauge(
          "leasekeeper_time_sync_state",
          u"1 for the state of this host's clock synchronization (synchronized, unsynchronized or unknown), "
          u"0 for the others; source: timedatectl, chrony, w32tm or unknown."_s,
          {"source", "state"}))
    , m_leasesLive(m_registry.gauge("leasekeeper_leases_live",
                                    u"Live leases per component type (one per running instance)."_s,
                                    {"component"}))
    , m_leasesOverdue(m_registry.gauge(
          "leasekeeper_leases_overdue",
          u"Live leases whose component missed its renewals and is presumably running in grace."_s,
          {"component"}))
    , m_leasesDead(m_registry.gauge(
          "leasekeeper_leases_dead",
          u"Overdue leases whose latest probes were refused: nothing listens where the component ran, and "
          u"its seat stays taken until it is reclaimed, freed or its grace ends."_s,
          {"component"}))
    , m_coresDead(m_registry.gauge("leasekeeper_cores_dead",
                                   u"Cores held by the leases of leasekeeper_leases_dead."_s, {"component"}))
    , m_instancesUsed(m_registry.gauge("leasekeeper_instances_used",
                                       u"Instances holding a live lease, per component type."_s,
                                       {"component"}))
    , m_instancesAllowed(m_registry.gauge("leasekeeper_instances_allowed",
                                          u"Instances the license allows, per component type."_s,
                                          {"component"}))
    , m_coresUsed(m_registry.gauge("leasekeeper_cores_used",
                                   u"Cores held by live leases, per component type."_s, {"component"}))
    , m_coresAllowed(m_registry.gauge("leasekeeper_cores_allowed",
                                      u"Cores the license allows in all, per component type."_s,
                                      {"component"}))
    , m_grants(m_registry.counter("leasekeeper_lease_grants_total", u"Leases granted."_s, {"component"}))
    , m_renewals(m_registry.counter("leasekeeper_lease_renewals_total", u"Leases renewed."_s, {"component"}))
    , m_releases(m_registry.counter("leasekeeper_lease_releases_total",
                                    u"Leases released by their component."_s, {"component"}))
    , m_frees(m_registry.counter("leasekeeper_lease_admin_frees_total",
                                 u"Leases ended by an administrator."_s, {"component"}))
    , m_expirations(m_registry.counter("leasekeeper_lease_expirations_total",
                                       u"Leases ended because their grace period ran out."_s, {"component"}))
    , m_replacements(m_registry.counter(
          "leasekeeper_lease_replacements_total",
          u"Leases ended because their instance asked for a new one (a restart)."_s, {"component"}))
    , m_reclaims(m_registry.counter(
          "leasekeeper_lease_reclaims_total",
          u"Overdue leases ended because probes showed their component's process gone."_s, {"component"}))
    , m_denials(m_registry.counter("leasekeeper_lease_denials_total",
                                   u"Lease grants and renewals refused, by reason."_s, {"reason"}))
    , m_requestDurations(m_registry.histogram(
          "leasekeeper_http_request_duration_seconds",
          u"Time from a complete request to its answer, by method, route pattern and status class."_s,
          {"method", "route", "status_class"}, durationBuckets()))
    , m_connections(m_registry.gauge("leasekeeper_http_connections_open", u"Open client connections."_s)) {
    m_buildInfo.labels({QStringLiteral(LEASEKEEPER_VERSION)}).set(1);
    for (const DenialReason reason : kDenialReasons)
        m_denialsByReason[size_t(reason)] = &m_denials.labels({reasonCode(reason)});
}

ServerMetrics::TypeCounters& ServerMetrics::countersFor(const QString& component) {
    auto found = m_byType.find(component);
    if (found != m_byType.end())
        return *found;
    const QStringList label{component};
    return *m_byType.insert(
        component, TypeCounters{&m_grants.labels(label), &m_renewals.labels(label), &m_releases.labels(label),
                                &m_frees.labels(label), &m_expirations.labels(label),
                                &m_replacements.labels(label), &m_reclaims.labels(label)});
}

metrics::Counter* ServerMetrics::counterFor(const TypeCounters& counters, LeaseEvent::Kind kind) const {
    switch (kind) {
    case LeaseEvent::Kind::Granted:
        return counters.grants;
    case LeaseEvent::Kind::Renewed:
        return counters.renewals;
    case LeaseEvent::Kind::Released:
        return counters.releases;
    case LeaseEvent::Kind::Freed:
        return counters.frees;
    case LeaseEvent::Kind::Expired:
        return counters.expirations;
    case LeaseEvent::Kind::Replaced:
        return counters.replacements;
    case LeaseEvent::Kind::Reclaimed:
        return counters.reclaims;
    case LeaseEvent::Kind::Denied:
        break;
    }
    return nullptr;
}

void ServerMetrics::record(const LeaseEvent& event) {
    if (event.kind == LeaseEvent::Kind::Denied) {
        // By reason only: a refused request may name any component type.
        if (event.denialReason)
            m_denialsByReason[size_t(*event.denialReason)]->inc();
        return;
    }
    if (metrics::Counter* counter = counterFor(countersFor(event.component), event.kind))
        counter->inc();
}

void ServerMetrics::scrape(std::function<void(const QByteArray&)> done) {
    // Like /api/v1/status: a store that does not answer must not hold the
    // scrape hostage.
    if (!m_service.storeHealth().healthy) {
        collect(nullptr, false);
        return done(m_registry.expose());
    }
    const LicenseState& license = m_service.license();
    const qint64 renewAfterS = license.terms ? license.terms->renewAfterS : LicenseTerms::kDefaultRenewAfterS;
    m_service.usageReport(Lease::overdueBeforeMs(m_api.storeNowMs(), renewAfterS), this,
                          [this, done = std::move(done)](const Result<UsageReport>& report) {
                              collect(report ? &report.value() : nullptr, report.ok());
                              done(m_registry.expose());
                          });
}

void ServerMetrics::collect(const UsageReport* report, bool storeUp) {
    collectNode(storeUp);
    collectTypes(report);
}

void ServerMetrics::collectNode(bool storeUp) {
    const StoreHealth store = m_service.storeHealth();
    m_nodeInfo.clear();
    m_nodeInfo.labels({m_service.nodeName(), m_api.role(), m_service.storeKind()}).set(1);
    m_nodeReady.get().set(flag(m_api.readiness().ready));
    m_maintenance.get().set(flag(m_api.maintenance()));
    const LicenseState& license = m_service.license();
    m_licenseLoaded.get().set(flag(license.terms.has_value()));
    m_licenseExpiry.clear();
    if (license.terms)
        m_licenseExpiry.get().set(double(license.terms->expiresMs) / 1000.0);
    m_storeUp.get().set(flag(storeUp && store.healthy));
    m_storeQueue.get().set(store.pendingJobs);
    m_storeWrites.get().inc(store.writeTransactions - m_storeWritesReported);
    m_storeWritesReported = store.writeTransactions;
    m_clockOffset.clear();
    if (store.databaseClockOffsetMs)
        m_clockOffset.get().set(double(*store.databaseClockOffsetMs) / 1000.0);
    const TimeSync& sync = m_timeSync.current();
    const QString state = !sync.synchronized   ? u"unknown"_s
                          : *sync.synchronized ? u"synchronized"_s
                                               : u"unsynchronized"_s;
    m_timeSyncState.clear();
    for (const QString& candidate : {u"synchronized"_s, u"unsynchronized"_s, u"unknown"_s})
        m_timeSyncState.labels({sync.source, candidate}).set(flag(candidate == state));
    if (m_openConnections)
        m_connections.get().set(m_openConnections());
}

void ServerMetrics::collectTypes(const UsageReport* report) {
    for (metrics::GaugeFamily* family :
         {&m_leasesLive, &m_leasesOverdue, &m_leasesDead, &m_coresDead, &m_instancesUsed, &m_instancesAllowed,
          &m_coresUsed, &m_coresAllowed})
        family->clear();
    QStringList types;
    const LicenseState& license = m_service.license();
    if (license.terms) {
        for (auto it = license.terms->components.cbegin(); it != license.terms->components.cend(); ++it) {
            types.append(it.key());
            m_instancesAllowed.labels({it.key()}).set(it->maxInstances);
            m_coresAllowed.labels({it.key()}).set(it->maxTotalCores);
        }
    }
    if (report) {
        // Leases of a type the license no longer names still hold their places.
        types += report->usage.keys();
        types.removeDuplicates();
        for (const QString& type : std::as_const(types)) {
            const TypeUsage used = report->usage.value(type);
            m_leasesLive.labels({type}).set(used.instancesUsed);
            m_leasesOverdue.labels({type}).set(report->overdue.value(type));
            const TypeUsage dead = report->probablyDead.value(type);
            m_leasesDead.labels({type}).set(dead.instancesUsed);
            m_coresDead.labels({type}).set(dead.coresUsed);
            m_instancesUsed.labels({type}).set(used.instancesUsed);
            m_coresUsed.labels({type}).set(used.coresUsed);
        }
    }
    // Counters of every licensed type from zero, so that rate() works from
    // the first event on.
    for (const QString& type : std::as_const(types))
        countersFor(type);
}

} // namespace lk
