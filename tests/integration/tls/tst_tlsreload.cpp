// The server's certificate and key re-read without a restart: in a server in
// this process when the files are replaced (renamed over, or written one
// after the other), with the old pair kept and a warning logged when the new
// files do not load; and in a real leasekeeper-server process sent SIGHUP,
// which also re-reads the license.
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestCertificates.h"
#include "TestServer.h"
#include "tls/CertificateFingerprint.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <filesystem>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

// The certificate a new TLS connection to `port` is shown, "" if none.
QString servedFingerprint(quint16 port) {
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    const bool encrypted = QTest::qWaitFor(
        [&socket] { return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState; },
        5000);
    return encrypted && socket.isEncrypted() ? CertificateFingerprint::formatSha256(socket.peerCertificate())
                                             : QString();
}

QString fingerprintOf(const QString& certificatePath) {
    QFile file(certificatePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return CertificateFingerprint::formatSha256(QSslCertificate(file.readAll(), QSsl::Pem));
}

QByteArray read(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// As certificate renewal tools do: write a new file beside, rename it over.
bool replaceByRename(const QString& path, const QByteArray& bytes) {
    const QString fresh = path + u".new"_s;
    if (!write(fresh, bytes))
        return false;
    std::error_code error;
    std::filesystem::rename(fresh.toStdString(), path.toStdString(), error);
    return !error;
}

QString certificateExpiry(quint16 port) {
    return HttpTestClient(port)
        .get(u"/api/v1/status"_s)
        .json.value(u"tls"_s)
        .toObject()
        .value(u"certificate_expires"_s)
        .toString();
}

QString expiryOf(const QString& certificatePath) {
    QFile file(certificatePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate(file.readAll(), QSsl::Pem).expiryDate().toUTC().toString(Qt::ISODate);
}

} // namespace

class TestTlsReload : public QObject {
    Q_OBJECT

    QTemporaryDir m_pairs;
    TestCertificate m_a; // served at start
    TestCertificate m_b; // the renewal (another key, valid 30 days)
    TestCertificate m_c; // a third pair, whose key matches neither
    std::unique_ptr<TestServer> m_server;
    QString m_certificate; // the files the server reads
    QString m_key;

    std::unique_ptr<QSignalSpy> m_changed;
    std::unique_ptr<QSignalSpy> m_failed;

private Q_SLOTS:
    void initTestCase() {
        if (!haveOpenssl())
            QSKIP("needs the openssl command");
        m_a = makeTestCertificate(QDir(m_pairs.path()), u"a"_s, 2);
        m_b = makeTestCertificate(QDir(m_pairs.path()), u"b"_s, 30);
        m_c = makeTestCertificate(QDir(m_pairs.path()), u"c"_s, 2);
        QVERIFY(!m_a.certificate.isEmpty() && !m_b.certificate.isEmpty() && !m_c.certificate.isEmpty());
        QVERIFY(fingerprintOf(m_a.certificate) != fingerprintOf(m_b.certificate));
    }

    void init() {
        m_server = std::make_unique<TestServer>();
        QDir(m_server->dir.path()).mkdir(u"tls"_s);
        m_certificate = m_server->dir.filePath(u"tls/server.crt"_s);
        m_key = m_server->dir.filePath(u"tls/server.key"_s);
        QVERIFY(write(m_certificate, read(m_a.certificate)) && write(m_key, read(m_a.key)));
        m_server->config.tlsCertificatePath = m_certificate;
        m_server->config.tlsKeyPath = m_key;
        QVERIFY(m_server->start());
        QVERIFY(m_server->server->tlsReloader());
        m_server->server->tlsReloader()->setSettleTime(std::chrono::milliseconds(300));
        m_changed =
            std::make_unique<QSignalSpy>(m_server->server->tlsReloader(), &TlsReloader::credentialsChanged);
        m_failed = std::make_unique<QSignalSpy>(m_server->server->tlsReloader(), &TlsReloader::reloadFailed);
        QCOMPARE(servedFingerprint(m_server->port()), fingerprintOf(m_a.certificate));
    }

    void cleanup() {
        m_changed.reset();
        m_failed.reset();
        m_server.reset();
    }

    void renamedFilesReachNewConnections() {
        const QString b = fingerprintOf(m_b.certificate);
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(u"^TLS certificate reloaded \\(files changed\\): new "
                                                "connections get localhost, valid until \\S+ \\(SHA-256 "_s +
                                                QRegularExpression::escape(b) + u"\\)$"_s));
        QSslSocket before; // a connection made before keeps its session
        before.setPeerVerifyMode(QSslSocket::VerifyNone);
        before.connectToHostEncrypted(u"127.0.0.1"_s, m_server->port());
        QTRY_VERIFY(before.isEncrypted());

        QVERIFY(replaceByRename(m_certificate, read(m_b.certificate)));
        QVERIFY(replaceByRename(m_key, read(m_b.key)));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->count(), 1, 5000);
        QCOMPARE(servedFingerprint(m_server->port()), b);
        QCOMPARE(certificateExpiry(m_server->port()), expiryOf(m_b.certificate));
        QCOMPARE(m_failed->count(), 0);
        QVERIFY(before.isEncrypted());
        QCOMPARE(CertificateFingerprint::formatSha256(before.peerCertificate()),
                 fingerprintOf(m_a.certificate));

        // The watch survived the rename: a second renewal is seen too.
        QVERIFY(replaceByRename(m_certificate, read(m_a.certificate)));
        QVERIFY(replaceByRename(m_key, read(m_a.key)));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->count(), 2, 5000);
        QCOMPARE(servedFingerprint(m_server->port()), fingerprintOf(m_a.certificate));
    }

    // Certificate first, key a moment later: read together, no warning in between.
    void filesWrittenOneAfterTheOtherAreReadTogether() {
        QVERIFY(write(m_certificate, read(m_b.certificate)));
        QTest::qWait(50);
        QVERIFY(write(m_key, read(m_b.key)));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->count(), 1, 5000);
        QCOMPARE(servedFingerprint(m_server->port()), fingerprintOf(m_b.certificate));
        QCOMPARE(m_failed->count(), 0);
    }

    void filesThatDoNotLoadLeaveTheServedPair_data() {
        QTest::addColumn<QString>("broken");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("certificate not PEM") << u"certificate"_s << u"is not a PEM certificate"_s;
        QTest::newRow("key of another certificate") << u"key"_s << u"does not belong to the certificate"_s;
        QTest::newRow("key removed") << u"missing key"_s << u"cannot read the TLS private key"_s;
        QTest::newRow("key not PEM") << u"garbage key"_s << u"is not an unencrypted PEM private key"_s;
    }

    void filesThatDoNotLoadLeaveTheServedPair() {
        QFETCH(QString, broken);
        QFETCH(QString, mentions);
        const QString a = fingerprintOf(m_a.certificate);
        const QString expires = certificateExpiry(m_server->port());
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"^TLS certificate not reloaded \\(files changed\\): .*"_s +
                                             QRegularExpression::escape(mentions) +
                                             u".*; still serving localhost, valid until \\S+ \\(SHA-256 "_s +
                                             QRegularExpression::escape(a) + u"\\)$"_s));
        if (broken == u"certificate"_s)
            QVERIFY(replaceByRename(m_certificate, "-----BEGIN NOTHING-----\n"));
        else if (broken == u"key"_s)
            QVERIFY(replaceByRename(m_key, read(m_c.key)));
        else if (broken == u"missing key"_s)
            QVERIFY(QFile::remove(m_key));
        else
            QVERIFY(write(m_key, "not a key\n"));
        QTRY_VERIFY_WITH_TIMEOUT(m_failed->count() >= 1, 5000);
        QVERIFY2(m_failed->first().first().toString().contains(mentions),
                 qPrintable(m_failed->first().first().toString()));
        QCOMPARE(servedFingerprint(m_server->port()), a);
        QCOMPARE(certificateExpiry(m_server->port()), expires);
        QCOMPARE(m_changed->count(), 0);

        // Repaired: the new pair is taken.
        QVERIFY(replaceByRename(m_key, read(m_b.key)));
        QVERIFY(replaceByRename(m_certificate, read(m_b.certificate)));
        QTRY_COMPARE_WITH_TIMEOUT(m_changed->count(), 1, 5000);
        QCOMPARE(servedFingerprint(m_server->port()), fingerprintOf(m_b.certificate));
    }

    void anAskedReloadOfUnchangedFilesSaysSo() {
        QTest::ignoreMessage(QtInfoMsg, "test: re-reading the license and the TLS certificate");
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^TLS certificate re-read \\(test\\): unchanged, "
                                                           "localhost, valid until "_s));
        m_server->server->reload(u"test"_s);
        QCOMPARE(m_changed->count(), 0);
        QCOMPARE(m_failed->count(), 0);
    }

    // A real server: SIGHUP re-reads the certificate and key, and the license.
    void sighupReloadsTheRealServer() {
        QTemporaryDir dir;
        const QString certificate = dir.filePath(u"server.crt"_s);
        const QString key = dir.filePath(u"server.key"_s);
        QVERIFY(write(certificate, read(m_a.certificate)) && write(key, read(m_a.key)));
        QVERIFY(writeSignedLicense(exampleTerms(), dir.filePath(u"issuer.pub"_s),
                                   dir.filePath(u"license.json"_s)));
        ServerProcess server;
        const quint16 port =
            server.start({u"--data-dir"_s, dir.path(), u"--bind"_s, u"127.0.0.1"_s, u"--trust"_s,
                          dir.filePath(u"issuer.pub"_s), u"--tls-cert"_s, certificate, u"--tls-key"_s, key});
        QVERIFY(port != 0);
        QCOMPARE(servedFingerprint(port), fingerprintOf(m_a.certificate));
        HttpTestClient client(port);
        QCOMPARE(client.get(u"/api/v1/status"_s).json.value(u"license"_s).toObject().value(u"licensee"_s),
                 u"ACME Corp"_s);

        QJsonObject renewed = exampleTerms();
        renewed.insert(u"license_id"_s, u"acme-2028"_s);
        renewed.insert(u"licensee"_s, u"ACME Holding"_s);
        QVERIFY(writeSignedLicense(renewed, dir.filePath(u"issuer.pub"_s), dir.filePath(u"license.json"_s)));
        QVERIFY(replaceByRename(certificate, read(m_b.certificate)));
        QVERIFY(replaceByRename(key, read(m_b.key)));
        QCOMPARE(::kill(pid_t(server.pid()), SIGHUP), 0);
        const QString b = fingerprintOf(m_b.certificate);
        // Whether the file watch saw the new pair first or not, SIGHUP re-read it.
        const QRegularExpression reloaded(
            u"TLS certificate (reloaded|re-read) \\(SIGHUP\\)[^\\n]*SHA-256 "_s +
            QRegularExpression::escape(b));
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.match(QString::fromUtf8(server.log())).hasMatch(), 5000);
        QVERIFY(server.log().contains("SIGHUP: re-reading the license and the TLS certificate"));
        QVERIFY(server.log().contains("serving license acme-2028 for ACME Holding"));
        const QJsonObject status = client.get(u"/api/v1/status"_s).json;
        QCOMPARE(status.value(u"license"_s).toObject().value(u"license_id"_s), u"acme-2028"_s);
        QCOMPARE(status.value(u"tls"_s).toObject().value(u"certificate_expires"_s).toString(),
                 expiryOf(m_b.certificate));
        QCOMPARE(servedFingerprint(port), b);

        // A broken key and SIGHUP: the warning names the reason, b stays.
        QVERIFY(write(key, "not a key\n"));
        QCOMPARE(::kill(pid_t(server.pid()), SIGHUP), 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains("TLS certificate not reloaded (SIGHUP)"), 5000);
        QCOMPARE(servedFingerprint(port), b);
        QVERIFY(server.running());
        int exitCode = -1;
        QVERIFY(server.terminate(&exitCode));
        QCOMPARE(exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestTlsReload)
#include "tst_tlsreload.moc"
