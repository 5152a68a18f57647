#include "license/IssuerPublicKey.h"

#include "license/Ed25519.h"
#include "license/IssuerKeyFile.h"
#include "license/LicenseErrorCode.h"
#include "util/TextFile.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const QString kKeyField = u"public_key"_s;

} // namespace

IssuerPublicKey::IssuerPublicKey(QByteArray publicKey, QString keyId)
    : m_publicKey(std::move(publicKey))
    , m_keyId(std::move(keyId)) {}

Result<IssuerPublicKey> IssuerPublicKey::fromBytes(const QByteArray& publicKey) {
    if (publicKey.size() != Ed25519::kPublicKeyBytes)
        return makeError(LicenseErrorCode::invalidKeyFile.toString(),
                         tr("an Ed25519 public key has 32 bytes, not %1").arg(publicKey.size()));
    if (!Ed25519::initialize())
        return makeError(LicenseErrorCode::cryptoUnavailable.toString(),
                         tr("libsodium failed to initialize"));
    return IssuerPublicKey(publicKey, Ed25519::keyId(publicKey));
}

Result<IssuerPublicKey> IssuerPublicKey::fromJson(const QJsonObject& json) {
    auto publicKey =
        IssuerKeyFile::readKey(json, IssuerKeyFile::kPublicKind, kKeyField, Ed25519::kPublicKeyBytes);
    if (!publicKey)
        return publicKey.error();
    if (auto keyId = IssuerKeyFile::checkKeyId(json, publicKey.value()); !keyId)
        return keyId.error();
    return fromBytes(publicKey.value());
}

Result<IssuerPublicKey> IssuerPublicKey::load(const QString& path) {
    return IssuerKeyFile::load<IssuerPublicKey>(path, tr("issuer public key file"));
}

QJsonObject IssuerPublicKey::toJson() const {
    return IssuerKeyFile::make(IssuerKeyFile::kPublicKind, m_keyId, kKeyField, m_publicKey);
}

QByteArray IssuerPublicKey::toFileBytes() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Status IssuerPublicKey::save(const QString& path) const {
    return TextFile::write(path, toFileBytes());
}

bool IssuerPublicKey::verify(const QByteArray& message, const QByteArray& signature) const {
    return Ed25519::verify(message, signature, m_publicKey);
}

} // namespace lk
