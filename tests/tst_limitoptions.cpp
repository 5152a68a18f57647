// LimitOptions: the values of --max-request-bytes, --idle-timeout,
// --request-timeout and --max-connections.
#include "http/LimitOptions.h"

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
};

QTEST_APPLESS_MAIN(TestLimitOptions)
#include "tst_limitoptions.moc"
