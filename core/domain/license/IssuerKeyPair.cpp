#include "license/IssuerKeyPair.h"

#include "license/Ed25519.h"
#include "license/IssuerKeyFile.h"
#include "license/LicenseErrorCode.h"
#include "util/TextFile.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const QString kKeyField = u"secret_key"_s;

Error cryptoUnavailable() {
    return makeError(LicenseErrorCode::cryptoUnavailable.toString(),
                     IssuerKeyPair::tr("libsodium failed to initialize or to generate a key"));
}

} // namespace

IssuerKeyPair::IssuerKeyPair(QByteArray secretKey, IssuerPublicKey publicKey)
    : m_secretKey(std::move(secretKey))
    , m_publicKey(std::move(publicKey)) {}

Result<IssuerKeyPair> IssuerKeyPair::generate() {
    const auto pair = Ed25519::generate();
    if (!pair)
        return cryptoUnavailable();
    auto publicKey = IssuerPublicKey::fromBytes(pair->publicKey);
    if (!publicKey)
        return publicKey.error();
    return IssuerKeyPair(pair->secretKey, publicKey.value());
}

Result<IssuerKeyPair> IssuerKeyPair::fromJson(const QJsonObject& json) {
    auto secretKey =
        IssuerKeyFile::readKey(json, IssuerKeyFile::kPrivateKind, kKeyField, Ed25519::kSecretKeyBytes);
    if (!secretKey)
        return secretKey.error();
    const QByteArray derived = Ed25519::publicKeyFor(secretKey.value());
    if (derived.isEmpty())
        return makeError(LicenseErrorCode::invalidKeyFile.toString(),
                         tr("\"secret_key\" is not a consistent Ed25519 key (its public half does not match "
                            "its seed); the file is damaged"));
    if (auto keyId = IssuerKeyFile::checkKeyId(json, derived); !keyId)
        return keyId.error();
    auto publicKey = IssuerPublicKey::fromBytes(derived);
    if (!publicKey)
        return publicKey.error();
    return IssuerKeyPair(secretKey.value(), publicKey.value());
}

Result<IssuerKeyPair> IssuerKeyPair::load(const QString& privateKeyPath) {
    return IssuerKeyFile::load<IssuerKeyPair>(privateKeyPath, tr("issuer private key file"));
}

QByteArray IssuerKeyPair::toPrivateFileBytes() const {
    const QJsonObject json =
        IssuerKeyFile::make(IssuerKeyFile::kPrivateKind, keyId(), kKeyField, m_secretKey);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Status IssuerKeyPair::savePrivate(const QString& path, bool overwrite) const {
    return TextFile::writePrivate(path, toPrivateFileBytes(), overwrite);
}

QByteArray IssuerKeyPair::sign(const QByteArray& message) const {
    return Ed25519::sign(message, m_secretKey);
}

} // namespace lk
