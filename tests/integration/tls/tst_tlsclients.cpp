// TLS end to end: certificates made by `leasekeeper-ctl cert self-signed`, a
// real leasekeeper-server serving them with --tls-cert/--tls-key --tls-only,
// and every kind of client: the component client (core/clients/client, in process
// and as `leasekeeper-ctl component run`), `leasekeeper-ctl status` and
// `leases`, and curl. The right CA or the right pin gets through; anything
// else is refused with a message that says what to do.
#include "ProcessRun.h"
#include "ServerProcess.h"
#include "SimulatorProcess.h"
#include "TestLicense.h"
#include "admin/NodeClient.h"
#include "client/HttpTransport.h"
#include "tls/CertificateFingerprint.h"
#include "tls/TlsNetworkAccess.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestTlsClients : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    quint16 m_port = 0;
    QString m_fingerprint;      // of the server's certificate
    QString m_otherFingerprint; // of another certificate

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString url(const QString& host = u"localhost"_s) const {
        return u"https://%1:%2"_s.arg(host).arg(m_port);
    }

    // Time for the in-process clients: their answers arrive on this thread's event loop.
    static ProcessRun ctl(const QStringList& arguments) { return runCtl(arguments, {}, 20000); }
    static ProcessRun run(const QString& program, const QStringList& arguments) {
        return runProcess(program, arguments, {}, 20000);
    }
    ProcessRun status(const QStringList& tls, const QString& host = u"localhost"_s) const {
        return ctl(QStringList{u"status"_s, u"--url"_s, url(host)} + tls);
    }

    TransportResponse sendThroughTransport(const QStringList& tlsArguments,
                                           const QString& host = u"localhost"_s,
                                           const QString& route = u"/api/v1/status"_s) {
        const auto options = TlsClientOptions::create(tlsArguments.value(0), tlsArguments.mid(1));
        if (!options)
            return {0, options.error().message, {}};
        HttpTransport transport;
        transport.setTimeoutMs(5000);
        transport.setTlsOptions(options.value());
        std::optional<TransportResponse> answer;
        transport.send({"GET", QUrl(url(host) + route), {}},
                       [&](const TransportResponse& response) { answer = response; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return {0, u"no callback"_s, {}};
        return *answer;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const ProcessRun made =
            ctl({u"cert"_s, u"self-signed"_s, u"--cn"_s, u"localhost"_s, u"--days"_s, u"2"_s, u"--cert"_s,
                 path(u"server.pem"_s), u"--key"_s, path(u"server.key"_s)});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QSslCertificate cert = QSslCertificate::fromPath(path(u"server.pem"_s)).value(0);
        m_fingerprint = CertificateFingerprint::formatSha256(cert);
        QVERIFY2(made.out.contains(u"SHA-256 fingerprint: "_s + m_fingerprint), qPrintable(made.out));
        QCOMPARE(QFile::permissions(path(u"server.key"_s)) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        const ProcessRun again = ctl({u"cert"_s, u"self-signed"_s, u"--cn"_s, u"localhost"_s, u"--cert"_s,
                                      path(u"x.pem"_s), u"--key"_s, path(u"server.key"_s)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"--force"_s), qPrintable(again.err));

        const ProcessRun other = ctl({u"cert"_s, u"self-signed"_s, u"--cn"_s, u"localhost"_s, u"--cert"_s,
                                      path(u"other.pem"_s), u"--key"_s, path(u"other.key"_s)});
        QCOMPARE(other.exitCode, 0);
        m_otherFingerprint =
            CertificateFingerprint::formatSha256(QSslCertificate::fromPath(path(u"other.pem"_s)).value(0));

        QVERIFY(writeSignedLicense(exampleTerms(), path(u"issuer.pub"_s), path(u"license.json"_s)));
        QFile token(path(u"admin.token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("tls-test-admin-token-0123456789");
        token.close();
        m_port =
            m_server.start({u"--data-dir"_s, m_dir.path(), u"--license"_s, path(u"license.json"_s),
                            u"--trust"_s, path(u"issuer.pub"_s), u"--admin-token-file"_s,
                            path(u"admin.token"_s), u"--bind"_s, u"127.0.0.1"_s, u"--tls-cert"_s,
                            path(u"server.pem"_s), u"--tls-key"_s, path(u"server.key"_s), u"--tls-only"_s});
        QVERIFY2(m_port, m_server.log().constData());
        // Listening comes before the first heartbeat admits the node; the
        // tests below are about TLS, not about that moment.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return sendThroughTransport({path(u"server.pem"_s)}, u"localhost"_s,
                                                     u"/pingLicenseManager"_s)
                                    .status == 200;
                     },
                     10000),
                 m_server.log().constData());
    }

    void ctlWithTheRightCaGetsThrough() {
        const ProcessRun ok = status({u"--ca"_s, path(u"server.pem"_s)});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY(ok.out.contains(u"200 ready"_s));
    }

    void ctlLeasesWithTheAdminTokenOverTls() {
        const ProcessRun ok = ctl({u"leases"_s, u"--url"_s, url(), u"--token-file"_s, path(u"admin.token"_s),
                                   u"--ca"_s, path(u"server.pem"_s)});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(u"active lease"_s));
        const ProcessRun refused = ctl({u"leases"_s, u"--url"_s, url(), u"--token-file"_s,
                                        path(u"admin.token"_s), u"--pin-sha256"_s, m_otherFingerprint});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"not the pinned"_s), qPrintable(refused.err));
    }

    void ctlWithoutCaIsToldHowToTrustOrPin() {
        const ProcessRun refused = status({});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(
                     u"the certificate of %1 is not trusted (self-signed); pass --ca FILE"_s.arg(url())),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--pin-sha256 "_s + m_fingerprint));
    }

    void ctlWithTheWrongCaIsRefused() {
        const ProcessRun refused = status({u"--ca"_s, path(u"other.pem"_s)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"is not trusted by the CA file %1"_s.arg(path(u"other.pem"_s))),
                 qPrintable(refused.err));
    }

    void ctlWithTheWrongHostNameIsToldBothNames() {
        const ProcessRun refused = status({u"--ca"_s, path(u"server.pem"_s)}, u"127.0.0.1"_s);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(
                     u"the certificate presented by 127.0.0.1 is for 'localhost', not '127.0.0.1'"_s),
                 qPrintable(refused.err));
    }

    void ctlWithThePinNeedsNoCa() {
        const ProcessRun ok = status({u"--pin-sha256"_s, m_fingerprint}, u"127.0.0.1"_s);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const QString base64 = QString::fromLatin1(
            CertificateFingerprint::sha256(QSslCertificate::fromPath(path(u"server.pem"_s)).value(0))
                .toBase64());
        QCOMPARE(status({u"--pin-sha256"_s, base64}).exitCode, 0);
    }

    void ctlWithTheWrongPinIsRefusedEvenWhenTheCaVouches() {
        for (const QStringList& tls :
             {QStringList{u"--pin-sha256"_s, m_otherFingerprint},
              QStringList{u"--ca"_s, path(u"server.pem"_s), u"--pin-sha256"_s, m_otherFingerprint}}) {
            const ProcessRun refused = status(tls);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(u"has the SHA-256 fingerprint %1, not the pinned %2"_s.arg(
                         m_fingerprint, m_otherFingerprint)),
                     qPrintable(refused.err));
        }
    }

    void ctlOptionErrorsAreClear() {
        const ProcessRun badPin = status({u"--pin-sha256"_s, u"AB:CD"_s});
        QCOMPARE(badPin.exitCode, 2);
        QVERIFY2(badPin.err.contains(u"--pin-sha256: 'AB:CD' is not a SHA-256 fingerprint"_s),
                 qPrintable(badPin.err));
        const ProcessRun noCa = status({u"--ca"_s, path(u"missing.pem"_s)});
        QCOMPARE(noCa.exitCode, 1);
        QVERIFY2(noCa.err.contains(u"--ca: the CA file %1 does not exist"_s.arg(path(u"missing.pem"_s))),
                 qPrintable(noCa.err));
    }

    void componentClientInProcess() {
        const TransportResponse ok = sendThroughTransport({path(u"server.pem"_s)});
        QVERIFY2(ok.status == 200, qPrintable(ok.error));
        QVERIFY(ok.json.contains(u"license"_s));

        const TransportResponse wrongCa = sendThroughTransport({path(u"other.pem"_s)});
        QCOMPARE(wrongCa.status, 0);
        QVERIFY2(wrongCa.error.contains(u"is not trusted by the CA file"_s), qPrintable(wrongCa.error));

        const TransportResponse wrongHost = sendThroughTransport({path(u"server.pem"_s)}, u"127.0.0.1"_s);
        QVERIFY2(wrongHost.error.contains(u"is for 'localhost', not '127.0.0.1'"_s),
                 qPrintable(wrongHost.error));

        QCOMPARE(sendThroughTransport({QString(), m_fingerprint}, u"127.0.0.1"_s).status, 200);
        const TransportResponse wrongPin = sendThroughTransport({path(u"server.pem"_s), m_otherFingerprint});
        QCOMPARE(wrongPin.status, 0);
        QVERIFY2(wrongPin.error.contains(u"not the pinned"_s), qPrintable(wrongPin.error));
    }

    void simulatedComponentLeasesOverTls() {
        const QStringList base{u"--url"_s,    url(),        u"--type"_s, u"vdp"_s,          u"--host"_s,
                               u"tls-host"_s, u"--cores"_s, u"2"_s,      u"--timeout-ms"_s, u"3000"_s};
        SimulatorProcess good;
        good.start(base + QStringList{u"--ca"_s, path(u"server.pem"_s)});
        const QJsonObject licensed = good.waitForEvent(u"licensed"_s);
        QVERIFY2(!licensed.isEmpty(), good.errors().constData());
        good.terminate();
        QCOMPARE(good.waitForExit(), 0);

        SimulatorProcess refused;
        refused.start(base + QStringList{u"--pin-sha256"_s, m_otherFingerprint});
        QCOMPARE(refused.waitForExit(), 3);
        const QString message = refused.events().value(0).value(u"message"_s).toString();
        QVERIFY2(message.contains(u"not the pinned"_s), qPrintable(message));
    }

    void consoleNodeClientInProcess() {
        SystemClock clock;
        const auto fetch = [&](const TlsClientOptions& options, const QString& host) {
            TlsNetworkAccess network(options);
            NodeClient client(QUrl(url(host)), network, clock);
            std::optional<NodeStatus> status;
            client.fetchStatus([&](const NodeStatus& answer) { status = answer; });
            return QTest::qWaitFor([&] { return status.has_value(); }, 10000) ? *status : NodeStatus{};
        };
        const NodeStatus ok =
            fetch(TlsClientOptions::create(path(u"server.pem"_s), {}).value(), u"localhost"_s);
        QVERIFY2(ok.reachable, qPrintable(ok.lastError));
        const NodeStatus wrongHost =
            fetch(TlsClientOptions::create(path(u"server.pem"_s), {}).value(), u"127.0.0.1"_s);
        QVERIFY(!wrongHost.reachable);
        QVERIFY2(wrongHost.lastError.contains(u"is for 'localhost', not '127.0.0.1'"_s),
                 qPrintable(wrongHost.lastError));
    }

    void ctlDriftMeasuresClocksOverTls() {
        const ProcessRun ok =
            ctl({u"drift"_s, u"--url"_s, url(), u"--samples"_s, u"2"_s, u"--pin-sha256"_s, m_fingerprint});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        const ProcessRun refused = ctl({u"drift"_s, u"--url"_s, url(), u"--samples"_s, u"2"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"is not trusted (self-signed)"_s),
                 qPrintable(refused.out + refused.err));
    }

    void ctlHaCheckReachesBothNodesOverTls() {
        // One node stands in for both: what matters here is that every check got its answers over TLS.
        const QStringList pair{u"ha"_s, u"check"_s, u"--primary"_s, url(),      u"--secondary"_s,
                               url(),   u"--lb"_s,  url(),          u"--json"_s};
        const ProcessRun pinned = ctl(pair + QStringList{u"--pin-sha256"_s, m_fingerprint});
        QVERIFY2(!pinned.out.contains(u"certificate"_s), qPrintable(pinned.out + pinned.err));
        QVERIFY2(pinned.out.contains(u"\"checks\""_s), qPrintable(pinned.out + pinned.err));
        const ProcessRun refused = ctl(pair);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"is not trusted (self-signed)"_s),
                 qPrintable(refused.out + refused.err));
    }

    void curlWithTheCertificateAsCa() {
        const ProcessRun curl =
            run(u"curl"_s, {u"-sS"_s, u"--cacert"_s, path(u"server.pem"_s), url() + u"/pingLicenseManager"_s,
                            u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s});
        QCOMPARE(curl.out, u"200"_s);
        const ProcessRun refused = run(u"curl"_s, {u"-sS"_s, url() + u"/pingLicenseManager"_s});
        QVERIFY(refused.exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestTlsClients)
#include "tst_tlsclients.moc"
