// The console's verdict and alerts, case by case.
#include "console/HealthAssessment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestHealthAssessment : public QObject {
    Q_OBJECT

    static constexpr qint64 kNow = 1'800'000'000'000;
    static constexpr qint64 kDay = 86400LL * 1000;

    static NodeStatus healthyNode() {
        NodeStatus status;
        status.reachable = true;
        status.pingHttpStatus = 200;
        status.node = u"lm-a"_s;
        LicenseTerms terms;
        terms.licenseId = u"acme"_s;
        terms.expiresMs = kNow + 365 * kDay;
        terms.components = {{u"vdp"_s, {10, 16, 100}}};
        status.license = terms;
        status.usageKnown = true;
        status.usage = {{u"vdp"_s, {2, 20}}};
        return status;
    }

    static HealthAssessment assess(const NodeStatus& status, std::optional<LeaseSnapshot> leases = {},
                                   int denials = 0) {
        return HealthAssessment::assess({status, leases, kNow, 0, std::nullopt, denials, {}});
    }

    static QStringList ids(const HealthAssessment& health) {
        QStringList out;
        for (const Alert& alert : health.alerts)
            out << alert.id;
        return out;
    }

private Q_SLOTS:
    void allGood() {
        const auto health = assess(healthyNode());
        QCOMPARE(health.level, HealthAssessment::Level::Good);
        QVERIFY(health.alerts.isEmpty());
        QVERIFY(health.headline.contains(u"acme"_s));
    }

    void beforeTheFirstAnswerItIsUnknown() {
        QCOMPARE(HealthAssessment::assess({}).level, HealthAssessment::Level::Unknown);
    }

    void unreachableIsDownWithHowLong() {
        NodeStatus status;
        status.lastError = u"Connection refused"_s;
        const auto health =
            HealthAssessment::assess({status, {}, kNow, 0, kNow - 2 * 3600 * 1000 - 13 * 60 * 1000, 0, {}});
        QCOMPARE(health.level, HealthAssessment::Level::Down);
        QVERIFY2(health.headline.contains(u"2 h 13 m"_s), qPrintable(health.headline));
        QCOMPARE(ids(health), QStringList{u"node_down"_s});
    }

    void notReadyIsDownWithTheReason() {
        NodeStatus status = healthyNode();
        status.pingHttpStatus = 503;
        status.pingReason = u"store_unavailable"_s;
        status.pingMessage = u"the sqlite database has not answered for 4.0 s"_s;
        const auto health = assess(status);
        QCOMPARE(health.level, HealthAssessment::Level::Down);
        QVERIFY(health.headline.contains(u"store_unavailable"_s));
    }

    void licenseExpiringWithinThirtyDaysWarns() {
        NodeStatus status = healthyNode();
        status.license->expiresMs = kNow + 12 * kDay;
        const auto health = assess(status);
        QCOMPARE(health.level, HealthAssessment::Level::Degraded);
        QCOMPARE(ids(health), QStringList{u"license_expiring"_s});
        QVERIFY(health.alerts.first().message.contains(u"12 d"_s));
        status.license->expiresMs = kNow + 31 * kDay;
        QVERIFY(assess(status).alerts.isEmpty());
    }

    void nearLimitsWarnPerType() {
        NodeStatus status = healthyNode();
        status.usage = {{u"vdp"_s, {9, 20}}};
        QCOMPARE(ids(assess(status)), QStringList{u"near_limit:vdp"_s});
        status.usage = {{u"vdp"_s, {2, 95}}};
        QCOMPARE(ids(assess(status)), QStringList{u"near_limit:vdp"_s});
    }

    void overdueLeasesAndDenialsWarn() {
        LeaseSnapshot snapshot;
        snapshot.renewAfterS = 300;
        Lease fresh;
        fresh.lastRenewalMs = kNow - 1000;
        Lease silent;
        silent.lastRenewalMs = kNow - 3600 * 1000;
        snapshot.leases = {fresh, silent};
        const auto health = assess(healthyNode(), snapshot, 3);
        QCOMPARE(ids(health), (QStringList{u"leases_overdue"_s, u"denials"_s}));
        QVERIFY(health.alerts.first().message.startsWith(u"1 component"_s));
    }

    // Seats held by overdue components whose probes found nothing listening:
    // counted apart, with their cores; other verdicts and active leases are not.
    void seatsOfComponentsThatLookDeadAreCounted() {
        const auto probed = [](qint64 renewedMs, int cores, ProbeOutcome outcome) {
            Lease lease;
            lease.lastRenewalMs = renewedMs;
            lease.holder.cores = cores;
            lease.probes = {ProbeResult{kNow - 120000, ProbeOutcome::Refused, u"connection refused"_s},
                            ProbeResult{kNow - 60000, outcome, {}}};
            return lease;
        };
        LeaseSnapshot snapshot;
        snapshot.renewAfterS = 300;
        const qint64 silent = kNow - 3600 * 1000;
        snapshot.leases = {probed(silent, 4, ProbeOutcome::Refused), probed(silent, 8, ProbeOutcome::Refused),
                           probed(silent, 16, ProbeOutcome::Open), probed(silent, 2, ProbeOutcome::Timeout),
                           probed(kNow - 1000, 32, ProbeOutcome::Refused)}; // renewed since: not overdue
        const auto health = assess(healthyNode(), snapshot);
        QCOMPARE(ids(health), (QStringList{u"leases_overdue"_s, u"leases_dead"_s}));
        QVERIFY(health.alerts.first().message.startsWith(u"4 component"_s));
        const QString dead = health.alerts.last().message;
        QVERIFY2(dead.startsWith(u"2 seat"_s) && dead.contains(u"12 core"_s), qPrintable(dead));

        snapshot.leases.removeFirst();
        snapshot.leases.removeFirst();
        QCOMPARE(ids(assess(healthyNode(), snapshot)), QStringList{u"leases_overdue"_s}); // none: no alert
    }

    void aDemoLicenseIsMentionedButAllIsStillGood() {
        NodeStatus status = healthyNode();
        status.license->licenseId = u"demo"_s;
        const auto health = assess(status);
        QCOMPARE(health.level, HealthAssessment::Level::Good);
        QCOMPARE(ids(health), QStringList{u"demo_license"_s});
        QCOMPARE(health.alerts.first().severity, Alert::Severity::Info);
    }

    void missingLicenseIsCritical() {
        NodeStatus status = healthyNode();
        status.license.reset();
        status.licenseProblem = u"license file /x does not exist"_s;
        const auto health = assess(status);
        QCOMPARE(health.alerts.first().severity, Alert::Severity::Critical);
        QVERIFY(health.alerts.first().message.contains(u"/x"_s));
    }

    static HealthAssessment::Input pairInput(const NodeStatus& primary, const NodeStatus& secondary) {
        HealthAssessment::Input input{healthyNode(), {}, kNow, 0, std::nullopt, 0, {}};
        input.nodes = {{u"http://lm1:10091"_s, primary, std::nullopt},
                       {u"http://lm2:10091"_s, secondary, std::nullopt}};
        return input;
    }

    void aHealthyPairIsAllGood() {
        NodeStatus secondary = healthyNode();
        secondary.node = u"lm2"_s;
        const auto health = HealthAssessment::assess(pairInput(healthyNode(), secondary));
        QCOMPARE(health.level, HealthAssessment::Level::Good);
        QVERIFY(health.alerts.isEmpty());
    }

    void aSecondaryDownDegradesThePairAndSaysForHowLong() {
        NodeStatus down;
        down.lastError = u"Connection refused"_s;
        auto input = pairInput(healthyNode(), down);
        input.nodes[1].unreachableSinceMs = kNow - 5 * 60 * 1000;
        const auto health = HealthAssessment::assess(input);
        QCOMPARE(health.level, HealthAssessment::Level::Degraded);
        QCOMPARE(ids(health), QStringList{u"node_down:http://lm2:10091"_s});
        QVERIFY2(health.headline.contains(u"5 m"_s) && health.headline.contains(u"no standby"_s),
                 qPrintable(health.headline));
    }

    void aNodeInMaintenanceOrNotReadyIsNamed() {
        NodeStatus maintenance = healthyNode();
        maintenance.maintenance = true;
        maintenance.pingHttpStatus = 503;
        NodeStatus notReady = healthyNode();
        notReady.pingHttpStatus = 503;
        notReady.pingReason = u"store_unavailable"_s;
        const auto health = HealthAssessment::assess(pairInput(maintenance, notReady));
        QCOMPARE(health.level, HealthAssessment::Level::Degraded);
        QCOMPARE(ids(health),
                 (QStringList{u"node_maintenance:http://lm1:10091"_s, u"node_not_ready:http://lm2:10091"_s}));
        QVERIFY(health.alerts.last().message.contains(u"store_unavailable"_s));
    }

    void nodesServingDifferentLicensesWarn() {
        NodeStatus other = healthyNode();
        other.license->licenseId = u"other"_s;
        const auto health = HealthAssessment::assess(pairInput(healthyNode(), other));
        QCOMPARE(ids(health), QStringList{u"license_mismatch"_s});
        QVERIFY(health.alerts.first().message.contains(u"acme, other"_s));
    }

    void clocksOfAPairFarApartWarn() {
        NodeStatus ahead = healthyNode();
        ahead.node = u"lm2"_s;
        ahead.clockOffsetMs = 90'000;
        NodeStatus close = healthyNode();
        close.clockOffsetMs = 400;
        QVERIFY(HealthAssessment::assess(pairInput(healthyNode(), close)).alerts.isEmpty());
        const auto health = HealthAssessment::assess(pairInput(healthyNode(), ahead));
        QCOMPARE(ids(health), QStringList{u"clock_drift"_s});
        QCOMPARE(health.level, HealthAssessment::Level::Degraded);
        QVERIFY2(health.alerts.first().message.contains(u"lm2 (http://lm2:10091) is about 90000 ms ahead"_s),
                 qPrintable(health.alerts.first().message));
    }

    void theServiceDownStillNamesWhichNodesAreDown() {
        NodeStatus down;
        auto input = pairInput(down, down);
        input.status = down;
        const auto health = HealthAssessment::assess(input);
        QCOMPARE(health.level, HealthAssessment::Level::Down);
        QCOMPARE(ids(health), (QStringList{u"node_down"_s, u"node_down:http://lm1:10091"_s,
                                           u"node_down:http://lm2:10091"_s}));
    }
};

QTEST_APPLESS_MAIN(TestHealthAssessment)
#include "tst_healthassessment.moc"
