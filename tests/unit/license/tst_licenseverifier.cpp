#include "LicenseTestData.h"
#include "ManualClock.h"
#include "license/LicenseErrorCode.h"
#include "license/LicenseIssuer.h"
#include "license/LicenseVerifier.h"

#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class tst_LicenseVerifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsValidLicense();
    void acceptsReformattedFile();
    void signatureCoversUnknownTermsFields();
    void refuses_data();
    void refuses();
    void expiredLicenseKeepsVerifiedTerms();
    void validUntilTheExpiryMillisecond();
    void verifyIgnoringExpiryAcceptsExpiredLicense();
    void trustsSeveralKeys();
    void verifyFileReportsMissingFile();

private:
    QByteArray validFile() const {
        return LicenseIssuer::issue(sampleTermsJson(), *m_trusted)->toFileBytes();
    }
    LicenseVerifier verifier() const { return LicenseVerifier({m_trusted->publicKey()}); }

    std::optional<IssuerKeyPair> m_trusted;
    std::optional<IssuerKeyPair> m_other;
    ManualClock m_clock{kSampleExpiresMs - 86'400'000};
};

void tst_LicenseVerifier::initTestCase() {
    m_trusted = newIssuerKey();
    m_other = newIssuerKey();
    QVERIFY(m_trusted->keyId() != m_other->keyId());
}

void tst_LicenseVerifier::acceptsValidLicense() {
    const LicenseCheck check = verifier().verify(validFile(), m_clock.nowMs());
    QVERIFY2(check.ok(), qPrintable(check.problem ? check.problem->message : QString()));
    QCOMPARE(check.license->terms(), LicenseTerms::fromJson(sampleTermsJson()).value());
    QCOMPARE(check.license->keyId(), m_trusted->keyId());
    QCOMPARE(check.license->terms().components.value(u"vdp"_s).maxTotalCores, 64);
}

void tst_LicenseVerifier::acceptsReformattedFile() {
    // Re-indenting or reordering keys must not break the signature: only the
    // parsed terms are signed, not the file's bytes.
    const QByteArray compact = QJsonDocument::fromJson(validFile()).toJson(QJsonDocument::Compact);
    QVERIFY(verifier().verify(compact, m_clock.nowMs()).ok());
    QByteArray reordered = compact;
    reordered.replace("{\"format\"", "{ \"zzz_ignored\": true, \"format\"");
    QVERIFY(verifier().verify(reordered, m_clock.nowMs()).ok());
}

void tst_LicenseVerifier::signatureCoversUnknownTermsFields() {
    const QJsonObject terms = withField(sampleTermsJson(), u"support_level"_s, u"gold"_s);
    const QByteArray file = LicenseIssuer::issue(terms, *m_trusted)->toFileBytes();
    const LicenseCheck check = verifier().verify(file, m_clock.nowMs());
    QVERIFY(check.ok());
    QCOMPARE(check.license->termsJson().value(u"support_level"_s).toString(), u"gold"_s);

    QByteArray edited = file;
    edited.replace("\"gold\"", "\"platinum\"");
    QCOMPARE(verifier().verify(edited, m_clock.nowMs()).problem->code, LicenseErrorCode::tampered);
}

void tst_LicenseVerifier::refuses_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageFragment");

    const QByteArray valid = validFile();
    const QJsonObject validJson = QJsonDocument::fromJson(valid).object();
    const auto edit = [&valid](const char* from, const char* to) {
        QByteArray file = valid;
        file.replace(from, to);
        return file;
    };
    const auto editJson = [&validJson](const QString& key, const QJsonValue& value) {
        return QJsonDocument(withField(validJson, key, value)).toJson();
    };
    const QString tampered = LicenseErrorCode::tampered.toString();
    const QString malformed = LicenseErrorCode::malformed.toString();

    QTest::newRow("tampered: limit raised") << edit("\"max_instances\": 10", "\"max_instances\": 11")
                                            << tampered << u"terms were modified after signing"_s;
    QTest::newRow("tampered: licensee")
        << edit("ACME Rendering Ltd", "ACME Rendering Inc") << tampered << u"acme-2027"_s;
    QTest::newRow("tampered: expiry") << edit("2027-12-31", "2037-12-31") << tampered << m_trusted->keyId();
    QTest::newRow("tampered: grace added")
        << QJsonDocument(
               withField(validJson, u"terms"_s, withField(sampleTermsJson(), u"grace_period_s"_s, 9999999)))
               .toJson()
        << tampered << u"modified after signing"_s;

    // Signed by another key, with the key id of the trusted key pasted in.
    const QByteArray forged = signedLicenseFile(sampleTermsJson(), *m_other);
    QByteArray forgedWithTrustedId = forged;
    forgedWithTrustedId.replace(m_other->keyId().toLatin1(), m_trusted->keyId().toLatin1());
    QTest::newRow("tampered: forged key id")
        << forgedWithTrustedId << tampered << u"signature does not match"_s;

    QTest::newRow("untrusted key")
        << forged << LicenseErrorCode::untrustedKey.toString()
        << u"signed by issuer key %1, which this server does not trust; add its public "
           u"key with --trust"_s.arg(m_other->keyId());

    const QString unsignedCode = LicenseErrorCode::unsignedLicense.toString();
    QTest::newRow("unsigned: no signature")
        << editJson(u"signature"_s, QJsonValue::Undefined) << unsignedCode << u"not signed"_s;
    QTest::newRow("unsigned: empty signature")
        << editJson(u"signature"_s, u""_s) << unsignedCode << u"not signed"_s;
    QTest::newRow("unsigned: null signature")
        << editJson(u"signature"_s, QJsonValue::Null) << unsignedCode << u"not signed"_s;

    const QString badSignature = LicenseErrorCode::badSignature.toString();
    QTest::newRow("bad signature: not base64")
        << editJson(u"signature"_s, u"not base64 !!"_s) << badSignature << u"64-byte Ed25519 signature"_s;
    QTest::newRow("bad signature: too short")
        << editJson(u"signature"_s, QString::fromLatin1(QByteArray(10, 'x').toBase64())) << badSignature
        << u"base64 encoding of a 64-byte"_s;

    QTest::newRow("malformed: key id not hex")
        << editJson(u"key_id"_s, u"my-key"_s) << malformed << u"key_id"_s;
    QTest::newRow("malformed: key id missing")
        << editJson(u"key_id"_s, QJsonValue::Undefined) << malformed << u"key_id"_s;
    QTest::newRow("malformed: key id number")
        << editJson(u"key_id"_s, 42) << malformed << u"\"key_id\" must be a string"_s;
    QTest::newRow("malformed: signature number")
        << editJson(u"signature"_s, 7) << malformed << u"\"signature\" must be a string"_s;
    QTest::newRow("malformed: not JSON")
        << QByteArray("license: yes please") << malformed << u"not valid JSON"_s;
    QTest::newRow("malformed: empty file") << QByteArray() << malformed << u"not valid JSON"_s;
    QTest::newRow("malformed: array") << QByteArray("[1, 2]") << malformed << u"must be an object"_s;
    QTest::newRow("malformed: no format")
        << editJson(u"format"_s, QJsonValue::Undefined) << malformed << u"\"format\""_s;
    QTest::newRow("malformed: wrong format")
        << editJson(u"format"_s, u"leasekeeper-license-2"_s) << malformed << u"leasekeeper-license-2"_s;
    QTest::newRow("malformed: missing terms")
        << editJson(u"terms"_s, QJsonValue::Undefined) << malformed << u"\"terms\" is missing"_s;
    QTest::newRow("malformed: terms array")
        << editJson(u"terms"_s, QJsonArray{1}) << malformed << u"\"terms\" is missing or not an object"_s;

    // Correctly signed but invalid terms: validation does not rely on the
    // issuer having been careful.
    const auto signedTerms = [this](const QJsonObject& terms) {
        return signedLicenseFile(terms, *m_trusted);
    };
    QTest::newRow("malformed: bad expires")
        << signedTerms(withField(sampleTermsJson(), u"expires"_s, u"end of 2027"_s)) << malformed
        << u"expires must be an ISO 8601 date"_s;
    QTest::newRow("malformed: negative cores")
        << signedTerms(withComponentField(u"vdp"_s, u"max_cores_per_instance"_s, -4)) << malformed
        << u"components.vdp.max_cores_per_instance must be an integer"_s;
    QTest::newRow("malformed: limit is a string")
        << signedTerms(withComponentField(u"vdp"_s, u"max_instances"_s, u"10"_s)) << malformed
        << u"components.vdp.max_instances must be an integer"_s;
    QTest::newRow("malformed: missing license id")
        << signedTerms(withField(sampleTermsJson(), u"license_id"_s, QJsonValue::Undefined)) << malformed
        << u"license_id"_s;
    QTest::newRow("malformed: grace zero")
        << signedTerms(withField(sampleTermsJson(), u"grace_period_s"_s, 0)) << malformed
        << u"grace_period_s"_s;
}

void tst_LicenseVerifier::refuses() {
    QFETCH(QByteArray, file);
    QFETCH(QString, code);
    QFETCH(QString, messageFragment);

    const LicenseCheck check = verifier().verify(file, m_clock.nowMs());
    QVERIFY(!check.ok());
    QVERIFY(!check.isGenuine());
    QVERIFY(check.problem);
    QCOMPARE(check.problem->code, code);
    QVERIFY2(check.problem->message.contains(messageFragment), qPrintable(check.problem->message));
}

void tst_LicenseVerifier::expiredLicenseKeepsVerifiedTerms() {
    ManualClock clock(kSampleExpiresMs);
    clock.advanceDays(3);
    const LicenseCheck check = verifier().verify(validFile(), clock.nowMs());
    QVERIFY(!check.ok());
    QVERIFY(check.isGenuine());
    QVERIFY(check.isExpired());
    QCOMPARE(check.problem->code, LicenseErrorCode::expired);
    QVERIFY2(check.problem->message.contains(u"license acme-2027 expired on 2027-12-31 23:59:59 UTC"_s),
             qPrintable(check.problem->message));
    QCOMPARE(check.license->terms().licenseId, u"acme-2027"_s);
    QCOMPARE(check.license->terms().components.value(u"vdp"_s).maxInstances, 10);
}

void tst_LicenseVerifier::validUntilTheExpiryMillisecond() {
    ManualClock clock(kSampleExpiresMs);
    QVERIFY(verifier().verify(validFile(), clock.nowMs()).ok());
    clock.advanceMs(1);
    QVERIFY(verifier().verify(validFile(), clock.nowMs()).isExpired());
}

void tst_LicenseVerifier::verifyIgnoringExpiryAcceptsExpiredLicense() {
    const auto license = verifier().verifyIgnoringExpiry(validFile());
    QVERIFY(license.ok());
    QVERIFY(LicenseVerifier::expiryProblem(license.value(), kSampleExpiresMs + 1));
    QVERIFY(!LicenseVerifier::expiryProblem(license.value(), kSampleExpiresMs));
}

void tst_LicenseVerifier::trustsSeveralKeys() {
    LicenseVerifier both;
    both.trust(m_trusted->publicKey());
    both.trust(m_other->publicKey());
    both.trust(m_other->publicKey()); // duplicates are harmless
    QCOMPARE(both.trustedKeys().size(), 2);
    QVERIFY(both.verify(validFile(), m_clock.nowMs()).ok());
    QVERIFY(both.verify(signedLicenseFile(sampleTermsJson(), *m_other), m_clock.nowMs()).ok());
    QCOMPARE(LicenseVerifier().verify(validFile(), m_clock.nowMs()).problem->code,
             LicenseErrorCode::untrustedKey);
}

void tst_LicenseVerifier::verifyFileReportsMissingFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"nope.lic"_s);
    const LicenseCheck check = verifier().verifyFile(path, m_clock.nowMs());
    QCOMPARE(check.problem->code, LicenseErrorCode::fileNotFound);
    QVERIFY(check.problem->message.contains(path));
    QVERIFY(check.problem->message.contains(u"does not exist"_s));

    const LicenseCheck directory = verifier().verifyFile(dir.path(), m_clock.nowMs());
    QCOMPARE(directory.problem->code, LicenseErrorCode::fileUnreadable);
}

QTEST_GUILESS_MAIN(tst_LicenseVerifier)
#include "tst_licenseverifier.moc"
