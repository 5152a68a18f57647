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
class TlsServerCredentials {
    Q_DECLARE_TR_FUNCTIONS(TlsServerCredentials)

public:
    static Result<TlsServerCredentials> load(const QString& certificatePath, const QString& keyPath,
                                             const QDateTime& now = QDateTime::currentDateTimeUtc());

    const QSslConfiguration& configuration() const { return m_configuration; }
    QDateTime expires() const { return m_expires; }
    QString subject() const { return m_subject; }
    const QStringList& warnings() const { return m_warnings; }

private:
    QSslConfiguration m_configuration;
    QDateTime m_expires;
    QString m_subject;
    QStringList m_warnings;
};

} // namespace lk
