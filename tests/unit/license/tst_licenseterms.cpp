#include "LicenseTestData.h"
#include "license/LicenseTerms.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class tst_LicenseTerms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesSample();
    void periods_data();
    void periods();
    void roundTripsThroughToJson();
    void isExpiredAt();
};

void tst_LicenseTerms::parsesSample() {
    const auto terms = LicenseTerms::fromJson(sampleTermsJson());
    QVERIFY(terms.ok());
    QCOMPARE(terms->licenseId, u"acme-2027"_s);
    QCOMPARE(terms->expiresMs, kSampleExpiresMs);
    QCOMPARE(terms->maxLicenseManagers, 2);
    QCOMPARE(terms->components.size(), 2);
    QVERIFY(terms->allowanceFor(u"vdp"_s));
    QVERIFY(!terms->allowanceFor(u"renderer"_s));
}

void tst_LicenseTerms::periods_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("grace");
    QTest::addColumn<qint64>("renew");

    QTest::newRow("grace absent: five days")
        << u"grace_period_s"_s << QJsonValue(QJsonValue::Undefined) << true << qint64(432000) << qint64(300);
    QTest::newRow("grace 1 s") << u"grace_period_s"_s << QJsonValue(1) << true << qint64(1) << qint64(300);
    QTest::newRow("grace 0") << u"grace_period_s"_s << QJsonValue(0) << false << qint64(0) << qint64(0);
    QTest::newRow("grace fraction") << u"grace_period_s"_s << QJsonValue(1.5) << false << qint64(0)
                                    << qint64(0);
    QTest::newRow("grace string") << u"grace_period_s"_s << QJsonValue(u"5d"_s) << false << qint64(0)
                                  << qint64(0);
    QTest::newRow("renew absent") << u"renew_after_s"_s << QJsonValue(QJsonValue::Undefined) << true
                                  << qint64(432000) << qint64(300);
    QTest::newRow("renew 60") << u"renew_after_s"_s << QJsonValue(60) << true << qint64(432000) << qint64(60);
}

void tst_LicenseTerms::periods() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);

    QJsonObject json = sampleTermsJson();
    json.remove(u"renew_after_s"_s);
    const auto terms = LicenseTerms::fromJson(withField(json, field, value));
    QCOMPARE(terms.ok(), valid);
    if (!valid) {
        QCOMPARE(terms.error().code, u"malformed"_s);
        QVERIFY(terms.error().message.contains(field));
        return;
    }
    QTEST(terms->gracePeriodS, "grace");
    QTEST(terms->renewAfterS, "renew");
}

void tst_LicenseTerms::roundTripsThroughToJson() {
    const auto terms = LicenseTerms::fromJson(sampleTermsJson()).value();
    QCOMPARE(LicenseTerms::fromJson(terms.toJson()).value(), terms);
}

void tst_LicenseTerms::isExpiredAt() {
    const auto terms = LicenseTerms::fromJson(sampleTermsJson()).value();
    QVERIFY(!terms.isExpiredAt(kSampleExpiresMs));
    QVERIFY(terms.isExpiredAt(kSampleExpiresMs + 1));
}

QTEST_APPLESS_MAIN(tst_LicenseTerms)
#include "tst_licenseterms.moc"
