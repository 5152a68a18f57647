#pragma once

#include <QByteArray>

namespace lk {

// A secret kept only as a salted BLAKE2b hash (libsodium), compared in
// constant time. Empty (set to nothing) matches nothing.
class SecretHash {
public:
    SecretHash() = default;
    static SecretHash of(const QByteArray& secret);

    bool isSet() const { return !m_hash.isEmpty(); }
    bool matches(const QByteArray& candidate) const;

private:
    QByteArray hash(const QByteArray& secret) const;

    QByteArray m_salt;
    QByteArray m_hash;
};

} // namespace lk
