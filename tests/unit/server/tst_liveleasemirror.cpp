// The rules of LiveLeaseMirror: which renewals it answers, how the pending
// ones are taken and put back, and that nothing counts before it is loaded.
#include "server/LiveLeaseMirror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kDay = 86'400'000;

Lease liveLease(const QString& id, qint64 deadlineMs) {
    Lease lease;
    lease.id = id;
    lease.holder.component = u"vdp"_s;
    lease.holder.instance = id;
    lease.node = u"node-a"_s;
    lease.grantedMs = kNow - kDay;
    lease.lastRenewalMs = kNow - kDay;
    lease.graceDeadlineMs = deadlineMs;
    return lease;
}

} // namespace

class TestLiveLeaseMirror : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingIsAnsweredBeforeTheLoad() {
        LiveLeaseMirror mirror;
        mirror.upsert(liveLease(u"a"_s, kNow + kDay)); // a grant committed before the load ran
        QCOMPARE(mirror.size(), 0);
        QVERIFY(!mirror.renewIfInTime(u"a"_s, kNow, kNow + 5 * kDay, u"node-a"_s));
        mirror.load({liveLease(u"a"_s, kNow + kDay)});
        QVERIFY(mirror.isLoaded());
        QVERIFY(mirror.renewIfInTime(u"a"_s, kNow, kNow + 5 * kDay, u"node-a"_s));
    }

    void onlyALiveLeaseFarFromItsDeadlineIsRenewed() {
        LiveLeaseMirror mirror;
        const qint64 margin = LiveLeaseMirror::kDeadlineMarginMs;
        mirror.load({liveLease(u"far"_s, kNow + margin + 1), liveLease(u"near"_s, kNow + margin),
                     liveLease(u"past"_s, kNow - 1)});
        QVERIFY(mirror.renewIfInTime(u"far"_s, kNow, kNow + 5 * kDay, u"node-b"_s));
        QVERIFY(!mirror.renewIfInTime(u"near"_s, kNow, kNow + 5 * kDay, u"node-b"_s));
        QVERIFY(!mirror.renewIfInTime(u"past"_s, kNow, kNow + 5 * kDay, u"node-b"_s));
        QVERIFY(!mirror.renewIfInTime(u"unknown"_s, kNow, kNow + 5 * kDay, u"node-b"_s));
        const std::optional<Lease> renewed = mirror.find(u"far"_s);
        QCOMPARE(renewed->lastRenewalMs, kNow);
        QCOMPARE(renewed->graceDeadlineMs, kNow + 5 * kDay);
        QCOMPARE(renewed->node, u"node-b"_s); // the node that serves it now
        QCOMPARE(mirror.pendingCount(), 1);
    }

    void aLeaseRenewedTwiceIsWrittenOnceAsItStandsLast() {
        LiveLeaseMirror mirror;
        mirror.load({liveLease(u"a"_s, kNow + kDay), liveLease(u"b"_s, kNow + kDay)});
        QVERIFY(mirror.renewIfInTime(u"a"_s, kNow, kNow + 5 * kDay, u"node-a"_s));
        QVERIFY(mirror.renewIfInTime(u"a"_s, kNow + 1000, kNow + 1000 + 5 * kDay, u"node-a"_s));
        QVERIFY(mirror.renewIfInTime(u"b"_s, kNow, kNow + 5 * kDay, u"node-a"_s));
        QList<PendingRenewal> pending = mirror.takePending();
        std::sort(pending.begin(), pending.end(),
                  [](const PendingRenewal& x, const PendingRenewal& y) { return x.leaseId < y.leaseId; });
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].leaseId, u"a"_s);
        QCOMPARE(pending[0].renewalMs, kNow + 1000);
        QCOMPARE(pending[0].graceDeadlineMs, kNow + 1000 + 5 * kDay);
        QCOMPARE(mirror.pendingCount(), 0);
        QVERIFY(mirror.takePending().isEmpty());
    }

    void aFailedWriteIsPutBackUnlessTheLeaseEnded() {
        LiveLeaseMirror mirror;
        mirror.load({liveLease(u"a"_s, kNow + kDay), liveLease(u"b"_s, kNow + kDay)});
        QVERIFY(mirror.renewIfInTime(u"a"_s, kNow, kNow + 5 * kDay, u"node-a"_s));
        QVERIFY(mirror.renewIfInTime(u"b"_s, kNow, kNow + 5 * kDay, u"node-a"_s));
        const QList<PendingRenewal> failed = mirror.takePending();
        mirror.remove(u"b"_s); // ended while its write was failing
        mirror.restorePending(failed);
        const QList<PendingRenewal> again = mirror.takePending();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().leaseId, u"a"_s);
    }

    void anEndedLeaseLeavesNothingPending() {
        LiveLeaseMirror mirror;
        mirror.load({liveLease(u"a"_s, kNow + kDay)});
        QVERIFY(mirror.renewIfInTime(u"a"_s, kNow, kNow + 5 * kDay, u"node-a"_s));
        mirror.remove(u"a"_s);
        QCOMPARE(mirror.pendingCount(), 0);
        QVERIFY(!mirror.renewIfInTime(u"a"_s, kNow, kNow + 5 * kDay, u"node-a"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiveLeaseMirror)
#include "tst_liveleasemirror.moc"
