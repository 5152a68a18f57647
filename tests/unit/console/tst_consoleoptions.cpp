// The console's command line.
#include "console/ConsoleOptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestConsoleOptions : public QObject {
    Q_OBJECT

    static Result<ConsoleOptions> parse(QStringList arguments) {
        arguments.prepend(u"leasekeeper"_s);
        return ConsoleOptions::parse(arguments);
    }

private Q_SLOTS:
    void defaultsServeLocallyOnAllInterfaces() {
        const auto options = parse({});
        QVERIFY(options);
        QVERIFY(options->localServer);
        QCOMPARE(options->port, quint16(10091));
        QCOMPARE(options->bind, QHostAddress(QHostAddress::Any));
    }

    void portBindAndLanguage() {
        const auto options = parse({u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s, u"--lang"_s, u"de"_s});
        QVERIFY(options);
        QCOMPARE(options->port, quint16(0));
        QCOMPARE(options->bind, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(options->language, u"de"_s);
    }

    void badValuesAreUsageErrorsThatSayWhy_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        QTest::newRow("port") << QStringList{u"--port"_s, u"70000"_s} << u"70000"_s;
        QTest::newRow("bind") << QStringList{u"--bind"_s, u"lm1"_s} << u"lm1"_s;
        QTest::newRow("connect") << QStringList{u"--connect"_s, u"lm1:10091"_s} << u"lm1:10091"_s;
        QTest::newRow("nothing to watch") << QStringList{u"--no-local-server"_s} << u"--connect"_s;
        QTest::newRow("profile and connect")
            << QStringList{u"--profile"_s, u"prod"_s, u"--connect"_s, u"http://lm1:10091"_s}
            << u"--profile"_s;
    }
    void badValuesAreUsageErrorsThatSayWhy() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        const auto options = parse(arguments);
        QVERIFY(!options);
        QCOMPARE(options.error().code, u"usage"_s);
        QVERIFY2(options.error().message.contains(mention), qPrintable(options.error().message));
    }

    void aProfileReplacesTheLocalServer() {
        const auto options = parse({u"--profile"_s, u"Production pair"_s});
        QVERIFY(options);
        QVERIFY(!options->localServer);
        QCOMPARE(options->profileName, u"Production pair"_s);
    }

    void tlsOptionsForHttpsNodes() {
        const QString pin = u"ab"_s.repeated(32);
        const auto options =
            parse({u"--no-local-server"_s, u"--connect"_s, u"https://lm1:10091"_s, u"--pin-sha256"_s, pin});
        QVERIFY(options);
        QCOMPARE(options->tls.pinsSha256, QList<QByteArray>{QByteArray::fromHex(pin.toLatin1())});
        const auto badPin = parse({u"--pin-sha256"_s, u"ab"_s});
        QCOMPARE(badPin.error().code, u"usage"_s);
        QVERIFY(badPin.error().message.contains(u"SHA-256"_s));
        const auto noCa = parse({u"--ca"_s, u"/nonexistent/ca.pem"_s});
        QCOMPARE(noCa.error().code, u"usage"_s);
        QVERIFY(noCa.error().message.contains(u"/nonexistent/ca.pem"_s));
    }

    void helpIsNotAnError() {
        const auto options = parse({u"--help"_s});
        QCOMPARE(options.error().code, u"help"_s);
        QVERIFY(options.error().message.contains(u"--profile"_s));
    }
};

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "tst_consoleoptions.moc"
