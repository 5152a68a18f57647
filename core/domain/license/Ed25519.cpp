#include "license/Ed25519.h"

#include <QRegularExpression>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace lk {

static_assert(Ed25519::kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(Ed25519::kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(Ed25519::kSignatureBytes == crypto_sign_BYTES);
static_assert(Ed25519::kKeyIdBytes <= crypto_generichash_BYTES);

namespace {

const unsigned char* bytesOf(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}
unsigned char* bytesOf(QByteArray& data) {
    return reinterpret_cast<unsigned char*>(data.data());
}

// Secret material should not linger in freed heap memory.
void wipe(QByteArray& secret) {
    secret.detach();
    sodium_memzero(secret.data(), size_t(secret.size()));
}

} // namespace

bool Ed25519::initialize() {
    // A function-local static is initialized exactly once even when several
    // threads get here first, which is all sodium_init() needs.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::optional<Ed25519::KeyPair> Ed25519::generate() {
    if (!initialize())
        return std::nullopt;
    KeyPair pair{QByteArray(kPublicKeyBytes, Qt::Uninitialized),
                 QByteArray(kSecretKeyBytes, Qt::Uninitialized)};
    if (crypto_sign_keypair(bytesOf(pair.publicKey), bytesOf(pair.secretKey)) != 0)
        return std::nullopt;
    return pair;
}

QByteArray Ed25519::publicKeyFor(const QByteArray& secretKey) {
    if (secretKey.size() != kSecretKeyBytes || !initialize())
        return {};
    // Derive from the seed rather than trusting the public half stored in the
    // secret key, so that a damaged or hand-edited key file is noticed before
    // it signs anything.
    QByteArray publicKey(kPublicKeyBytes, Qt::Uninitialized);
    QByteArray derived(kSecretKeyBytes, Qt::Uninitialized);
    crypto_sign_seed_keypair(bytesOf(publicKey), bytesOf(derived), bytesOf(secretKey));
    const bool consistent =
        sodium_memcmp(derived.constData(), secretKey.constData(), size_t(kSecretKeyBytes)) == 0;
    wipe(derived);
    return consistent ? publicKey : QByteArray();
}

QByteArray Ed25519::sign(const QByteArray& message, const QByteArray& secretKey) {
    if (secretKey.size() != kSecretKeyBytes || !initialize())
        return {};
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytesOf(signature), nullptr, bytesOf(message),
                         static_cast<unsigned long long>(message.size()), bytesOf(secretKey));
    return signature;
}

bool Ed25519::verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey) {
    if (signature.size() != kSignatureBytes || publicKey.size() != kPublicKeyBytes || !initialize())
        return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytesOf(publicKey)) == 0;
}

QString Ed25519::keyId(const QByteArray& publicKey) {
    if (!initialize())
        return {};
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, bytesOf(publicKey),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), kKeyIdBytes).toHex());
}

bool Ed25519::isKeyId(const QString& text) {
    static const QRegularExpression pattern(u"^[0-9a-f]{16}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace lk
