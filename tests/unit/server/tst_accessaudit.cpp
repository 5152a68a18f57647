// Viewer and admin tokens, and the audit trail, over real loopback HTTP
// against an in-process server on a real SQLite store.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr QByteArrayView kAliceToken = "alice-admin-token-0123456789";
constexpr QByteArrayView kViewerToken = "victor-viewer-token-0123456789";

QJsonObject leaseRequest(const QString& instance) {
    return grantRequest(u"vdp"_s, instance, 2, u"9.1"_s, u"host-1"_s, QJsonArray{u"10.0.0.5"_s});
}

QString concretePath(QString pattern) {
    return pattern.replace(QRegularExpression(u"\\{[^}]*\\}"_s), u"abc"_s);
}

QString describe(const HttpRouter::RouteInfo& route) {
    return QString::fromLatin1(route.method) + u' ' + route.pattern;
}

} // namespace

class TestAccessAudit : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    void writeTokens(const QByteArray& text) { QVERIFY(writeTestFile(m_server->config.tokensPath, text)); }

    QByteArray defaultTokens() const {
        return "# name role token\n"
               "alice admin " +
               kAliceToken.toByteArray() + "\nvictor viewer " + kViewerToken.toByteArray() +
               "  # read-only\n";
    }

    // The audit trail as an admin sees it, newest first.
    QJsonArray auditTrail(const QString& query = {}) {
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult result = m_client->get(u"/api/v1/audit"_s + query);
        m_client->setToken({});
        if (result.status != 200)
            qWarning("audit answered %d: %s", result.status, result.body.constData());
        return result.json.value(u"entries"_s).toArray();
    }

    // Entries are written after the answer: wait for the one expected.
    QJsonObject awaitEntry(const QString& action, const QString& actor) {
        QJsonObject found;
        const auto look = [&] {
            for (const QJsonValue& value : auditTrail(u"?action="_s + action)) {
                if (value.toObject().value(u"actor"_s).toString() == actor)
                    found = value.toObject();
            }
            return !found.isEmpty();
        };
        QElapsedTimer waited;
        waited.start();
        while (!look() && waited.elapsed() < 5000)
            QTest::qWait(20);
        if (found.isEmpty())
            qWarning("no %s entry by %s in the audit trail", qPrintable(action), qPrintable(actor));
        return found;
    }

    QString grant(const QString& instance) {
        m_client->setToken({});
        return m_client->post(u"/api/v1/leases"_s, leaseRequest(instance))
            .json.value(u"lease_id"_s)
            .toString();
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>();
        m_server->config.tokensPath = m_server->dir.filePath(u"tokens"_s);
        writeTokens(defaultTokens());
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
    }

    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    // Derived from the router: a route added later gets the same check.
    void aViewerReadsEverythingAndChangesNothing() {
        const auto routes = m_server->server->routes();
        int changing = 0;
        for (const auto& route : routes) {
            const bool reads = route.effect == HttpRouter::Effect::Reads;
            QVERIFY2(route.method != "GET" || reads,
                     qPrintable(describe(route) + u" is a GET that changes"_s));
            QVERIFY2(reads || route.access == HttpRouter::Access::Component ||
                         route.access == HttpRouter::Access::Admin,
                     qPrintable(describe(route) + u" changes something but is open to viewers"_s));
            if (route.access != HttpRouter::Access::Viewer && route.access != HttpRouter::Access::Admin)
                continue;
            m_client->setToken(kViewerToken.toByteArray());
            const HttpResult result = m_client->send(route.method, concretePath(route.pattern), "{}");
            if (route.access == HttpRouter::Access::Admin) {
                ++changing;
                QVERIFY2(result.status == 403,
                         qPrintable(describe(route) + u": "_s + QString::number(result.status)));
                QCOMPARE(result.json.value(u"error"_s).toString(), u"forbidden"_s);
                QVERIFY(result.json.value(u"message"_s).toString().contains(u"'victor' is a viewer token"_s));
            } else {
                QVERIFY2(result.status != 401 && result.status != 403,
                         qPrintable(describe(route) + u": "_s + QString::number(result.status)));
            }
        }
        QVERIFY2(changing >= 2, "the router lists the admin routes (free, maintenance)");
        // The refusals are in the trail, naming what was asked.
        const QJsonObject refused = awaitEntry(u"auth.forbidden"_s, u"victor"_s);
        QCOMPARE(refused.value(u"role"_s).toString(), u"viewer"_s);
        QCOMPARE(refused.value(u"outcome"_s).toString(), u"refused"_s);
        const QString target = refused.value(u"target"_s).toString();
        QVERIFY2(target.startsWith(u"POST /api/v1/"_s) || target.startsWith(u"PUT /api/v1/"_s),
                 qPrintable(target));
    }

    void accessSaysWhoseTokenItIs() {
        m_client->setToken(kViewerToken.toByteArray());
        HttpResult result = m_client->get(u"/api/v1/access"_s);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(u"token"_s).toString(), u"victor"_s);
        QCOMPARE(result.json.value(u"role"_s).toString(), u"viewer"_s);
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        result = m_client->get(u"/api/v1/access"_s);
        QCOMPARE(result.json.value(u"token"_s).toString(), u"admin"_s);
        QCOMPARE(result.json.value(u"role"_s).toString(), u"admin"_s);
        m_client->setToken({});
        QCOMPARE(m_client->get(u"/api/v1/access"_s).status, 401);
    }

    void aFreeIsRecordedWithItsActorAndOutcome() {
        const QString id = grant(u"i1"_s);
        QVERIFY(!id.isEmpty());
        m_client->setToken(kAliceToken.toByteArray());
        m_client->setHeader("X-Forwarded-For", "192.0.2.44");
        const QJsonObject reason{{u"reason"_s, u"host decommissioned"_s}};
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/free"_s.arg(id), reason).status, 204);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/free"_s.arg(id), reason).status, 404);
        m_client->setHeader("X-Forwarded-For", {});
        // Written in the free's own transaction: there as soon as it is answered.
        const QJsonArray frees = auditTrail(u"?action=lease.free"_s);
        QCOMPARE(frees.size(), 2);
        const QJsonObject notFound = frees.at(0).toObject();
        const QJsonObject freed = frees.at(1).toObject();
        QCOMPARE(freed.value(u"actor"_s).toString(), u"alice"_s);
        QCOMPARE(freed.value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(freed.value(u"target"_s).toString(), id);
        QCOMPARE(freed.value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(freed.value(u"detail"_s).toString(), u"host decommissioned"_s);
        QCOMPARE(freed.value(u"node"_s).toString(), u"node-a"_s);
        QCOMPARE(freed.value(u"address"_s).toString(), u"127.0.0.1 (for 192.0.2.44)"_s);
        QCOMPARE(freed.value(u"at_ms"_s).toInteger(), m_server->clock.nowMs());
        QCOMPARE(notFound.value(u"outcome"_s).toString(), u"not_found"_s);
    }

    void maintenanceIsRecordedOnAndOff() {
        m_client->setToken(kAliceToken.toByteArray());
        QCOMPARE(m_client->post(u"/api/v1/maintenance"_s, QJsonObject{{u"enabled"_s, true}}).status, 200);
        QCOMPARE(m_client->post(u"/api/v1/maintenance"_s, QJsonObject{{u"enabled"_s, false}}).status, 200);
        QCOMPARE(awaitEntry(u"maintenance.on"_s, u"alice"_s).value(u"target"_s).toString(), u"node-a"_s);
        QCOMPARE(awaitEntry(u"maintenance.off"_s, u"alice"_s).value(u"outcome"_s).toString(), u"ok"_s);
    }

    void aTokenIsRecordedOncePerAddressAndAWrongOneEachTime() {
        m_client->setToken(kViewerToken.toByteArray());
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 200);
        QCOMPARE(m_client->get(u"/api/v1/history"_s).status, 200);
        m_client->setToken("not-a-token-of-this-server");
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 401);
        const QJsonObject failed = awaitEntry(u"auth.failed"_s, u"unknown"_s);
        QCOMPARE(failed.value(u"outcome"_s).toString(), u"refused"_s);
        QCOMPARE(failed.value(u"address"_s).toString(), u"127.0.0.1"_s);
        awaitEntry(u"token.used"_s, u"victor"_s);
        int uses = 0;
        for (const QJsonValue& entry : auditTrail(u"?action=token.used&actor=victor"_s))
            uses += entry.toObject().value(u"address"_s).toString() == u"127.0.0.1"_s;
        QCOMPARE(uses, 1);
    }

    void theTokensFileIsReadAgainOnReload() {
        m_client->setToken(kViewerToken.toByteArray());
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 200);
        writeTokens("carol viewer carol-viewer-token-0123456789\n");
        m_server->server->reload(u"SIGHUP"_s);
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 401);
        m_client->setToken("carol-viewer-token-0123456789");
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 200);
        // The server's own admin token always stays.
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 200);
        // A broken file keeps the tokens accepted so far, and says why.
        writeTokens("dave superuser dave-token-0123456789\n");
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"line 1: the role must be admin or viewer, not 'superuser'; "
                                                u"the tokens accepted so far stay"_s));
        m_server->server->reload(u"SIGHUP"_s);
        m_client->setToken("carol-viewer-token-0123456789");
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 200);
        // The license read again is in the trail, with what asked for it.
        const QJsonObject loaded = awaitEntry(u"license.load"_s, u"SIGHUP"_s);
        QCOMPARE(loaded.value(u"outcome"_s).toString(), u"ok"_s);
        QVERIFY(!loaded.value(u"target"_s).toString().isEmpty());
    }

    void aBadTokensFileStopsTheStartNamingTheLine_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("fields") << QByteArray("\n\nbob admin\n") << u"line 3: expected 'NAME ROLE TOKEN'"_s;
        QTest::newRow("role") << QByteArray("bob root bob-token-0123456789\n")
                              << u"line 1: the role must be"_s;
        QTest::newRow("short") << QByteArray("bob admin short\n") << u"must be 16 to 4096 characters"_s;
        QTest::newRow("twice") << QByteArray(
                                      "bob admin bob-token-0123456789\nbob viewer bob-token-9876543210\n")
                               << u"line 2: the token name 'bob' is used twice"_s;
        QTest::newRow("name") << QByteArray("b/b admin bob-token-0123456789\n") << u"is not a token name"_s;
    }

    void aBadTokensFileStopsTheStartNamingTheLine() {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        m_client.reset();
        m_server = std::make_unique<TestServer>();
        m_server->config.tokensPath = m_server->dir.filePath(u"tokens"_s);
        writeTokens(text);
        QVERIFY(!m_server->start());
        const QString error = m_server->lastError.message;
        QVERIFY2(error.contains(problem) && error.contains(m_server->config.tokensPath), qPrintable(error));
    }

    void badAuditQueriesAre400() {
        m_client->setToken(kViewerToken.toByteArray());
        for (const QString& query :
             {u"?action=lease.steal"_s, u"?limit=0"_s, u"?since_ms=yesterday"_s, u"?colour=red"_s}) {
            const HttpResult result = m_client->get(u"/api/v1/audit"_s + query);
            QVERIFY2(result.status == 400, qPrintable(query));
            QCOMPARE(result.json.value(u"error"_s).toString(), u"invalid_request"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccessAudit)
#include "tst_accessaudit.moc"
