// Renewals answered from memory on a node's own SQLite file: a live lease
// renewed well before its deadline is answered without a store write, the
// renewals are written behind (once per lease however often it renewed),
// before any reader or writer that comes after them, and never revive a lease
// that ended. Real in-process server on loopback, manual clock; the database
// file is read directly to see what is on disk.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

QJsonObject leaseRequest(const QString& instance) {
    return grantRequest(u"vdp"_s, instance, 4, u"9.1"_s, u"host-1"_s, QJsonArray{u"10.0.0.5"_s});
}

struct Row {
    qint64 lastRenewalMs = -1;
    qint64 graceDeadlineMs = -1;
    bool ended = false;
};

} // namespace

class TestRenewalsInMemory : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    std::unique_ptr<HttpTestClient> m_admin;

    LeaseService& service() { return m_server->server->service(); }
    quint64 writeTransactions() { return service().storeHealth().writeTransactions; }

    // The lease's row as the database file has it (a second connection).
    Row row(const QString& leaseId) {
        Row found;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(m_server->config.sqlitePath);
            QSqlQuery query(db);
            if (db.open() &&
                query.exec(u"SELECT last_renewal_ms, grace_deadline_ms, ended_ms IS NOT NULL FROM leases "
                           u"WHERE id = '%1'"_s.arg(leaseId)) &&
                query.next())
                found = {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toBool()};
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        return found;
    }

    QString grant(const QString& instance) {
        const HttpResult granted = m_client->post(u"/api/v1/leases"_s, leaseRequest(instance));
        return granted.status == 201 ? granted.json.value(u"lease_id"_s).toString() : QString();
    }
    HttpResult renew(const QString& leaseId) {
        return m_client->post(u"/api/v1/leases/%1/renew"_s.arg(leaseId), QByteArray());
    }
    // A read: the store runs it after every write submitted before it.
    QJsonArray listLeases() {
        const HttpResult list = m_admin->get(u"/api/v1/leases"_s);
        return list.json.value(u"leases"_s).toArray();
    }
    bool startServer() {
        if (!m_server->start())
            return false;
        // Nothing is written behind unless another store job comes first.
        service().setWriteBehindMs(3600 * 1000);
        m_client = std::make_unique<HttpTestClient>(m_server->port());
        m_admin = std::make_unique<HttpTestClient>(m_server->port());
        m_admin->setToken(TestServer::kAdminToken.toByteArray());
        return m_client->waitUntilReady();
    }
    // The live leases are loaded once the store has opened.
    bool renewsFromMemory(const QString& leaseId) {
        return QTest::qWaitFor(
            [&] { return renew(leaseId).status == 200 && service().renewalsInMemory() > 0; }, 5000);
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>();
        QVERIFY(startServer());
    }
    void cleanup() {
        m_client.reset();
        m_admin.reset();
        m_server.reset();
    }

    void aRenewalInTimeIsAnsweredFromMemoryAndWrittenBeforeTheNextRead() {
        const QString id = grant(u"a"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(renewsFromMemory(id));
        listLeases();
        const Row granted = row(id);
        const quint64 writesBefore = writeTransactions();

        m_server->clock.advanceSeconds(300);
        const qint64 renewedAt = m_server->clock.nowMs();
        const HttpResult renewed = renew(id);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.json.value(u"server_time_ms"_s).toInteger(), renewedAt);
        QCOMPARE(renewed.json.value(u"grace_deadline_ms"_s).toInteger(), renewedAt + 432000LL * 1000);
        QCOMPARE(service().renewalsInMemory(), 1);
        QCOMPARE(writeTransactions(), writesBefore);
        QCOMPARE(row(id).graceDeadlineMs, granted.graceDeadlineMs); // not on disk yet

        const QJsonArray leases = listLeases();
        QCOMPARE(leases.size(), 1);
        QCOMPARE(leases.first()[u"grace_deadline_ms"_s].toInteger(), renewedAt + 432000LL * 1000);
        QCOMPARE(service().renewalsInMemory(), 0);
        QCOMPARE(row(id).lastRenewalMs, renewedAt);
        QCOMPARE(row(id).graceDeadlineMs, renewedAt + 432000LL * 1000);
    }

    void renewalsReachTheDiskWithinTheWriteBehindDelay() {
        const QString id = grant(u"a"_s);
        QVERIFY(renewsFromMemory(id));
        service().setWriteBehindMs(LeaseService::kWriteBehindMs);
        m_server->clock.advanceSeconds(30);
        QCOMPARE(renew(id).status, 200);
        QCOMPARE(service().renewalsInMemory(), 1);
        // Nothing else touches the store: the timer alone writes it.
        QTRY_COMPARE_WITH_TIMEOUT(row(id).lastRenewalMs, m_server->clock.nowMs(), 5000);
        QCOMPARE(service().renewalsInMemory(), 0);
    }

    void manyRenewalsOfALeaseAreOneWrite() {
        const QString first = grant(u"a"_s);
        const QString second = grant(u"b"_s);
        QVERIFY(renewsFromMemory(first));
        listLeases();
        const quint64 writesBefore = writeTransactions();
        for (int i = 0; i < 50; ++i) {
            m_server->clock.advanceSeconds(1);
            QCOMPARE(renew(first).status, 200);
            QCOMPARE(renew(second).status, 200);
        }
        QCOMPARE(writeTransactions(), writesBefore);
        QCOMPARE(service().renewalsInMemory(), 2);
        listLeases();
        QCOMPARE(writeTransactions(), writesBefore + 1);
        QCOMPARE(row(first).lastRenewalMs, m_server->clock.nowMs());
        QCOMPARE(row(second).lastRenewalMs, m_server->clock.nowMs());
    }

    void aFreedLeaseIsNotRenewedAndNotRevived() {
        const QString id = grant(u"a"_s);
        QVERIFY(renewsFromMemory(id));
        m_server->clock.advanceSeconds(10);
        QCOMPARE(renew(id).status, 200); // in memory, then the free is queued after it
        QCOMPARE(
            m_admin->post(u"/api/v1/leases/%1/free"_s.arg(id), QJsonObject{{u"reason"_s, u"test"_s}}).status,
            204);
        QCOMPARE(renew(id).status, 404);
        QCOMPARE(service().renewalsInMemory(), 0);
        listLeases();
        QVERIFY(row(id).ended);
        QCOMPARE(listLeases().size(), 0);
    }

    void aReplacedLeaseIsUnknown() {
        const QString old = grant(u"a"_s);
        QVERIFY(renewsFromMemory(old));
        const QString replacement = grant(u"a"_s); // the same instance starting again
        QVERIFY(!replacement.isEmpty());
        QVERIFY(replacement != old);
        QCOMPARE(renew(old).status, 404);
        QCOMPARE(renew(replacement).status, 200);
        QCOMPARE(service().renewalsInMemory(), 1);
    }

    void aRenewalNearItsDeadlineIsDecidedByTheStore() {
        const QString id = grant(u"a"_s);
        QVERIFY(renewsFromMemory(id));
        listLeases();
        const qint64 deadline = row(id).graceDeadlineMs;
        // Inside the margin: a write queued before it might still end the
        // lease by its old deadline, so the store decides.
        m_server->clock.setMs(deadline - LiveLeaseMirror::kDeadlineMarginMs / 2);
        const quint64 writesBefore = writeTransactions();
        QCOMPARE(renew(id).status, 200);
        QCOMPARE(service().renewalsInMemory(), 0);
        QCOMPARE(row(id).lastRenewalMs, m_server->clock.nowMs()); // committed before the answer
        QVERIFY(writeTransactions() > writesBefore);
        // Past the new deadline: the store ends it as expired.
        m_server->clock.advanceDays(6);
        QCOMPARE(renew(id).status, 404);
        QVERIFY(row(id).ended);
    }

    void leasesOfBeforeARestartRenewFromMemory() {
        const QString id = grant(u"a"_s);
        QVERIFY(renewsFromMemory(id));
        m_server->clock.advanceSeconds(60);
        QCOMPARE(renew(id).status, 200);
        const qint64 renewedAt = m_server->clock.nowMs();
        // A clean stop writes what is in memory.
        m_client.reset();
        m_admin.reset();
        m_server->server.reset();
        QCOMPARE(row(id).lastRenewalMs, renewedAt);

        QVERIFY(startServer());
        m_server->clock.advanceSeconds(60);
        QVERIFY(renewsFromMemory(id));
        QCOMPARE(renew(u"no-such-lease"_s).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestRenewalsInMemory)
#include "tst_renewalsinmemory.moc"
