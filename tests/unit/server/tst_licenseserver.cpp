// How a node starts: with a bad or missing license it still serves and says
// what is wrong; it refuses to start only when it cannot serve at all.
#include "HttpTestClient.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestLicenseServer : public QObject {
    Q_OBJECT

    static QByteArray grantBody() {
        return QByteArray("{\"component\":\"vdp\",\"instance\":\"i\",\"host\":\"h\",\"ips\":[],\"cores\":1,"
                          "\"version\":\"1\"}");
    }

    // The ping answer once the store has opened (a timeout shows in the answer).
    static HttpResult pingWhenSettled(TestServer& server) {
        HttpTestClient client(server.port());
        HttpResult ping;
        (void)QTest::qWaitFor(
            [&] {
                ping = client.get(u"/pingLicenseManager"_s);
                return ping.json.value(u"reason"_s).toString() != u"store_unavailable"_s;
            },
            5000);
        return ping;
    }

private Q_SLOTS:
    void badLicenseStillServesAndExplains_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing file") << u"delete"_s << u"file_not_found"_s << u"license.json"_s;
        QTest::newRow("tampered") << u"tamper"_s << u"tampered"_s << u"modified"_s;
        QTest::newRow("garbage") << u"garbage"_s << u"malformed"_s << u"JSON"_s;
        QTest::newRow("untrusted issuer") << u"other key"_s << u"untrusted_key"_s << u"--trust"_s;
        QTest::newRow("no trusted key") << u"no trust"_s << u"no_trusted_key"_s << u"--trust"_s;
    }

    void badLicenseStillServesAndExplains() {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        QFETCH(QString, mentions);
        TestServer server;
        QFile license(server.config.licensePath);
        if (damage == u"delete"_s) {
            QVERIFY(license.remove());
        } else if (damage == u"tamper"_s) {
            QVERIFY(license.open(QIODevice::ReadOnly));
            QByteArray text = license.readAll();
            license.close();
            QVERIFY(text.contains("\"max_total_cores\": 24"));
            text.replace("\"max_total_cores\": 24", "\"max_total_cores\": 2400");
            QVERIFY(license.open(QIODevice::WriteOnly | QIODevice::Truncate));
            license.write(text);
            license.close();
        } else if (damage == u"garbage"_s) {
            QVERIFY(license.open(QIODevice::WriteOnly | QIODevice::Truncate));
            license.write("this is not a license");
            license.close();
        } else if (damage == u"other key"_s) {
            QVERIFY(writeSignedLicense(exampleTerms(), server.dir.filePath(u"other.pub"_s),
                                       server.config.licensePath));
        } else {
            server.config.trustPaths.clear();
        }
        QVERIFY(server.start());
        const HttpResult ping = pingWhenSettled(server);
        QCOMPARE(ping.status, 503);
        QCOMPARE(ping.json.value(u"reason"_s).toString(), reason);
        QVERIFY2(ping.json.value(u"message"_s).toString().contains(mentions), ping.body.constData());

        HttpTestClient client(server.port());
        const HttpResult grant = client.post(u"/api/v1/leases"_s, grantBody());
        QCOMPARE(grant.status, 503);
        QCOMPARE(grant.json.value(u"error"_s).toString(), u"license_unavailable"_s);
        const HttpResult status = client.get(u"/api/v1/status"_s);
        QCOMPARE(status.json.value(u"license"_s)
                     .toObject()
                     .value(u"problem"_s)
                     .toObject()
                     .value(u"error"_s)
                     .toString(),
                 reason);
    }

    void expiredLicenseDeniesWithLicenseExpired() {
        TestServer server(exampleTerms(QDateTime::currentMSecsSinceEpoch() - 86400 * 1000LL));
        QVERIFY(server.start());
        const HttpResult ping = pingWhenSettled(server);
        QCOMPARE(ping.status, 503);
        QCOMPARE(ping.json.value(u"reason"_s).toString(), u"license_expired"_s);
        HttpTestClient client(server.port());
        const HttpResult grant = client.post(u"/api/v1/leases"_s, grantBody());
        QCOMPARE(grant.status, 403);
        QCOMPARE(grant.json.value(u"error"_s).toString(), u"license_expired"_s);
    }

    void licenseExpiringWhileRunningStopsGrants() {
        TestServer server(exampleTerms(QDateTime::currentMSecsSinceEpoch() + 86400 * 1000LL));
        QVERIFY(server.start());
        QCOMPARE(pingWhenSettled(server).status, 200);
        HttpTestClient client(server.port());
        QCOMPARE(client.post(u"/api/v1/leases"_s, grantBody()).status, 201);
        server.clock.advanceDays(2);
        QCOMPARE(client.get(u"/pingLicenseManager"_s).status, 503);
        QCOMPARE(client.post(u"/api/v1/leases"_s, grantBody()).json.value(u"error"_s).toString(),
                 u"license_expired"_s);
    }

    void portInUseIsAClearStartupError() {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        TestServer server;
        server.config.port = squatter.serverPort();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"server did not start"_s));
        QVERIFY(!server.start());
        server.server.reset();
        auto direct = std::make_unique<LicenseServer>(server.config, server.clock);
        const Status started = direct->start();
        QVERIFY(!started);
        QVERIFY2(started.error().message.contains(QString::number(squatter.serverPort())),
                 qPrintable(started.error().message));
    }

    void unreadableAdminTokenIsAClearStartupError() {
        TestServer server;
        server.config.adminTokenPath = server.dir.filePath(u"missing/admin.token"_s);
        LicenseServer direct(server.config, server.clock);
        const Status started = direct.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message.contains(u"admin token"_s), qPrintable(started.error().message));
    }

    void aBadSiteKeyFileIsAClearStartupError_data() {
        QTest::addColumn<QByteArray>("content"); // empty: no file
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QByteArray() << u"cannot read the site key file"_s;
        QTest::newRow("too short") << QByteArray("short-key\n") << u"16 to 4096"_s;
    }

    void aBadSiteKeyFileIsAClearStartupError() {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        TestServer server;
        server.config.siteKeyPath = server.dir.filePath(u"site.key"_s);
        if (!content.isEmpty()) {
            QFile file(server.config.siteKeyPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        LicenseServer direct(server.config, server.clock);
        const Status started = direct.start();
        QVERIFY(!started);
        QCOMPARE(started.error().code, u"site_key"_s);
        QVERIFY2(started.error().message.contains(mentions), qPrintable(started.error().message));
        QVERIFY(!started.error().message.contains(QString::fromLatin1(content.trimmed())) ||
                content.isEmpty());
    }

    void theSiteKeyFileComesFromTheCommandLineOrTheIniFile() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"server.ini"_s);
        QVERIFY(writeTestFile(ini, "site-key-file = /etc/leasekeeper/site.key\n"));
        const auto fromIni = ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--config"_s, ini});
        QVERIFY(fromIni);
        QCOMPARE(fromIni->siteKeyPath, u"/etc/leasekeeper/site.key"_s);
        const auto overridden = ServerConfig::fromArguments(
            {u"leasekeeper-server"_s, u"--config"_s, ini, u"--site-key-file"_s, u"other.key"_s});
        QVERIFY(overridden);
        QCOMPARE(overridden->siteKeyPath, u"other.key"_s);
        const auto none = ServerConfig::fromArguments({u"leasekeeper-server"_s});
        QVERIFY(none);
        QVERIFY(none->siteKeyPath.isEmpty()); // no site key unless asked for
    }

    void defaultAdminTokenIsCreatedPrivately() {
        TestServer server;
        server.config.adminTokenPath = server.dir.filePath(u"generated.token"_s);
        server.config.adminTokenIsDefault = true;
        QVERIFY(server.start());
        QFile token(server.config.adminTokenPath);
        QVERIFY(token.exists());
        QCOMPARE(token.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(token.open(QIODevice::ReadOnly));
        HttpTestClient client(server.port());
        client.setToken(token.readAll().trimmed());
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/api/v1/leases"_s).status, 200, 5000);
    }
};

QTEST_GUILESS_MAIN(TestLicenseServer)
#include "tst_licenseserver.moc"
