#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace lk {

// The SHA-256 fingerprint of a certificate (over its DER encoding), the way
// administrators read and pin it: "AB:CD:...:EF", 32 bytes.
class CertificateFingerprint {
    Q_DECLARE_TR_FUNCTIONS(CertificateFingerprint)

public:
    static constexpr qsizetype kBytes = 32;

    static QByteArray sha256(const QSslCertificate& certificate);
    // "AB:CD:..." upper-case hex with colons.
    static QString format(const QByteArray& digest);
    static QString formatSha256(const QSslCertificate& certificate) { return format(sha256(certificate)); }
    // Accepts hex (colons, spaces and case ignored; as printed by
    // `leasekeeper-ctl cert self-signed` or `openssl x509 -fingerprint -sha256`),
    // optionally prefixed "sha256:" or "sha256//", or base64 (as in HPKP-style
    // pins, here over the whole certificate). Error code "bad_pin".
    static Result<QByteArray> parse(const QString& text);
};

} // namespace lk
