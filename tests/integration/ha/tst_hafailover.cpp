// End to end: PostgreSQL, two leasekeeper-server processes, HAProxy with the
// configuration lb-config generates, and 100 simulated components renewing
// every second through HAProxy. The primary is killed, brought back, frozen,
// put in maintenance; PostgreSQL is crashed and recovered. No component may
// reach shutdown and no lease may be lost or counted twice. (How long each
// switch takes is measured by bench/ha-failover, not asserted here.)
#include "HaRig.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk::test;

class TestHaFailover : public QObject {
    Q_OBJECT

    static constexpr int kComponents = 100;
    HaRig m_rig;

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    // Every component renewed at least once since `since`.
    bool allRenewedSince(const QDateTime& since) {
        QSet<QString> instances;
        for (const QJsonObject& e : m_rig.events()) {
            const QString kind = e.value(u"event"_s).toString();
            if ((kind == u"renewed"_s || kind == u"recovered"_s) && HaRig::timeOf(e) >= since)
                instances.insert(e.value(u"instance"_s).toString());
        }
        return instances.size() == kComponents;
    }

    // What the components and HAProxy last said, for a failure message.
    QByteArray recent() {
        QStringList lines;
        const QList<QJsonObject> all = m_rig.events();
        for (qsizetype i = qMax<qsizetype>(0, all.size() - 8); i < all.size(); ++i)
            lines << QString::fromUtf8(QJsonDocument(all[i]).toJson(QJsonDocument::Compact));
        return (u"haproxy:\n"_s + m_rig.balancerOutput().right(300) + u"\n--- stderr:\n"_s +
                QString::fromUtf8(m_rig.simulator().errors().right(1500)) +
                u"\n--- components (%1 events):\n"_s.arg(all.size()) + lines.join(u'\n'))
            .toUtf8();
    }

    void noComponentShutDownAndNoLeaseWasLost() {
        QCOMPARE(m_rig.count(u"shutdown"_s), 0);
        // A lost lease makes its component ask for a new one: a second "licensed".
        QCOMPARE(m_rig.count(u"licensed"_s), kComponents);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_rig.start(kComponents), qPrintable(m_rig.error));
        const QDateTime since = now();
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.firstServedBy(u"lm-primary"_s, since).isValid(), 10000);
    }

    void aKilledPrimaryIsReplacedByTheSecondary() {
        const QDateTime killed = now();
        m_rig.primary().kill();
        QTRY_VERIFY2_WITH_TIMEOUT(m_rig.firstServedBy(u"lm-secondary"_s, killed).isValid(),
                                  recent().constData(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(allRenewedSince(m_rig.firstServedBy(u"lm-secondary"_s, killed)), 15000);
        qInfo("killed primary: first renewal on the secondary after %lld ms, %d failed renewals",
              killed.msecsTo(m_rig.firstServedBy(u"lm-secondary"_s, killed)),
              m_rig.count(u"grace"_s, killed));
        noComponentShutDownAndNoLeaseWasLost();
    }

    void trafficReturnsToARestartedPrimary() {
        const QDateTime restarted = now();
        QVERIFY2(m_rig.restartPrimary(), qPrintable(m_rig.error));
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.firstServedBy(u"lm-primary"_s, restarted).isValid(), 20000);
        noComponentShutDownAndNoLeaseWasLost();
    }

    void aFrozenPrimaryIsReplacedByTheSecondary() {
        const QDateTime frozen = now();
        m_rig.signalPrimary(SIGSTOP);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.firstServedBy(u"lm-secondary"_s, frozen).isValid(), 15000);
        const QDateTime switched = m_rig.firstServedBy(u"lm-secondary"_s, frozen);
        QTRY_VERIFY_WITH_TIMEOUT(allRenewedSince(switched), 20000);
        qInfo("frozen primary: first renewal on the secondary after %lld ms, %d failed renewals",
              frozen.msecsTo(switched), m_rig.count(u"grace"_s, frozen));
        const QDateTime thawed = now();
        m_rig.signalPrimary(SIGCONT);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.firstServedBy(u"lm-primary"_s, thawed).isValid(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(allRenewedSince(m_rig.firstServedBy(u"lm-primary"_s, thawed)), 20000);
        noComponentShutDownAndNoLeaseWasLost();
    }

    void maintenanceMovesTrafficWithoutOneFailedRenewal() {
        const QDateTime drained = now();
        QCOMPARE(m_rig.setMaintenance(m_rig.primaryPort(), true), 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.firstServedBy(u"lm-secondary"_s, drained).isValid(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(allRenewedSince(m_rig.firstServedBy(u"lm-secondary"_s, drained)), 15000);
        QCOMPARE(m_rig.count(u"grace"_s, drained), 0);
        const QDateTime returned = now();
        QCOMPARE(m_rig.setMaintenance(m_rig.primaryPort(), false), 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.firstServedBy(u"lm-primary"_s, returned).isValid(), 15000);
        QCOMPARE(m_rig.count(u"grace"_s, drained), 0);
        noComponentShutDownAndNoLeaseWasLost();
    }

    void bothNodesRecoverFromADatabaseRestartByThemselves() {
        QCOMPARE(m_rig.cluster(u"crash"_s), 0);
        HttpTestClient primary(m_rig.primaryPort());
        HttpTestClient secondary(m_rig.secondaryPort());
        QTRY_COMPARE_WITH_TIMEOUT(primary.get(u"/pingLicenseManager"_s).json.value(u"reason"_s).toString(),
                                  u"store_unavailable"_s, 10000);
        QCOMPARE(primary.get(u"/pingLicenseManager"_s).status, 503);
        QTRY_COMPARE_WITH_TIMEOUT(secondary.get(u"/pingLicenseManager"_s).status, 503, 10000);
        QCOMPARE(m_rig.cluster(u"recover"_s), 0);
        const QDateTime recovered = now();
        QTRY_COMPARE_WITH_TIMEOUT(primary.get(u"/pingLicenseManager"_s).status, 200, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(secondary.get(u"/pingLicenseManager"_s).status, 200, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(allRenewedSince(recovered), 30000);
        noComponentShutDownAndNoLeaseWasLost();
    }

    void everyLeaseIsCountedOnceOnBothNodes() {
        QCOMPARE(m_rig.liveLeases(m_rig.primaryPort()), kComponents);
        QCOMPARE(m_rig.liveLeases(m_rig.secondaryPort()), kComponents);
        noComponentShutDownAndNoLeaseWasLost();
    }
};

QTEST_GUILESS_MAIN(TestHaFailover)
#include "tst_hafailover.moc"
