#include "server/LeaseService.h"

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr int kReclaimIntervalMs = 1000;
}

LeaseService::LeaseService(std::unique_ptr<LeaseStore> store, const Clock& clock, QString nodeName,
                           QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_engine(std::move(nodeName))
    , m_worker(std::move(store)) {
    m_reclaimTimer.setInterval(kReclaimIntervalMs);
    connect(&m_reclaimTimer, &QTimer::timeout, this, [this] { reclaimExpired(this, {}); });
    m_heartbeatTimer.setInterval(int(ClusterMembership::kHeartbeatIntervalMs));
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &LeaseService::heartbeat);
    m_self.name = m_engine.nodeName();
    m_self.role = u"standalone"_s;
    m_self.version = QStringLiteral(LEASEKEEPER_VERSION);
}

LeaseService::~LeaseService() {
    m_worker.stop();
}

void LeaseService::start() {
    m_worker.start();
    m_reclaimTimer.start();
    m_heartbeatTimer.start();
    heartbeat();
}

void LeaseService::setIdentity(const QString& address, const QString& role) {
    m_self.address = address;
    m_self.role = role;
}

void LeaseService::heartbeat() {
    if (m_heartbeatInFlight)
        return; // a slow database must not pile up heartbeats
    m_heartbeatInFlight = true;
    const int maxNodes = m_license.terms ? m_license.terms->maxLicenseManagers : 0;
    submitWrite<ClusterView>(
        [self = m_self, maxNodes](StoreTransaction& tx) {
            return ClusterMembership::heartbeat(tx, self, maxNodes);
        },
        this,
        [this](const Result<ClusterView>& view) {
            m_heartbeatInFlight = false;
            if (!view)
                return; // the store's health already says why
            m_cluster = view.value();
            Q_EMIT clusterChanged();
        });
}

Error LeaseService::notAdmittedError() const {
    const int places = m_cluster ? m_cluster->maxNodes : 0;
    const QStringList holders = m_cluster ? m_cluster->admittedNodes : QStringList();
    return makeError(u"too_many_license_managers"_s,
                     tr("the license allows %n License Manager(s) and it is already served by %1; stop a node "
                        "or install a license that allows more",
                        "", places)
                         .arg(holders.join(u", "_s)));
}

Error LeaseService::noLicenseError() const {
    const QString reason = m_license.problem ? m_license.problem->message : tr("no license is loaded");
    return makeError(u"license_unavailable"_s,
                     tr("this License Manager cannot grant leases: %1").arg(reason));
}

template <typename T>
void LeaseService::deliver(QPointer<QObject> context, Callback<T> done, Result<T> result) {
    if (!done)
        return;
    QMetaObject::invokeMethod(
        this,
        [context, done = std::move(done), result = std::move(result)] {
            if (context)
                done(result);
        },
        Qt::QueuedConnection);
}

template <typename T>
void LeaseService::submitWrite(std::function<Result<T>(StoreTransaction&)> work, QObject* context,
                               Callback<T> done) {
    // The job and its completion share the outcome: the job fills it inside
    // the transaction, and it is only reported once the commit succeeded.
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    auto job = [work = std::move(work), outcome](StoreTransaction& tx) -> Status {
        Result<T> result = work(tx);
        const bool ok = result.ok();
        Status status = ok ? Status() : Status(result.error());
        outcome->emplace(std::move(result));
        return status;
    };
    QPointer<QObject> guard(context);
    auto finish = [this, guard, done, outcome](const Status& committed) {
        if (!committed)
            deliver<T>(guard, done, Result<T>(committed.error()));
        else
            deliver<T>(guard, done, std::move(**outcome));
    };
    if (!m_worker.submitWrite(std::move(job), std::move(finish))) {
        deliver<T>(
            guard, done,
            Result<T>(makeError(u"overloaded"_s, tr("the License Manager is overloaded; retry shortly"))));
    }
}

template <typename T>
void LeaseService::submitRead(std::function<Result<T>(LeaseStore&)> work, QObject* context,
                              Callback<T> done) {
    QPointer<QObject> guard(context);
    auto read = [this, guard, done, work = std::move(work)](LeaseStore& store) {
        deliver<T>(guard, done, work(store));
    };
    auto unavailable = [this, guard, done](const Status& status) {
        deliver<T>(guard, done, Result<T>(status.error()));
    };
    if (!m_worker.submitRead(std::move(read), std::move(unavailable))) {
        deliver<T>(
            guard, done,
            Result<T>(makeError(u"overloaded"_s, tr("the License Manager is overloaded; retry shortly"))));
    }
}

void LeaseService::grant(const LeaseRequest& request, QObject* context, Callback<GrantOutcome> done) {
    if (!m_license.canGrant())
        return deliver<GrantOutcome>(context, std::move(done), noLicenseError());
    if (!admitted())
        return deliver<GrantOutcome>(context, std::move(done), notAdmittedError());
    submitWrite<GrantOutcome>([this, terms = *m_license.terms,
                               request](StoreTransaction& tx) { return m_engine.grant(tx, terms, request); },
                              context, std::move(done));
}

void LeaseService::renew(const QString& leaseId, QObject* context, Callback<RenewOutcome> done) {
    if (!m_license.canGrant())
        return deliver<RenewOutcome>(context, std::move(done), noLicenseError());
    if (!admitted())
        return deliver<RenewOutcome>(context, std::move(done), notAdmittedError());
    submitWrite<RenewOutcome>([this, terms = *m_license.terms,
                               leaseId](StoreTransaction& tx) { return m_engine.renew(tx, terms, leaseId); },
                              context, std::move(done));
}

void LeaseService::release(const QString& leaseId, QObject* context, Callback<bool> done) {
    submitWrite<bool>([this, leaseId](StoreTransaction& tx) { return m_engine.release(tx, leaseId); },
                      context, std::move(done));
}

void LeaseService::freeByAdmin(const QString& leaseId, const QString& note, QObject* context,
                               Callback<bool> done) {
    submitWrite<bool>(
        [this, leaseId, note](StoreTransaction& tx) { return m_engine.freeByAdmin(tx, leaseId, note); },
        context, std::move(done));
}

void LeaseService::reclaimExpired(QObject* context, Callback<int> done) {
    submitWrite<int>([this](StoreTransaction& tx) { return m_engine.reclaimExpired(tx); }, context,
                     std::move(done));
}

void LeaseService::activeLeases(QObject* context, Callback<QList<Lease>> done) {
    submitRead<QList<Lease>>([](LeaseStore& store) { return store.allActiveLeases(); }, context,
                             std::move(done));
}

void LeaseService::history(const HistoryQuery& query, QObject* context, Callback<QList<HistoryEntry>> done) {
    submitRead<QList<HistoryEntry>>([query](LeaseStore& store) { return store.history(query); }, context,
                                    std::move(done));
}

void LeaseService::usage(QObject* context, Callback<QMap<QString, TypeUsage>> done) {
    // The status page asks every few seconds: let the database count.
    submitRead<QMap<QString, TypeUsage>>([](LeaseStore& store) { return store.usageByType(); }, context,
                                         std::move(done));
}

} // namespace lk
