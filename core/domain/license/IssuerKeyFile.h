#pragma once

#include "license/LicenseErrorCode.h"
#include "util/Result.h"
#include "util/TextFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lk {

// The JSON layout shared by issuer private and public key files:
// {"kind": ..., "algorithm": "ed25519", "key_id": ..., "<key field>": base64}.
class IssuerKeyFile {
    Q_DECLARE_TR_FUNCTIONS(IssuerKeyFile)

public:
    static constexpr QStringView kPrivateKind = u"leasekeeper-issuer-private-key";
    static constexpr QStringView kPublicKind = u"leasekeeper-issuer-public-key";
    static constexpr QStringView kAlgorithm = u"ed25519";

    // The key in `field` of a file of `kind`, which must hold exactly `size`
    // bytes.
    static Result<QByteArray> readKey(const QJsonObject& json, QStringView kind, const QString& field,
                                      qsizetype size);
    // Checks that the stored key_id is the one computed from the public key.
    static Status checkKeyId(const QJsonObject& json, const QByteArray& publicKey);
    static QJsonObject make(QStringView kind, const QString& keyId, const QString& field,
                            const QByteArray& key);
    // Adds "<role> <path>: " to a load error, keeping its code.
    static Error inFile(const Error& error, const QString& role, const QString& path);
    // Reads the key file at `path` with Key::fromJson; `role` names the file
    // in errors.
    template <typename Key> static Result<Key> load(const QString& path, const QString& role);

private:
    // Checks kind and algorithm. Mixing up the two key files is the likely
    // mistake, so it gets its own message.
    static Status checkHeader(const QJsonObject& json, QStringView expectedKind);
    // Decodes a base64 field that must hold exactly `size` bytes.
    static Result<QByteArray> decodeKey(const QJsonObject& json, const QString& field, qsizetype size);
};

template <typename Key> Result<Key> IssuerKeyFile::load(const QString& path, const QString& role) {
    auto json = TextFile::readObject(path, role, LicenseErrorCode::invalidKeyFile);
    if (!json)
        return json.error();
    auto key = Key::fromJson(json.value());
    if (!key)
        return inFile(key.error(), role, path);
    return key;
}

} // namespace lk
