// `leasekeeper-ctl lb-config`: output, --out and usage errors, run in process.
#include "CtlCapture.h"
#include "TestFiles.h"
#include "ctl/CtlExit.h"
#include "ctl/LbConfigCommand.h"
#include "ha/LoadBalancerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestLbConfigCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CtlCapture m_ctl{&LbConfigCommand::run};

    static QStringList pair(const QString& kind) {
        return {u"lb-config"_s,      kind,          u"--primary"_s,    u"10.0.0.1:10091"_s, u"--secondary"_s,
                u"10.0.0.2:10091"_s, u"--listen"_s, u"0.0.0.0:10091"_s};
    }

    static QString expected(LoadBalancerConfig::Kind kind) {
        const LoadBalancerSettings settings{
            {u"10.0.0.1"_s, 10091}, {u"10.0.0.2"_s, 10091}, {u"0.0.0.0"_s, 10091}};
        return LoadBalancerConfig::generate(kind, settings);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void printsTheConfiguration_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<LoadBalancerConfig::Kind>("expectedKind");
        QTest::newRow("haproxy") << u"haproxy"_s << LoadBalancerConfig::Kind::Haproxy;
        QTest::newRow("nginx") << u"nginx"_s << LoadBalancerConfig::Kind::Nginx;
    }
    void printsTheConfiguration() {
        QFETCH(QString, kind);
        QFETCH(LoadBalancerConfig::Kind, expectedKind);
        QCOMPARE(m_ctl.run(pair(kind)), int(CtlExit::Ok));
        QCOMPARE(m_ctl.out, expected(expectedKind));
        QVERIFY2(m_ctl.err.isEmpty(), qPrintable(m_ctl.err));
    }

    void writesToAFileAndSaysWhere() {
        const QString path = m_dir.filePath(u"haproxy.cfg"_s);
        QVERIFY(writeTestFile(path, "an older, longer file that must be replaced completely\n"));

        QCOMPARE(m_ctl.run(pair(u"haproxy"_s) << u"--out"_s << path), int(CtlExit::Ok));
        QCOMPARE(m_ctl.out,
                 u"Wrote the HAProxy configuration to %1; check it with: haproxy -c -f %1\n"_s.arg(path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), expected(LoadBalancerConfig::Kind::Haproxy));

        const QString snippet = m_dir.filePath(u"leasekeeper.conf"_s);
        QCOMPARE(m_ctl.run(pair(u"nginx"_s) << u"--out"_s << snippet), int(CtlExit::Ok));
        QVERIFY2(m_ctl.out.startsWith(u"Wrote the nginx configuration to %1;"_s.arg(snippet)),
                 qPrintable(m_ctl.out));
        QVERIFY(QFile::exists(snippet));
    }

    void unwritableOutIsAFailure() {
        const QString path = m_dir.filePath(u"no-such-folder/haproxy.cfg"_s);
        QCOMPARE(m_ctl.run(pair(u"haproxy"_s) << u"--out"_s << path), int(CtlExit::Failure));
        QVERIFY2(m_ctl.err.startsWith(u"leasekeeper-ctl: cannot write %1"_s.arg(path)),
                 qPrintable(m_ctl.err));
        QVERIFY(m_ctl.out.isEmpty());
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no kind")
            << QStringList{u"lb-config"_s, u"--primary"_s, u"a:1"_s}
            << u"leasekeeper-ctl: missing load balancer; choose one of: haproxy, nginx\n"_s;
        QTest::newRow("unknown kind")
            << pair(u"traefik"_s)
            << u"leasekeeper-ctl: unknown load balancer 'traefik'; choose one of: haproxy, nginx\n"_s;
        QTest::newRow("two kinds") << (pair(u"haproxy"_s) << u"nginx"_s)
                                   << u"leasekeeper-ctl: unexpected argument 'nginx'\n"_s;
        QTest::newRow("no listen")
            << pair(u"nginx"_s).mid(0, 6)
            << u"leasekeeper-ctl: --primary, --secondary and --listen are required\n"_s;
        QTest::newRow("bad port")
            << QStringList{u"lb-config"_s,   u"haproxy"_s,   u"--primary"_s, u"lm1:0"_s,
                           u"--secondary"_s, u"lm2:10091"_s, u"--listen"_s,  u"0.0.0.0:80"_s}
            << u"leasekeeper-ctl: --primary: port '0' in 'lm1:0' is not a number from 1 "
               "to 65535\n"_s;
        QTest::newRow("bad listen")
            << QStringList{u"lb-config"_s,   u"haproxy"_s, u"--primary"_s, u"lm1:1"_s,
                           u"--secondary"_s, u"lm2:1"_s,   u"--listen"_s,  u"10091"_s}
            << u"leasekeeper-ctl: --listen: '10091' has no host; write HOST:PORT, e.g. "
               "0.0.0.0:10091, to listen on every IPv4 address\n"_s;
        QTest::newRow("same node") << QStringList{u"lb-config"_s, u"nginx"_s,       u"--primary"_s,
                                                  u"lm1:10091"_s, u"--secondary"_s, u"lm1:10091"_s,
                                                  u"--listen"_s,  u"0.0.0.0:80"_s}
                                   << u"leasekeeper-ctl: the primary and the secondary are the same node "
                                      u"(lm1:10091); an active-passive "
                                      "pair needs two License Managers\n"_s;
        QTest::newRow("half of tls")
            << (pair(u"haproxy"_s) << u"--tls-cert"_s << u"lb.pem"_s)
            << u"leasekeeper-ctl: --tls-cert, --tls-key and --nodes-ca go together\n"_s;
        QTest::newRow("unknown option")
            << (pair(u"haproxy"_s) << u"--port"_s) << u"leasekeeper-ctl: Unknown option 'port'.\n"_s;
    }
    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QCOMPARE(m_ctl.run(arguments), int(CtlExit::Usage));
        QVERIFY2(m_ctl.err.startsWith(message + u"\nUsage: leasekeeper-ctl lb-config haproxy|nginx"_s),
                 qPrintable(m_ctl.err));
        QVERIFY(m_ctl.out.isEmpty());
    }

    void helpListsTheLoadBalancers() {
        QCOMPARE(m_ctl.run({u"lb-config"_s, u"--help"_s}), int(CtlExit::Ok));
        QVERIFY(
            m_ctl.out.startsWith(u"Usage: leasekeeper-ctl lb-config haproxy|nginx --primary HOST:PORT "_s));
        QVERIFY(m_ctl.out.contains(u"  haproxy  "_s));
        QVERIFY(m_ctl.out.contains(u"  nginx    "_s));
        QVERIFY(m_ctl.out.contains(u"--out <FILE>"_s));
    }
};

QTEST_GUILESS_MAIN(TestLbConfigCommand)
#include "tst_lbconfigcommand.moc"
