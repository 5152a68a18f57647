#pragma once

#include "tls/TlsClientOptions.h"

#include <QList>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace lk {

// The one judge of a server's certificate, for every client: Qt verifies the
// chain and the host name against TlsClientOptions::sslConfiguration(), and
// this decides what its errors and a pin mean.
class TlsVerifier {
public:
    struct Verdict {
        bool accepted = false;
        QString message; // why not, when refused
    };

    // After a handshake with errors: they are ignored only when the options
    // pin the certificate and the server presented exactly that one.
    static Verdict judgeErrors(const TlsClientOptions& options, const QUrl& url,
                               const QList<QSslError>& errors, const QSslCertificate& peer);
    // Once encrypted (errors or none): a pinned server must present a pinned
    // certificate, even one a CA vouches for.
    static Verdict judgeEncrypted(const TlsClientOptions& options, const QUrl& url,
                                  const QSslCertificate& peer);
};

} // namespace lk
