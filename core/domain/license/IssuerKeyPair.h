#pragma once

#include "license/IssuerPublicKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lk {

// The issuer's signing key. It lives on the issuing workstation only; License
// Managers get the public half.
class IssuerKeyPair {
    Q_DECLARE_TR_FUNCTIONS(IssuerKeyPair)

public:
    static Result<IssuerKeyPair> generate();
    static Result<IssuerKeyPair> fromJson(const QJsonObject& json);
    static Result<IssuerKeyPair> load(const QString& privateKeyPath);

    // The private key file content; it contains the secret key.
    QByteArray toPrivateFileBytes() const;
    // Writes the private key with mode 0600; refuses to replace an existing
    // file unless `overwrite`, because losing a key cannot be undone.
    Status savePrivate(const QString& path, bool overwrite) const;
    Status savePublic(const QString& path) const { return m_publicKey.save(path); }

    const IssuerPublicKey& publicKey() const { return m_publicKey; }
    const QString& keyId() const { return m_publicKey.keyId(); }
    QByteArray sign(const QByteArray& message) const;

private:
    IssuerKeyPair(QByteArray secretKey, IssuerPublicKey publicKey);

    QByteArray m_secretKey;
    IssuerPublicKey m_publicKey;
};

} // namespace lk
