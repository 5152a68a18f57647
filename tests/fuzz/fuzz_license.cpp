// License files: parsing and signature verification against a fixed trusted
// issuer key, the path every License Manager takes at start-up and on
// `license install`.
//
// Each input is used twice:
//  1. as a license file, as found on disk: whatever the fuzzer does to it,
//     a license that verifies must carry a signature by the trusted key over
//     exactly the terms the server then enforces;
//  2. its terms (or the whole object, if it has no "terms") re-signed with
//     the trusted key, as `leasekeeper-ctl license issue` would: so that the
//     fuzzer's mutations of the fields reach everything behind the signature
//     check. An issued license must verify once written to a file, and any
//     change to its terms afterwards must be refused as tampered.
#include "FuzzCheck.h"
#include "FuzzIssuerKey.h"

#include "license/Ed25519.h"
#include "license/IssuerKeyFile.h"
#include "license/IssuerKeyPair.h"
#include "license/License.h"
#include "license/LicenseErrorCode.h"
#include "license/LicenseIssuer.h"
#include "license/LicenseTerms.h"
#include "license/LicenseVerifier.h"
#include "util/TextFile.h"

#include <QJsonDocument>
#include <limits>
#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

IssuerKeyPair keyFromJson(const QByteArray& json) {
    auto key = IssuerKeyPair::fromJson(QJsonDocument::fromJson(json).object());
    FUZZ_CHECK(key.ok());
    return key.value();
}

// A second key, fixed too so that every run is reproducible: a forger's.
IssuerKeyPair forgerKey() {
    FUZZ_CHECK(Ed25519::initialize());
    unsigned char seed[crypto_sign_SEEDBYTES] = {};
    for (size_t i = 0; i < sizeof seed; ++i)
        seed[i] = static_cast<unsigned char>(0xA5 ^ i);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                             reinterpret_cast<unsigned char*>(secretKey.data()), seed);
    const QJsonObject json = IssuerKeyFile::make(IssuerKeyFile::kPrivateKind, Ed25519::keyId(publicKey),
                                                 u"secret_key"_s, secretKey);
    return keyFromJson(QJsonDocument(json).toJson());
}

struct Keys {
    IssuerKeyPair issuer = keyFromJson(QByteArray(kFuzzIssuerPrivateKey));
    IssuerKeyPair forger = forgerKey();
    LicenseVerifier verifier{{issuer.publicKey()}};
};

const Keys& keys() {
    static const Keys k;
    return k;
}

QByteArray licenseFile(const QJsonObject& terms, const QString& keyId, const QByteArray& signature) {
    return License(LicenseTerms{}, terms, keyId, QString::fromLatin1(signature.toBase64())).toFileBytes();
}

bool isRefusal(const QString& code) {
    return code == LicenseErrorCode::malformed || code == LicenseErrorCode::unsignedLicense ||
           code == LicenseErrorCode::badSignature || code == LicenseErrorCode::untrustedKey ||
           code == LicenseErrorCode::tampered;
}

QString refusal(const QByteArray& file) {
    const auto verified = keys().verifier.verifyIgnoringExpiry(file);
    return verified ? QString() : verified.error().code;
}

// Terms that differ from `terms` in one field the server enforces; which
// field depends on `salt`, so that the fuzzer explores all of them.
QJsonObject tamperedTerms(const QJsonObject& original, uint salt) {
    QJsonObject terms = original;
    const auto otherThan = [&terms](const QString& key, const QJsonValue& a, const QJsonValue& b) {
        terms.insert(key, terms.value(key) == a ? b : a);
    };
    switch (salt % 5) {
    case 0:
        terms.insert(u"licensee"_s, QString(terms.value(u"licensee"_s).toString() + u"x"_s));
        break;
    case 1:
        otherThan(u"expires"_s, u"2999-12-31T23:59:59Z"_s, u"2998-12-31T23:59:59Z"_s);
        break;
    case 2: {
        QJsonObject components = terms.value(u"components"_s).toObject();
        const QJsonObject unlimited{{u"max_instances"_s, 1000000},
                                    {u"max_cores_per_instance"_s, 1000000},
                                    {u"max_total_cores"_s, 1000000}};
        const QJsonObject none{
            {u"max_instances"_s, 0}, {u"max_cores_per_instance"_s, 0}, {u"max_total_cores"_s, 0}};
        components.insert(u"vdp"_s, components.value(u"vdp"_s) == unlimited ? none : unlimited);
        terms.insert(u"components"_s, components);
        break;
    }
    case 3:
        otherThan(u"max_license_managers"_s, 16, 15);
        break;
    default:
        otherThan(u"grace_period_s"_s, 1, 2);
        break;
    }
    FUZZ_CHECK(License::canonicalBytes(terms) != License::canonicalBytes(original));
    return terms;
}

// Everything a verified license must satisfy.
void checkVerified(const License& license, uint salt) {
    const Keys& k = keys();
    // Signed by the trusted key, over the bytes of the terms it carries.
    FUZZ_CHECK(license.keyId() == k.issuer.keyId());
    const auto signature = QByteArray::fromBase64Encoding(license.signature().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    FUZZ_CHECK(signature);
    FUZZ_CHECK(Ed25519::verify(license.signedBytes(), signature.decoded, k.issuer.publicKey().bytes()));
    // The terms enforced are the ones signed: reading the signed bytes again
    // gives the same object and the same terms.
    auto signedObject = TextFile::parseObject(license.signedBytes(), LicenseErrorCode::malformed);
    FUZZ_CHECK(signedObject.ok());
    FUZZ_CHECK(License::canonicalBytes(signedObject.value()) == license.signedBytes());
    const auto terms = LicenseTerms::fromJson(signedObject.value());
    FUZZ_CHECK(terms.ok() && terms.value() == license.terms());

    // Written out again (`license install` copies the file), it still verifies.
    const auto rewritten = k.verifier.verifyIgnoringExpiry(license.toFileBytes());
    FUZZ_CHECK(rewritten.ok() && rewritten->terms() == license.terms());

    // Expiry is the only difference between verify() and verifyIgnoringExpiry().
    const QByteArray file = license.toFileBytes();
    const qint64 expires = license.terms().expiresMs;
    const LicenseCheck onTheDay = k.verifier.verify(file, expires);
    FUZZ_CHECK(onTheDay.ok());
    if (expires < std::numeric_limits<qint64>::max()) {
        const LicenseCheck dayAfter = k.verifier.verify(file, expires + 1);
        FUZZ_CHECK(dayAfter.isGenuine() && dayAfter.isExpired() && !dayAfter.ok());
    }

    // Changed terms under the same signature are refused.
    FUZZ_CHECK(refusal(licenseFile(tamperedTerms(license.termsJson(), salt), license.keyId(),
                                   signature.decoded)) == LicenseErrorCode::tampered);
    // A forger's signature is refused, whether it names the trusted key...
    const QByteArray forged = k.forger.sign(license.signedBytes());
    FUZZ_CHECK(refusal(licenseFile(license.termsJson(), k.issuer.keyId(), forged)) ==
               LicenseErrorCode::tampered);
    // ... or its own.
    FUZZ_CHECK(refusal(licenseFile(license.termsJson(), k.forger.keyId(), forged)) ==
               LicenseErrorCode::untrustedKey);
}

// 1. The input as a license file.
void verifyAsFile(const QByteArray& file, uint salt) {
    const Keys& k = keys();
    const auto parsed = License::parse(file);
    const auto verified = k.verifier.verifyIgnoringExpiry(file);
    if (!verified) {
        FUZZ_CHECK(isRefusal(verified.error().code));
        FUZZ_CHECK(!verified.error().message.isEmpty());
        FUZZ_CHECK(parsed.ok() || verified.error().code == LicenseErrorCode::malformed);
        const LicenseCheck check = k.verifier.verify(file, 0);
        FUZZ_CHECK(!check.isGenuine() && check.problem && check.problem->code == verified.error().code);
        return;
    }
    FUZZ_CHECK(parsed.ok() && parsed->terms() == verified->terms());
    checkVerified(verified.value(), salt);
}

// 2. Its fields, signed by the issuer.
void issueAndVerify(const QByteArray& input, uint salt) {
    const auto object = TextFile::parseObject(input, LicenseErrorCode::malformed);
    if (!object)
        return;
    const QJsonValue termsValue = object->value(u"terms"_s);
    const QJsonObject terms = termsValue.isObject() ? termsValue.toObject() : object.value();
    const auto valid = LicenseTerms::fromJson(terms);
    const auto issued = LicenseIssuer::issue(terms, keys().issuer);
    FUZZ_CHECK(issued.ok() == valid.ok());
    if (!issued)
        return;
    FUZZ_CHECK(issued->terms() == valid.value());
    // What `license issue` writes must be accepted by every License Manager
    // that trusts the key.
    const QByteArray file = issued->toFileBytes();
    const auto verified = keys().verifier.verifyIgnoringExpiry(file);
    FUZZ_CHECK(verified.ok());
    FUZZ_CHECK(verified->terms() == valid.value());
    checkVerified(verified.value(), salt);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > fuzz::kMaxInput)
        return 0;
    const QByteArray input = fuzz::bytes(data, size);
    const uint salt = size ? uint(data[size / 2]) : 0;
    verifyAsFile(input, salt);
    issueAndVerify(input, salt);
    return 0;
}
