// Validation of the request a component sends to start: every malformed
// field is refused with a message naming it.
#include "lease/ProbeEvidence.h"
#include "wire/LeaseRequestJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestLeaseRequest : public QObject {
    Q_OBJECT

    static QJsonObject valid() {
        return QJsonObject{{u"component"_s, u"vdp"_s},
                           {u"instance"_s, u"h1:9999"_s},
                           {u"host"_s, u"h1"_s},
                           {u"ips"_s, QJsonArray{u"10.0.0.5"_s, u"::1"_s}},
                           {u"cores"_s, 8},
                           {u"version"_s, u"9.1"_s}};
    }

private Q_SLOTS:
    void acceptsAValidRequest() {
        const auto request = wire::LeaseRequestJson::fromJson(valid());
        QVERIFY(request);
        QCOMPARE(request->cores, 8);
        QCOMPARE(request->ips, (QStringList{u"10.0.0.5"_s, u"::1"_s}));
        QCOMPARE(wire::LeaseRequestJson::fromJson(wire::LeaseRequestJson::toJson(*request)).value(),
                 request.value());
    }

    void refusesBadFields_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("missing component")
            << u"component"_s << QJsonValue(QJsonValue::Undefined) << u"component"_s;
        QTest::newRow("component number") << u"component"_s << QJsonValue(3) << u"component"_s;
        QTest::newRow("component upper") << u"component"_s << QJsonValue(u"VDP"_s) << u"component"_s;
        QTest::newRow("empty instance") << u"instance"_s << QJsonValue(u""_s) << u"instance"_s;
        QTest::newRow("control char host") << u"host"_s << QJsonValue(u"a\u0001b"_s) << u"host"_s;
        QTest::newRow("long host") << u"host"_s << QJsonValue(QString(300, u'x')) << u"host"_s;
        QTest::newRow("ips string") << u"ips"_s << QJsonValue(u"10.0.0.1"_s) << u"ips"_s;
        QTest::newRow("ips bad entry")
            << u"ips"_s << QJsonValue(QJsonArray{u"not-an-ip"_s}) << u"not-an-ip"_s;
        QTest::newRow("ips number") << u"ips"_s << QJsonValue(QJsonArray{5}) << u"ips"_s;
        QTest::newRow("ips octal") << u"ips"_s << QJsonValue(QJsonArray{u"010.1.1.1"_s}) << u"010.1.1.1"_s;
        QTest::newRow("ips short") << u"ips"_s << QJsonValue(QJsonArray{u"10.1"_s}) << u"10.1"_s;
        QTest::newRow("cores string") << u"cores"_s << QJsonValue(u"8"_s) << u"cores"_s;
        QTest::newRow("cores fraction") << u"cores"_s << QJsonValue(1.5) << u"whole"_s;
        QTest::newRow("cores zero") << u"cores"_s << QJsonValue(0) << u"cores"_s;
        QTest::newRow("cores negative") << u"cores"_s << QJsonValue(-4) << u"cores"_s;
        QTest::newRow("cores absurd") << u"cores"_s << QJsonValue(1e12) << u"4096"_s;
        QTest::newRow("version null") << u"version"_s << QJsonValue(QJsonValue::Null) << u"version"_s;
        QTest::newRow("probe without port") << u"probe"_s << QJsonValue(u"web-1"_s) << u"probe"_s;
        QTest::newRow("probe port 0") << u"probe"_s << QJsonValue(u"web-1:0"_s) << u"host:port"_s;
        QTest::newRow("probe bare ipv6") << u"probe"_s << QJsonValue(u"::1:9999"_s) << u"probe"_s;
        QTest::newRow("probe number") << u"probe"_s << QJsonValue(9999) << u"probe"_s;
    }

    // Where the License Manager probes a component that misses renewals: the
    // request's `probe`, else its instance id when that reads as host:port.
    void theProbeAddressIsOptional() {
        QJsonObject json = valid();
        json.insert(u"instance"_s, u"web-1:9999"_s);
        auto request = wire::LeaseRequestJson::fromJson(json);
        QVERIFY(request);
        QVERIFY(request->probe.isEmpty());
        QCOMPARE(ProbeTarget::of(*request)->toString(), u"web-1:9999"_s);
        QVERIFY(!wire::LeaseRequestJson::toJson(*request).contains(u"probe"_s));

        json.insert(u"probe"_s, u"[fd00::5]:8443"_s);
        request = wire::LeaseRequestJson::fromJson(json);
        QVERIFY(request);
        QCOMPARE(ProbeTarget::of(*request)->host, u"fd00::5"_s);
        QCOMPARE(ProbeTarget::of(*request)->port, 8443);
        QCOMPARE(wire::LeaseRequestJson::fromJson(wire::LeaseRequestJson::toJson(*request)).value(),
                 *request);

        json.remove(u"probe"_s);
        json.insert(u"instance"_s, u"vdp-on-web-1"_s);
        QVERIFY(!ProbeTarget::of(*wire::LeaseRequestJson::fromJson(json)));
    }

    void refusesBadFields() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject json = valid();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        const auto request = wire::LeaseRequestJson::fromJson(json);
        QVERIFY(!request);
        QCOMPARE(request.error().code, u"invalid_request"_s);
        QVERIFY2(request.error().message.contains(mentions), qPrintable(request.error().message));
    }

    void acceptsCharactersBeyondTheBasicPlane() {
        QJsonObject json = valid();
        json.insert(u"host"_s, u"caf\u00e9-\U0001F680"_s);
        QVERIFY(wire::LeaseRequestJson::fromJson(json));
    }

    void refusesTooManyIps() {
        QJsonObject json = valid();
        QJsonArray ips;
        for (int i = 0; i < 65; ++i)
            ips.append(u"10.0.0.1"_s);
        json.insert(u"ips"_s, ips);
        QVERIFY(!wire::LeaseRequestJson::fromJson(json));
    }
};

QTEST_APPLESS_MAIN(TestLeaseRequest)
#include "tst_leaserequest.moc"
