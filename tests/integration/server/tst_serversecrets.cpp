// Nothing secret leaks: a real leasekeeper-server with an admin token and a
// site key gets good and bad admin and component requests (enough bad ones
// for a lockout) and a whole lease cycle, with the server's debug logging
// on, in each log format; neither its output, nor its status JSON, nor its
// metrics may ever contain either secret.
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestLicense.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestServerSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray m_token = "secret-admin-token-a1b2c3d4e5f6";
    const QByteArray m_siteKey = "secret-site-key-z9y8x7w6v5u4";

    QStringList serverArguments() const {
        return ServerProcess::nodeArguments(m_dir.path(), u"secret-node"_s) +
               QStringList{u"--db"_s, u"sqlite:"_s + m_dir.filePath(u"leases.db"_s), u"--site-key-file"_s,
                           m_dir.filePath(u"site.key"_s)};
    }

    void writeFile(const QString& name, const QByteArray& content) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(content + '\n') > 0);
    }

    // The secrets, and long enough pieces of them to be recognisable.
    QList<QByteArray> secretsAndPieces() const {
        QList<QByteArray> pieces;
        for (const QByteArray& secret : {m_token, m_siteKey}) {
            pieces << secret << secret.toBase64() << secret.toHex();
            for (qsizetype at = 0; at + 12 <= secret.size(); at += 6)
                pieces << secret.mid(at, 12);
        }
        return pieces;
    }

    void verifyNoSecretIn(const QByteArray& text, const char* where) const {
        for (const QByteArray& piece : secretsAndPieces())
            QVERIFY2(!text.contains(piece), qPrintable(u"%1 contains '%2'"_s.arg(
                                                QString::fromLatin1(where), QString::fromLatin1(piece))));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeSignedLicense(exampleTerms(), m_dir.filePath(u"issuer.pub"_s),
                                   m_dir.filePath(u"license.json"_s)));
        writeFile(u"admin.token"_s, m_token);
        writeFile(u"site.key"_s, m_siteKey);
        // Every LeaseKeeper log category, debug included.
        qputenv("QT_LOGGING_RULES", "leasekeeper.*.debug=true");
    }

    void neitherLogsNorStatusHoldASecret_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("journald");
        QTest::newRow("plain") << u"plain"_s << false;
        QTest::newRow("plain under systemd") << u"plain"_s << true;
        QTest::newRow("json") << u"json"_s << false;
    }

    void neitherLogsNorStatusHoldASecret() {
        QFETCH(QString, format);
        QFETCH(bool, journald);
        // systemd sets it when stderr goes to the journal; the child inherits it.
        if (journald)
            qputenv("JOURNAL_STREAM", "8:424242");
        else
            qunsetenv("JOURNAL_STREAM");
        ServerProcess server;
        const quint16 port = server.start(serverArguments() + QStringList{u"--log-format"_s, format});
        qunsetenv("JOURNAL_STREAM");
        QVERIFY2(port != 0, server.log().constData());
        HttpTestClient client(port);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/pingLicenseManager"_s).status, 200, 5000);

        // Components: right, missing, wrong and admin-token-as-site-key.
        const QJsonObject identity{
            {u"component"_s, u"vdp"_s}, {u"instance"_s, u"i-1"_s}, {u"host"_s, u"h"_s},
            {u"ips"_s, QJsonArray{}},   {u"cores"_s, 2},           {u"version"_s, u"1"_s}};
        QCOMPARE(client.post(u"/api/v1/leases"_s, identity).status, 401);
        client.setHeader("X-Site-Key", m_siteKey);
        const HttpResult granted = client.post(u"/api/v1/leases"_s, identity);
        QCOMPARE(granted.status, 201);
        const QString id = granted.json.value(u"lease_id"_s).toString();
        QCOMPARE(client.post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 200);
        QJsonObject tooBig = identity;
        tooBig.insert(u"instance"_s, u"i-2"_s);
        tooBig.insert(u"cores"_s, 999);
        QCOMPARE(client.post(u"/api/v1/leases"_s, tooBig).status, 403);
        QJsonObject other = identity;
        other.insert(u"instance"_s, u"i-3"_s);
        const HttpResult third = client.post(u"/api/v1/leases"_s, other);
        QCOMPARE(third.status, 201);
        QCOMPARE(client.del(u"/api/v1/leases/%1"_s.arg(third.json.value(u"lease_id"_s).toString())).status,
                 204);
        // Admin: right, then wrong (the site key as a token, a near miss).
        client.setToken(m_token);
        QCOMPARE(client.get(u"/api/v1/leases"_s).status, 200);
        QCOMPARE(client.get(u"/api/v1/history"_s).status, 200);
        const HttpResult metrics = client.get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        verifyNoSecretIn(metrics.body, "the metrics");
        QCOMPARE(
            client.post(u"/api/v1/leases/%1/free"_s.arg(id), QJsonObject{{u"reason"_s, u"moved"_s}}).status,
            204);
        client.setToken(m_siteKey);
        QCOMPARE(client.get(u"/api/v1/leases"_s).status, 401);
        client.setToken(m_token + "x");
        QCOMPARE(client.get(u"/metrics"_s).status, 401);
        client.setToken({});
        client.setHeader("X-Site-Key", m_token);
        QCOMPARE(client.post(u"/api/v1/leases"_s, identity).status, 401);
        client.setHeader("X-Site-Key", m_siteKey.left(20));
        QCOMPARE(client.del(u"/api/v1/leases/%1"_s.arg(id)).status, 401);
        client.setHeader("X-Site-Key", m_siteKey + m_token);
        // The fifth wrong secret locks this address out, which is logged.
        QCOMPARE(client.post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 401);
        client.setHeader("X-Site-Key", m_siteKey);
        QCOMPARE(client.del(u"/api/v1/leases/%1"_s.arg(id)).status, 429);
        client.setToken(m_token);
        QCOMPARE(client.get(u"/api/v1/leases"_s).status, 429);

        const HttpResult status = client.get(u"/api/v1/status"_s);
        QCOMPARE(status.status, 200);
        verifyNoSecretIn(status.body, "the status JSON");

        int exitCode = -1;
        QVERIFY(server.terminate(&exitCode));
        QCOMPARE(exitCode, 0);
        const QByteArray log = server.log();
        QVERIFY2(log.contains("locked out"), log.constData()); // the lockout was logged...
        QVERIFY2(log.contains("127.0.0.1"), log.constData());
        // ...and the lease cycle, renewals included (debug is on)...
        for (const char* event :
             {"granted lease", "renewed lease", "denied a lease", "ended: released", "ended: freed_by_admin"})
            QVERIFY2(log.contains(event), event);
        QVERIFY2(log.contains(id.toUtf8()), log.constData());
        verifyNoSecretIn(log, "the server's output"); // ...without what was sent
    }
};

QTEST_GUILESS_MAIN(TestServerSecrets)
#include "tst_serversecrets.moc"
