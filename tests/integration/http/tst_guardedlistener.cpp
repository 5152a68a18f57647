// GuardedListener and ConnectionGuard in front of a real License Manager in
// this process: request size, header size, idle and request timeouts, the
// connection cap, clients hanging up, and TLS next to plain HTTP on one port.
#include "HttpTestClient.h"
#include "TestCertificates.h"
#include "TestServer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lk;
using namespace lk::test;

namespace {

// A client at the socket level that keeps what the server sent.
struct RawClient {
    QTcpSocket socket;
    QByteArray received;

    bool connectTo(quint16 port) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
    // Runs the event loop (the server lives in this thread) until the server
    // has closed the connection.
    bool waitClosed(int timeoutMs = 5000) {
        const bool closed = QTest::qWaitFor(
            [this] {
                received += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        received += socket.readAll(); // what came with the end of the stream
        return closed;
    }
    bool waitFor(const QByteArray& text, int timeoutMs = 5000) {
        return QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.contains(text);
            },
            timeoutMs);
    }
};

// curl in the background, so that the server in this process keeps serving.
struct Curl {
    int exitCode = -1;
    QByteArray output;
};

Curl runCurl(const QStringList& arguments) {
    QProcess curl;
    curl.setProcessChannelMode(QProcess::MergedChannels);
    curl.start(u"curl"_s, QStringList{u"-sS"_s, u"-m"_s, u"10"_s} + arguments);
    if (!QTest::qWaitFor([&] { return curl.state() == QProcess::NotRunning; }, 15000))
        curl.kill();
    return {curl.exitCode(), curl.readAll()};
}

} // namespace

class TestGuardedListener : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_certificates;

    bool start(const ServerLimits& limits, const TestCertificate& tls = {}, bool tlsOnly = false) {
        m_server = std::make_unique<TestServer>();
        m_server->config.limits = limits;
        m_server->config.tlsCertificatePath = tls.certificate;
        m_server->config.tlsKeyPath = tls.key;
        m_server->config.tlsOnly = tlsOnly;
        if (!m_server->start())
            return false;
        if (tlsOnly)
            return true; // plain HTTP is refused: the test waits over HTTPS
        // Ready once the store is open; then no connection of ours is left.
        const bool ready = QTest::qWaitFor(
            [this] {
                HttpTestClient client(port());
                return client.get(u"/pingLicenseManager"_s).status == 200;
            },
            5000);
        return ready && QTest::qWaitFor([this] { return openConnections() == 0; }, 5000);
    }
    quint16 port() const { return m_server->port(); }
    int openConnections() const { return m_server->server->openConnections(); }

    static ServerLimits shortLimits() {
        ServerLimits limits;
        limits.maxRequestBytes = 32 * 1024;
        limits.maxHeaderBytes = 8 * 1024;
        limits.idleTimeout = 5s;
        limits.requestTimeout = 5s;
        limits.lingerTimeout = 500ms;
        return limits;
    }

    void expectPing() {
        HttpTestClient client(port());
        const HttpResult ping = client.get(u"/pingLicenseManager"_s);
        QVERIFY2(ping.status == 200, ping.body.constData());
    }

    bool haveTlsTools() { return haveOpenssl() && !QStandardPaths::findExecutable(u"curl"_s).isEmpty(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_certificates.isValid()); }
    void cleanup() { m_server.reset(); }

    void oversizeRequestGets413AndIsClosed_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("bodyBytes");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("declared length")
            << QByteArray("POST /api/v1/leases HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n")
            << qint64(5000000) << QByteArray("HTTP/1.1 413");
        QTest::newRow("chunked")
            << QByteArray("POST /api/v1/leases HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            << qint64(5000000) << QByteArray("HTTP/1.1 413");
        QTest::newRow("header line") << QByteArray("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\nX-Huge: ")
                                     << qint64(5000000) << QByteArray("HTTP/1.1 431");
    }

    void oversizeRequestGets413AndIsClosed() {
        QFETCH(QByteArray, head);
        QFETCH(qint64, bodyBytes);
        QFETCH(QByteArray, status);
        QVERIFY(start(shortLimits()));
        RawClient client;
        QVERIFY(client.connectTo(port()));
        client.socket.write(head);
        const QByteArray chunk(64 * 1024, 'a');
        qint64 sent = 0;
        // Keep sending while the server lets us: it must cut us off long
        // before the 5 MB are through, and answer first.
        QVERIFY(QTest::qWaitFor(
            [&] {
                client.received += client.socket.readAll();
                if (client.socket.state() != QAbstractSocket::ConnectedState)
                    return true;
                if (sent < bodyBytes && client.socket.bytesToWrite() < 256 * 1024) {
                    client.socket.write(chunk);
                    sent += chunk.size();
                }
                return false;
            },
            10000));
        QVERIFY2(client.received.startsWith(status), client.received.left(200).constData());
        QVERIFY(client.received.contains("Connection: close"));
        expectPing();
    }

    void bodyOverTheJsonLimitGetsJson413() {
        // Between the 64 KiB the API reads and --max-request-bytes: the API
        // answers in JSON and the connection stays usable.
        QVERIFY(start(ServerLimits{}));
        RawClient client;
        QVERIFY(client.connectTo(port()));
        const QByteArray body(100 * 1024, ' ');
        client.socket.write("POST /api/v1/leases HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(client.waitFor("payload_too_large"));
        QVERIFY(client.received.startsWith("HTTP/1.1 413"));
        client.received.clear();
        client.socket.write("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(client.waitFor("\"status\":\"ok\""));
    }

    void idleConnectionIsClosed() {
        ServerLimits limits = shortLimits();
        limits.idleTimeout = 200ms;
        QVERIFY(start(limits));
        RawClient silent;
        QVERIFY(silent.connectTo(port()));
        QVERIFY(silent.waitClosed(3000));
        QVERIFY(silent.received.isEmpty());

        RawClient keepAlive;
        QVERIFY(keepAlive.connectTo(port()));
        keepAlive.socket.write("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(keepAlive.waitFor("\"status\":\"ok\""));
        QVERIFY(keepAlive.waitClosed(3000));
        QTRY_COMPARE_WITH_TIMEOUT(openConnections(), 0, 3000);
    }

    void connectionCloseIsHonoured() {
        QVERIFY(start(shortLimits()));
        RawClient client;
        QVERIFY(client.connectTo(port()));
        client.socket.write("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(client.waitClosed(3000)); // well before the 5 s idle timeout
        QVERIFY(client.received.contains("\"status\":\"ok\""));
        HttpTestClient status(port());
        const QJsonObject tls = status.get(u"/api/v1/status"_s).json.value(u"tls"_s).toObject();
        QCOMPARE(tls.value(u"enabled"_s).toBool(true), false);
        QVERIFY(tls.value(u"certificate_expires"_s).isNull());
    }

    void slowClientIsCutAtTheRequestTimeout() {
        ServerLimits limits = shortLimits();
        limits.requestTimeout = 300ms;
        QVERIFY(start(limits));
        RawClient client;
        QVERIFY(client.connectTo(port()));
        client.socket.write("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\nX-Slow: ");
        QTimer dribble;
        QObject::connect(&dribble, &QTimer::timeout, &client.socket, [&client] {
            if (client.socket.state() == QAbstractSocket::ConnectedState)
                client.socket.write("a");
        });
        dribble.start(30);
        QVERIFY(client.waitClosed(3000));
        QVERIFY2(client.received.startsWith("HTTP/1.1 408"), client.received.constData());
        dribble.stop();
        expectPing();
    }

    void connectionCapAnswers503AndRecovers() {
        ServerLimits limits = shortLimits();
        limits.maxConnections = 3;
        QVERIFY(start(limits));
        std::vector<std::unique_ptr<RawClient>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<RawClient>());
            QVERIFY(open.back()->connectTo(port()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(openConnections(), 3, 3000);
        HttpTestClient refused(port());
        const HttpResult answer = refused.get(u"/pingLicenseManager"_s);
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.json.value(u"error"_s).toString(), u"too_many_connections"_s);
        QCOMPARE(answer.header("X-License-Manager-Node"), QByteArray("node-a"));
        // The connections already open still work.
        open.front()->socket.write("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(open.front()->waitFor("\"status\":\"ok\""), open.front()->received.constData());
        open.clear();
        QTRY_COMPARE_WITH_TIMEOUT(openConnections(), 0, 3000);
        expectPing();
    }

    void clientsHangingUpMidRequestDoNotHurt() {
        QVERIFY(start(shortLimits()));
        for (int i = 0; i < 30; ++i) {
            RawClient client;
            QVERIFY(client.connectTo(port()));
            if (i % 3 == 0)
                client.socket.write("POST /api/v1/leases HTTP/1.1\r\nContent-Length: 900000\r\n\r\n" +
                                    QByteArray(20000 + i * 1000, 'x'));
            else
                client.socket.write(
                    QByteArray("GET /pingLicenseManager HTTP/1.1\r\nHost: x\r\n").left(5 + i));
            client.socket.waitForBytesWritten(1000);
            QCoreApplication::processEvents();
            client.socket.abort();
        }
        expectPing();
        QTRY_COMPARE_WITH_TIMEOUT(openConnections(), 0, 3000);
    }

    void tlsAndPlainOnOnePort() {
        if (!haveTlsTools())
            QSKIP("needs openssl and curl");
        const QDir dir(m_certificates.path());
        const TestCertificate server = makeTestCertificate(dir, u"server"_s);
        const TestCertificate other = makeTestCertificate(dir, u"other"_s);
        QVERIFY(!server.certificate.isEmpty() && !other.certificate.isEmpty());
        QVERIFY(start(shortLimits(), server));
        const QString url = u"https://localhost:%1/pingLicenseManager"_s.arg(port());
        const QString resolve = u"localhost:%1:127.0.0.1"_s.arg(port());

        const Curl trusted = runCurl({u"--cacert"_s, server.certificate, u"--resolve"_s, resolve, url});
        QCOMPARE(trusted.exitCode, 0);
        QVERIFY2(trusted.output.contains("\"status\":\"ok\""), trusted.output.constData());

        const Curl byAddress =
            runCurl({u"--cacert"_s, server.certificate, u"https://127.0.0.1:%1/api/v1/status"_s.arg(port())});
        QCOMPARE(byAddress.exitCode, 0);
        const QJsonObject tls = QJsonDocument::fromJson(byAddress.output).object().value(u"tls"_s).toObject();
        QCOMPARE(tls.value(u"enabled"_s).toBool(), true);
        QCOMPARE(tls.value(u"only"_s).toBool(), false);
        QVERIFY(QDateTime::fromString(tls.value(u"certificate_expires"_s).toString(), Qt::ISODate) >
                QDateTime::currentDateTimeUtc());

        const Curl wrongCa = runCurl({u"--cacert"_s, other.certificate, u"--resolve"_s, resolve, url});
        QCOMPARE(wrongCa.exitCode, 60); // peer certificate cannot be authenticated

        const Curl wrongName = runCurl({u"--cacert"_s, server.certificate, u"--resolve"_s,
                                        u"lm.example.com:%1:127.0.0.1"_s.arg(port()),
                                        u"https://lm.example.com:%1/pingLicenseManager"_s.arg(port())});
        QCOMPARE(wrongName.exitCode, 60);

        const Curl plain = runCurl({u"http://127.0.0.1:%1/pingLicenseManager"_s.arg(port())});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.output.contains("\"status\":\"ok\""));
        QTRY_COMPARE_WITH_TIMEOUT(openConnections(), 0, 3000);
    }

    void tlsOnlyRefusesPlainHttp() {
        if (!haveTlsTools())
            QSKIP("needs openssl and curl");
        const TestCertificate server = makeTestCertificate(QDir(m_certificates.path()), u"only"_s);
        QVERIFY(start(shortLimits(), server, true));
        const QStringList https{u"--cacert"_s, server.certificate, u"--resolve"_s,
                                u"localhost:%1:127.0.0.1"_s.arg(port()),
                                u"https://localhost:%1/pingLicenseManager"_s.arg(port())};
        QVERIFY(QTest::qWaitFor([&] { return runCurl(https).output.contains("\"status\":\"ok\""); }, 10000));
        const Curl plain = runCurl({u"-i"_s, u"http://127.0.0.1:%1/pingLicenseManager"_s.arg(port())});
        QVERIFY2(plain.output.startsWith("HTTP/1.1 400"), plain.output.constData());
        QVERIFY(plain.output.contains("tls_required"));
        QVERIFY(plain.output.contains("https://"));
        QCOMPARE(runCurl(https).exitCode, 0);
    }

    void badCertificateFilesStopTheStart() {
        if (!haveOpenssl())
            QSKIP("needs openssl");
        const QDir dir(m_certificates.path());
        const TestCertificate one = makeTestCertificate(dir, u"mismatch-one"_s);
        const TestCertificate two = makeTestCertificate(dir, u"mismatch-two"_s);
        m_server = std::make_unique<TestServer>();
        m_server->config.tlsCertificatePath = one.certificate;
        m_server->config.tlsKeyPath = two.key;
        LicenseServer server(m_server->config, m_server->clock);
        const Status started = server.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, u"tls"_s);
        QVERIFY2(started.error().message.contains(u"does not belong"_s), qPrintable(started.error().message));
        QCOMPARE(server.port(), quint16(0)); // never listened
    }

    void stalledTlsHandshakeIsCutAtTheRequestTimeout() {
        if (!haveOpenssl())
            QSKIP("needs openssl");
        const TestCertificate server = makeTestCertificate(QDir(m_certificates.path()), u"stall"_s);
        ServerLimits limits = shortLimits();
        limits.requestTimeout = 300ms;
        QVERIFY(start(limits, server));
        RawClient client;
        QVERIFY(client.connectTo(port()));
        client.socket.write(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)); // and no more
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"TLS handshake with 127.0.0.1 .*"_s));
        QVERIFY(client.waitClosed(3000));
        QTRY_COMPARE_WITH_TIMEOUT(openConnections(), 0, 3000);
    }
};

QTEST_GUILESS_MAIN(TestGuardedListener)
#include "tst_guardedlistener.moc"
