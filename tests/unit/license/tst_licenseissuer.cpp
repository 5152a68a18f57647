#include "LicenseTestData.h"
#include "license/LicenseErrorCode.h"
#include "license/LicenseIssuer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class tst_LicenseIssuer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signsTheTermsAsWritten();
    void refusesInvalidTerms_data();
    void refusesInvalidTerms();
};

void tst_LicenseIssuer::signsTheTermsAsWritten() {
    const auto key = newIssuerKey();
    const QJsonObject terms = withField(sampleTermsJson(), u"future_field"_s, 7);
    const auto license = LicenseIssuer::issue(terms, key);
    QVERIFY(license.ok());
    QCOMPARE(license->keyId(), key.keyId());
    QCOMPARE(license->termsJson(), terms);
    const QByteArray signature = QByteArray::fromBase64(license->signature().toLatin1());
    QCOMPARE(signature.size(), 64);
    QVERIFY(key.publicKey().verify(License::canonicalBytes(terms), signature));
    QVERIFY(!key.publicKey().verify(License::canonicalBytes(sampleTermsJson()), signature));
}

void tst_LicenseIssuer::refusesInvalidTerms_data() {
    QTest::addColumn<QByteArray>("termsFile");
    QTest::addColumn<QString>("messageFragment");

    QTest::newRow("not JSON") << QByteArray("licensee = ACME") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"must be an object"_s;
    QTest::newRow("negative cores")
        << QJsonDocument(withComponentField(u"vdp"_s, u"max_total_cores"_s, -1)).toJson()
        << u"components.vdp.max_total_cores"_s;
    QTest::newRow("no expiry")
        << QJsonDocument(withField(sampleTermsJson(), u"expires"_s, QJsonValue::Undefined)).toJson()
        << u"expires must be an ISO 8601"_s;
}

void tst_LicenseIssuer::refusesInvalidTerms() {
    QFETCH(QByteArray, termsFile);
    QFETCH(QString, messageFragment);

    const auto license = LicenseIssuer::issue(termsFile, newIssuerKey());
    QVERIFY(!license.ok());
    QCOMPARE(license.error().code, LicenseErrorCode::malformed);
    QVERIFY2(license.error().message.contains(messageFragment), qPrintable(license.error().message));
}

QTEST_GUILESS_MAIN(tst_LicenseIssuer)
#include "tst_licenseissuer.moc"
