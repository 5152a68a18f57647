#include "server/LeaseService.h"

#include "log/LogCategories.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr int kReclaimIntervalMs = 1000;
constexpr int kUsageSampleIntervalMs = 60 * 1000;
constexpr qint64 kMinuteSamplesKeptMs = 7LL * 24 * 3600 * 1000;
// Leases with a renewal waiting in memory before they are written at once.
// The 100-ms timer bounds what a kill loses; this bounds a burst (every
// lease renewing at once after an outage) to writes of about 20 ms each. At
// 512 a benchmark of 1,000 leases reached it every 16 ms and wrote nearly
// every renewal on its own (docs/performance.md, item 24).
constexpr int kMaxRenewalsInMemory = 4096;
} // namespace

LeaseService::LeaseService(std::unique_ptr<LeaseStore> store, const Clock& clock, QString nodeName,
                           QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_engine(std::move(nodeName))
    , m_worker(std::move(store)) {
    m_reclaimTimer.setInterval(kReclaimIntervalMs);
    connect(&m_reclaimTimer, &QTimer::timeout, this, [this] {
        loadMirror(); // until it loads: the store may not have opened yet
        reclaimIfDue(this, {});
    });
    m_heartbeatTimer.setInterval(int(ClusterMembership::kHeartbeatIntervalMs));
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &LeaseService::heartbeat);
    m_writeBehindTimer.setSingleShot(true);
    m_writeBehindTimer.setInterval(kWriteBehindMs);
    connect(&m_writeBehindTimer, &QTimer::timeout, this, &LeaseService::writeBehindRenewals);
    m_usageTimer.setInterval(kUsageSampleIntervalMs);
    connect(&m_usageTimer, &QTimer::timeout, this, [this] { sampleUsage(this, {}); });
    m_self.name = m_engine.nodeName();
    m_self.role = u"standalone"_s;
    m_self.version = QStringLiteral(LEASEKEEPER_VERSION);
}

LeaseService::~LeaseService() {
    writeBehindRenewals(); // a clean stop loses no renewal
    m_worker.stop();
}

void LeaseService::start() {
    m_worker.start();
    m_reclaimTimer.start();
    m_heartbeatTimer.start();
    m_usageTimer.start();
    heartbeat();
    loadMirror();
}

void LeaseService::setLicense(LicenseState state) {
    m_license = std::move(state);
    m_terms = m_license.terms ? std::make_shared<const LicenseTerms>(*m_license.terms) : nullptr;
}

void LeaseService::loadMirror() {
    if (!m_worker.singleNode() || m_mirror.isLoaded() || m_mirrorLoading)
        return;
    m_mirrorLoading = true;
    // Built where the rows are read, one lease at a time: a list of 100,000
    // whole leases would stay in the heap long after it was freed.
    submitRead<LiveLeaseMirror>(
        [](LeaseStore& store) -> Result<LiveLeaseMirror> {
            LiveLeaseMirror loaded;
            if (Status read = store.forEachLiveLease([&](const Lease& lease) { loaded.add(lease); }); !read)
                return read.error();
            loaded.markLoaded();
            return loaded;
        },
        this,
        [this](const Result<LiveLeaseMirror>& loaded) {
            m_mirrorLoading = false;
            // No renewal was answered from memory before: nothing pending is lost.
            if (loaded)
                m_mirror = loaded.value();
        });
}

void LeaseService::writeBehindRenewals() {
    m_writeBehindTimer.stop();
    if (m_mirror.pendingCount() == 0)
        return;
    auto renewals = std::make_shared<const QList<PendingRenewal>>(m_mirror.takePending());
    auto write = [renewals](StoreTransaction& tx) -> Status {
        for (const PendingRenewal& renewal : *renewals) {
            if (Status renewed =
                    tx.renewLease(renewal.leaseId, renewal.renewalMs, renewal.graceDeadlineMs, renewal.node);
                !renewed)
                return renewed;
        }
        return {};
    };
    auto written = [this, renewals](const Status& status) {
        if (!status) // written with the next ones
            m_inbox.post([this, renewals] { m_mirror.restorePending(*renewals); });
    };
    if (!m_worker.submitWrite(std::move(write), std::move(written), LeaseStore::Commit::Deferred))
        m_mirror.restorePending(*renewals);
}

void LeaseService::setIdentity(const QString& address, const QString& role) {
    m_self.address = address;
    m_self.role = role;
    m_selfOnRecord = false; // the registry shows the old identity until the next heartbeat
}

void LeaseService::heartbeat() {
    if (m_worker.singleNode() && m_selfOnRecord && m_cluster)
        return heartbeatInMemory();
    if (m_heartbeatInFlight)
        return; // a slow database must not pile up heartbeats
    m_heartbeatInFlight = true;
    if (m_selfOnRecord && m_cluster && m_cluster->sessionsTracked)
        return heartbeatByReading();
    heartbeatByWriting();
}

void LeaseService::heartbeatByWriting() {
    const int maxNodes = m_license.terms ? m_license.terms->maxLicenseManagers : 0;
    // Where sessions are tracked the row is written seldom, so its age says
    // nothing: a node live within the window keeps its place (a new address
    // or role, a reconnect), one that was not begins a new run.
    auto start = ClusterMembership::Start::ByRowAge;
    if (m_cluster && m_cluster->sessionsTracked)
        start = liveLately() ? ClusterMembership::Start::Keep : ClusterMembership::Start::New;
    submitWrite<ClusterView>(
        [self = m_self, maxNodes, start](StoreTransaction& tx, EndedLeases&) {
            return ClusterMembership::heartbeat(tx, self, maxNodes, start);
        },
        this,
        [this, recorded = m_self](const Result<ClusterView>& view) {
            m_heartbeatInFlight = false;
            if (!view)
                return; // the store's health already says why
            m_selfOnRecord = recorded.address == m_self.address && recorded.role == m_self.role;
            applyClusterView(view.value());
        },
        {}, LeaseStore::Commit::Lazy);
}

// On record where the store tracks sessions: this node's open session keeps
// it live, so the heartbeat only reads who else is (no write transaction).
void LeaseService::heartbeatByReading() {
    submitRead<ClusterRead>(
        [name = m_self.name](LeaseStore& store) { return store.readCluster(name); }, this,
        [this](const Result<ClusterRead>& read) {
            m_heartbeatInFlight = false;
            if (!read) {
                // Said once, not every two seconds; otherwise the store's health says why.
                if (read.error().code == u"node_name_in_use"_s && !std::exchange(m_nameInUseSaid, true))
                    qCWarning(lcCluster).noquote() << read.error().message;
                return;
            }
            m_nameInUseSaid = false;
            const bool onRecord =
                std::any_of(read->nodes.cbegin(), read->nodes.cend(),
                            [this](const ClusterNode& node) { return node.name == m_self.name; });
            if (!onRecord || (read->newSession && !liveLately())) {
                m_selfOnRecord = false; // gone from the registry, or away too long: written again
                return heartbeat();
            }
            const int maxNodes = m_license.terms ? m_license.terms->maxLicenseManagers : 0;
            ClusterView view = ClusterMembership::decide(read->nodes, m_self.name, read->nowMs, maxNodes);
            view.clusterId = read->clusterId;
            view.sessionsTracked = true;
            applyClusterView(std::move(view));
        });
}

bool LeaseService::liveLately() const {
    return m_sinceSelfLive.isValid() && !m_sinceSelfLive.hasExpired(ClusterMembership::kLiveWindowMs);
}

// Nobody else can open this node's database, so nobody reads its heartbeat:
// this node is on record (name, role, start) and stays live in its own
// view without a write, and an idle node writes nothing at all.
void LeaseService::heartbeatInMemory() {
    const qint64 now = m_clock.nowMs();
    QList<ClusterNode> nodes = m_cluster->nodes;
    for (ClusterNode& node : nodes) {
        if (node.name == m_self.name)
            node.lastHeartbeatMs = now;
    }
    const int maxNodes = m_license.terms ? m_license.terms->maxLicenseManagers : 0;
    ClusterView view = ClusterMembership::decide(std::move(nodes), m_self.name, now, maxNodes);
    view.clusterId = m_cluster->clusterId;
    applyClusterView(std::move(view));
}

void LeaseService::applyClusterView(ClusterView view) {
    const bool wasAdmitted = admitted();
    if (m_cluster)
        ClusterMembership::carryLastSeen(view, *m_cluster);
    for (const ClusterNode& node : std::as_const(view.nodes)) {
        if (node.name == m_self.name && node.live)
            m_sinceSelfLive.start();
    }
    m_cluster = std::move(view);
    if (wasAdmitted && !admitted())
        qCWarning(lcCluster).noquote() << notAdmittedError().message;
    else if (!wasAdmitted && admitted())
        qCInfo(lcCluster).noquote() << tr(
            "a License Manager place of the license is free again: this node serves");
    Q_EMIT clusterChanged();
}

Error LeaseService::notAdmittedError() const {
    const int places = m_cluster ? m_cluster->maxNodes : 0;
    const QStringList holders = m_cluster ? m_cluster->admittedNodes : QStringList();
    return makeError(
        u"too_many_license_managers"_s,
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
    m_inbox.post([context, done = std::move(done), result = std::move(result)] {
        if (context)
            done(result);
    });
}

template <typename T>
void LeaseService::submitWrite(Work<T> work, QObject* context, Callback<T> done, Announce<T> announce,
                               LeaseStore::Commit commit, LeaseStore::Job plan) {
    writeBehindRenewals(); // the store sees them before this job, as they were answered
    // The job and its completion share the outcome: the job fills it inside
    // the transaction, and it is only reported once the commit succeeded.
    auto outcome = std::make_shared<WriteOutcome<T>>();
    auto job = [work = std::move(work), outcome](StoreTransaction& tx) -> Status {
        outcome->ended.clear(); // a batch retried after a reconnect runs again
        Result<T> result = work(tx, outcome->ended);
        const bool ok = result.ok();
        Status status = ok ? Status() : Status(result.error());
        outcome->result.emplace(std::move(result));
        return status;
    };
    QPointer<QObject> guard(context);
    auto finish = [this, guard, done, announce = std::move(announce), outcome](const Status& committed) {
        if (!committed)
            deliver<T>(guard, done, Result<T>(committed.error()));
        else
            completeWrite<T>(guard, done, announce, outcome);
    };
    if (!m_worker.submitWrite(std::move(job), std::move(finish), commit, std::move(plan))) {
        deliver<T>(
            guard, done,
            Result<T>(makeError(u"overloaded"_s, tr("the License Manager is overloaded; retry shortly"))));
    }
}

template <typename T>
void LeaseService::completeWrite(QPointer<QObject> context, Callback<T> done, Announce<T> announce,
                                 std::shared_ptr<WriteOutcome<T>> outcome) {
    m_inbox.post([this, context, done = std::move(done), announce = std::move(announce), outcome] {
        // Durable now: tell the subscribers first, then the caller, even
        // if the caller has gone (a client that hung up).
        for (const EndedLease& ended : std::as_const(outcome->ended)) {
            m_mirror.remove(ended.lease.id);
            LeaseEvent event = LeaseEvent::ended(ended.lease, ended.reason);
            event.detail = ended.note;
            Q_EMIT leaseEvent(event);
        }
        if (announce)
            announce(outcome->result->value());
        if (context && done)
            done(*outcome->result);
    });
}

template <typename T>
void LeaseService::submitRead(std::function<Result<T>(LeaseStore&)> work, QObject* context,
                              Callback<T> done) {
    writeBehindRenewals(); // a reader sees every renewal answered before it asked
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

template <typename T>
void LeaseService::submitDecision(Decide<T> decide, QObject* context, Callback<Decided<T>> done,
                                  Announce<Decided<T>> announce, LeaseStore::Commit commit, Plan plan) {
    if (!m_license.canGrant())
        return deliver<Decided<T>>(context, std::move(done), noLicenseError());
    if (!admitted())
        return deliver<Decided<T>>(context, std::move(done), notAdmittedError());
    // The plan and the decision see the same terms.
    std::shared_ptr<const LicenseTerms> terms = m_terms;
    LeaseStore::Job planJob;
    if (plan) {
        planJob = [terms, plan = std::move(plan)](StoreTransaction& tx) {
            plan(tx, *terms);
            return Status();
        };
    }
    submitWrite<Decided<T>>(
        [terms, decide = std::move(decide)](StoreTransaction& tx, EndedLeases& ended) -> Result<Decided<T>> {
            Result<T> outcome = decide(tx, *terms, ended);
            if (!outcome)
                return outcome.error();
            return Decided<T>{std::move(outcome).value(), terms};
        },
        context, std::move(done), std::move(announce), commit, std::move(planJob));
}

void LeaseService::grant(const LeaseRequest& request, QObject* context,
                         Callback<Decided<GrantOutcome>> done) {
    submitDecision<GrantOutcome>(
        [this, request, policy = m_groupPolicy](StoreTransaction& tx, const LicenseTerms& terms,
                                                EndedLeases& ended) {
            return m_engine.grant(tx, terms, request, &ended, policy.get());
        },
        context, std::move(done),
        [this, request](const Decided<GrantOutcome>& decision) {
            if (const auto* denial = std::get_if<Denial>(&decision.outcome))
                return Q_EMIT leaseEvent(LeaseEvent::denied(request, *denial));
            const Lease& granted = std::get<Lease>(decision.outcome);
            m_mirror.upsert(granted);
            Q_EMIT leaseEvent(LeaseEvent::of(LeaseEvent::Kind::Granted, granted));
        },
        LeaseStore::Commit::Durable,
        [request](StoreTransaction& tx, const LicenseTerms&) { LeaseEngine::planGrant(tx, request); });
}

void LeaseService::renew(const QString& leaseId, QObject* context, Callback<Decided<RenewOutcome>> done) {
    if (renewInMemory(leaseId, context, done))
        return;
    submitDecision<RenewOutcome>(
        [this, leaseId](StoreTransaction& tx, const LicenseTerms& terms, EndedLeases& ended) {
            return m_engine.renew(tx, terms, leaseId, &ended);
        },
        context, std::move(done),
        [this](const Decided<RenewOutcome>& decision) {
            const RenewOutcome& outcome = decision.outcome;
            if (outcome.kind == RenewOutcome::Kind::Renewed) {
                m_mirror.upsert(*outcome.lease);
                Q_EMIT leaseEvent(LeaseEvent::of(LeaseEvent::Kind::Renewed, *outcome.lease));
            } else if (outcome.kind == RenewOutcome::Kind::Denied && outcome.denial)
                Q_EMIT leaseEvent(
                    LeaseEvent::denied(outcome.lease->holder, *outcome.denial, outcome.lease->id));
        },
        LeaseStore::Commit::Deferred,
        [this, leaseId](StoreTransaction& tx, const LicenseTerms& terms) {
            m_engine.planRenewal(tx, terms, leaseId);
        });
}

bool LeaseService::renewInMemory(const QString& leaseId, QObject* context,
                                 Callback<Decided<RenewOutcome>>& done) {
    if (!m_mirror.isLoaded() || !m_license.canGrant() || !admitted() || !m_worker.answers())
        return false;
    const qint64 now = m_clock.nowMs();
    const auto deadline = LeaseEngine::renewedDeadline(*m_terms, now);
    if (!deadline)
        return false;
    const std::optional<Lease> renewed = m_mirror.renewIfInTime(leaseId, now, *deadline, nodeName());
    if (!renewed)
        return false;
    if (!m_writeBehindTimer.isActive())
        m_writeBehindTimer.start();
    // Decided now: a subscriber may reload the license before the answer goes.
    Decided<RenewOutcome> decided{RenewOutcome{RenewOutcome::Kind::Renewed, *renewed, std::nullopt}, m_terms};
    Q_EMIT leaseEvent(LeaseEvent::of(LeaseEvent::Kind::Renewed, *renewed));
    deliver<Decided<RenewOutcome>>(context, std::move(done), std::move(decided));
    if (m_mirror.pendingCount() >= kMaxRenewalsInMemory)
        writeBehindRenewals();
    return true;
}

void LeaseService::release(const QString& leaseId, QObject* context, Callback<bool> done) {
    submitWrite<bool>([this, leaseId](StoreTransaction& tx,
                                      EndedLeases& ended) { return m_engine.release(tx, leaseId, &ended); },
                      context, std::move(done));
}

void LeaseService::sampleUsage(QObject* context, Callback<bool> done) {
    if (!m_license.terms)
        return deliver<bool>(QPointer<QObject>(context), std::move(done),
                             false); // nothing licensed to sample
    const QMap<QString, ComponentAllowance> allowed = m_license.terms->components;
    const qint64 keptMs = qint64(m_usageRetentionDays) * 24 * 3600 * 1000;
    submitWrite<bool>(
        [allowed, keptMs](StoreTransaction& tx, EndedLeases&) -> Result<bool> {
            const qint64 now = tx.nowMs();
            for (auto it = allowed.cbegin(); it != allowed.cend(); ++it) {
                const auto used = tx.usageOf(it.key());
                if (!used)
                    return used.error();
                if (Status recorded = tx.recordUsageSample(it.key(), now, used.value(), it->maxInstances,
                                                           it->maxTotalCores);
                    !recorded)
                    return recorded.error();
            }
            if (Status pruned = tx.pruneUsageSamples(now - kMinuteSamplesKeptMs, now - keptMs); !pruned)
                return pruned.error();
            return true;
        },
        context, std::move(done), {}, LeaseStore::Commit::Deferred);
}

void LeaseService::usageSamples(const UsageQuery& query, QObject* context,
                                Callback<QList<UsageSample>> done) {
    submitRead<QList<UsageSample>>([query](LeaseStore& store) { return store.usageSamples(query); }, context,
                                   std::move(done));
}

void LeaseService::freeByAdmin(const QString& leaseId, const QString& note, const AuditEntry& audit,
                               QObject* context, Callback<bool> done) {
    submitWrite<bool>(
        [this, leaseId, note, audit](StoreTransaction& tx, EndedLeases& ended) -> Result<bool> {
            auto freed = m_engine.freeByAdmin(tx, leaseId, note, &ended);
            if (!freed)
                return freed;
            AuditEntry entry = audit;
            entry.atMs = tx.nowMs();
            entry.outcome =
                QString::fromLatin1(freed.value() ? audit::outcomes::kOk : audit::outcomes::kNotFound);
            if (Status written = tx.appendAudit(entry); !written)
                return written.error();
            return freed;
        },
        context, std::move(done));
}

void LeaseService::recordAudit(AuditEntry entry, QObject* context, Callback<bool> done) {
    submitWrite<bool>(
        [entry](StoreTransaction& tx, EndedLeases&) -> Result<bool> {
            AuditEntry stamped = entry;
            stamped.atMs = tx.nowMs();
            if (Status written = tx.appendAudit(stamped); !written)
                return written.error();
            return true;
        },
        context, std::move(done));
}

void LeaseService::auditTrail(const AuditQuery& query, QObject* context, Callback<QList<AuditEntry>> done) {
    submitRead<QList<AuditEntry>>([query](LeaseStore& store) { return store.auditTrail(query); }, context,
                                  std::move(done));
}

void LeaseService::overdueLeases(qint64 renewedBeforeMs, int limit, QObject* context,
                                 Callback<QList<Lease>> done) {
    submitRead<QList<Lease>>(
        [renewedBeforeMs, limit](LeaseStore& store) { return store.overdueLeases(renewedBeforeMs, limit); },
        context, std::move(done));
}

void LeaseService::recordProbe(const QString& leaseId, qint64 renewedMs, const ProbeResult& probe,
                               QObject* context, Callback<LeaseEngine::ProbeRecord> done) {
    const qint64 renewAfterS =
        m_license.terms ? m_license.terms->renewAfterS : LicenseTerms::kDefaultRenewAfterS;
    submitWrite<LeaseEngine::ProbeRecord>(
        [this, leaseId, renewedMs, probe, policy = m_reclaimPolicy, renewAfterS](StoreTransaction& tx,
                                                                                 EndedLeases& ended) {
            return m_engine.recordProbe(tx, leaseId, renewedMs, probe, policy, renewAfterS, &ended);
        },
        context, std::move(done));
}

void LeaseService::pruneProbes(QObject* context, Callback<bool> done) {
    submitWrite<bool>(
        [](StoreTransaction& tx, EndedLeases&) -> Result<bool> {
            if (Status pruned = tx.pruneProbes(); !pruned)
                return pruned.error();
            return true;
        },
        context, std::move(done), {}, LeaseStore::Commit::Deferred);
}

void LeaseService::reclaimExpired(QObject* context, Callback<QList<Lease>> done) {
    submitWrite<QList<Lease>>(
        [this](StoreTransaction& tx, EndedLeases& ended) -> Result<QList<Lease>> {
            auto reclaimed = m_engine.reclaimExpired(tx);
            if (reclaimed) {
                for (const Lease& lease : reclaimed.value())
                    ended.append(EndedLease{lease, EndReason::GraceExpired, {}});
            }
            return reclaimed;
        },
        context, std::move(done));
}

void LeaseService::reclaimIfDue(QObject* context, Callback<QList<Lease>> done) {
    // Looks first: an idle node must not begin a write every second.
    QPointer<QObject> guard(context);
    submitRead<bool>([](LeaseStore& store) { return store.anyPastDeadline(); }, this,
                     [this, guard, done](const Result<bool>& due) {
                         if (due && due.value())
                             return reclaimExpired(guard, done);
                         if (guard && done)
                             done(due ? Result<QList<Lease>>(QList<Lease>())
                                      : Result<QList<Lease>>(due.error()));
                     });
}

void LeaseService::leaseChanges(const QString& cursor, QObject* context, Callback<LeaseChanges> done) {
    submitRead<LeaseChanges>([cursor](LeaseStore& store) { return store.leaseChanges(cursor); }, context,
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

void LeaseService::usageReport(qint64 overdueBeforeMs, QObject* context, Callback<UsageReport> done) {
    submitRead<UsageReport>(
        [overdueBeforeMs](LeaseStore& store) -> Result<UsageReport> {
            auto usage = store.usageByType();
            if (!usage)
                return usage.error();
            auto overdue = store.overdueByType(overdueBeforeMs);
            if (!overdue)
                return overdue.error();
            UsageReport report{usage.value(), overdue.value(), {}};
            if (overdue->isEmpty())
                return report;
            auto leases = store.overdueLeases(overdueBeforeMs, HistoryQuery::kMaxLimit);
            if (!leases)
                return leases.error();
            for (const Lease& lease : leases.value()) {
                if (ReclaimJudge::verdict(lease.probes) != ReclaimJudge::Verdict::ProcessGone)
                    continue;
                TypeUsage& dead = report.probablyDead[lease.holder.component];
                dead.instancesUsed += 1;
                dead.coresUsed += lease.holder.cores;
            }
            return report;
        },
        context, std::move(done));
}

} // namespace lk
