#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lk {

// A public key that licenses can be checked against. A License Manager holds
// one per issuer it trusts.
class IssuerPublicKey {
    Q_DECLARE_TR_FUNCTIONS(IssuerPublicKey)

public:
    static Result<IssuerPublicKey> fromBytes(const QByteArray& publicKey);
    static Result<IssuerPublicKey> fromJson(const QJsonObject& json);
    static Result<IssuerPublicKey> load(const QString& path);

    QJsonObject toJson() const;
    QByteArray toFileBytes() const;
    Status save(const QString& path) const;

    const QString& keyId() const { return m_keyId; }
    const QByteArray& bytes() const { return m_publicKey; }
    bool verify(const QByteArray& message, const QByteArray& signature) const;

    friend bool operator==(const IssuerPublicKey&, const IssuerPublicKey&) = default;

private:
    IssuerPublicKey(QByteArray publicKey, QString keyId);

    QByteArray m_publicKey;
    QString m_keyId;
};

} // namespace lk
