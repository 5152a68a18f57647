// The lease events LeaseService reports (what metrics count and the event
// log writes): one per grant, renewal, release, free, expiry, replacement
// and denial, with the lease's id, instance and type, emitted after the
// write is committed and before the caller hears back; none when the
// commit fails. Real SQLite store, manual clock.
#include "ManualClock.h"
#include "TestLicense.h"
#include "server/LeaseService.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

// SQLite whose commits can be made to fail after the jobs ran, as a disk
// that fills up at COMMIT would: the outcome exists, but nothing is durable.
class CommitFailingStore final : public LeaseStore {
public:
    CommitFailingStore(const QString& path, const Clock& clock)
        : m_inner(path, clock) {}
    std::atomic<bool> failCommits = false;

    Status open() override { return m_inner.open(); }
    QString kind() const override { return m_inner.kind(); }
    QString location() const override { return m_inner.location(); }
    std::atomic<int> batches = 0;
    Result<std::vector<Status>> runBatch(const std::vector<Job>& jobs, Commit commit) override {
        ++batches;
        auto result = m_inner.runBatch(jobs, commit);
        if (failCommits)
            return makeError(u"store_error"_s, u"COMMIT failed: database or disk is full"_s);
        return result;
    }
    Result<QList<Lease>> allActiveLeases() override { return m_inner.allActiveLeases(); }
    Result<QMap<QString, TypeUsage>> usageByType() override { return m_inner.usageByType(); }
    Result<LeaseChanges> leaseChanges(const QString& cursor) override { return m_inner.leaseChanges(cursor); }
    Result<bool> anyPastDeadline() override { return m_inner.anyPastDeadline(); }
    Result<QMap<QString, int>> overdueByType(qint64 before) override { return m_inner.overdueByType(before); }
    Result<QList<Lease>> overdueLeases(qint64 before, int limit) override {
        return m_inner.overdueLeases(before, limit);
    }
    Result<QList<HistoryEntry>> history(const HistoryQuery& query) override { return m_inner.history(query); }
    Status ping() override { return m_inner.ping(); }

private:
    SqliteStore m_inner;
};

LeaseRequest request(const QString& instance, int cores = 2, const QString& component = u"vdp"_s) {
    return LeaseRequest{component, instance, u"host-"_s + instance, {u"10.0.0.7"_s}, cores, u"9.1"_s};
}

} // namespace

class TestLeaseEvents : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    CommitFailingStore* m_store = nullptr; // owned by m_service
    std::unique_ptr<LeaseService> m_service;
    LicenseTerms m_terms;
    QList<LeaseEvent> m_events;
    QStringList m_log; // events and callbacks, in the order they happened

    template <typename T> Result<T> wait(std::function<void(LeaseService::Callback<T>)> call) {
        std::optional<Result<T>> out;
        call([&](const Result<T>& result) {
            m_log.append(u"callback"_s);
            out.emplace(result);
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("no answer from the lease service");
        return *out;
    }
    Result<GrantOutcome> grant(const LeaseRequest& r) {
        const auto decided = wait<Decided<GrantOutcome>>([&](auto done) { m_service->grant(r, this, done); });
        if (!decided)
            return decided.error();
        return decided->outcome;
    }
    Lease granted(const LeaseRequest& r) {
        const auto outcome = grant(r);
        if (!outcome || !std::holds_alternative<Lease>(outcome.value()))
            qFatal("grant refused");
        return std::get<Lease>(outcome.value());
    }
    QList<LeaseEvent> takeEvents() { return std::exchange(m_events, {}); }

    static void verifyNames(const LeaseEvent& event, const Lease& lease) {
        QCOMPARE(event.leaseId, lease.id);
        QCOMPARE(event.component, lease.holder.component);
        QCOMPARE(event.instance, lease.holder.instance);
        QCOMPARE(event.host, lease.holder.host);
        QCOMPARE(event.cores, lease.holder.cores);
    }

private Q_SLOTS:
    void init() {
        m_terms = LicenseTerms::fromJson(test::exampleTerms(m_clock.nowMs() + 365 * 86400000LL)).value();
        auto store = std::make_unique<CommitFailingStore>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128)), m_clock);
        m_store = store.get();
        m_service = std::make_unique<LeaseService>(std::move(store), m_clock, u"node-a"_s);
        LicenseState license;
        license.terms = m_terms;
        m_service->setLicense(license);
        connect(m_service.get(), &LeaseService::leaseEvent, this, [this](const LeaseEvent& event) {
            m_events.append(event);
            m_log.append(LeaseEvent::kindName(event.kind));
        });
        m_service->start();
        m_events.clear();
        m_log.clear();
    }
    void cleanup() { m_service.reset(); }

    // The once-a-second reclaim looks before it writes: with nothing due it
    // begins no transaction; a lease past its deadline is ended at the next look.
    void reclaimWritesOnlyWhenALeaseIsDue() {
        const Lease lease = granted(request(u"i-1"_s));
        takeEvents();
        const int before = m_store->batches;
        for (int i = 0; i < 5; ++i) {
            const auto reclaimed =
                wait<QList<Lease>>([&](auto done) { m_service->reclaimIfDue(this, done); });
            QVERIFY(reclaimed && reclaimed->isEmpty());
        }
        // Only a heartbeat (every 2 s) may have written meanwhile.
        QVERIFY2(m_store->batches - before <= 1, qPrintable(QString::number(m_store->batches - before)));
        QVERIFY(takeEvents().isEmpty());

        m_clock.advanceMs(m_terms.gracePeriodS * 1000 + 1);
        // The service's own timer may get there first: either way, one expiry.
        const auto reclaimed = wait<QList<Lease>>([&](auto done) { m_service->reclaimIfDue(this, done); });
        QVERIFY(reclaimed);
        QTRY_COMPARE(m_events.size(), 1);
        QCOMPARE(m_events.first().kind, LeaseEvent::Kind::Expired);
        QCOMPARE(m_events.first().leaseId, lease.id);
    }

    void grantRenewReleaseEachReportOneEventBeforeTheCallback() {
        const Lease lease = granted(request(u"i-1"_s, 4));
        QCOMPARE(m_log, (QStringList{u"granted"_s, u"callback"_s}));
        QList<LeaseEvent> events = takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, LeaseEvent::Kind::Granted);
        verifyNames(events[0], lease);
        QCOMPARE(events[0].reasonCode(), QString());

        QVERIFY(wait<Decided<RenewOutcome>>([&](auto done) { m_service->renew(lease.id, this, done); }).ok());
        events = takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, LeaseEvent::Kind::Renewed);
        verifyNames(events[0], lease);

        QVERIFY(wait<bool>([&](auto done) { m_service->release(lease.id, this, done); }).value());
        events = takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, LeaseEvent::Kind::Released);
        QCOMPARE(events[0].reasonCode(), u"released"_s);
        verifyNames(events[0], lease);

        // Releasing again changes nothing, and reports nothing.
        QVERIFY(!wait<bool>([&](auto done) { m_service->release(lease.id, this, done); }).value());
        QVERIFY(takeEvents().isEmpty());
    }

    void aRestartReportsTheReplacedLeaseThenTheNewOne() {
        const Lease first = granted(request(u"i-1"_s));
        takeEvents();
        const Lease second = granted(request(u"i-1"_s));
        const QList<LeaseEvent> events = takeEvents();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, LeaseEvent::Kind::Replaced);
        QCOMPARE(events[0].reasonCode(), u"replaced_by_restart"_s);
        verifyNames(events[0], first);
        QCOMPARE(events[1].kind, LeaseEvent::Kind::Granted);
        verifyNames(events[1], second);
    }

    void denialsCarryTheReasonAndTheRequest() {
        const auto refused = grant(request(u"big"_s, 99));
        QVERIFY(refused.ok() && std::holds_alternative<Denial>(refused.value()));
        const QList<LeaseEvent> events = takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, LeaseEvent::Kind::Denied);
        QCOMPARE(events[0].reasonCode(), u"cores_per_instance"_s);
        QVERIFY(events[0].leaseId.isEmpty());
        QCOMPARE(events[0].instance, u"big"_s);
        QCOMPARE(events[0].component, u"vdp"_s);
        QCOMPARE(events[0].cores, 99);
        QCOMPARE(events[0].detail, std::get<Denial>(refused.value()).message);
    }

    void aRenewalRefusedAfterTheLicenseExpiredIsADenialOfThatLease() {
        m_terms.expiresMs = m_clock.nowMs() + 86400 * 1000LL; // sooner than the grace period ends
        LicenseState license;
        license.terms = m_terms;
        m_service->setLicense(license);
        const Lease lease = granted(request(u"i-1"_s));
        takeEvents();
        m_clock.setMs(m_terms.expiresMs + 1000); // within the lease's grace
        const auto renewed =
            wait<Decided<RenewOutcome>>([&](auto done) { m_service->renew(lease.id, this, done); });
        QCOMPARE(renewed->outcome.kind, RenewOutcome::Kind::Denied);
        QList<LeaseEvent> events;
        for (const LeaseEvent& event : takeEvents()) {
            if (event.kind == LeaseEvent::Kind::Denied)
                events.append(event);
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].reasonCode(), u"license_expired"_s);
        verifyNames(events[0], lease);
    }

    void anAdministratorsFreeCarriesTheNote() {
        const Lease lease = granted(request(u"i-1"_s));
        takeEvents();
        QVERIFY(wait<bool>([&](auto done) {
                    m_service->freeByAdmin(lease.id, u"host decommissioned"_s, AuditEntry{}, this, done);
                }).value());
        const QList<LeaseEvent> events = takeEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, LeaseEvent::Kind::Freed);
        QCOMPARE(events[0].reasonCode(), u"freed_by_admin"_s);
        QCOMPARE(events[0].detail, u"host decommissioned"_s);
        verifyNames(events[0], lease);
    }

    void reclaimingReportsEveryLeaseItEnded() {
        const Lease a = granted(request(u"a"_s));
        const Lease b = granted(request(u"b"_s, 1, u"scheduler"_s));
        takeEvents();
        m_clock.advanceSeconds(m_terms.gracePeriodS + 1);
        // The reclaim runs once a second anyway; asked now, one of the two
        // runs ends them, and each lease is reported exactly once.
        const auto reclaimed = wait<QList<Lease>>([&](auto done) { m_service->reclaimExpired(this, done); });
        QVERIFY(reclaimed.ok());
        QTRY_COMPARE(m_events.size(), 2);
        // Once a reclaim finds nothing left, every round that ended them has reported.
        const auto again = wait<QList<Lease>>([&](auto done) { m_service->reclaimExpired(this, done); });
        QVERIFY(again.ok() && again->isEmpty());
        const QList<LeaseEvent> events = takeEvents();
        QCOMPARE(events.size(), 2);
        for (const LeaseEvent& event : events) {
            QCOMPARE(event.kind, LeaseEvent::Kind::Expired);
            QCOMPARE(event.reasonCode(), u"grace_expired"_s);
            verifyNames(event, event.leaseId == a.id ? a : b);
        }
        QVERIFY(events[0].leaseId != events[1].leaseId);
    }

    void aGrantThatEndsExpiredLeasesReportsThem() {
        const Lease old = granted(request(u"old"_s));
        takeEvents();
        m_clock.advanceSeconds(m_terms.gracePeriodS + 1);
        const Lease fresh = granted(request(u"fresh"_s));
        QList<LeaseEvent> events = takeEvents();
        // Either this grant or the reclaim that ran just before it ended the old lease.
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, LeaseEvent::Kind::Expired);
        verifyNames(events[0], old);
        QCOMPARE(events[1].kind, LeaseEvent::Kind::Granted);
        verifyNames(events[1], fresh);
    }

    void aFailedCommitReportsNothing() {
        m_store->failCommits = true;
        const auto outcome = grant(request(u"i-1"_s));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(u"COMMIT failed"_s), qPrintable(outcome.error().message));
        QTest::qWait(100);
        QVERIFY(takeEvents().isEmpty());
        m_store->failCommits = false;
    }
};

QTEST_GUILESS_MAIN(TestLeaseEvents)
#include "tst_leaseevents.moc"
