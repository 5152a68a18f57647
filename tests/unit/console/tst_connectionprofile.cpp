// A saved connection: its addresses are checked before anything is saved.
#include "console/ConnectionProfile.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestConnectionProfile : public QObject {
    Q_OBJECT

    static ConnectionProfile pair() {
        ConnectionProfile profile;
        profile.name = u"Production pair"_s;
        profile.serviceUrl = QUrl(u"http://lm-vip:10091"_s);
        profile.nodeUrls = {QUrl(u"http://lm1:10091"_s), QUrl(u"https://lm2:10091"_s)};
        return profile;
    }

private Q_SLOTS:
    void urlsAreHttpOrHttpsWithAHost_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("http") << u"http://lm1:10091"_s << u"http://lm1:10091"_s;
        QTest::newRow("https, trailing slash")
            << u" https://lm1.example.com/ "_s << u"https://lm1.example.com"_s;
        QTest::newRow("ipv6") << u"http://[::1]:10091"_s << u"http://[::1]:10091"_s;
        QTest::newRow("no scheme") << u"lm1:10091"_s << QString();
        QTest::newRow("ftp") << u"ftp://lm1"_s << QString();
        QTest::newRow("no host") << u"http://:10091"_s << QString();
        QTest::newRow("empty") << u"  "_s << QString();
        QTest::newRow("bad port") << u"http://lm1:99999"_s << QString();
    }
    void urlsAreHttpOrHttpsWithAHost() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto url = ConnectionProfile::parseUrl(text);
        if (expected.isEmpty()) {
            QVERIFY(!url);
            QCOMPARE(url.error().code, u"bad_url"_s);
            QVERIFY2(url.error().message.contains(u"http://"_s), qPrintable(url.error().message));
        } else {
            QVERIFY2(url, url ? "" : qPrintable(url.error().message));
            QCOMPARE(url->toString(), expected);
        }
    }

    void jsonRoundTrip() {
        const auto back = ConnectionProfile::fromJson(pair().toJson());
        QVERIFY(back);
        QCOMPARE(back->name, pair().name);
        QCOMPARE(back->serviceUrl, pair().serviceUrl);
        QCOMPARE(back->nodeUrls, pair().nodeUrls);
    }

    void validationNamesTheFieldAtFault() {
        ConnectionProfile unnamed = pair();
        unnamed.name = u"  "_s;
        QVERIFY(unnamed.validate().error().message.contains(u"name"_s));
        ConnectionProfile badNode = pair();
        badNode.nodeUrls.append(QUrl(u"lm3"_s));
        QVERIFY(badNode.validate().error().message.startsWith(u"Node address"_s));
        ConnectionProfile badService = pair();
        badService.serviceUrl = QUrl();
        QVERIFY(badService.validate().error().message.startsWith(u"Service address"_s));
    }

    void tlsSettingsAreOptionalAndRoundTrip() {
        QVERIFY(!pair().toJson().contains(u"ca_file"_s));
        QVERIFY(!pair().toJson().contains(u"pins_sha256"_s));
        QVERIFY(pair().tlsOptions()->isDefault());
        ConnectionProfile pinned = pair();
        pinned.caFile = u"/etc/leasekeeper/ca.pem"_s;
        pinned.pinsSha256 = {u"AB:"_s.repeated(31) + u"AB"_s};
        const auto back = ConnectionProfile::fromJson(pinned.toJson());
        QVERIFY(back);
        QCOMPARE(back->caFile, pinned.caFile);
        QCOMPARE(back->pinsSha256, pinned.pinsSha256);
        // The CA file is read when the profile is used, and a missing one is named then.
        const auto tls = back->tlsOptions();
        QVERIFY(!tls);
        QVERIFY2(tls.error().message.contains(u"/etc/leasekeeper/ca.pem does not exist"_s),
                 qPrintable(tls.error().message));
        pinned.pinsSha256 = {u"AB:CD"_s};
        QVERIFY(pinned.validate().error().message.startsWith(u"Pinned certificate"_s));
    }

    void wrongTypesInJsonAreRefused() {
        QJsonObject object = pair().toJson();
        object[u"node_urls"_s] = QJsonArray{42};
        QVERIFY(!ConnectionProfile::fromJson(object));
        QVERIFY(!ConnectionProfile::fromJson({{u"name"_s, 7}}));
    }

    void tokensAreKeyedByTheServiceAddressWithoutCredentials() {
        QCOMPARE(ConnectionProfile::tokenKey(QUrl(u"http://admin:pw@lm-vip:10091"_s)),
                 u"admin-token:http://lm-vip:10091"_s);
    }
};

QTEST_APPLESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
