// The HA checks' judging (core/operations/ha/HaEvaluation) on hand-made observations:
// every check id in pass, warn and fail, and the values each message names.
#include "ha/HaEvaluation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

NodeStatus node(const QString& name, const QString& role) {
    NodeStatus s;
    s.reachable = true;
    s.pingHttpStatus = 200;
    s.node = name;
    s.role = role;
    s.version = u"0.1.0"_s;
    s.responseTimeMs = 2;
    LicenseTerms terms;
    terms.licenseId = u"LIC-1"_s;
    terms.licensee = u"Example"_s;
    terms.maxLicenseManagers = 2;
    s.license = terms;
    s.licenseKeyId = u"key-a"_s;
    s.storeKind = u"postgresql"_s;
    s.storeHealthy = true;
    s.storeDetail = u"127.0.0.1:5432/lk"_s;
    s.timeSync = TimeSync{u"chrony"_s, true, u"synchronized"_s};
    s.clusterId = u"cluster-1"_s;
    s.clusterAdmitted = true;
    s.clusterMaxLicenseManagers = 2;
    return s;
}

// A correct pair behind a load balancer that sends everything to the primary.
HaObservations good() {
    HaObservations seen;
    seen.primary.url = QUrl(u"http://lm1.example.com:10091"_s);
    seen.secondary.url = QUrl(u"http://lm2.example.com:10091"_s);
    seen.loadBalancer = QUrl(u"http://lm.example.com:10091"_s);
    seen.primary.status = node(u"lm1"_s, u"primary"_s);
    seen.secondary.status = node(u"lm2"_s, u"secondary"_s);
    const QList<ClusterMember> members{{u"lm1"_s, u"primary"_s, true, false},
                                       {u"lm2"_s, u"secondary"_s, true, false}};
    seen.primary.status.clusterNodes = members;
    seen.secondary.status.clusterNodes = members;
    seen.primary.clock = ClockMeasurement{seen.primary.url, u"lm1"_s, true, {}, 1500, 300, 4};
    seen.secondary.clock = ClockMeasurement{seen.secondary.url, u"lm2"_s, true, {}, -2500, 300, 4};
    seen.lbPing = HaLbAnswer{200, u"lm1"_s, {}};
    for (int i = 0; i < 5; ++i)
        seen.lbRoutes.append(HaLbAnswer{200, u"lm1"_s, {}});
    return seen;
}

HaCheck find(const QList<HaCheck>& checks, QStringView id) {
    for (const HaCheck& check : checks)
        if (check.id == id)
            return check;
    return HaCheck{u"missing: "_s + id.toString(), HaCheck::Status::Fail, {}, {}};
}

HaCheck evaluated(const HaObservations& seen, QStringView id, double maxDriftMs = 1000) {
    return find(HaEvaluation::evaluate(seen, maxDriftMs), id);
}

} // namespace

#define VERIFY_CHECK(check, expected, ...)                                                                   \
    do {                                                                                                     \
        const HaCheck c_ = (check);                                                                          \
        QVERIFY2(c_.status == (expected),                                                                    \
                 qPrintable(HaCheck::statusName(c_.status) + u": "_s + c_.message));                         \
        for (const QString& part : QStringList{__VA_ARGS__})                                                 \
            QVERIFY2(c_.message.contains(part) || c_.hint.contains(part),                                    \
                     qPrintable(u"'%1' not in: %2 / %3"_s.arg(part, c_.message, c_.hint)));                  \
        if (c_.status != HaCheck::Status::Pass)                                                              \
            QVERIFY2(!c_.hint.isEmpty(), qPrintable(c_.id));                                                 \
    } while (false)

class TestHaEvaluation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aCorrectPairPassesEveryCheckInOrder() {
        const QList<HaCheck> checks = HaEvaluation::evaluate(good(), 1000);
        QStringList ids;
        for (const HaCheck& check : checks) {
            ids << check.id;
            QVERIFY2(check.status == HaCheck::Status::Pass, qPrintable(check.id + u": "_s + check.message));
            QVERIFY(!check.message.isEmpty());
        }
        QCOMPARE(ids, (QStringList{u"license_allows_ha"_s, u"primary_reachable"_s, u"secondary_reachable"_s,
                                   u"same_license"_s, u"same_cluster"_s, u"clock_sync"_s, u"lb_health"_s,
                                   u"lb_routes_to_primary"_s, u"secondary_is_standby"_s}));
    }

    void withoutALoadBalancerItsChecksAreLeftOut() {
        HaObservations seen = good();
        seen.loadBalancer.clear();
        seen.lbRoutes.clear();
        const QList<HaCheck> checks = HaEvaluation::evaluate(seen, 1000);
        QCOMPARE(checks.size(), 7);
        QCOMPARE(find(checks, HaCheck::kLbHealth).id, u"missing: lb_health"_s);
        VERIFY_CHECK(find(checks, HaCheck::kSecondaryIsStandby), HaCheck::Status::Pass, u"was not checked"_s);
    }

    void statusNames() {
        QCOMPARE(HaCheck::statusName(HaCheck::Status::Pass), u"pass"_s);
        QCOMPARE(HaCheck::statusName(HaCheck::Status::Warn), u"warn"_s);
        QCOMPARE(HaCheck::statusName(HaCheck::Status::Fail), u"fail"_s);
    }

    void licenseAllowsHa() {
        VERIFY_CHECK(evaluated(good(), HaCheck::kLicenseAllowsHa), HaCheck::Status::Pass, u"LIC-1"_s,
                     u"2 License"_s);

        HaObservations one = good();
        one.primary.status.license->maxLicenseManagers = 1;
        VERIFY_CHECK(evaluated(one, HaCheck::kLicenseAllowsHa), HaCheck::Status::Fail, u"LIC-1"_s, u"lm1"_s,
                     u"allows 1 License Manager"_s, u"max_license_managers"_s);

        HaObservations none = good();
        none.primary.status.license.reset();
        none.primary.status.licenseProblem = u"the license expired on 2024-01-01"_s;
        none.secondary.status.license.reset();
        VERIFY_CHECK(evaluated(none, HaCheck::kLicenseAllowsHa), HaCheck::Status::Fail,
                     u"expired on 2024-01-01"_s);

        // The primary cannot be asked: the secondary's license stands in.
        HaObservations down = good();
        down.primary.status = NodeStatus{};
        down.primary.status.lastError = u"Connection refused"_s;
        VERIFY_CHECK(evaluated(down, HaCheck::kLicenseAllowsHa), HaCheck::Status::Pass, u"LIC-1"_s);

        HaObservations refused = good();
        refused.secondary.status.clusterAdmitted = false;
        refused.secondary.status.clusterNodes = {{u"lm1"_s, u"primary"_s, true, false},
                                                 {u"lm3"_s, u"secondary"_s, true, false},
                                                 {u"lm2"_s, u"secondary"_s, true, true}};
        VERIFY_CHECK(evaluated(refused, HaCheck::kLicenseAllowsHa), HaCheck::Status::Fail, u"lm2"_s,
                     u"lm1, lm3"_s, u"Stop the other"_s);
    }

    void reachable() {
        VERIFY_CHECK(evaluated(good(), HaCheck::kPrimaryReachable), HaCheck::Status::Pass, u"lm1"_s,
                     u"0.1.0"_s);
        VERIFY_CHECK(evaluated(good(), HaCheck::kSecondaryReachable), HaCheck::Status::Pass, u"lm2"_s);

        HaObservations down = good();
        down.secondary.status = NodeStatus{};
        down.secondary.status.lastError = u"Connection refused"_s;
        VERIFY_CHECK(evaluated(down, HaCheck::kSecondaryReachable), HaCheck::Status::Fail,
                     u"http://lm2.example.com:10091"_s, u"Connection refused"_s, u"--bind"_s);

        HaObservations stranger = good();
        stranger.primary.status = NodeStatus{};
        stranger.primary.status.reachable = true;
        stranger.primary.status.pingHttpStatus = 404;
        VERIFY_CHECK(evaluated(stranger, HaCheck::kPrimaryReachable), HaCheck::Status::Fail, u"HTTP 404"_s,
                     u"not a LeaseKeeper"_s, u"--primary"_s);

        HaObservations maintenance = good();
        maintenance.primary.status.pingHttpStatus = 503;
        maintenance.primary.status.pingReason = u"maintenance"_s;
        maintenance.primary.status.pingMessage = u"in maintenance"_s;
        VERIFY_CHECK(evaluated(maintenance, HaCheck::kPrimaryReachable), HaCheck::Status::Warn, u"lm1"_s,
                     u"HTTP 503"_s, u"maintenance"_s, u"\"enabled\":false"_s);

        HaObservations swapped = good();
        swapped.secondary.status.role = u"primary"_s;
        VERIFY_CHECK(evaluated(swapped, HaCheck::kSecondaryReachable), HaCheck::Status::Warn,
                     u"role 'primary'"_s, u"--role secondary"_s);
    }

    void sameLicense() {
        VERIFY_CHECK(evaluated(good(), HaCheck::kSameLicense), HaCheck::Status::Pass, u"LIC-1"_s, u"key-a"_s);

        HaObservations other = good();
        other.secondary.status.license->licenseId = u"LIC-2"_s;
        VERIFY_CHECK(evaluated(other, HaCheck::kSameLicense), HaCheck::Status::Fail, u"LIC-1"_s, u"LIC-2"_s,
                     u"lm2"_s, u"Copy the primary's license"_s);

        HaObservations key = good();
        key.secondary.status.licenseKeyId = u"key-b"_s;
        VERIFY_CHECK(evaluated(key, HaCheck::kSameLicense), HaCheck::Status::Fail, u"key-a"_s, u"key-b"_s);

        HaObservations missing = good();
        missing.secondary.status.license.reset();
        missing.secondary.status.licenseProblem = u"no license file at /var/lib/leasekeeper/license.json"_s;
        VERIFY_CHECK(evaluated(missing, HaCheck::kSameLicense), HaCheck::Status::Fail,
                     u"/var/lib/leasekeeper/license.json"_s);

        HaObservations down = good();
        down.primary.status = NodeStatus{};
        VERIFY_CHECK(evaluated(down, HaCheck::kSameLicense), HaCheck::Status::Fail,
                     u"http://lm1.example.com:10091"_s);
    }

    void sameCluster() {
        VERIFY_CHECK(evaluated(good(), HaCheck::kSameCluster), HaCheck::Status::Pass, u"cluster-1"_s,
                     u"postgresql"_s);

        HaObservations apart = good();
        apart.secondary.status.clusterId = u"cluster-2"_s;
        apart.secondary.status.storeKind = u"sqlite"_s;
        apart.secondary.status.storeDetail = u"/var/lib/leasekeeper/leasekeeper.db"_s;
        VERIFY_CHECK(evaluated(apart, HaCheck::kSameCluster), HaCheck::Status::Fail, u"cluster-1"_s,
                     u"cluster-2"_s, u"leasekeeper.db"_s, u"store migrate"_s, u"--db postgresql://"_s);

        HaObservations unseen = good();
        unseen.primary.status.clusterNodes.removeLast();
        VERIFY_CHECK(evaluated(unseen, HaCheck::kSameCluster), HaCheck::Status::Fail,
                     u"lm1 does not list lm2"_s);

        HaObservations stale = good();
        stale.secondary.status.clusterNodes[0].live = false;
        VERIFY_CHECK(evaluated(stale, HaCheck::kSameCluster), HaCheck::Status::Warn,
                     u"lm2 has not seen a recent"_s);

        HaObservations twice = good();
        twice.secondary.status.node = u"lm1"_s;
        VERIFY_CHECK(evaluated(twice, HaCheck::kSameCluster), HaCheck::Status::Fail, u"call themselves lm1"_s,
                     u"--node-name"_s);

        HaObservations joining = good();
        joining.secondary.status.clusterId.clear();
        joining.secondary.status.storeDetail = u"connection refused"_s;
        VERIFY_CHECK(evaluated(joining, HaCheck::kSameCluster), HaCheck::Status::Fail, u"not joined"_s,
                     u"connection refused"_s);
    }

    // What makes the checker ask both nodes again a heartbeat later instead
    // of failing same_cluster: only states that a heartbeat can end.
    void aFreshPairAwaitsAHeartbeat() {
        QVERIFY(!HaEvaluation::awaitsHeartbeat(good()));
        HaObservations unseen = good();
        unseen.primary.status.clusterNodes.removeLast();
        QVERIFY(HaEvaluation::awaitsHeartbeat(unseen));
        HaObservations opening = good();
        opening.secondary.status.clusterId.clear();
        QVERIFY(HaEvaluation::awaitsHeartbeat(opening));
        HaObservations apart = good();
        apart.secondary.status.clusterId = u"cluster-2"_s;
        QVERIFY(!HaEvaluation::awaitsHeartbeat(apart)); // no heartbeat joins two databases
        HaObservations down = unseen;
        down.secondary.status.reachable = false;
        QVERIFY(!HaEvaluation::awaitsHeartbeat(down));
    }

    void clockSync() {
        // lm2 is 4 ms behind lm1.
        VERIFY_CHECK(evaluated(good(), HaCheck::kClockSync), HaCheck::Status::Pass, u"4.0 ms apart"_s,
                     u"lm1 +1.5 ms"_s, u"lm2 -2.5 ms"_s);

        HaObservations apart = good();
        apart.secondary.clock.offsetUs = -90'000'000;
        VERIFY_CHECK(evaluated(apart, HaCheck::kClockSync), HaCheck::Status::Fail, u"90001.5 ms apart"_s,
                     u"allowed 1000 ms"_s, u"Check lm2 first"_s, u"timedatectl set-ntp true"_s,
                     u"Synchronize your clock"_s);
        VERIFY_CHECK(evaluated(good(), HaCheck::kClockSync, 3), HaCheck::Status::Fail, u"allowed 3 ms"_s);

        HaObservations unsynced = good();
        unsynced.primary.status.timeSync = TimeSync{u"timedatectl"_s, false, u"NTPSynchronized=no"_s};
        VERIFY_CHECK(evaluated(unsynced, HaCheck::kClockSync), HaCheck::Status::Warn, u"not synchronised"_s,
                     u"NTPSynchronized=no"_s, u"Check lm1 first"_s, u"w32tm /resync"_s);

        HaObservations unmeasured = good();
        unmeasured.secondary.clock = ClockMeasurement{};
        unmeasured.secondary.clock.error = u"cannot reach http://lm2.example.com:10091/api/v1/time"_s;
        VERIFY_CHECK(evaluated(unmeasured, HaCheck::kClockSync), HaCheck::Status::Fail, u"/api/v1/time"_s);
    }

    void lbHealth() {
        VERIFY_CHECK(evaluated(good(), HaCheck::kLbHealth), HaCheck::Status::Pass,
                     u"http://lm.example.com:10091"_s, u"lm1"_s);

        HaObservations down = good();
        down.lbPing = HaLbAnswer{0, {}, u"Connection refused"_s};
        down.lbRoutes.clear();
        VERIFY_CHECK(evaluated(down, HaCheck::kLbHealth), HaCheck::Status::Fail, u"Connection refused"_s,
                     u"leasekeeper-ctl lb-config haproxy --primary lm1.example.com:10091 --secondary "
                     u"lm2.example.com:10091 --listen lm.example.com:10091"_s);
        VERIFY_CHECK(evaluated(down, HaCheck::kLbRoutesToPrimary), HaCheck::Status::Fail,
                     u"Connection refused"_s);

        HaObservations noNode = good();
        noNode.lbPing = HaLbAnswer{503, {}, {}};
        VERIFY_CHECK(evaluated(noNode, HaCheck::kLbHealth), HaCheck::Status::Fail, u"HTTP 503"_s,
                     u"health check"_s);
    }

    void lbRoutesToPrimary() {
        VERIFY_CHECK(evaluated(good(), HaCheck::kLbRoutesToPrimary), HaCheck::Status::Pass,
                     u"All 5 requests"_s, u"lm1"_s);

        // HAProxy passes header names in lower case; a value may differ in case too.
        HaObservations upper = good();
        upper.lbRoutes[2].node = u"LM1"_s;
        VERIFY_CHECK(evaluated(upper, HaCheck::kLbRoutesToPrimary), HaCheck::Status::Pass);

        HaObservations swapped = good();
        for (HaLbAnswer& answer : swapped.lbRoutes)
            answer.node = u"lm2"_s;
        VERIFY_CHECK(evaluated(swapped, HaCheck::kLbRoutesToPrimary), HaCheck::Status::Fail,
                     u"0 were answered by the primary"_s, u"5 by the secondary lm2"_s, u"backup"_s,
                     u"lb-config haproxy"_s);

        HaObservations stripped = good();
        stripped.lbRoutes[0].node.clear();
        VERIFY_CHECK(evaluated(stripped, HaCheck::kLbRoutesToPrimary), HaCheck::Status::Fail,
                     u"1 without an X-License-Manager-Node header"_s);

        HaObservations primaryDown = good();
        primaryDown.primary.status.pingHttpStatus = 503;
        primaryDown.lbRoutes[0].node = u"lm2"_s;
        VERIFY_CHECK(evaluated(primaryDown, HaCheck::kLbRoutesToPrimary), HaCheck::Status::Fail,
                     u"The primary is not ready"_s);
    }

    void secondaryIsStandby() {
        VERIFY_CHECK(evaluated(good(), HaCheck::kSecondaryIsStandby), HaCheck::Status::Pass, u"lm2"_s,
                     u"none of the 5"_s);

        HaObservations served = good();
        served.lbRoutes[4].node = u"lm2"_s;
        VERIFY_CHECK(evaluated(served, HaCheck::kSecondaryIsStandby), HaCheck::Status::Fail,
                     u"answered 1 of 5"_s, u"backup"_s);

        HaObservations maintenance = good();
        maintenance.secondary.status.pingHttpStatus = 503;
        maintenance.secondary.status.pingReason = u"maintenance"_s;
        maintenance.secondary.status.pingMessage = u"in maintenance"_s;
        VERIFY_CHECK(evaluated(maintenance, HaCheck::kSecondaryIsStandby), HaCheck::Status::Warn,
                     u"HTTP 503"_s, u"could not take over"_s, u"maintenance"_s);

        HaObservations down = good();
        down.secondary.status = NodeStatus{};
        down.secondary.status.lastError = u"Connection refused"_s;
        VERIFY_CHECK(evaluated(down, HaCheck::kSecondaryIsStandby), HaCheck::Status::Fail,
                     u"Connection refused"_s);
    }
};

QTEST_GUILESS_MAIN(TestHaEvaluation)
#include "tst_haevaluation.moc"
