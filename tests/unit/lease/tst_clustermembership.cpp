// Who may serve when several License Managers share one database.
#include "lease/ClusterMembership.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestClusterMembership : public QObject {
    Q_OBJECT

    static constexpr qint64 kNow = 1'800'000'000'000;

    static ClusterNode node(const QString& name, qint64 startedAgoMs, qint64 silentForMs) {
        return ClusterNode{name,       name + u":10091"_s,  u"primary"_s,
                           u"0.1.0"_s, kNow - startedAgoMs, kNow - silentForMs,
                           false};
    }

private Q_SLOTS:
    void theFirstNodesUpHoldThePlaces() {
        const QList<ClusterNode> nodes{node(u"c"_s, 1000, 0), node(u"a"_s, 9000, 500),
                                       node(u"b"_s, 5000, 100)};
        const ClusterView forC = ClusterMembership::decide(nodes, u"c"_s, kNow, 2);
        QVERIFY(!forC.admitted);
        QCOMPARE(forC.admittedNodes, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(ClusterMembership::decide(nodes, u"b"_s, kNow, 2).admitted);
        QVERIFY(ClusterMembership::decide(nodes, u"c"_s, kNow, 3).admitted);
    }

    void aSilentNodeGivesUpItsPlace() {
        const qint64 silent = ClusterMembership::kLiveWindowMs + 1;
        const QList<ClusterNode> nodes{node(u"a"_s, 90000, silent), node(u"b"_s, 1000, 0)};
        const ClusterView view = ClusterMembership::decide(nodes, u"b"_s, kNow, 1);
        QVERIFY(view.admitted);
        QCOMPARE(view.nodes.size(), 2);
        QVERIFY(!view.nodes.last().live); // listed, but last and not live
        QCOMPARE(view.nodes.last().name, u"a"_s);
    }

    // Where the store tracks sessions, a node's row is written when it
    // starts, not every few seconds: an open session keeps it live, and its
    // last-seen time is now.
    void aConnectedNodeIsLiveHoweverOldItsRow() {
        ClusterNode a = node(u"a"_s, 90'000'000, 90'000'000);
        a.connected = true;
        const QList<ClusterNode> nodes{a, node(u"b"_s, 1000, 0)};
        const ClusterView view = ClusterMembership::decide(nodes, u"b"_s, kNow, 1);
        QVERIFY(!view.admitted);
        QCOMPARE(view.admittedNodes, QStringList{u"a"_s});
        QCOMPARE(view.nodes.first().name, u"a"_s);
        QVERIFY(view.nodes.first().live);
        QCOMPARE(view.nodes.first().lastHeartbeatMs, kNow);
    }

    // A node whose session ended is live only while its row is fresh.
    void aDisconnectedNodeIsLiveOnlyWithinTheWindowOfItsRow() {
        const QList<ClusterNode> nodes{node(u"a"_s, 5000, 5000), node(u"b"_s, 1000, 0)};
        QVERIFY(!ClusterMembership::decide(nodes, u"b"_s, kNow, 1).admitted);
        const qint64 later = kNow + ClusterMembership::kLiveWindowMs;
        QVERIFY(ClusterMembership::decide(nodes, u"b"_s, later, 1).admitted);
    }

    // Once a connected node goes away, the view keeps when it was last seen
    // (its row only says when it started).
    void theLastSightingOfANodeThatWentAwayIsKept() {
        ClusterNode a = node(u"a"_s, 90'000'000, 90'000'000);
        a.connected = true;
        const ClusterView before = ClusterMembership::decide({a, node(u"b"_s, 1000, 0)}, u"b"_s, kNow, 2);
        a.connected = false;
        const qint64 later = kNow + 60'000;
        ClusterNode b = node(u"b"_s, 1000, 0);
        b.lastHeartbeatMs = later;
        ClusterView after = ClusterMembership::decide({a, b}, u"b"_s, later, 2);
        ClusterMembership::carryLastSeen(after, before);
        QCOMPARE(after.nodes.last().name, u"a"_s);
        QVERIFY(!after.nodes.last().live);
        QCOMPARE(after.nodes.last().lastHeartbeatMs, kNow);
    }

    void tiesAreBrokenByNameSoEveryNodeAgrees() {
        const QList<ClusterNode> nodes{node(u"b"_s, 1000, 0), node(u"a"_s, 1000, 0)};
        QVERIFY(ClusterMembership::decide(nodes, u"a"_s, kNow, 1).admitted);
        QVERIFY(!ClusterMembership::decide(nodes, u"b"_s, kNow, 1).admitted);
    }

    void noLicenseLimitAdmitsEveryone() {
        const QList<ClusterNode> nodes{node(u"a"_s, 1000, 0), node(u"b"_s, 500, 0)};
        QVERIFY(ClusterMembership::decide(nodes, u"b"_s, kNow, 0).admitted);
    }

    // The pair's shared work (probing overdue leases, alerts on the shared
    // state) is done once: by the primary, or the secondary while no primary lives.
    void thePrimaryLeadsTheSharedWorkUntilItGoes() {
        ClusterNode primary = node(u"a"_s, 1000, 0);
        primary.live = true;
        ClusterNode secondary = node(u"b"_s, 500, 0);
        secondary.role = u"secondary"_s;
        secondary.live = true;
        ClusterView view;
        view.nodes = {primary, secondary};
        QVERIFY(ClusterMembership::leadsSharedWork(u"primary"_s, u"a"_s, view));
        QVERIFY(!ClusterMembership::leadsSharedWork(u"secondary"_s, u"b"_s, view));
        view.nodes[0].live = false; // the primary stopped its heartbeats: a failover
        QVERIFY(ClusterMembership::leadsSharedWork(u"secondary"_s, u"b"_s, view));
        QVERIFY(ClusterMembership::leadsSharedWork(u"standalone"_s, u"s"_s, std::nullopt));
        QVERIFY(ClusterMembership::leadsSharedWork(u"secondary"_s, u"b"_s, std::nullopt));
    }
};

QTEST_APPLESS_MAIN(TestClusterMembership)
#include "tst_clustermembership.moc"
