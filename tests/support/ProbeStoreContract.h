// The evidence about overdue leases, checked the same way on SQLite and on
// PostgreSQL (see StoreContract): probes kept with a lease, seen by every
// reader, set aside by a renewal, and the reclaim decided in the store's
// transaction by LeaseEngine::recordProbe.
#pragma once

#include "StoreContract.h"

namespace lk::test {

class ProbeStoreContract {
public:
    using Check = StoreContract::Check;

    static void addChecks() {
        QTest::addColumn<Check>("check");
        QTest::newRow("probes are kept with the lease") << &probesAreKeptWithTheLease;
        QTest::newRow("a renewal sets the evidence aside") << &aRenewalSetsTheEvidenceAside;
        QTest::newRow("only the latest probes are kept") << &onlyTheLatestProbesAreKept;
        QTest::newRow("refusals in a row reclaim the lease") << &refusalsInARowReclaimTheLease;
        QTest::newRow("open or silent evidence never reclaims") << &openOrSilentEvidenceNeverReclaims;
        QTest::newRow("a probe of a renewed lease is dropped") << &aProbeOfARenewedLeaseIsDropped;
    }

private:
    // A lease of `instance` last renewed an hour ago by the store's clock
    // (overdue under any renewal interval below 40 min), grace for a day.
    static Lease overdueLease(SqlStore& store, const QString& instance) {
        Lease lease = StoreContract::sampleLease(instance + QStringLiteral("-lease"), instance);
        lease.holder.probe = QStringLiteral("127.0.0.1:9");
        auto batch = store.runBatch({[&](StoreTransaction& tx) {
            const qint64 now = tx.nowMs();
            lease.grantedMs = lease.lastRenewalMs = now - 3600 * 1000;
            lease.graceDeadlineMs = now + 24 * 3600 * 1000;
            return tx.insertLease(lease);
        }});
        if (!batch || !batch->front())
            QTest::qFail("the overdue lease was not inserted", __FILE__, __LINE__);
        return lease;
    }

    static ProbeResult probe(ProbeOutcome outcome, qint64 atMs = 0) {
        return ProbeResult{atMs, outcome, ProbeResult::code(outcome)};
    }

    // Records `outcome` through the engine under `policy`; what it did.
    static std::optional<LeaseEngine::ProbeRecord> record(SqlStore& store, const Lease& lease,
                                                          ProbeOutcome outcome, const ReclaimPolicy& policy,
                                                          EndedLeases* ended = nullptr) {
        const LeaseEngine engine(QStringLiteral("n"));
        std::optional<LeaseEngine::ProbeRecord> did;
        auto batch = store.runBatch({[&](StoreTransaction& tx) {
            auto outcomeOf =
                engine.recordProbe(tx, lease.id, lease.lastRenewalMs, probe(outcome), policy, 300, ended);
            if (!outcomeOf)
                return Status(outcomeOf.error());
            did = outcomeOf.value();
            return Status();
        }});
        return batch && batch->front() ? did : std::nullopt;
    }

    static QList<ProbeResult> probesOf(SqlStore& store, const QString& leaseId, qint64 sinceMs) {
        QList<ProbeResult> probes;
        auto batch = store.runBatch({[&](StoreTransaction& tx) {
            auto found = tx.probesOf(leaseId, sinceMs);
            if (!found)
                return Status(found.error());
            probes = found.value();
            return Status();
        }});
        return probes;
    }

    static void probesAreKeptWithTheLease(SqlStore& store) {
        const Lease lease = overdueLease(store, QStringLiteral("a"));
        const QString cursor = store.leaseChanges({})->cursor;
        const ReclaimPolicy off;
        QCOMPARE(record(store, lease, ProbeOutcome::Timeout, off), LeaseEngine::ProbeRecord::Recorded);
        QCOMPARE(record(store, lease, ProbeOutcome::Refused, off), LeaseEngine::ProbeRecord::Recorded);

        const QList<Lease> live = store.allActiveLeases().value();
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.front().holder.probe, QStringLiteral("127.0.0.1:9"));
        QCOMPARE(live.front().probes.size(), 2);
        QCOMPARE(live.front().probes.at(0).outcome, ProbeOutcome::Timeout);
        QCOMPARE(live.front().probes.at(1).outcome, ProbeOutcome::Refused);
        QVERIFY(live.front().probes.at(0).atMs > lease.lastRenewalMs);
        // Incremental readers see the lease again, with its evidence.
        auto changes = store.leaseChanges(cursor);
        QVERIFY(changes && !changes->full);
        QCOMPARE(changes->live.size(), 1);
        QCOMPARE(changes->live.front().probes, live.front().probes);
        // The reclaim service's read: overdue leases with their probes.
        const QList<Lease> overdue = store.overdueLeases(lease.lastRenewalMs + 1, 100).value();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.front().probes.size(), 2);
        QVERIFY(store.overdueLeases(lease.lastRenewalMs, 100)->isEmpty());
    }

    static void aRenewalSetsTheEvidenceAside(SqlStore& store) {
        const Lease lease = overdueLease(store, QStringLiteral("a"));
        QCOMPARE(record(store, lease, ProbeOutcome::Refused, {}), LeaseEngine::ProbeRecord::Recorded);
        auto renewed = store.runBatch({[&](StoreTransaction& tx) {
            const qint64 now = tx.nowMs() + 1;
            return tx.renewLease(lease.id, now, now + 3600 * 1000, QStringLiteral("n"));
        }});
        QVERIFY(renewed && renewed->front());
        QVERIFY(store.allActiveLeases()->front().probes.isEmpty());
        // Ended, its probes go at the next prune.
        QVERIFY(store.runBatch({[&](StoreTransaction& tx) {
            return tx.endLease(lease.id, tx.nowMs(), EndReason::Released, {});
        }}));
        QCOMPARE(probesOf(store, lease.id, 0).size(), 1);
        QVERIFY(store.runBatch({[](StoreTransaction& tx) { return tx.pruneProbes(); }}));
        QCOMPARE(probesOf(store, lease.id, 0).size(), 0);
    }

    static void onlyTheLatestProbesAreKept(SqlStore& store) {
        const Lease lease = overdueLease(store, QStringLiteral("a"));
        for (int i = 0; i < 25; ++i) {
            auto batch = store.runBatch({[&](StoreTransaction& tx) {
                return tx.recordProbe(lease.id, lease.lastRenewalMs,
                                      probe(ProbeOutcome::Timeout, lease.lastRenewalMs + 1 + i));
            }});
            QVERIFY(batch && batch->front());
        }
        const QList<ProbeResult> kept = probesOf(store, lease.id, 0);
        QCOMPARE(kept.size(), 20);
        QCOMPARE(kept.front().atMs, lease.lastRenewalMs + 6);
        QCOMPARE(kept.back().atMs, lease.lastRenewalMs + 25);
    }

    static void refusalsInARowReclaimTheLease(SqlStore& store) {
        const Lease lease = overdueLease(store, QStringLiteral("a"));
        const Lease other = overdueLease(store, QStringLiteral("b"));
        // Interval 0: the three probes of this check come a few ms apart.
        const ReclaimPolicy policy{60, 0, 3};
        EndedLeases ended;
        QCOMPARE(record(store, lease, ProbeOutcome::Refused, policy), LeaseEngine::ProbeRecord::Recorded);
        QCOMPARE(record(store, lease, ProbeOutcome::Refused, policy), LeaseEngine::ProbeRecord::Recorded);
        QCOMPARE(record(store, lease, ProbeOutcome::Refused, policy, &ended),
                 LeaseEngine::ProbeRecord::Reclaimed);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.front().reason, EndReason::ReclaimedDead);
        QCOMPARE(StoreContract::activeIds(store), QStringList{other.id});
        StoreContract::compareUsageWithRows(store);

        HistoryQuery query;
        query.reason = QStringLiteral("reclaimed_dead");
        const QList<HistoryEntry> history = store.history(query).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.front().leaseId, lease.id);
        QVERIFY2(history.front().note.contains(QStringLiteral("connection refused (3 in a row")),
                 qPrintable(history.front().note));
        QVERIFY2(history.front().note.contains(QStringLiteral("127.0.0.1:9")),
                 qPrintable(history.front().note));
        // A probe that lands after the reclaim changes nothing.
        QCOMPARE(record(store, lease, ProbeOutcome::Refused, policy), LeaseEngine::ProbeRecord::Stale);
    }

    static void openOrSilentEvidenceNeverReclaims(SqlStore& store) {
        const Lease lease = overdueLease(store, QStringLiteral("a"));
        const ReclaimPolicy policy{60, 0, 2};
        for (const ProbeOutcome outcome :
             {ProbeOutcome::Refused, ProbeOutcome::Open, ProbeOutcome::Refused, ProbeOutcome::Timeout,
              ProbeOutcome::Unreachable, ProbeOutcome::Refused, ProbeOutcome::Open})
            QCOMPARE(record(store, lease, outcome, policy), LeaseEngine::ProbeRecord::Recorded);
        // Off, even refusals only make evidence.
        QCOMPARE(record(store, lease, ProbeOutcome::Refused, ReclaimPolicy{}),
                 LeaseEngine::ProbeRecord::Recorded);
        QCOMPARE(record(store, lease, ProbeOutcome::Refused, ReclaimPolicy{}),
                 LeaseEngine::ProbeRecord::Recorded);
        QCOMPARE(StoreContract::activeIds(store), QStringList{lease.id});
    }

    static void aProbeOfARenewedLeaseIsDropped(SqlStore& store) {
        Lease lease = overdueLease(store, QStringLiteral("a"));
        const Lease asProbed = lease;
        auto renewed = store.runBatch({[&](StoreTransaction& tx) {
            lease.lastRenewalMs = tx.nowMs();
            return tx.renewLease(lease.id, lease.lastRenewalMs, lease.lastRenewalMs + 3600 * 1000,
                                 QStringLiteral("n"));
        }});
        QVERIFY(renewed && renewed->front());
        const ReclaimPolicy policy{60, 0, 1};
        QCOMPARE(record(store, asProbed, ProbeOutcome::Refused, policy), LeaseEngine::ProbeRecord::Stale);
        QCOMPARE(probesOf(store, lease.id, 0).size(), 0);
        QCOMPARE(StoreContract::activeIds(store), QStringList{lease.id});
    }
};

} // namespace lk::test
