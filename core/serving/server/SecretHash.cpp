#include "server/SecretHash.h"

#include <sodium.h>

namespace lk {

namespace {
constexpr qsizetype kSaltBytes = 16;
} // namespace

QByteArray SecretHash::hash(const QByteArray& secret) const {
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(secret.constData()), size_t(secret.size()),
                       reinterpret_cast<const unsigned char*>(m_salt.constData()), size_t(m_salt.size()));
    return out;
}

SecretHash SecretHash::of(const QByteArray& secret) {
    if (sodium_init() < 0)
        return {};
    SecretHash result;
    result.m_salt = QByteArray(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(result.m_salt.data(), size_t(result.m_salt.size()));
    result.m_hash = result.hash(secret);
    return result;
}

bool SecretHash::matches(const QByteArray& candidate) const {
    if (!isSet())
        return false;
    // Hashing first makes the comparison independent of the candidate's length.
    const QByteArray digest = hash(candidate);
    return sodium_memcmp(digest.constData(), m_hash.constData(), size_t(m_hash.size())) == 0;
}

} // namespace lk
