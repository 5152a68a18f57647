// The generated HAProxy and nginx configurations running for real in front of
// two in-process License Manager nodes: requests reach the primary, and a
// killed primary is bypassed without one failed request. (The end-to-end
// failover test with many components is a separate job; this one proves the
// generated files route and fail over at all, which `haproxy -c` and
// `nginx -t` cannot.)
#include "FreePort.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "LoadBalancerProcess.h"
#include "TestCertificates.h"
#include "TestServer.h"
#include "ha/LoadBalancerConfig.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestLoadBalancerLive : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_primary;
    std::unique_ptr<TestServer> m_secondary;
    LoadBalancerSettings m_pair;

    // A grant through the load balancer: "<status> <node that answered>".
    // The same instance id every time, so each grant replaces the last.
    QString grant() const {
        const QJsonObject request =
            grantRequest(u"vdp"_s, u"web-1:9999"_s, 8, u"9.1"_s, u"web-1"_s, QJsonArray{u"10.1.1.1"_s});
        const HttpResult result = HttpTestClient(m_pair.listen.port).post(u"/api/v1/leases"_s, request);
        return u"%1 %2"_s.arg(result.status).arg(QString::fromUtf8(result.header("X-License-Manager-Node")));
    }

    // Everything goes to the primary while it is up; once it is killed (its
    // socket closed: connections refused), every request succeeds on the
    // secondary, the first one included.
    void failsOverWithoutErrors(LoadBalancerProcess& balancer) {
        QVERIFY2(HttpTestClient(m_pair.listen.port).waitUntilServedBy("node-a"),
                 qPrintable(balancer.output()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(grant(), u"201 node-a"_s);
        m_primary.reset();
        for (int i = 0; i < 5; ++i) {
            const QString answer = grant();
            QVERIFY2(
                answer == u"201 node-b"_s,
                qPrintable(u"request %1 after the kill: %2\n%3"_s.arg(i + 1).arg(answer, balancer.output())));
        }
        QVERIFY2(balancer.running(), qPrintable(balancer.output()));
    }

    // curl's output (headers with -D -), or its complaint. The event loop
    // keeps running meanwhile: the nodes live in this process.
    static QString runCurl(const QStringList& arguments) {
        QProcess curl;
        curl.setProcessChannelMode(QProcess::MergedChannels);
        curl.start(u"curl"_s, arguments);
        if (!QTest::qWaitFor([&] { return curl.state() == QProcess::NotRunning; }, 10000))
            curl.kill();
        return QString::fromUtf8(curl.readAll());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() {
        m_primary = std::make_unique<TestServer>(exampleTerms(), u"node-a"_s);
        m_secondary = std::make_unique<TestServer>(exampleTerms(), u"node-b"_s);
        QVERIFY(m_primary->start());
        QVERIFY(m_secondary->start());
        m_pair = {{u"127.0.0.1"_s, m_primary->port()},
                  {u"127.0.0.1"_s, m_secondary->port()},
                  {u"127.0.0.1"_s, freePort()}};
        QVERIFY(m_pair.listen.port != 0);
    }
    void cleanup() {
        m_primary.reset();
        m_secondary.reset();
    }

    void haproxyFailsOverToTheSecondary() {
        const QString haproxy = LoadBalancerProcess::find(u"haproxy"_s);
        if (haproxy.isEmpty())
            QFAIL(LoadBalancerProcess::missing(u"haproxy"_s).constData());
        const QString file = LoadBalancerProcess::writeFile(m_dir.filePath(u"haproxy.cfg"_s),
                                                            LoadBalancerConfig::haproxy(m_pair));
        LoadBalancerProcess balancer(haproxy, {u"-db"_s, u"-f"_s, file});
        failsOverWithoutErrors(balancer);
        if (QTest::currentTestFailed())
            return;
        // The first refused connection marked the primary down (observe
        // layer4), not a health check a second later.
        QVERIFY2(balancer.output().contains(u"primary is DOWN"_s), qPrintable(balancer.output()));
    }

    void haproxySpeaksTlsToComponentsAndToNodesThatRefusePlainHttp() {
        const QString haproxy = LoadBalancerProcess::find(u"haproxy"_s);
        if (haproxy.isEmpty())
            QFAIL(LoadBalancerProcess::missing(u"haproxy"_s).constData());
        const QDir dir(m_dir.path());
        const TestCertificate pair = makeTestCertificate(dir, u"pair"_s);
        QVERIFY2(!pair.certificate.isEmpty(), "openssl could not make a certificate");
        for (TestServer* node : {m_primary.get(), m_secondary.get()}) {
            node->config.tlsCertificatePath = pair.certificate;
            node->config.tlsKeyPath = pair.key;
            node->config.tlsOnly = true; // health checks in plain HTTP would fail
            QVERIFY(node->restart());
        }
        LoadBalancerSettings settings = m_pair;
        settings.primary.port = m_primary->port();
        settings.secondary.port = m_secondary->port();
        // HAProxy wants the key in the certificate's file.
        const QString pem = dir.filePath(u"pair.pem"_s);
        QFile combined(pem);
        QVERIFY(combined.open(QIODevice::WriteOnly));
        for (const QString& part : {pair.certificate, pair.key}) {
            QFile file(part);
            QVERIFY(file.open(QIODevice::ReadOnly));
            combined.write(file.readAll());
        }
        combined.close();
        settings.tls = LoadBalancerTls{pem, pair.key, pair.certificate};
        const QString file = LoadBalancerProcess::writeFile(m_dir.filePath(u"haproxy-tls.cfg"_s),
                                                            LoadBalancerConfig::haproxy(settings));
        LoadBalancerProcess balancer(haproxy, {u"-db"_s, u"-f"_s, file});
        const QStringList curl{
            u"-sS"_s,         u"-m"_s,
            u"5"_s,           u"--cacert"_s,
            pair.certificate, u"-D"_s,
            u"-"_s,           u"-o"_s,
            u"/dev/null"_s,   u"https://127.0.0.1:%1/pingLicenseManager"_s.arg(settings.listen.port)};
        QString answer;
        QTRY_VERIFY2_WITH_TIMEOUT((answer = runCurl(curl)).startsWith(u"HTTP/1.1 200"_s),
                                  qPrintable(answer + balancer.output()), 10000);
        QVERIFY2(answer.contains(u"node-a"_s), qPrintable(answer)); // the primary, through TLS both ways
        m_primary.reset();
        QTRY_VERIFY2_WITH_TIMEOUT((answer = runCurl(curl)).contains(u"node-b"_s), qPrintable(answer), 10000);
    }

    void nginxFailsOverToTheSecondary() {
        const QString nginx = LoadBalancerProcess::find(u"nginx"_s);
        if (nginx.isEmpty())
            QFAIL(LoadBalancerProcess::missing(u"nginx"_s).constData());
        const QDir dir(m_dir.path());
        const QString main =
            LoadBalancerProcess::nginxMainFile(dir, u"leasekeeper"_s, LoadBalancerConfig::nginx(m_pair));
        LoadBalancerProcess balancer(nginx, QStringList{u"-g"_s, u"daemon off;"_s} +
                                                LoadBalancerProcess::nginxArguments(dir, main));
        failsOverWithoutErrors(balancer);
    }
};

QTEST_GUILESS_MAIN(TestLoadBalancerLive)
#include "tst_loadbalancerlive.moc"
