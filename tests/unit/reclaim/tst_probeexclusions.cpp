// Addresses an administrator excludes from probing (--probe-exclude).
#include "lease/ProbeExclusions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestProbeExclusions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void excludesAddressesSubnetsNamesAndDomains() {
        const auto excluded = ProbeExclusions::parse(
            u"10.1.0.0/16, 192.168.7.9 fd00::/8,db-1.example.com .secure.example.org"_s);
        QVERIFY(excluded);
        QCOMPARE(excluded->entries().size(), 5);
        QVERIFY(excluded->excludesHost(u"10.1.200.3"_s));
        QVERIFY(!excluded->excludesHost(u"10.2.0.1"_s));
        QVERIFY(excluded->excludesHost(u"192.168.7.9"_s));
        QVERIFY(!excluded->excludesHost(u"192.168.7.10"_s));
        QVERIFY(excluded->excludesHost(u"fd00::5"_s));
        QVERIFY(!excluded->excludesHost(u"2001:db8::1"_s));
        QVERIFY(excluded->excludesHost(u"DB-1.example.com"_s));
        QVERIFY(!excluded->excludesHost(u"db-2.example.com"_s));
        QVERIFY(excluded->excludesHost(u"vdp.secure.example.org"_s));
        QVERIFY(!excluded->excludesHost(u"insecure.example.org"_s));
        // What a host name resolved to is checked too (the reclaim service looks it up).
        QVERIFY(excluded->excludesAddress(QHostAddress(u"10.1.0.1"_s)));
    }

    void nothingExcludedByDefault() {
        const auto none = ProbeExclusions::parse(u" "_s);
        QVERIFY(none && none->isEmpty());
        QVERIFY(!none->excludesHost(u"10.0.0.1"_s));
    }

    void aBadEntryIsNamed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("subnet") << u"10.0.0.0/40"_s << u"'10.0.0.0/40' is not a subnet"_s;
        QTest::newRow("garbage") << u"10.0.0.1, no*where"_s << u"'no*where'"_s;
    }
    void aBadEntryIsNamed() {
        QFETCH(QString, text);
        QFETCH(QString, named);
        const auto parsed = ProbeExclusions::parse(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
    }
};

QTEST_APPLESS_MAIN(TestProbeExclusions)
#include "tst_probeexclusions.moc"
