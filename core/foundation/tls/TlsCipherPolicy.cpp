#include "tls/TlsCipherPolicy.h"

using namespace Qt::StringLiterals;

namespace lk {

QStringList TlsCipherPolicy::tls12Names() {
    // ECDSA first: the certificates leasekeeper-ctl makes are EC keys.
    return {u"ECDHE-ECDSA-AES128-GCM-SHA256"_s, u"ECDHE-ECDSA-AES256-GCM-SHA384"_s,
            u"ECDHE-ECDSA-CHACHA20-POLY1305"_s, u"ECDHE-RSA-AES128-GCM-SHA256"_s,
            u"ECDHE-RSA-AES256-GCM-SHA384"_s,   u"ECDHE-RSA-CHACHA20-POLY1305"_s};
}

QList<QSslCipher> TlsCipherPolicy::serverCiphers(const QList<QSslCipher>& supported) {
    QList<QSslCipher> tls13;
    for (const QSslCipher& cipher : supported) {
        if (cipher.protocol() == QSsl::TlsV1_3)
            tls13 << cipher;
    }
    QList<QSslCipher> allowed = tls13;
    for (const QString& name : tls12Names()) {
        for (const QSslCipher& cipher : supported) {
            if (cipher.name() == name && cipher.protocol() != QSsl::TlsV1_3)
                allowed << cipher;
        }
    }
    return allowed;
}

} // namespace lk
