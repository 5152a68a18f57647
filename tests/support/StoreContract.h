// What every LeaseStore must do, checked the same way on SQLite
// (tests/unit/store) and on PostgreSQL (tests/integration/store): a store's
// test adds the rows of addChecks() to a data function and runs the check of
// each row on a freshly opened store. A check records its failure through
// QTest and returns.
#pragma once

#include "lease/LeaseEngine.h"
#include "lease/LeaseStore.h"

#include <QStringList>
#include <QTest>
#include <algorithm>

namespace lk::test {

class StoreContract {
public:
    using Check = void (*)(LeaseStore& store);

    // A column "check" with a row for each check below.
    static void addChecks() {
        QTest::addColumn<Check>("check");
        QTest::newRow("a failing job rolls back only itself") << &aFailingJobRollsBackOnlyItself;
        QTest::newRow("a lone failing job leaves nothing") << &aLoneFailingJobLeavesNothing;
    }

    static Lease sampleLease(const QString& id, const QString& instance) {
        return Lease{id,
                     LeaseRequest{QStringLiteral("vdp"),
                                  instance,
                                  QStringLiteral("h"),
                                  {QStringLiteral("10.0.0.1")},
                                  2,
                                  QStringLiteral("1")},
                     QStringLiteral("n"),
                     1,
                     1,
                     100};
    }

    // One grant of two cores to `instance` in a transaction of its own; true
    // when the lease was granted (and committed).
    static bool grant(LeaseStore& store, const LeaseEngine& engine, const LicenseTerms& terms,
                      const QString& instance) {
        bool won = false;
        const LeaseRequest request{QStringLiteral("vdp"), instance, QStringLiteral("h"), {}, 2,
                                   QStringLiteral("1")};
        auto batch = store.runBatch({[&](StoreTransaction& tx) {
            auto outcome = engine.grant(tx, terms, request);
            if (!outcome)
                return Status(outcome.error());
            won = std::holds_alternative<Lease>(outcome.value());
            return Status();
        }});
        return batch && batch->front() && won;
    }

    // Group commit isolates its jobs: of three, the middle one writes and then
    // fails on the live-instance index; only its own writes are undone.
    static void aFailingJobRollsBackOnlyItself(LeaseStore& store) {
        auto batch = store.runBatch({
            [](StoreTransaction& tx) {
                return tx.insertLease(sampleLease(QStringLiteral("a"), QStringLiteral("i1")));
            },
            [](StoreTransaction& tx) {
                if (auto inserted = tx.insertLease(sampleLease(QStringLiteral("b"), QStringLiteral("i2")));
                    !inserted)
                    return inserted;
                return tx.insertLease(sampleLease(QStringLiteral("c"), QStringLiteral("i2")));
            },
            [](StoreTransaction& tx) {
                return tx.insertLease(sampleLease(QStringLiteral("d"), QStringLiteral("i3")));
            },
        });
        QVERIFY(batch);
        QVERIFY(batch.value()[0]);
        QVERIFY(!batch.value()[1]);
        QVERIFY(batch.value()[2]);
        QCOMPARE(activeIds(store), (QStringList{QStringLiteral("a"), QStringLiteral("d")}));
    }

    // A batch whose only job writes and then gives up leaves nothing behind.
    static void aLoneFailingJobLeavesNothing(LeaseStore& store) {
        auto batch = store.runBatch({[](StoreTransaction& tx) {
            if (auto inserted = tx.insertLease(sampleLease(QStringLiteral("a"), QStringLiteral("i")));
                !inserted)
                return inserted;
            return Status(makeError(QStringLiteral("test"), QStringLiteral("job gave up")));
        }});
        QVERIFY(batch);
        QVERIFY(!batch->front());
        QVERIFY(store.allActiveLeases()->isEmpty());
    }

private:
    static QStringList activeIds(LeaseStore& store) {
        QStringList ids;
        for (const Lease& lease : store.allActiveLeases().value())
            ids << lease.id;
        ids.sort();
        return ids;
    }
};

} // namespace lk::test

Q_DECLARE_METATYPE(lk::test::StoreContract::Check)
