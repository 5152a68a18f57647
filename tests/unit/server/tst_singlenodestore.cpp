// A License Manager's own SQLite file: claimed for its process, so a second
// node on the same file is refused with the holder named (and serves once the
// first stops), and, with nobody else able to read its heartbeat, an idle node
// writes nothing. Real in-process servers on loopback, manual clock.
#include "HttpTestClient.h"
#include "TestServer.h"
#include "store/DatabaseFileClaim.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestSingleNodeStore : public QObject {
    Q_OBJECT

    static quint64 writeTransactions(TestServer& server) {
        return server.server->service().storeHealth().writeTransactions;
    }

    // A read after every write submitted before it (StoreWorker::submitRead):
    // once it answers, those writes have been counted.
    static void drainStore(TestServer& server) {
        HttpTestClient admin(server.port());
        admin.setToken(TestServer::kAdminToken.toByteArray());
        QCOMPARE(admin.get(u"/api/v1/leases"_s).status, 200);
    }

    static QJsonObject selfInRegistry(TestServer& server) {
        const QJsonObject status = HttpTestClient(server.port()).get(u"/api/v1/status"_s).json;
        for (const QJsonValue& node : status[u"cluster"_s][u"nodes"_s].toArray()) {
            if (node[u"name"_s].toString() == server.config.nodeName)
                return node.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void aSecondNodeOnTheSameFileIsRefusedUntilTheFirstStops() {
        TestServer first(exampleTerms(), u"node-a"_s);
        QVERIFY(first.start());
        QTRY_COMPARE(HttpTestClient(first.port()).get(u"/pingLicenseManager"_s).status, 200);

        TestServer second(exampleTerms(), u"node-b"_s);
        second.config.sqlitePath = first.config.sqlitePath;
        QVERIFY(second.start());
        HttpTestClient client(second.port());
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).json.value(u"reason"_s).toString(),
                     u"store_unavailable"_s);
        const HttpResult ping = client.get(u"/pingLicenseManager"_s);
        QCOMPARE(ping.status, 503);
        const QString message = ping.json.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"is in use by"_s), qPrintable(message));
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(message));
        QVERIFY2(message.contains(first.config.sqlitePath), qPrintable(message));
        QCOMPARE(HttpTestClient(first.port()).get(u"/pingLicenseManager"_s).status, 200);

        // The store thread tries again every second: the file is free once
        // the first node has stopped, and the second one serves from it.
        first.server.reset();
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/pingLicenseManager"_s).status, 200, 10000);
    }

    void anIdleNodeWritesNothingAndStaysLive() {
        TestServer server;
        QVERIFY(server.start());
        HttpTestClient client(server.port());
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).status, 200);
        QTRY_VERIFY(server.server->service().cluster().has_value()); // on record
        drainStore(server);
        const quint64 before = writeTransactions(server);

        // A minute of heartbeats: six times the window in which a node whose
        // heartbeat is not renewed stops being live (and admitted).
        for (int beat = 0; beat < 30; ++beat) {
            server.clock.advanceSeconds(2);
            server.server->service().heartbeat();
        }
        drainStore(server);
        QCOMPARE(writeTransactions(server), before);
        QCOMPARE(client.get(u"/pingLicenseManager"_s).status, 200);
        const QJsonObject self = selfInRegistry(server);
        QCOMPARE(self.value(u"live"_s).toBool(), true);
        QCOMPARE(qint64(self.value(u"last_heartbeat_ms"_s).toDouble()), server.clock.nowMs());
    }

    void aNewIdentityIsWrittenOnce() {
        TestServer server;
        QVERIFY(server.start());
        QTRY_VERIFY(server.server->service().cluster().has_value());
        drainStore(server);
        const quint64 before = writeTransactions(server);
        server.server->service().setIdentity(u"10.0.0.7:10091"_s, u"standalone"_s);
        for (int beat = 0; beat < 3; ++beat) {
            server.server->service().heartbeat();
            drainStore(server); // lets the write's answer arrive before the next beat
            QCoreApplication::processEvents();
        }
        QCOMPARE(writeTransactions(server), before + 1);
        // The view comes from the registry's rows, read in the write's transaction.
        QCOMPARE(selfInRegistry(server).value(u"address"_s).toString(), u"10.0.0.7:10091"_s);
    }

    void aClaimHeldElsewhereInThisProcessIsRefused() {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"leasekeeper.db"_s);
        QLockFile other(database + u".lock"_s);
        QVERIFY(other.tryLock(0));
        DatabaseFileClaim claim(database);
        const Status taken = claim.take();
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, u"store_in_use"_s);
        QVERIFY(!claim.held());
        other.unlock();
        QVERIFY(claim.take().ok());
        QVERIFY(claim.held());
    }

    // A process restarted with the pid of the one that died (PID 1 of a
    // container) finds a lock file naming itself, and nobody holding it.
    void aLeftoverNamingThisProcessIsTaken() {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"leasekeeper.db"_s);
        const QString lockPath = database + u".lock"_s;
        QByteArray leftover;
        {
            QLockFile before(lockPath);
            QVERIFY(before.tryLock(0));
            QFile file(lockPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            leftover = file.readAll();
        }
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(leftover) == leftover.size());
        file.close();
        DatabaseFileClaim claim(database);
        const Status taken = claim.take();
        QVERIFY2(taken.ok(), taken ? "" : qPrintable(taken.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSingleNodeStore)
#include "tst_singlenodestore.moc"
