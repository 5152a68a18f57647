// What a node watches, from one snapshot: use near the license's limits,
// missed renewals, license expiry, the database, the clock and the other
// node of a pair; on a pair, the shared state is watched by one node only.
#include "alert/AlertConditions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kDayMs = 86'400'000;

LicenseTerms terms(int instances, int cores) {
    LicenseTerms t;
    t.licenseId = u"LIC-1"_s;
    t.licensee = u"Example"_s;
    t.expiresMs = kNow + 100 * kDayMs;
    t.components.insert(u"vdp"_s, ComponentAllowance{instances, 8, cores});
    return t;
}

AlertSnapshot snapshot() {
    AlertSnapshot s;
    s.nowMs = kNow;
    s.nodeName = u"node-a"_s;
    s.role = u"standalone"_s;
    s.terms = terms(10, 80);
    s.usage = QMap<QString, TypeUsage>{};
    return s;
}

std::optional<AlertObservation> find(const QList<AlertObservation>& list, AlertKind kind,
                                     const QString& subject) {
    for (const AlertObservation& observation : list) {
        if (observation.kind == kind && observation.subject == subject)
            return observation;
    }
    return std::nullopt;
}

QList<AlertObservation> observe(const AlertSnapshot& s, const AlertSettings& settings = AlertSettings()) {
    QSet<QString> peers;
    return AlertConditions::observe(s, settings, peers);
}

ClusterNode node(const QString& name, const QString& role, bool live) {
    ClusterNode n;
    n.name = name;
    n.role = role;
    n.live = live;
    n.address = name + u":10091"_s;
    return n;
}

} // namespace

class TestAlertConditions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nearLimitAtThresholdOfInstancesOrCores() {
        AlertSnapshot s = snapshot();
        s.usage->insert(u"vdp"_s, TypeUsage{8, 16});
        QVERIFY(!find(observe(s), AlertKind::NearLimit, u"vdp"_s)->active); // 80% < 90%
        s.usage->insert(u"vdp"_s, TypeUsage{9, 16});
        auto seen = find(observe(s), AlertKind::NearLimit, u"vdp"_s);
        QVERIFY(seen->active);
        QCOMPARE(seen->severity, u"warning"_s);
        QVERIFY2(seen->detail.contains(u"9 of 10 instances"_s), qPrintable(seen->detail));
        s.usage->insert(u"vdp"_s, TypeUsage{2, 80}); // the cores are all taken
        seen = find(observe(s), AlertKind::NearLimit, u"vdp"_s);
        QVERIFY(seen->active);
        QCOMPARE(seen->severity, u"critical"_s);
    }

    void thresholdComesFromTheRule() {
        AlertSnapshot s = snapshot();
        s.usage->insert(u"vdp"_s, TypeUsage{5, 10});
        AlertSettings settings;
        settings.rule(AlertKind::NearLimit).threshold = 50;
        QVERIFY(find(observe(s, settings), AlertKind::NearLimit, u"vdp"_s)->active);
    }

    void missedRenewalsPerType() {
        AlertSnapshot s = snapshot();
        s.usage->insert(u"vdp"_s, TypeUsage{3, 6});
        QVERIFY(!find(observe(s), AlertKind::GraceEntered, u"vdp"_s)->active);
        s.overdue.insert(u"vdp"_s, 2);
        const auto seen = find(observe(s), AlertKind::GraceEntered, u"vdp"_s);
        QVERIFY(seen->active);
        QVERIFY2(seen->summary.contains(u"2 vdp"_s), qPrintable(seen->summary));
    }

    // Seats held by components whose probes say their process is gone.
    void seatsHeldByDeadComponents() {
        AlertSnapshot s = snapshot();
        s.usage->insert(u"vdp"_s, TypeUsage{3, 6});
        s.overdue.insert(u"vdp"_s, 2); // overdue, but none shown dead yet
        QVERIFY(!find(observe(s), AlertKind::DeadComponents, u"vdp"_s)->active);
        s.probablyDead.insert(u"vdp"_s, TypeUsage{1, 4});
        const auto seen = find(observe(s), AlertKind::DeadComponents, u"vdp"_s);
        QVERIFY(seen->active);
        QCOMPARE(seen->summary, u"vdp: seats held by components that look dead: 1 (4 cores)"_s);
    }

    void licenseExpiryWithinDays() {
        AlertSnapshot s = snapshot();
        QVERIFY(!find(observe(s), AlertKind::LicenseExpiry, u"LIC-1"_s)->active);
        s.terms->expiresMs = kNow + 29 * kDayMs;
        auto seen = find(observe(s), AlertKind::LicenseExpiry, u"LIC-1"_s);
        QVERIFY(seen->active);
        QVERIFY2(seen->summary.contains(u"expires in 29 day"_s), qPrintable(seen->summary));
        s.terms->expiresMs = kNow - 1;
        seen = find(observe(s), AlertKind::LicenseExpiry, u"LIC-1"_s);
        QVERIFY(seen->summary.contains(u"has expired"_s));
        QCOMPARE(seen->severity, u"critical"_s);
    }

    void storeAndClock() {
        AlertSnapshot s = snapshot();
        QVERIFY(!find(observe(s), AlertKind::StoreUnhealthy, u"node-a"_s)->active);
        QVERIFY(!find(observe(s), AlertKind::ClockOffset, u"node-a"_s)); // no database clock: nothing to say
        s.storeHealthy = false;
        s.storeDetail = u"connection refused"_s;
        s.clockOffsetMs = -700;
        const auto store = find(observe(s), AlertKind::StoreUnhealthy, u"node-a"_s);
        QVERIFY(store->active);
        QVERIFY(store->detail.contains(u"connection refused"_s));
        QVERIFY(find(observe(s), AlertKind::ClockOffset, u"node-a"_s)->active); // |-700| > 500
        s.clockOffsetMs = 400;
        QVERIFY(!find(observe(s), AlertKind::ClockOffset, u"node-a"_s)->active);
    }

    void standbyLostOnlyAfterSeenLive() {
        AlertSnapshot s = snapshot();
        s.role = u"primary"_s;
        s.cluster = ClusterView{};
        s.cluster->nodes = {node(u"node-a"_s, u"primary"_s, true), node(u"node-b"_s, u"secondary"_s, false)};
        QSet<QString> peers;
        // node-b was never seen live in this run: an old registration, not a loss.
        QVERIFY(
            !find(AlertConditions::observe(s, AlertSettings(), peers), AlertKind::StandbyLost, u"node-b"_s));
        s.cluster->nodes[1].live = true;
        QVERIFY(
            !find(AlertConditions::observe(s, AlertSettings(), peers), AlertKind::StandbyLost, u"node-b"_s)
                 ->active);
        s.cluster->nodes[1].live = false;
        const auto lost =
            find(AlertConditions::observe(s, AlertSettings(), peers), AlertKind::StandbyLost, u"node-b"_s);
        QVERIFY(lost->active);
        QVERIFY(lost->detail.contains(u"node-b:10091"_s));
    }

    void secondaryLeavesSharedStateToALivePrimary() {
        AlertSnapshot s = snapshot();
        s.usage->insert(u"vdp"_s, TypeUsage{10, 10});
        s.nodeName = u"node-b"_s;
        s.role = u"secondary"_s;
        s.cluster = ClusterView{};
        s.cluster->nodes = {node(u"node-a"_s, u"primary"_s, true), node(u"node-b"_s, u"secondary"_s, true)};
        QVERIFY(!find(observe(s), AlertKind::NearLimit, u"vdp"_s));
        QVERIFY(find(observe(s), AlertKind::StoreUnhealthy, u"node-b"_s)); // its own health it watches
        s.cluster->nodes[0].live = false; // the primary is gone: the secondary takes over
        QVERIFY(find(observe(s), AlertKind::NearLimit, u"vdp"_s)->active);
    }

    void noUsageWhenTheStoreCannotBeRead() {
        AlertSnapshot s = snapshot();
        s.usage.reset();
        QVERIFY(!find(observe(s), AlertKind::NearLimit, u"vdp"_s));
        QVERIFY(!find(observe(s), AlertKind::GraceEntered, u"vdp"_s));
    }
};

QTEST_GUILESS_MAIN(TestAlertConditions)
#include "tst_alertconditions.moc"
