// The lease engine's rules and end reasons against each real store (the store
// contract: SQLite and PostgreSQL must behave alike), with a manual clock so
// that days of grace pass instantly.
#include "ManualClock.h"
#include "PgTestDatabase.h"
#include "TestPrinters.h"
#include "lease/LeaseEngine.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestLeaseEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    std::unique_ptr<test::PgTestDatabase> m_database;
    std::unique_ptr<SqlStore> m_store;
    LeaseEngine m_engine{u"node-a"_s};
    LicenseTerms m_terms;

    LeaseRequest request(const QString& instance, int cores, const QString& component = u"vdp"_s) {
        return LeaseRequest{component, instance, u"host-"_s + instance, {u"10.0.0.1"_s}, cores, u"9.1"_s};
    }

    // Runs one engine call in its own committed transaction.
    template <typename F> auto inTx(F&& f) {
        std::optional<decltype(f(std::declval<StoreTransaction&>()))> out;
        auto batch = m_store->runBatch({[&](StoreTransaction& tx) {
            out.emplace(f(tx));
            return Status();
        }});
        if (!batch || !batch.value().front())
            qFatal("batch failed");
        return std::move(*out);
    }

    GrantOutcome grant(const LeaseRequest& r) {
        auto result = inTx([&](StoreTransaction& tx) { return m_engine.grant(tx, m_terms, r); });
        if (!result)
            qFatal("grant failed: %s", qPrintable(result.error().message));
        return result.value();
    }

    Lease granted(const LeaseRequest& r) {
        const GrantOutcome outcome = grant(r);
        if (!std::holds_alternative<Lease>(outcome))
            qFatal("expected a grant, got %s", qPrintable(std::get<Denial>(outcome).message));
        return std::get<Lease>(outcome);
    }

    DenialReason denied(const LeaseRequest& r) {
        const GrantOutcome outcome = grant(r);
        if (!std::holds_alternative<Denial>(outcome))
            qFatal("expected a denial");
        return std::get<Denial>(outcome).reason;
    }

    QList<HistoryEntry> history(const QString& reason = {}) {
        HistoryQuery query;
        query.reason = reason;
        return m_store->history(query).value();
    }

private Q_SLOTS:
    void initTestCase_data() {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    void cleanup() {
        m_store.reset(); // its connection goes before its database
        m_database.reset();
    }

    void init() {
        QFETCH_GLOBAL(QString, store);
        m_clock.setMs(1'800'000'000'000);
        m_store.reset();
        m_database.reset();
        if (store == u"sqlite"_s) {
            m_store = std::make_unique<SqliteStore>(
                m_dir.filePath(u"%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))), m_clock);
        } else {
            m_database = std::make_unique<test::PgTestDatabase>();
            QVERIFY2(m_database->ok(), qPrintable(m_database->error));
            m_store = std::make_unique<PostgresStore>(m_database->address, m_database->password, &m_clock);
        }
        const Status opened = m_store->open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_terms.licenseId = u"acme-2027"_s;
        m_terms.licensee = u"ACME"_s;
        m_terms.expiresMs = m_clock.nowMs() + 365LL * 86400 * 1000;
        m_terms.gracePeriodS = 5 * 86400;
        m_terms.renewAfterS = 300;
        m_terms.components = {{u"vdp"_s, {2, 16, 24}}, {u"scheduler"_s, {1, 4, 4}}};
    }

    void grantsWithinLimitsAndDeniesBeyond() {
        const Lease first = granted(request(u"a"_s, 16));
        QCOMPARE(first.graceDeadlineMs, m_clock.nowMs() + 5 * 86400 * 1000LL);
        QCOMPARE(first.node, u"node-a"_s);
        QCOMPARE(denied(request(u"b"_s, 9)), DenialReason::CoreLimit); // 16 + 9 > 24
        granted(request(u"b"_s, 8));
        QCOMPARE(denied(request(u"c"_s, 1)), DenialReason::InstanceLimit);
        QCOMPARE(denied(request(u"d"_s, 17)), DenialReason::CoresPerInstance);
        QCOMPARE(denied(request(u"x"_s, 1, u"unknown"_s)), DenialReason::TypeNotLicensed);
        QCOMPARE(m_store->allActiveLeases().value().size(), 2);
    }

    void deniesEverythingOnceTheLicenseExpired() {
        m_clock.setMs(m_terms.expiresMs + 1);
        QCOMPARE(denied(request(u"a"_s, 1)), DenialReason::LicenseExpired);
    }

    void everyDenialLandsInHistory() {
        granted(request(u"s1"_s, 4, u"scheduler"_s));
        QCOMPARE(denied(request(u"s2"_s, 1, u"scheduler"_s)), DenialReason::InstanceLimit);
        const auto denials = history(u"instance_limit"_s);
        QCOMPARE(denials.size(), 1);
        QCOMPARE(denials.first().kind, HistoryEntry::Kind::Denial);
        QCOMPARE(denials.first().holder.instance, u"s2"_s);
        QVERIFY(denials.first().note.contains(u"allows 1 instances"_s));
    }

    void sameInstanceReplacesItsEarlierLease() {
        const Lease first = granted(request(u"a"_s, 16));
        granted(request(u"b"_s, 8));
        m_clock.advanceSeconds(10);
        // With both slots taken, a restart of "a" must still be allowed.
        const Lease second = granted(request(u"a"_s, 16));
        QVERIFY(second.id != first.id);
        QCOMPARE(m_store->allActiveLeases().value().size(), 2);
        const auto replaced = history(u"replaced_by_restart"_s);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.first().leaseId, first.id);
        QCOMPARE(*replaced.first().endMs, m_clock.nowMs());
    }

    void renewalExtendsTheGraceDeadline() {
        const Lease lease = granted(request(u"a"_s, 4));
        m_clock.advanceSeconds(300);
        auto renewed = inTx([&](StoreTransaction& tx) { return m_engine.renew(tx, m_terms, lease.id); });
        QVERIFY(renewed);
        QCOMPARE(renewed->kind, RenewOutcome::Kind::Renewed);
        QCOMPARE(renewed->lease->lastRenewalMs, m_clock.nowMs());
        QCOMPARE(m_store->allActiveLeases().value().first().graceDeadlineMs,
                 m_clock.nowMs() + 5 * 86400 * 1000LL);
    }

    void unknownLeaseCannotBeRenewed() {
        auto renewed = inTx([&](StoreTransaction& tx) { return m_engine.renew(tx, m_terms, u"nope"_s); });
        QCOMPARE(renewed->kind, RenewOutcome::Kind::UnknownLease);
    }

    void silentLeaseKeepsItsCoresUntilTheGraceDeadline() {
        const Lease a = granted(request(u"a"_s, 16));
        granted(request(u"b"_s, 8));
        m_clock.advanceDays(5); // exactly at the deadline: still counted
        QCOMPARE(denied(request(u"c"_s, 1)), DenialReason::InstanceLimit);
        m_clock.advanceMs(1);
        // "b" also went silent at the same moment; both are reclaimed now.
        granted(request(u"c"_s, 1));
        const auto expired = history(u"grace_expired"_s);
        QCOMPARE(expired.size(), 2);
        for (const HistoryEntry& entry : expired)
            QCOMPARE(*entry.endMs, a.graceDeadlineMs);
    }

    void reclaimRunsWithoutARequest() {
        granted(request(u"a"_s, 1));
        m_clock.advanceDays(6);
        const Lease silent = m_store->allActiveLeases().value().first();
        auto reclaimed = inTx([&](StoreTransaction& tx) { return m_engine.reclaimExpired(tx); });
        QCOMPARE(reclaimed.value().size(), 1);
        QCOMPARE(reclaimed.value().first().id, silent.id); // the engine says which
        QVERIFY(m_store->allActiveLeases().value().isEmpty());
    }

    void everyLeaseAWriteEndsIsReported() {
        // What the lease events are made of: each write names the leases it ended.
        const Lease a = granted(request(u"a"_s, 1));
        const Lease b = granted(request(u"b"_s, 1));
        EndedLeases ended;
        const Lease restarted =
            std::get<Lease>(inTx([&](StoreTransaction& tx) {
                                return m_engine.grant(tx, m_terms, request(u"a"_s, 1), &ended);
                            }).value());
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended[0].lease.id, a.id);
        QCOMPARE(ended[0].lease.holder.instance, u"a"_s);
        QCOMPARE(ended[0].reason, EndReason::ReplacedByRestart);

        m_clock.advanceDays(6);
        ended.clear();
        const auto third = inTx(
            [&](StoreTransaction& tx) { return m_engine.grant(tx, m_terms, request(u"c"_s, 1), &ended); });
        QVERIFY(third.ok() && std::holds_alternative<Lease>(third.value()));
        QCOMPARE(ended.size(), 2); // both silent leases, ended by the grant that counted past them
        QSet<QString> ids;
        for (const EndedLease& end : std::as_const(ended)) {
            QCOMPARE(end.reason, EndReason::GraceExpired);
            ids.insert(end.lease.id);
        }
        QCOMPARE(ids, (QSet<QString>{b.id, restarted.id}));

        const Lease d = granted(request(u"d"_s, 1));
        ended.clear();
        QVERIFY(inTx([&](StoreTransaction& tx) {
                    return m_engine.freeByAdmin(tx, d.id, u"moved"_s, &ended);
                }).value());
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended[0].lease.id, d.id);
        QCOMPARE(ended[0].reason, EndReason::FreedByAdmin);
        QCOMPARE(ended[0].note, u"moved"_s);
        ended.clear();
        QVERIFY(!inTx([&](StoreTransaction& tx) { return m_engine.release(tx, d.id, &ended); }).value());
        QVERIFY(ended.isEmpty()); // nothing ended twice
    }

    void renewAfterTheDeadlineSaysUnknownAndFreesTheCores() {
        const Lease lease = granted(request(u"a"_s, 1));
        m_clock.advanceDays(6);
        auto renewed = inTx([&](StoreTransaction& tx) { return m_engine.renew(tx, m_terms, lease.id); });
        QCOMPARE(renewed->kind, RenewOutcome::Kind::UnknownLease);
        QCOMPARE(history(u"grace_expired"_s).size(), 1);
    }

    void renewalIsRefusedOnceTheLicenseExpired() {
        m_terms.expiresMs = m_clock.nowMs() + 86400 * 1000LL;
        const Lease lease = granted(request(u"a"_s, 1));
        m_clock.setMs(m_terms.expiresMs + 1000); // within the lease's grace
        auto renewed = inTx([&](StoreTransaction& tx) { return m_engine.renew(tx, m_terms, lease.id); });
        QCOMPARE(renewed->kind, RenewOutcome::Kind::Denied);
        QCOMPARE(renewed->denial->reason, DenialReason::LicenseExpired);
        QCOMPARE(m_store->allActiveLeases().value().first().lastRenewalMs, lease.lastRenewalMs);
    }

    void releaseAndAdminFreeEndWithTheirReasons() {
        const Lease a = granted(request(u"a"_s, 1));
        const Lease b = granted(request(u"b"_s, 1));
        QVERIFY(inTx([&](StoreTransaction& tx) { return m_engine.release(tx, a.id); }).value());
        QVERIFY(!inTx([&](StoreTransaction& tx) { return m_engine.release(tx, a.id); }).value());
        QVERIFY(inTx([&](StoreTransaction& tx) {
                    return m_engine.freeByAdmin(tx, b.id, u"host retired"_s);
                }).value());
        QCOMPARE(history(u"released"_s).first().leaseId, a.id);
        const auto freed = history(u"freed_by_admin"_s);
        QCOMPARE(freed.first().leaseId, b.id);
        QCOMPARE(freed.first().note, u"host retired"_s);
        QVERIFY(m_store->allActiveLeases().value().isEmpty());
    }

    void historyFiltersByPeriodAndType() {
        granted(request(u"a"_s, 1));
        m_clock.advanceDays(1);
        granted(request(u"s"_s, 1, u"scheduler"_s));
        HistoryQuery query;
        query.component = u"scheduler"_s;
        QCOMPARE(m_store->history(query).value().size(), 1);
        query = {};
        query.untilMs = m_clock.nowMs() - 1000;
        QCOMPARE(m_store->history(query).value().size(), 1);
        QCOMPARE(m_store->history(query).value().first().holder.instance, u"a"_s);
    }
};

QTEST_GUILESS_MAIN(TestLeaseEngine)
#include "tst_leaseengine.moc"
