#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace lk {

// The only place that talks to libsodium, so that the rest of LeaseKeeper
// deals in QByteArray and never needs sodium.h (it is a PRIVATE dependency).
class Ed25519 {
public:
    static constexpr qsizetype kPublicKeyBytes = 32;
    static constexpr qsizetype kSecretKeyBytes = 64; // libsodium layout: seed || public key
    static constexpr qsizetype kSignatureBytes = 64;
    static constexpr qsizetype kKeyIdBytes = 8;

    struct KeyPair {
        QByteArray publicKey;
        QByteArray secretKey;
    };

    // Initializes libsodium once per process; safe to call from any thread.
    static bool initialize();

    static std::optional<KeyPair> generate();
    // The public key re-derived from the seed half of a secret key; empty if
    // the secret key has the wrong size or its halves do not belong together.
    static QByteArray publicKeyFor(const QByteArray& secretKey);
    // Empty if the secret key has the wrong size.
    static QByteArray sign(const QByteArray& message, const QByteArray& secretKey);
    static bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
    // 16 lower-case hex digits: the first 8 bytes of BLAKE2b-256 of the public key.
    static QString keyId(const QByteArray& publicKey);
    static bool isKeyId(const QString& text);
};

} // namespace lk
