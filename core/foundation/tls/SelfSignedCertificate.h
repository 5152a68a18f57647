#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace lk {

// A self-signed X.509 v3 certificate for a License Manager, made with
// OpenSSL (Qt can read certificates but not make them): an EC P-256 key,
// subject CN, subjectAltName, basicConstraints CA:TRUE (so that clients can
// use the certificate itself as their --ca file), keyUsage digitalSignature
// and keyCertSign, extendedKeyUsage serverAuth, a random 128-bit serial.
class SelfSignedCertificate {
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificate)

public:
    static constexpr int kMaxDays = 3650;

    struct Request {
        QString commonName;
        // "DNS:name" or "IP:address"; empty: DNS:<commonName>.
        QStringList subjectAltNames;
        int days = 365;
    };
    struct Pem {
        QByteArray certificate;
        QByteArray privateKey; // PKCS#8, unencrypted
    };

    // Error code "usage" for a bad request, "openssl" when OpenSSL fails.
    static Result<Pem> generate(const Request& request);
    // Writes both files; the key with mode 0600. Refuses (code "exists") to
    // replace either file unless `force`.
    static Status write(const Pem& pem, const QString& certificatePath, const QString& keyPath, bool force);
    // "DNS:name" / "IP:address", normalised ("dns:" accepted); error code "usage".
    static Result<QString> parseSubjectAltName(const QString& text);
};

} // namespace lk
