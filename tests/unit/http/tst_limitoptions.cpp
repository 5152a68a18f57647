// LimitOptions: the values of --max-request-bytes, --idle-timeout,
// --request-timeout and --max-connections, and how ServerConfig takes them
// (and the TLS options) from the command line and the INI file.
#include "http/LimitOptions.h"
#include "server/ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lk;

class TestLimitOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bytes() {
        QCOMPARE(LimitOptions::parseBytes(u"max-request-bytes"_s, u"4096"_s).value(), 4096);
        QCOMPARE(LimitOptions::parseBytes(u"max-request-bytes"_s, u"512k"_s).value(), 512 * 1024);
        QCOMPARE(LimitOptions::parseBytes(u"max-request-bytes"_s, u"2M"_s).value(), 2 * 1024 * 1024);
        for (const QString& bad : {u"0"_s, u"12"_s, u"-5"_s, u"lots"_s, u"2g"_s, u"5000m"_s}) {
            auto parsed = LimitOptions::parseBytes(u"max-request-bytes"_s, bad);
            QVERIFY2(!parsed.ok(), qPrintable(bad));
            QCOMPARE(parsed.error().code, u"usage"_s);
            QVERIFY(parsed.error().message.contains(u"--max-request-bytes '"_s + bad));
        }
    }

    void seconds() {
        QCOMPARE(LimitOptions::parseSeconds(u"idle-timeout"_s, u"30"_s).value(), 30000ms);
        QCOMPARE(LimitOptions::parseSeconds(u"idle-timeout"_s, u"0.25"_s).value(), 250ms);
        for (const QString& bad : {u"0"_s, u"-1"_s, u"soon"_s, u"100000"_s, u"inf"_s})
            QVERIFY2(!LimitOptions::parseSeconds(u"idle-timeout"_s, bad).ok(), qPrintable(bad));
    }

    void count() {
        QCOMPARE(LimitOptions::parseCount(u"max-connections"_s, u"5000"_s).value(), 5000);
        for (const QString& bad : {u"0"_s, u"-3"_s, u"many"_s, u"2000000"_s})
            QVERIFY2(!LimitOptions::parseCount(u"max-connections"_s, bad).ok(), qPrintable(bad));
    }

    void applyTakesOnlyWhatIsGiven() {
        ServerLimits limits;
        const Status applied = LimitOptions::apply(
            limits, [](const QString& name) { return name == u"request-timeout"_s ? u"2.5"_s : QString(); });
        QVERIFY(applied.ok());
        QCOMPARE(limits.requestTimeout, 2500ms);
        QCOMPARE(limits.idleTimeout, ServerLimits::kDefaultIdleTimeout);
        QCOMPARE(limits.maxRequestBytes, ServerLimits::kDefaultMaxRequestBytes);
        const Status bad = LimitOptions::apply(
            limits, [](const QString& name) { return name == u"max-connections"_s ? u"none"_s : QString(); });
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"--max-connections"_s));
    }

    void serverConfigTakesThemFromBothPlaces() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"server.ini"_s);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("max-connections = 5\nidle-timeout = 0.5\nmax-request-bytes = 64k\n"
                   "tls-cert = /etc/lk/tls.pem\ntls-key = /etc/lk/tls.key\ntls-only = true\n");
        file.close();
        auto config = ServerConfig::fromArguments(
            {u"leasekeeper-server"_s, u"--config"_s, ini, u"--max-connections"_s, u"7"_s});
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->limits.maxConnections, 7); // the command line wins
        QCOMPARE(config->limits.idleTimeout, 500ms);
        QCOMPARE(config->limits.maxRequestBytes, 64 * 1024);
        QCOMPARE(config->limits.requestTimeout, ServerLimits::kDefaultRequestTimeout);
        QCOMPARE(config->tlsCertificatePath, u"/etc/lk/tls.pem"_s);
        QVERIFY(config->tlsOnly);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("request-timeout = soon\n");
        file.close();
        auto bad = ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--config"_s, ini});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, u"usage"_s);
        QVERIFY(bad.error().message.startsWith(ini));
        QVERIFY(bad.error().message.contains(u"--request-timeout 'soon'"_s));
    }

    void tlsOptionsGoTogether_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("cert alone") << QStringList{u"--tls-cert"_s, u"a.pem"_s} << u"go together"_s;
        QTest::newRow("key alone") << QStringList{u"--tls-key"_s, u"a.key"_s} << u"go together"_s;
        QTest::newRow("only alone") << QStringList{u"--tls-only"_s} << u"--tls-only needs"_s;
    }

    void tlsOptionsGoTogether() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        auto config = ServerConfig::fromArguments(QStringList{u"leasekeeper-server"_s} + arguments);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, u"usage"_s);
        QVERIFY2(config.error().message.contains(mentions), qPrintable(config.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLimitOptions)
#include "tst_limitoptions.moc"
