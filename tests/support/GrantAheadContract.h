// Grants planned for a batch (StoreTransaction::planGrant): the instances'
// live leases read with one statement and the usage counts kept in memory,
// checked the same way on SQLite and on PostgreSQL (see StoreContract). Each
// grant must be decided as if it had run alone, in the batch's order, and
// the batch must not need a second run (which would hide a wrong answer
// behind the unique index on live instances).
#pragma once

#include "StoreContract.h"

namespace lk::test {

class GrantAheadContract {
public:
    using Check = StoreContract::Check;

    static void addChecks() {
        QTest::addColumn<Check>("check");
        QTest::newRow("planned grants count each other") << &plannedGrantsCountEachOther;
        QTest::newRow("an instance granted twice replaces its own lease") << &anInstanceGrantedTwice;
        QTest::newRow("a seat freed in the batch is free") << &aSeatFreedInTheBatchIsFree;
        QTest::newRow("a failing job leaves the counts right") << &aFailingJobLeavesTheCountsRight;
    }

private:
    struct Granting {
        std::optional<GrantOutcome> outcome;
        int runs = 0;
    };

    static LicenseTerms vdpInstances(int count) {
        LicenseTerms terms = StoreContract::roomyTerms();
        terms.components[QStringLiteral("vdp")].maxInstances = count;
        return terms;
    }

    static LeaseRequest request(const QString& instance) {
        return LeaseRequest{QStringLiteral("vdp"), instance, QStringLiteral("h"), {}, 2, QStringLiteral("1")};
    }

    static LeaseStore::Job grant(const LeaseEngine& engine, const LicenseTerms& terms,
                                 const QString& instance, Granting* granting) {
        return [&engine, &terms, instance, granting](StoreTransaction& tx) {
            ++granting->runs;
            auto outcome = engine.grant(tx, terms, request(instance));
            if (outcome)
                granting->outcome = outcome.value();
            return StoreContract::statusOf(outcome);
        };
    }

    // A batch: a first job plans a grant for each of `planned`, then the
    // `jobs`; returns the jobs' statuses (without the planning job's).
    static std::vector<Status> planThenRun(SqlStore& store, const QStringList& planned,
                                           std::vector<LeaseStore::Job> jobs) {
        jobs.insert(jobs.begin(), [planned](StoreTransaction& tx) {
            for (const QString& instance : planned)
                LeaseEngine::planGrant(tx, request(instance));
            return Status();
        });
        auto batch = store.runBatch(jobs, LeaseStore::Commit::Durable);
        if (!batch) {
            QTest::qFail(qPrintable(batch.error().message), __FILE__, __LINE__);
            return {};
        }
        return std::vector<Status>(batch->begin() + 1, batch->end());
    }

    static bool granted(const Granting& granting) {
        return granting.outcome && std::holds_alternative<Lease>(*granting.outcome);
    }

    static QStringList liveInstances(SqlStore& store) {
        QStringList instances;
        for (const Lease& lease : store.allActiveLeases().value())
            instances << lease.holder.instance;
        instances.sort();
        return instances;
    }

    // Three seats, one taken: of four grants in one batch (the first a
    // restart of the taken seat), the last new instance finds no seat left.
    static void plannedGrantsCountEachOther(SqlStore& store) {
        const LeaseEngine engine(QStringLiteral("granter"));
        const LicenseTerms terms = vdpInstances(3);
        Granting first, b, c, restart, d;
        QVERIFY(planThenRun(store, {QStringLiteral("a")},
                            {grant(engine, terms, QStringLiteral("a"), &first)})[0]);
        const QString oldA = std::get<Lease>(*first.outcome).id;
        const auto statuses = planThenRun(
            store, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")},
            {grant(engine, terms, QStringLiteral("a"), &restart),
             grant(engine, terms, QStringLiteral("b"), &b), grant(engine, terms, QStringLiteral("c"), &c),
             grant(engine, terms, QStringLiteral("d"), &d)});
        QVERIFY(statuses[0] && statuses[1] && statuses[2] && statuses[3]);
        QVERIFY(granted(b) && granted(c) && granted(restart));
        QVERIFY(!granted(d));
        QCOMPARE(std::get<Denial>(*d.outcome).reason, DenialReason::InstanceLimit);
        QVERIFY(std::get<Lease>(*restart.outcome).id != oldA);
        QCOMPARE(liveInstances(store),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(b.runs + c.runs + restart.runs + d.runs, 4); // one run: nothing failed
        StoreContract::compareUsageWithRows(store);
    }

    static void anInstanceGrantedTwice(SqlStore& store) {
        const LeaseEngine engine(QStringLiteral("granter"));
        const LicenseTerms terms = vdpInstances(3);
        Granting once, twice;
        const auto statuses = planThenRun(store, {QStringLiteral("x"), QStringLiteral("x")},
                                          {grant(engine, terms, QStringLiteral("x"), &once),
                                           grant(engine, terms, QStringLiteral("x"), &twice)});
        QVERIFY(statuses[0] && statuses[1]);
        QVERIFY(granted(once) && granted(twice));
        QCOMPARE(StoreContract::activeIds(store), QStringList{std::get<Lease>(*twice.outcome).id});
        QCOMPARE(once.runs + twice.runs, 2);
        StoreContract::compareUsageWithRows(store);
    }

    // Two seats, both taken: a release in the batch frees one for the grant after it.
    static void aSeatFreedInTheBatchIsFree(SqlStore& store) {
        const LeaseEngine engine(QStringLiteral("granter"));
        const LicenseTerms terms = vdpInstances(2);
        Granting a, b, before, after;
        QVERIFY(planThenRun(store, {QStringLiteral("a"), QStringLiteral("b")},
                            {grant(engine, terms, QStringLiteral("a"), &a),
                             grant(engine, terms, QStringLiteral("b"), &b)})[1]);
        const QString aId = std::get<Lease>(*a.outcome).id;
        const auto statuses = planThenRun(
            store, {QStringLiteral("c"), QStringLiteral("c")},
            {grant(engine, terms, QStringLiteral("c"), &before),
             [&](StoreTransaction& tx) { return StoreContract::statusOf(engine.release(tx, aId)); },
             grant(engine, terms, QStringLiteral("c"), &after)});
        QVERIFY(statuses[0] && statuses[1] && statuses[2]);
        QVERIFY(!granted(before));
        QVERIFY(granted(after));
        QCOMPARE(liveInstances(store), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(before.runs + after.runs, 2);
        StoreContract::compareUsageWithRows(store);
    }

    // A job fails: the batch runs again with each job on its own (nothing
    // worked ahead then), and the others' grants are decided and counted.
    static void aFailingJobLeavesTheCountsRight(SqlStore& store) {
        const LeaseEngine engine(QStringLiteral("granter"));
        const LicenseTerms terms = vdpInstances(2);
        Granting a, b, c;
        const auto statuses = planThenRun(
            store, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
            {grant(engine, terms, QStringLiteral("a"), &a),
             [](StoreTransaction&) { return Status(makeError(QStringLiteral("t"), QStringLiteral("no"))); },
             grant(engine, terms, QStringLiteral("b"), &b), grant(engine, terms, QStringLiteral("c"), &c)});
        QVERIFY(statuses[0] && !statuses[1] && statuses[2] && statuses[3]);
        QVERIFY(granted(a) && granted(b) && !granted(c));
        QCOMPARE(liveInstances(store), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        StoreContract::compareUsageWithRows(store);
    }
};

} // namespace lk::test
