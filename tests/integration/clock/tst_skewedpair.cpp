// Two License Manager nodes on one PostgreSQL database, their clocks 90 s
// apart (libfaketime: one 45 s ahead, one 45 s behind), serving the same
// components in turn. Lease times come from the database's clock, so no
// lease may end early or late and no component may enter grace, although
// the grace period (8 s) is far shorter than the skew: with node clocks,
// the node ahead would end every lease the other one renewed.
#include "FreePort.h"
#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "SimulatorProcess.h"
#include "SkewedServerProcess.h"
#include "TestLicense.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk::test;

class TestSkewedPair : public QObject {
    Q_OBJECT

    static constexpr int kComponents = 10;
    static constexpr qint64 kGraceMs = 8000;
    static constexpr QByteArrayView kToken = "skewed-pair-admin-token-0123456789";

    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_db;
    SkewedServerProcess m_ahead;  // lm-ahead, 45 s ahead
    SkewedServerProcess m_behind; // lm-behind, 45 s behind
    quint16 m_aheadPort = 0;
    quint16 m_behindPort = 0;
    std::unique_ptr<SimulatorProcess> m_components;
    std::unique_ptr<SimulatorProcess> m_lone; // one component, killed without releasing
    QList<QJsonObject> m_loneEvents;          // what it printed, kept after it is gone

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }
    QString url(quint16 port) const { return u"http://127.0.0.1:%1"_s.arg(port); }

    bool write(const QString& name, const QByteArray& bytes) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    bool startNode(SkewedServerProcess& node, const QString& name, const QString& role, const QString& shift,
                   quint16 port) {
        QDir().mkpath(m_dir.filePath(name));
        const quint16 listening = node.start(
            shift,
            {u"--db"_s, m_db->url(), u"--db-password-file"_s, m_dir.filePath(u"db.password"_s),
             u"--license"_s, m_dir.filePath(u"license.json"_s), u"--trust"_s, m_dir.filePath(u"issuer.pub"_s),
             u"--admin-token-file"_s, m_dir.filePath(u"admin.token"_s), u"--data-dir"_s, m_dir.filePath(name),
             u"--node-name"_s, name, u"--role"_s, role, u"--bind"_s, u"127.0.0.1"_s},
            port);
        if (listening != port) {
            qWarning("%s did not start: %s", qPrintable(name), node.log().constData());
            return false;
        }
        return QTest::qWaitFor(
            [&] { return HttpTestClient(port).get(u"/pingLicenseManager"_s).status == 200; }, 15000);
    }

    QJsonArray leases(quint16 port) {
        HttpTestClient admin(port);
        admin.setToken(kToken.toByteArray());
        return admin.get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray();
    }
    static QJsonObject leaseOf(const QJsonArray& leases, const QString& instance) {
        for (const QJsonValue& lease : leases) {
            if (lease[u"instance"_s].toString() == instance)
                return lease.toObject();
        }
        return {};
    }

    QList<QJsonObject> events() {
        if (m_lone)
            m_loneEvents = m_lone->events();
        return m_components->events() + m_loneEvents;
    }
    int count(const QString& kind) {
        int n = 0;
        for (const QJsonObject& e : events())
            n += e.value(u"event"_s).toString() == kind;
        return n;
    }
    // Every component of the group renewed by `node` at or after `since`.
    bool allRenewedBy(const QString& node, const QDateTime& since) {
        QSet<QString> instances;
        for (const QJsonObject& e : m_components->events()) {
            if (e.value(u"event"_s).toString() == u"renewed"_s && e.value(u"node"_s).toString() == node &&
                QDateTime::fromString(e.value(u"time"_s).toString(), Qt::ISODateWithMs) >= since)
                instances.insert(e.value(u"instance"_s).toString());
        }
        return instances.size() == kComponents;
    }
    QByteArray recent() {
        QStringList lines;
        const QList<QJsonObject> all = events();
        for (qsizetype i = qMax<qsizetype>(0, all.size() - 6); i < all.size(); ++i)
            lines << QString::fromUtf8(QJsonDocument(all[i]).toJson(QJsonDocument::Compact));
        return lines.join(u'\n').toUtf8();
    }

    // No component entered grace, none shut down, none had to ask for a
    // second lease (which is what a lease ended early would make it do).
    void noComponentNoticedTheSkew() {
        QVERIFY2(count(u"grace"_s) == 0, recent().constData());
        QCOMPARE(count(u"shutdown"_s), 0);
        QCOMPARE(count(u"licensed"_s), kComponents + 1);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!SkewedServerProcess::faketime().isEmpty(), "faketime is not installed (package faketime)");
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->error));
        QJsonObject terms = exampleTerms();
        terms[u"renew_after_s"_s] = 1;
        terms[u"grace_period_s"_s] = int(kGraceMs / 1000);
        terms[u"components"_s] =
            QJsonObject{{u"vdp"_s, QJsonObject{{u"max_instances"_s, kComponents + 1},
                                               {u"max_cores_per_instance"_s, 1},
                                               {u"max_total_cores"_s, kComponents + 1}}}};
        QVERIFY(
            writeSignedLicense(terms, m_dir.filePath(u"issuer.pub"_s), m_dir.filePath(u"license.json"_s)));
        QVERIFY(write(u"admin.token"_s, kToken.toByteArray()));
        QVERIFY(write(u"db.password"_s, m_db->password.toUtf8()));
        m_aheadPort = freePort();
        m_behindPort = freePort();
        QVERIFY(startNode(m_ahead, u"lm-ahead"_s, u"primary"_s, u"+45s"_s, m_aheadPort));
        QVERIFY(startNode(m_behind, u"lm-behind"_s, u"secondary"_s, u"-45s"_s, m_behindPort));

        m_components = std::make_unique<SimulatorProcess>();
        m_components->start({u"--url"_s, url(m_aheadPort), u"--url"_s, url(m_behindPort), u"--type"_s,
                             u"vdp"_s, u"--host"_s, u"sim"_s, u"--cores"_s, u"1"_s, u"--count"_s,
                             QString::number(kComponents), u"--timeout-ms"_s, u"3000"_s});
        m_lone = std::make_unique<SimulatorProcess>();
        m_lone->start({u"--url"_s, url(m_behindPort), u"--type"_s, u"vdp"_s, u"--host"_s, u"lone"_s,
                       u"--cores"_s, u"1"_s, u"--instance"_s, u"lone"_s});
        QTRY_VERIFY2_WITH_TIMEOUT(count(u"licensed"_s) == kComponents + 1, recent().constData(), 15000);
    }

    void eachNodeSeesTheDatabaseClockOffByItsShift() {
        const auto offset = [](quint16 port) {
            return HttpTestClient(port)
                .get(u"/api/v1/status"_s)
                .json[u"store"_s][u"database_clock_offset_ms"_s]
                .toDouble(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(offset(m_aheadPort) + 45000) < 1000, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(offset(m_behindPort) - 45000) < 1000, 5000);
        qInfo("database clock minus node clock: lm-ahead %.0f ms, lm-behind %.0f ms", offset(m_aheadPort),
              offset(m_behindPort));
    }

    void leasesListedOnEitherNodeAreActiveNotOverdue() {
        // Lease ages are measured against the database's clock: on the node
        // 45 s ahead, a lease renewed a second ago is not 46 s old.
        for (const quint16 port : {m_aheadPort, m_behindPort}) {
            const QJsonArray live = leases(port);
            QCOMPARE(live.size(), kComponents + 1);
            for (const QJsonValue& lease : live)
                QCOMPARE(lease[u"state"_s].toString(), u"active"_s);
        }
    }

    void anAbandonedLeaseEndsAtItsDeadlineNeitherEarlyNorLate() {
        events();       // keep what it printed before it goes
        m_lone.reset(); // SIGKILL: the lease is not released
        const QJsonObject last = leaseOf(leases(m_aheadPort), u"lone"_s);
        QVERIFY(!last.isEmpty());
        // Renewals may still land until the kill: wait for the final deadline.
        QTest::qWait(1200);
        const QJsonObject lease = leaseOf(leases(m_aheadPort), u"lone"_s);
        QVERIFY(!lease.isEmpty());
        const qint64 deadline = lease[u"grace_deadline_ms"_s].toInteger();
        QCOMPARE(deadline - lease[u"last_renewal_ms"_s].toInteger(), kGraceMs);
        // Both nodes keep it until the deadline (this host's clock and
        // PostgreSQL's are the same clock)...
        qint64 lastSeenLive = 0;
        qint64 firstSeenGone = 0;
        while (now() < deadline + 5000 && firstSeenGone == 0) {
            const qint64 before = now();
            const bool onAhead = !leaseOf(leases(m_aheadPort), u"lone"_s).isEmpty();
            const bool onBehind = !leaseOf(leases(m_behindPort), u"lone"_s).isEmpty();
            if (onAhead && onBehind)
                lastSeenLive = now();
            else
                firstSeenGone = before;
            QTest::qWait(50);
        }
        qInfo("abandoned lease: deadline %lld, last seen live %+lld ms, first seen ended %+lld ms from it",
              deadline, lastSeenLive - deadline, firstSeenGone - deadline);
        QVERIFY2(firstSeenGone != 0, "the lease never ended");
        QVERIFY2(firstSeenGone >= deadline - 50, "ended early");
        QVERIFY2(lastSeenLive >= deadline - 1000, "not watched up to its deadline");
        // ...and the once-a-second reclaim of either node ends it soon after.
        QVERIFY2(firstSeenGone <= deadline + 2500, "ended late");
        HttpTestClient admin(m_behindPort);
        admin.setToken(kToken.toByteArray());
        const QJsonArray history =
            admin.get(u"/api/v1/history?reason=grace_expired"_s).json[u"history"_s].toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0][u"instance"_s].toString(), u"lone"_s);
        QCOMPARE(history[0][u"end_ms"_s].toInteger(), deadline); // dated at the deadline itself
        noComponentNoticedTheSkew();
    }

    void componentsMoveToTheNodeBehindAndBack() {
        QVERIFY(allRenewedBy(u"lm-ahead"_s, QDateTime::currentDateTimeUtc().addSecs(-2)));
        const QDateTime killed = QDateTime::currentDateTimeUtc();
        m_ahead.kill();
        QTRY_VERIFY2_WITH_TIMEOUT(allRenewedBy(u"lm-behind"_s, killed), recent().constData(), 10000);
        QVERIFY(startNode(m_ahead, u"lm-ahead"_s, u"primary"_s, u"+45s"_s, m_aheadPort));
        const QDateTime switched = QDateTime::currentDateTimeUtc();
        m_behind.kill();
        QTRY_VERIFY2_WITH_TIMEOUT(allRenewedBy(u"lm-ahead"_s, switched), recent().constData(), 10000);
        QVERIFY(startNode(m_behind, u"lm-behind"_s, u"secondary"_s, u"-45s"_s, m_behindPort));
        noComponentNoticedTheSkew();
    }

    void bothNodesCountEveryLeaseOnce() {
        for (const quint16 port : {m_aheadPort, m_behindPort}) {
            const QJsonObject vdp = HttpTestClient(port)
                                        .get(u"/api/v1/status"_s)
                                        .json[u"license"_s][u"components"_s][u"vdp"_s]
                                        .toObject();
            QCOMPARE(vdp.value(u"instances_used"_s).toInt(), kComponents);
        }
        noComponentNoticedTheSkew();
    }

    void cleanupTestCase() {
        m_components.reset();
        m_lone.reset();
        m_ahead.kill();
        m_behind.kill();
    }
};

QTEST_GUILESS_MAIN(TestSkewedPair)
#include "tst_skewedpair.moc"
