#include "LicenseTestData.h"
#include "license/License.h"
#include "license/LicenseErrorCode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class tst_License : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesUnsignedFile();
    void roundTripsThroughFileBytes();
    void canonicalBytesIgnoreFormatting();
    void keepsTermsAsWritten();
};

void tst_License::parsesUnsignedFile() {
    // Parsing only checks the shape; `license show` must be able to display
    // an unsigned license and say so.
    const QByteArray file =
        QJsonDocument(QJsonObject{{u"format"_s, u"leasekeeper-license-1"_s}, {u"terms"_s, sampleTermsJson()}})
            .toJson();
    const auto license = License::parse(file);
    QVERIFY(license.ok());
    QVERIFY(!license->hasSignature());
    QVERIFY(license->keyId().isEmpty());
    QCOMPARE(license->terms().licensee, u"ACME Rendering Ltd"_s);
}

void tst_License::roundTripsThroughFileBytes() {
    const License license(LicenseTerms::fromJson(sampleTermsJson()).value(), sampleTermsJson(),
                          u"0123456789abcdef"_s, u"c2lnbmF0dXJl"_s);
    const auto parsed = License::parse(license.toFileBytes());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->terms(), license.terms());
    QCOMPARE(parsed->termsJson(), license.termsJson());
    QCOMPARE(parsed->keyId(), license.keyId());
    QCOMPARE(parsed->signature(), license.signature());
    QCOMPARE(parsed->signedBytes(), license.signedBytes());
    const QJsonObject json = QJsonDocument::fromJson(license.toFileBytes()).object();
    QCOMPARE(json.keys(), QStringList({u"format"_s, u"key_id"_s, u"signature"_s, u"terms"_s}));
}

void tst_License::canonicalBytesIgnoreFormatting() {
    const QByteArray spaced = "{ \"b\" : 2,\n  \"a\" : [1, 2],  \"c\": {\"y\": 1, \"x\": \"t\"} }";
    const QJsonObject json = QJsonDocument::fromJson(spaced).object();
    QCOMPARE(License::canonicalBytes(json), QByteArray(R"({"a":[1,2],"b":2,"c":{"x":"t","y":1}})"));
}

void tst_License::keepsTermsAsWritten() {
    // Fields unknown to this version stay in termsJson and so in the signed bytes.
    const QJsonObject terms = withField(sampleTermsJson(), u"support_level"_s, u"gold"_s);
    const auto license = License::parse(rawLicenseFile(terms, u"0123456789abcdef"_s, u"x"_s));
    QVERIFY(license.ok());
    QVERIFY(license->signedBytes().contains("\"support_level\":\"gold\""));
    QVERIFY(!license->terms().toJson().contains(u"support_level"_s));
}

QTEST_APPLESS_MAIN(tst_License)
#include "tst_license.moc"
