#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace lk {

struct TlsClientOptions;

// Certificate problems in words an administrator can act on: what is wrong,
// with which server, and which option fixes it.
class TlsErrorText {
    Q_DECLARE_TR_FUNCTIONS(TlsErrorText)

public:
    // Why the handshake with `url`'s server was refused; one sentence per
    // kind of problem, the most telling first.
    static QString refused(const QList<QSslError>& errors, const QUrl& url, const QSslCertificate& peer,
                           const TlsClientOptions& options);
    // The server presented a certificate other than the pinned one(s).
    static QString pinMismatch(const QUrl& url, const QSslCertificate& peer, const TlsClientOptions& options);
    // "https://host:port", as the messages name a server.
    static QString origin(const QUrl& url);
    // The names a certificate is valid for: its DNS and IP subject
    // alternative names, or its common name when it has none.
    static QStringList names(const QSslCertificate& certificate);

private:
    static QString untrusted(const QSslError& error, const QUrl& url, const QSslCertificate& peer,
                             const TlsClientOptions& options);
    static QString hostMismatch(const QUrl& url, const QSslCertificate& peer);
};

} // namespace lk
