// What every LeaseStore must do, checked the same way on SQLite
// (tests/unit/store) and on PostgreSQL (tests/integration/store): a store's
// test adds the rows of addChecks() to a data function and runs the check of
// each row on a freshly opened store. A check records its failure through
// QTest and returns.
#pragma once

#include "lease/LeaseEngine.h"
#include "store/SchemaMigrations.h"
#include "store/SqlStore.h"

#include <QStringList>
#include <QTest>
#include <algorithm>
#include <functional>
#include <limits>

namespace lk::test {

class StoreContract {
public:
    using Check = void (*)(SqlStore& store);

    // A column "check" with a row for each check below.
    static void addChecks() {
        QTest::addColumn<Check>("check");
        QTest::newRow("a failing job rolls back only itself") << &aFailingJobRollsBackOnlyItself;
        QTest::newRow("a lone failing job leaves nothing") << &aLoneFailingJobLeavesNothing;
        QTest::newRow("usage counts follow the leases") << &usageCountsFollowTheLeases;
        QTest::newRow("usage counts are repaired at open") << &usageCountsAreRepairedAtOpen;
        QTest::newRow("lease changes since a cursor") << &leaseChangesSinceACursor;
        QTest::newRow("a past deadline is seen without writing") << &aPastDeadlineIsSeenWithoutWriting;
        QTest::newRow("past deadlines are found on both sides of an index block")
            << &pastDeadlinesAcrossIndexBlocks;
        QTest::newRow("changes are found on both sides of an index block") << &changesAcrossIndexBlocks;
        QTest::newRow("history by kind") << &historyByKind;
        QTest::newRow("an expiry rolled back is found again") << &anExpiryRolledBackIsFoundAgain;
        QTest::newRow("the audit trail keeps every field and filters") << &auditTrailKeepsAndFilters;
        QTest::newRow("usage samples keep the peak of each period") << &usageSamplesKeepThePeak;
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
    static void aFailingJobRollsBackOnlyItself(SqlStore& store) {
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
    static void aLoneFailingJobLeavesNothing(SqlStore& store) {
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

    // The kept counts equal a count of the rows after grants, replacements,
    // releases, frees, expiries and a rolled-back job, for two types.
    static void usageCountsFollowTheLeases(SqlStore& store) {
        const LeaseEngine engine(QStringLiteral("n"));
        LicenseTerms terms = roomyTerms();
        QStringList ids;
        auto run = [&](const std::function<Status(StoreTransaction&)>& job) {
            auto batch = store.runBatch({job});
            QVERIFY(batch);
            compareUsageWithRows(store);
        };
        for (int i = 0; i < 12; ++i) {
            const QString type = i % 3 == 0 ? QStringLiteral("sched") : QStringLiteral("vdp");
            // Every fourth request restarts an instance: it replaces its lease.
            const LeaseRequest request{type,
                                       QStringLiteral("i%1").arg(i % 4 == 3 ? i - 1 : i),
                                       QStringLiteral("h"),
                                       {},
                                       1 + i % 3,
                                       QStringLiteral("1")};
            run([&](StoreTransaction& tx) {
                auto outcome = engine.grant(tx, terms, request);
                if (outcome && std::holds_alternative<Lease>(outcome.value()))
                    ids << std::get<Lease>(outcome.value()).id;
                return outcome ? Status() : Status(outcome.error());
            });
        }
        run([&](StoreTransaction& tx) { return statusOf(engine.release(tx, ids.at(0))); });
        run([&](StoreTransaction& tx) { return statusOf(engine.freeByAdmin(tx, ids.at(4), {})); });
        run([&](StoreTransaction& tx) {
            (void)engine.release(tx, ids.at(5));
            return Status(makeError(QStringLiteral("test"), QStringLiteral("rolled back")));
        });
        run([&](StoreTransaction& tx) {
            return tx.insertLease(sampleLease(QStringLiteral("old"), QStringLiteral("x")));
        });
        run([&](StoreTransaction& tx) { return statusOf(engine.reclaimExpired(tx)); });
        QVERIFY(store.usageByType()->value(QStringLiteral("vdp")).instancesUsed > 0);
        QVERIFY(store.usageByType()->value(QStringLiteral("sched")).instancesUsed > 0);
    }

    // A count edited behind the store's back is recounted when it opens.
    static void usageCountsAreRepairedAtOpen(SqlStore& store) {
        QVERIFY(store.runBatch({[](StoreTransaction& tx) {
            return tx.insertLease(sampleLease(QStringLiteral("a"), QStringLiteral("i")));
        }}));
        QVERIFY(store.run(QStringLiteral("UPDATE lease_usage SET instances = 7, cores = 99")));
        QCOMPARE(store.usageCountMismatches()->size(), 1);
        QVERIFY(store.usageCountMismatches()->first().contains(QStringLiteral("vdp")));
        QVERIFY(store.open());
        QVERIFY(store.usageCountMismatches()->isEmpty());
        QCOMPARE(store.usageByType()->value(QStringLiteral("vdp")).coresUsed, 2);
    }

    // A first look lists everything; the next one only what moved since:
    // renewed and new leases, and the ids of ended ones.
    static void leaseChangesSinceACursor(SqlStore& store) {
        const LeaseEngine engine(QStringLiteral("n"));
        const LicenseTerms terms = roomyTerms();
        const QString a = grantedId(store, engine, terms, QStringLiteral("a"));
        const QString b = grantedId(store, engine, terms, QStringLiteral("b"));
        const QString c = grantedId(store, engine, terms, QStringLiteral("c"));
        auto first = store.leaseChanges({});
        QVERIFY(first);
        QVERIFY(first->full);
        QCOMPARE(first->live.size(), 3);
        QVERIFY(!first->cursor.isEmpty());

        auto unchanged = store.leaseChanges(first->cursor);
        QVERIFY(unchanged && !unchanged->full);
        QVERIFY(unchanged->live.isEmpty() && unchanged->ended.isEmpty());
        QCOMPARE(unchanged->cursor, first->cursor);

        QVERIFY(store.runBatch({[&](StoreTransaction& tx) { return statusOf(engine.renew(tx, terms, a)); }}));
        QVERIFY(store.runBatch({[&](StoreTransaction& tx) { return statusOf(engine.release(tx, b)); }}));
        const QString d = grantedId(store, engine, terms, QStringLiteral("d"));
        auto next = store.leaseChanges(first->cursor);
        QVERIFY(next && !next->full);
        QStringList live;
        for (const Lease& lease : next->live)
            live << lease.id;
        QCOMPARE(live, (QStringList{a, d}));
        QCOMPARE(next->ended, QStringList{b});
        QVERIFY(!live.contains(c));

        const QStringList foreignCursors{QStringLiteral("other-epoch:1"), QStringLiteral("nonsense"),
                                         first->cursor.section(u':', 0, 0) + QStringLiteral(":999999")};
        for (const QString& foreign : foreignCursors) {
            auto fresh = store.leaseChanges(foreign);
            QVERIFY(fresh);
            QVERIFY2(fresh->full, qPrintable(foreign));
            QCOMPARE(fresh->live.size(), 3);
        }
    }

    static void aPastDeadlineIsSeenWithoutWriting(SqlStore& store) {
        QCOMPARE(store.anyPastDeadline().value(), false);
        Lease future = sampleLease(QStringLiteral("f"), QStringLiteral("f"));
        future.graceDeadlineMs = std::numeric_limits<qint64>::max() / 2;
        QVERIFY(store.runBatch({[&](StoreTransaction& tx) { return tx.insertLease(future); }}));
        QCOMPARE(store.anyPastDeadline().value(), false);
        QVERIFY(store.runBatch({[](StoreTransaction& tx) {
            return tx.insertLease(sampleLease(QStringLiteral("p"), QStringLiteral("p"))); // deadline 100
        }}));
        QCOMPARE(store.anyPastDeadline().value(), true);
    }

    // A batch scans for expired leases once (a scan that found them all is
    // not repeated in its transaction), but a job rolled back to its
    // savepoint takes back the leases it ended: the next job must find them.
    static void anExpiryRolledBackIsFoundAgain(SqlStore& store) {
        QVERIFY(store.runBatch({[](StoreTransaction& tx) {
            return tx.insertLease(sampleLease(QStringLiteral("p"), QStringLiteral("p"))); // deadline 100
        }}));
        const auto endExpired = [](StoreTransaction& tx) -> Status {
            auto past = tx.leasesPastDeadline(tx.nowMs(), 500);
            if (!past)
                return past.error();
            for (const Lease& lease : past.value()) {
                if (Status ended = tx.endLease(lease.id, lease.graceDeadlineMs, EndReason::GraceExpired, {});
                    !ended)
                    return ended;
            }
            return {};
        };
        auto batch =
            store.runBatch({[&](StoreTransaction& tx) {
                                if (Status ended = endExpired(tx); !ended)
                                    return ended;
                                return Status(makeError(QStringLiteral("t"), QStringLiteral("fails after")));
                            },
                            endExpired});
        QVERIFY(batch);
        QVERIFY(!batch->at(0));
        QVERIFY(batch->at(1));
        QCOMPARE(store.anyPastDeadline().value(), false);
    }

    // Deadlines are indexed by hour (kDeadlineBlockMs): a deadline just
    // before `now` in the same hour, or in the hour before, is past; one at
    // `now` or later in the same hour is not.
    static void pastDeadlinesAcrossIndexBlocks(SqlStore& store) {
        const qint64 hour = kDeadlineBlockMs;
        const QList<std::pair<QString, qint64>> deadlines{
            {QStringLiteral("hour4-last"), 5 * hour - 1},
            {QStringLiteral("hour5-first"), 5 * hour},
            {QStringLiteral("hour5-later"), 5 * hour + 10},
            {QStringLiteral("hour7"), 7 * hour},
        };
        QVERIFY(store.runBatch({[&](StoreTransaction& tx) {
            for (const auto& [id, deadline] : deadlines) {
                Lease lease = sampleLease(id, id);
                lease.graceDeadlineMs = deadline;
                if (Status inserted = tx.insertLease(lease); !inserted)
                    return inserted;
            }
            return Status();
        }}));
        const QList<std::pair<qint64, QStringList>> expected{
            {4 * hour, {}},
            {5 * hour, {QStringLiteral("hour4-last")}},
            {5 * hour + 5, {QStringLiteral("hour4-last"), QStringLiteral("hour5-first")}},
            {7 * hour + 1,
             {QStringLiteral("hour4-last"), QStringLiteral("hour5-first"), QStringLiteral("hour5-later"),
              QStringLiteral("hour7")}},
        };
        for (const auto& [now, ids] : expected) {
            QStringList past; // in deadline order
            QVERIFY(store.runBatch({[&, now = now](StoreTransaction& tx) {
                auto found = tx.leasesPastDeadline(now, 100);
                if (!found)
                    return Status(found.error());
                for (const Lease& lease : found.value())
                    past << lease.id;
                return Status();
            }}));
            QCOMPARE(past, ids);
        }
    }

    // Change numbers are indexed by blocks of kChangeBlockSize: cursors on
    // both sides of a block's end see exactly what changed after them.
    static void changesAcrossIndexBlocks(SqlStore& store) {
        const LeaseEngine engine(QStringLiteral("n"));
        const LicenseTerms terms = roomyTerms();
        // Each write transaction takes the next number: a gets the last of block 0.
        QVERIFY(
            store.run(QStringLiteral("UPDATE lease_change_counter SET seq = %1").arg(kChangeBlockSize - 2)));
        QStringList cursors{store.leaseChanges({}).value().cursor};
        QStringList ids;
        for (const QString& instance : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            ids << grantedId(store, engine, terms, instance);
            cursors << store.leaseChanges({}).value().cursor;
        }
        QCOMPARE(cursors.at(1).section(u':', 1), QString::number(kChangeBlockSize - 1));
        QCOMPARE(cursors.at(2).section(u':', 1), QString::number(kChangeBlockSize));
        for (qsizetype seen = 0; seen < cursors.size(); ++seen) {
            auto changes = store.leaseChanges(cursors.at(seen));
            QVERIFY(changes && !changes->full);
            QStringList live;
            for (const Lease& lease : changes->live)
                live << lease.id;
            QCOMPARE(live, ids.mid(seen));
        }
    }

    // A lease and a denial: each kind alone, or both, newest first.
    static void historyByKind(SqlStore& store) {
        const Lease lease = sampleLease(QStringLiteral("l"), QStringLiteral("i1"));
        QVERIFY(store.runBatch({[&](StoreTransaction& tx) {
            if (Status inserted = tx.insertLease(lease); !inserted)
                return inserted;
            return tx.recordDenial(lease.holder, QStringLiteral("n"), 5, DenialReason::CoreLimit,
                                   QStringLiteral("full"));
        }}));
        const auto kindsOf = [&](std::optional<HistoryEntry::Kind> kind) {
            HistoryQuery query;
            query.kind = kind;
            QList<HistoryEntry::Kind> kinds;
            for (const HistoryEntry& entry : store.history(query).value())
                kinds.append(entry.kind);
            return kinds;
        };
        using Kind = HistoryEntry::Kind;
        QCOMPARE(kindsOf(std::nullopt), (QList<Kind>{Kind::Denial, Kind::Lease}));
        QCOMPARE(kindsOf(Kind::Denial), QList<Kind>{Kind::Denial});
        QCOMPARE(kindsOf(Kind::Lease), QList<Kind>{Kind::Lease});
    }

    // Every field comes back as written; newest first; each filter narrows;
    // an entry of a job that failed is rolled back with the job.
    static void auditTrailKeepsAndFilters(SqlStore& store) {
        const auto entry = [](qint64 atMs, const char* actor, const char* action) {
            return AuditEntry{0,
                              atMs,
                              QStringLiteral("n1"),
                              QString::fromLatin1(actor),
                              QStringLiteral("admin"),
                              QStringLiteral("10.0.0.7 (via 192.0.2.1)"),
                              QString::fromLatin1(action),
                              QStringLiteral("lease-1"),
                              QStringLiteral("ok"),
                              QStringLiteral("freed: host replaced, \"quoted\" \u00e9")};
        };
        auto batch = store.runBatch({
            [&](StoreTransaction& tx) {
                return tx.appendAudit(entry(10, "alice", audit::actions::kLeaseFree));
            },
            [&](StoreTransaction& tx) -> Status {
                if (Status written = tx.appendAudit(entry(15, "mallory", audit::actions::kLeaseFree));
                    !written)
                    return written;
                return Error{QStringLiteral("test"), QStringLiteral("this job fails after its entry")};
            },
            [&](StoreTransaction& tx) {
                return tx.appendAudit(entry(20, "bob", audit::actions::kMaintenanceOn));
            },
        });
        QVERIFY(batch);
        const auto all = store.auditTrail({});
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        QCOMPARE(all->size(), 2);
        AuditEntry newest = all->at(0);
        QVERIFY(newest.id > all->at(1).id);
        newest.id = 0;
        QCOMPARE(newest, entry(20, "bob", audit::actions::kMaintenanceOn));
        QCOMPARE(all->at(1).actor, QStringLiteral("alice"));

        AuditQuery byAction;
        byAction.action = QString::fromLatin1(audit::actions::kLeaseFree);
        QCOMPARE(store.auditTrail(byAction)->size(), 1);
        AuditQuery byActor;
        byActor.actor = QStringLiteral("bob");
        QCOMPARE(store.auditTrail(byActor)->front().action,
                 QString::fromLatin1(audit::actions::kMaintenanceOn));
        AuditQuery window;
        window.sinceMs = 11;
        window.untilMs = 30;
        QCOMPARE(store.auditTrail(window)->size(), 1);
        AuditQuery one;
        one.limit = 1;
        QCOMPARE(store.auditTrail(one)->front().actor, QStringLiteral("bob"));
    }

    // A sample only raises its minute, hour and day (two nodes of a pair both
    // sample); denials are counted per period; pruning drops old minutes first.
    static void usageSamplesKeepThePeak(SqlStore& store) {
        constexpr qint64 kDay = 86400000;
        const qint64 t0 = 20000 * kDay + 3600000 + 60000; // 01:01:00 UTC on some day
        const auto sample = [&](qint64 atMs, int instances, int cores) {
            return store.runBatch({[&](StoreTransaction& tx) {
                return tx.recordUsageSample(QStringLiteral("vdp"), atMs, TypeUsage{instances, cores}, 10, 40);
            }});
        };
        const LeaseRequest denied{QStringLiteral("vdp"), QStringLiteral("x"), QStringLiteral("h"), {}, 2,
                                  QStringLiteral("1")};
        QVERIFY(store.runBatch({[&](StoreTransaction& tx) {
            return tx.recordDenial(denied, QStringLiteral("n"), t0 + 5000, DenialReason::CoreLimit,
                                   QStringLiteral("full"));
        }}));
        QVERIFY(sample(t0 + 10000, 3, 12));
        QVERIFY(sample(t0 + 50000, 2, 8));    // same minute, lower: kept at 3 and 12
        QVERIFY(sample(t0 + 70000, 1, 4));    // the next minute
        QVERIFY(sample(t0 + 3600000, 5, 20)); // the next hour
        const auto read = [&](qint64 stepS, qint64 from, qint64 to) {
            return store.usageSamples(UsageQuery{QStringLiteral("vdp"), from, to, stepS}).value();
        };
        const QList<UsageSample> minutes = read(60, t0, t0 + 2 * 3600000);
        QCOMPARE(minutes.size(), 3);
        QCOMPARE(minutes[0], (UsageSample{QStringLiteral("vdp"), 60, t0, 3, 12, 10, 40, 1}));
        QCOMPARE(minutes[1], (UsageSample{QStringLiteral("vdp"), 60, t0 + 60000, 1, 4, 10, 40, 0}));
        const QList<UsageSample> hours = read(3600, 0, t0 + kDay);
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours[0], (UsageSample{QStringLiteral("vdp"), 3600, t0 - 60000, 3, 12, 10, 40, 1}));
        QCOMPARE(hours[1].instances, 5);
        const QList<UsageSample> days = read(86400, 0, t0 + kDay);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0], (UsageSample{QStringLiteral("vdp"), 86400, t0 - 3660000, 5, 20, 10, 40, 1}));
        QVERIFY(store.usageSamples(UsageQuery{QStringLiteral("sched"), 0, t0 + kDay, 60}).value().isEmpty());
        // Minutes before the second hour go; hours and days stay.
        QVERIFY(
            store.runBatch({[&](StoreTransaction& tx) { return tx.pruneUsageSamples(t0 + 3600000, 0); }}));
        QCOMPARE(read(60, 0, t0 + kDay).size(), 1);
        QCOMPARE(read(3600, 0, t0 + kDay).size(), 2);
        QVERIFY(store.runBatch({[&](StoreTransaction& tx) { return tx.pruneUsageSamples(0, t0 + kDay); }}));
        QVERIFY(read(86400, 0, t0 + kDay).isEmpty());
    }

public: // helpers, shared with ProbeStoreContract
    template <typename T> static Status statusOf(const Result<T>& result) {
        return result ? Status() : Status(result.error());
    }

    // Two types with room for everything the checks grant, valid for ever.
    static LicenseTerms roomyTerms() {
        LicenseTerms terms;
        terms.licenseId = QStringLiteral("contract");
        terms.expiresMs = std::numeric_limits<qint64>::max() / 2;
        terms.components = {{QStringLiteral("vdp"), {100, 16, 1000}},
                            {QStringLiteral("sched"), {100, 16, 1000}}};
        return terms;
    }

    static QString grantedId(LeaseStore& store, const LeaseEngine& engine, const LicenseTerms& terms,
                             const QString& instance) {
        QString id;
        const LeaseRequest request{QStringLiteral("vdp"), instance, QStringLiteral("h"), {}, 1,
                                   QStringLiteral("1")};
        auto batch = store.runBatch({[&](StoreTransaction& tx) {
            auto outcome = engine.grant(tx, terms, request);
            if (outcome && std::holds_alternative<Lease>(outcome.value()))
                id = std::get<Lease>(outcome.value()).id;
            return outcome ? Status() : Status(outcome.error());
        }});
        return batch && !id.isEmpty() ? id : QString();
    }

    static void compareUsageWithRows(SqlStore& store) {
        QMap<QString, TypeUsage> counted;
        for (const Lease& lease : store.allActiveLeases().value()) {
            counted[lease.holder.component].instancesUsed += 1;
            counted[lease.holder.component].coresUsed += lease.holder.cores;
        }
        const QMap<QString, TypeUsage> kept = store.usageByType().value();
        QCOMPARE(kept.keys(), counted.keys());
        for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
            QCOMPARE(kept.value(it.key()).instancesUsed, it.value().instancesUsed);
            QCOMPARE(kept.value(it.key()).coresUsed, it.value().coresUsed);
        }
        QCOMPARE(store.usageCountMismatches().value(), QStringList());
    }

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
