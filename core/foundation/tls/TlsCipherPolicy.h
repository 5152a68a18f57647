#pragma once

#include <QList>
#include <QSslCipher>
#include <QStringList>

namespace lk {

// The cipher suites the License Manager offers. TLS 1.2: only AEAD suites
// with forward secrecy, ECDHE key exchange with AES-GCM or ChaCha20-Poly1305
// (no CBC, no static RSA key exchange, no finite-field DHE). TLS 1.3: every
// suite the TLS library supports, as before (they are all AEAD with forward
// secrecy).
class TlsCipherPolicy {
public:
    // The TLS 1.2 suites allowed, by their OpenSSL names, in order of preference.
    static QStringList tls12Names();
    // `supported` (QSslConfiguration::supportedCiphers()) narrowed to the policy.
    static QList<QSslCipher> serverCiphers(const QList<QSslCipher>& supported);
};

} // namespace lk
