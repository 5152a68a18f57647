#include "license/IssuerKeyFile.h"

#include "license/Ed25519.h"
#include "license/LicenseErrorCode.h"

using namespace Qt::StringLiterals;

namespace lk {
namespace {

Error invalid(const QString& message) {
    return makeError(LicenseErrorCode::invalidKeyFile.toString(), message);
}

} // namespace

Status IssuerKeyFile::checkHeader(const QJsonObject& json, QStringView expectedKind) {
    const QString kind = json.value(u"kind"_s).toString();
    if (kind != expectedKind) {
        if (expectedKind == kPublicKind && kind == kPrivateKind)
            return invalid(tr("this is an issuer PRIVATE key; give the public key file written by "
                              "'license keygen --public' instead, and keep the private key off servers"));
        if (expectedKind == kPrivateKind && kind == kPublicKind)
            return invalid(tr("this is an issuer public key; signing needs the private key file written by "
                              "'license keygen --private'"));
        return invalid(tr("\"kind\" is \"%1\" but must be \"%2\"; this is not a LeaseKeeper issuer key file")
                           .arg(kind, expectedKind.toString()));
    }
    const QString algorithm = json.value(u"algorithm"_s).toString();
    if (algorithm != kAlgorithm)
        return invalid(tr("\"algorithm\" is \"%1\" but only \"ed25519\" is supported").arg(algorithm));
    return {};
}

Result<QByteArray> IssuerKeyFile::readKey(const QJsonObject& json, QStringView kind, const QString& field,
                                          qsizetype size) {
    if (auto header = checkHeader(json, kind); !header)
        return header.error();
    return decodeKey(json, field, size);
}

Result<QByteArray> IssuerKeyFile::decodeKey(const QJsonObject& json, const QString& field, qsizetype size) {
    const QJsonValue value = json.value(field);
    if (!value.isString())
        return invalid(tr("\"%1\" is missing or not a string").arg(field));
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid(tr("\"%1\" is not valid base64").arg(field));
    if (decoded.decoded.size() != size)
        return invalid(tr("\"%1\" holds %2 bytes but an Ed25519 key of this kind has %3; the file is damaged")
                           .arg(field)
                           .arg(decoded.decoded.size())
                           .arg(size));
    return decoded.decoded;
}

Status IssuerKeyFile::checkKeyId(const QJsonObject& json, const QByteArray& publicKey) {
    const QString stored = json.value(u"key_id"_s).toString();
    const QString computed = Ed25519::keyId(publicKey);
    if (stored != computed)
        return makeError(LicenseErrorCode::keyIdMismatch.toString(),
                         tr("\"key_id\" is \"%1\" but the key in the file has key id %2; the file was edited "
                            "or damaged")
                             .arg(stored, computed));
    return {};
}

QJsonObject IssuerKeyFile::make(QStringView kind, const QString& keyId, const QString& field,
                                const QByteArray& key) {
    return QJsonObject{{u"kind"_s, kind.toString()},
                       {u"algorithm"_s, kAlgorithm.toString()},
                       {u"key_id"_s, keyId},
                       {field, QString::fromLatin1(key.toBase64())}};
}

Error IssuerKeyFile::inFile(const Error& error, const QString& role, const QString& path) {
    return makeError(error.code, tr("%1 %2: %3").arg(role, path, error.message));
}

} // namespace lk
