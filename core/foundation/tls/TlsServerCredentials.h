#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslConfiguration>
#include <QStringList>

namespace lk {

// The server's certificate (chain) and private key for --tls-cert and
// --tls-key, checked when the server starts: files readable, PEM, the key
// matching the certificate. An expired or not yet valid certificate is a
// warning, not an error (clients will refuse it; the administrator is told).
// The configuration offers the cipher suites of TlsCipherPolicy.
class TlsServerCredentials {
    Q_DECLARE_TR_FUNCTIONS(TlsServerCredentials)

public:
    static Result<TlsServerCredentials> load(const QString& certificatePath, const QString& keyPath,
                                             const QDateTime& now = QDateTime::currentDateTimeUtc());

    const QSslConfiguration& configuration() const { return m_configuration; }
    QDateTime expires() const { return m_expires; }
    QString subject() const { return m_subject; }
    // SHA-256 of the server's certificate, "AB:CD:...", as clients pin it.
    QString fingerprint() const { return m_fingerprint; }
    // The same certificate chain and private key.
    bool sameAs(const TlsServerCredentials& other) const;
    const QStringList& warnings() const { return m_warnings; }

private:
    QSslConfiguration m_configuration;
    QDateTime m_expires;
    QString m_subject;
    QString m_fingerprint;
    QStringList m_warnings;
};

} // namespace lk
