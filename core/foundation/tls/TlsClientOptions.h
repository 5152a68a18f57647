#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>

namespace lk {

// How a client trusts License Managers over https://.
//
// - Nothing set: the system's certificate authorities, as a browser would.
// - caFile: the certificates in that PEM file are the ONLY authorities
//   trusted (they replace the system's, so a certificate bought from a
//   public CA for another purpose is not accepted by mistake). A self-signed
//   certificate made by `leasekeeper-ctl cert self-signed` is its own CA file.
// - pins: the server's certificate must be one of these (SHA-256 over the
//   certificate's DER). A pinned certificate is accepted even when no CA
//   vouches for it (self-signed, other host name, expired); any other
//   certificate is refused, even one a CA would accept.
// Certificate errors are never ignored otherwise.
struct TlsClientOptions {
    Q_DECLARE_TR_FUNCTIONS(TlsClientOptions)

public:
    QString caFile; // as given, for messages and for saving
    QList<QSslCertificate> caCertificates;
    QList<QByteArray> pinsSha256; // raw 32-byte digests

    bool isDefault() const { return caCertificates.isEmpty() && pinsSha256.isEmpty(); }
    bool isPinned() const { return !pinsSha256.isEmpty(); }
    bool matchesPin(const QSslCertificate& peer) const;

    // Reads the CA file (when not empty) and every pin. Error codes:
    // "ca_file" (missing, unreadable, no certificate in it) and "bad_pin".
    static Result<TlsClientOptions> create(const QString& caFile, const QStringList& pins);
    static Result<QList<QSslCertificate>> loadCaFile(const QString& path);

    // The configuration for every https:// request and QSslSocket of a client.
    QSslConfiguration sslConfiguration() const;
};

} // namespace lk
