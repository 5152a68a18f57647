// TLS 1.2 limited to AEAD suites with forward secrecy; TLS 1.3 unchanged.
// The policy itself, and real leasekeeper-server processes (an EC and an
// RSA certificate, --tls-only) met by `openssl s_client` offering one suite
// at a time.
#include "ServerProcess.h"
#include "TestCertificates.h"
#include "tls/TlsCipherPolicy.h"
#include "tls/TlsServerCredentials.h"

#include <QSslConfiguration>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

const QStringList kTls13Suites{u"TLS_AES_128_GCM_SHA256"_s, u"TLS_AES_256_GCM_SHA384"_s,
                               u"TLS_CHACHA20_POLY1305_SHA256"_s};

QStringList names(const QList<QSslCipher>& ciphers) {
    QStringList list;
    for (const QSslCipher& cipher : ciphers)
        list << cipher.name();
    return list;
}

struct Handshake {
    bool connected = false;
    QString output;
};

// One s_client connection; `options` choose the protocol and the suites.
Handshake handshake(quint16 port, const QStringList& options) {
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(u"openssl"_s,
                 QStringList{u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port), u"-brief"_s} +
                     options);
    client.closeWriteChannel(); // nothing to send: end the session after the handshake
    if (!client.waitForFinished(20000)) {
        client.kill();
        client.waitForFinished();
        return {false, u"s_client did not finish"_s};
    }
    const QString output = QString::fromUtf8(client.readAll());
    return {client.exitCode() == 0 && output.contains(u"Protocol version:"_s), output};
}

} // namespace

class TestTlsCiphers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_ecServer;
    ServerProcess m_rsaServer;
    quint16 m_ecPort = 0;
    quint16 m_rsaPort = 0;

    bool makeRsaCertificate(const QString& certificate, const QString& key) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                       u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s, key, u"-out"_s, certificate});
        return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
    }

    quint16 startServer(ServerProcess& server, const QString& name, const QString& certificate,
                        const QString& key) {
        return server.start({u"--data-dir"_s, m_dir.filePath(name), u"--bind"_s, u"127.0.0.1"_s,
                             u"--tls-cert"_s, certificate, u"--tls-key"_s, key, u"--tls-only"_s});
    }

private Q_SLOTS:
    void initTestCase() {
        if (!haveOpenssl())
            QSKIP("needs the openssl command");
        const TestCertificate ec = makeTestCertificate(QDir(m_dir.path()), u"ec"_s);
        QVERIFY(!ec.certificate.isEmpty());
        const QString rsaCertificate = m_dir.filePath(u"rsa.crt"_s);
        const QString rsaKey = m_dir.filePath(u"rsa.key"_s);
        QVERIFY(makeRsaCertificate(rsaCertificate, rsaKey));
        m_ecPort = startServer(m_ecServer, u"ec"_s, ec.certificate, ec.key);
        m_rsaPort = startServer(m_rsaServer, u"rsa"_s, rsaCertificate, rsaKey);
        QVERIFY(m_ecPort != 0 && m_rsaPort != 0);
    }

    void policyKeepsTls13AndAeadWithForwardSecrecy() {
        const QList<QSslCipher> allowed =
            TlsCipherPolicy::serverCiphers(QSslConfiguration::supportedCiphers());
        QStringList expected = kTls13Suites + TlsCipherPolicy::tls12Names();
        QStringList got = names(allowed);
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
        for (const QSslCipher& cipher : allowed) {
            if (cipher.protocol() == QSsl::TlsV1_3)
                continue;
            QCOMPARE(cipher.protocol(), QSsl::TlsV1_2);
            QCOMPARE(cipher.keyExchangeMethod(), u"ECDH"_s);
            QVERIFY2(cipher.encryptionMethod().startsWith(u"AESGCM"_s) ||
                         cipher.encryptionMethod().startsWith(u"CHACHA20"_s),
                     qPrintable(cipher.encryptionMethod()));
        }
        // What Qt offers by default includes CBC suites: the policy is not a no-op.
        QVERIFY(names(QSslConfiguration::defaultConfiguration().ciphers()).contains(u"AES128-SHA"_s));
    }

    void serverCredentialsCarryThePolicy() {
        const TestCertificate pair = makeTestCertificate(QDir(m_dir.path()), u"pair"_s);
        auto credentials = TlsServerCredentials::load(pair.certificate, pair.key);
        QVERIFY(credentials.ok());
        QCOMPARE(names(credentials->configuration().ciphers()),
                 names(TlsCipherPolicy::serverCiphers(QSslConfiguration::supportedCiphers())));
    }

    void realServerAcceptsOnlyThePolicy_data() {
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("accepted");
        auto tls12 = [](const QString& suite) { return QStringList{u"-tls1_2"_s, u"-cipher"_s, suite}; };
        auto tls13 = [](const QString& suite) {
            return QStringList{u"-tls1_3"_s, u"-ciphersuites"_s, suite};
        };
        // Refused: CBC, static RSA key exchange (no forward secrecy). Each of
        // these is accepted by Qt's default configuration.
        QTest::newRow("EC: ECDHE-ECDSA-AES128-SHA (CBC)")
            << false << tls12(u"ECDHE-ECDSA-AES128-SHA"_s) << false;
        QTest::newRow("EC: ECDHE-ECDSA-AES256-SHA384 (CBC)")
            << false << tls12(u"ECDHE-ECDSA-AES256-SHA384"_s) << false;
        QTest::newRow("RSA: AES128-SHA (CBC, RSA key exchange)") << true << tls12(u"AES128-SHA"_s) << false;
        QTest::newRow("RSA: AES128-GCM-SHA256 (no forward secrecy)")
            << true << tls12(u"AES128-GCM-SHA256"_s) << false;
        QTest::newRow("RSA: ECDHE-RSA-AES128-SHA (CBC)") << true << tls12(u"ECDHE-RSA-AES128-SHA"_s) << false;
        QTest::newRow("RSA: ECDHE-RSA-AES256-SHA384 (CBC)")
            << true << tls12(u"ECDHE-RSA-AES256-SHA384"_s) << false;
        // Accepted: every allowed TLS 1.2 suite for its key type, every TLS 1.3 suite.
        for (const QString& suite : TlsCipherPolicy::tls12Names()) {
            const bool rsa = suite.startsWith(u"ECDHE-RSA"_s);
            QTest::addRow("%s: %s", rsa ? "RSA" : "EC", qPrintable(suite)) << rsa << tls12(suite) << true;
        }
        for (const QString& suite : kTls13Suites) {
            QTest::addRow("EC: %s", qPrintable(suite)) << false << tls13(suite) << true;
            QTest::addRow("RSA: %s", qPrintable(suite)) << true << tls13(suite) << true;
        }
    }

    void realServerAcceptsOnlyThePolicy() {
        QFETCH(bool, rsa);
        QFETCH(QStringList, options);
        QFETCH(bool, accepted);
        const Handshake result = handshake(rsa ? m_rsaPort : m_ecPort, options);
        QVERIFY2(result.connected == accepted, qPrintable(result.output));
        if (accepted)
            QVERIFY2(result.output.contains(u"Ciphersuite: "_s + options.last()), qPrintable(result.output));
    }

    // The refusals are logged by the server as failed handshakes.
    void refusalsAreLogged() {
        QVERIFY(!handshake(m_ecPort, {u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-ECDSA-AES256-SHA"_s}).connected);
        QTRY_VERIFY(m_ecServer.log().contains("no shared cipher"));
    }
};

QTEST_GUILESS_MAIN(TestTlsCiphers)
#include "tst_tlsciphers.moc"
