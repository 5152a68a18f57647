// Renewals planned for a batch (StoreTransaction::planRenewal) and renewed
// with one statement: checked the same way on SQLite and on PostgreSQL (see
// StoreContract). Each renewal must be answered as if it had run alone.
#pragma once

#include "StoreContract.h"

namespace lk::test {

class RenewAheadContract {
public:
    using Check = StoreContract::Check;

    static void addChecks() {
        QTest::addColumn<Check>("check");
        QTest::newRow("planned renewals are answered as alone") << &plannedRenewalsAreAnsweredAsAlone;
        QTest::newRow("a lease ended before its renewal is not renewed") << &aLeaseEndedBeforeItsRenewal;
        QTest::newRow("a failing job undoes no other renewal") << &aFailingJobUndoesNoOtherRenewal;
    }

private:
    using Kind = RenewOutcome::Kind;

    // A batch: a first job plans a renewal of each of `planned`, then the
    // `jobs`; returns the jobs' statuses (without the planning job's).
    static std::vector<Status> planThenRun(SqlStore& store, const LeaseEngine& engine,
                                           const LicenseTerms& terms, const QStringList& planned,
                                           std::vector<LeaseStore::Job> jobs) {
        jobs.insert(jobs.begin(), [&](StoreTransaction& tx) {
            for (const QString& id : planned)
                engine.planRenewal(tx, terms, id);
            return Status();
        });
        auto batch = store.runBatch(jobs, LeaseStore::Commit::Deferred);
        if (!batch) {
            QTest::qFail(qPrintable(batch.error().message), __FILE__, __LINE__);
            return {};
        }
        return std::vector<Status>(batch->begin() + 1, batch->end());
    }

    static LeaseStore::Job renewal(const LeaseEngine& engine, const LicenseTerms& terms, const QString& id,
                                   std::optional<RenewOutcome>* outcome) {
        return [&engine, &terms, id, outcome](StoreTransaction& tx) {
            auto renewed = engine.renew(tx, terms, id);
            if (renewed)
                *outcome = renewed.value();
            return StoreContract::statusOf(renewed);
        };
    }

    static std::optional<Lease> liveLease(SqlStore& store, const QString& id) {
        for (const Lease& lease : store.allActiveLeases().value()) {
            if (lease.id == id)
                return lease;
        }
        return std::nullopt;
    }

    // Two leases and an unknown id planned; each renewal gets its own lease
    // back renewed (or "unknown"), as the store keeps it.
    static void plannedRenewalsAreAnsweredAsAlone(SqlStore& store) {
        const LeaseEngine granter(QStringLiteral("granter")), engine(QStringLiteral("renewer"));
        const LicenseTerms terms = StoreContract::roomyTerms();
        const QString a = StoreContract::grantedId(store, granter, terms, QStringLiteral("a"));
        const QString b = StoreContract::grantedId(store, granter, terms, QStringLiteral("b"));
        const QString untouched = StoreContract::grantedId(store, granter, terms, QStringLiteral("c"));
        const Lease before = liveLease(store, untouched).value();
        std::optional<RenewOutcome> ofA, ofB, ofUnknown;
        const auto statuses =
            planThenRun(store, engine, terms, {a, b, QStringLiteral("no-such-lease")},
                        {renewal(engine, terms, b, &ofB), renewal(engine, terms, a, &ofA),
                         renewal(engine, terms, QStringLiteral("no-such-lease"), &ofUnknown)});
        QCOMPARE(statuses.size(), size_t(3));
        QVERIFY(statuses[0] && statuses[1] && statuses[2]);
        QCOMPARE(ofA->kind, Kind::Renewed);
        QCOMPARE(ofA->lease->id, a);
        QCOMPARE(ofB->kind, Kind::Renewed);
        QCOMPARE(ofB->lease->id, b);
        QCOMPARE(ofUnknown->kind, Kind::UnknownLease);
        for (const auto& outcome : {ofA, ofB}) {
            const Lease kept = liveLease(store, outcome->lease->id).value();
            QCOMPARE(kept.node, QStringLiteral("renewer"));
            QCOMPARE(kept.lastRenewalMs, outcome->lease->lastRenewalMs);
            QCOMPARE(kept.graceDeadlineMs, outcome->lease->lastRenewalMs + terms.gracePeriodS * 1000);
            QCOMPARE(kept.holder.instance, outcome->lease->holder.instance);
        }
        QCOMPARE(liveLease(store, untouched)->lastRenewalMs, before.lastRenewalMs);
    }

    // A release between the first renewal and the released lease's own
    // renewal: that renewal finds the lease gone, as without planning.
    static void aLeaseEndedBeforeItsRenewal(SqlStore& store) {
        const LeaseEngine granter(QStringLiteral("granter")), engine(QStringLiteral("renewer"));
        const LicenseTerms terms = StoreContract::roomyTerms();
        const QString a = StoreContract::grantedId(store, granter, terms, QStringLiteral("a"));
        const QString b = StoreContract::grantedId(store, granter, terms, QStringLiteral("b"));
        std::optional<RenewOutcome> ofA, ofB;
        const auto statuses =
            planThenRun(store, engine, terms, {a, b},
                        {renewal(engine, terms, b, &ofB),
                         [&](StoreTransaction& tx) { return StoreContract::statusOf(engine.release(tx, a)); },
                         renewal(engine, terms, a, &ofA)});
        QVERIFY(statuses[0] && statuses[1] && statuses[2]);
        QCOMPARE(ofB->kind, Kind::Renewed);
        QCOMPARE(ofA->kind, Kind::UnknownLease);
        QVERIFY(!liveLease(store, a));
        QCOMPARE(StoreContract::activeIds(store), QStringList{b});
        StoreContract::compareUsageWithRows(store);
    }

    // A job fails: the batch runs again with each job on its own, and both
    // planned renewals are still made, answered and kept.
    static void aFailingJobUndoesNoOtherRenewal(SqlStore& store) {
        const LeaseEngine granter(QStringLiteral("granter")), engine(QStringLiteral("renewer"));
        const LicenseTerms terms = StoreContract::roomyTerms();
        const QString a = StoreContract::grantedId(store, granter, terms, QStringLiteral("a"));
        const QString b = StoreContract::grantedId(store, granter, terms, QStringLiteral("b"));
        const qint64 grantedAt = liveLease(store, a)->lastRenewalMs;
        std::optional<RenewOutcome> ofA, ofB;
        const auto statuses = planThenRun(
            store, engine, terms, {a, b},
            {renewal(engine, terms, a, &ofA),
             [](StoreTransaction&) { return Status(makeError(QStringLiteral("t"), QStringLiteral("no"))); },
             renewal(engine, terms, b, &ofB)});
        QVERIFY(statuses[0] && !statuses[1] && statuses[2]);
        QCOMPARE(ofA->kind, Kind::Renewed);
        QCOMPARE(ofB->kind, Kind::Renewed);
        QCOMPARE(liveLease(store, a)->node, QStringLiteral("renewer"));
        QCOMPARE(liveLease(store, b)->node, QStringLiteral("renewer"));
        QVERIFY(liveLease(store, a)->lastRenewalMs >= grantedAt);
    }
};

} // namespace lk::test
