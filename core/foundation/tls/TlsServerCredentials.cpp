#include "tls/TlsServerCredentials.h"

#include "tls/TlsCipherPolicy.h"
#include "tls/CertificateFingerprint.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

Error tlsError(const QString& message) {
    return makeError(u"tls"_s, message);
}

Result<QByteArray> readFile(const QString& path, const QString& what) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tlsError(
            TlsServerCredentials::tr("cannot read the TLS %1 %2: %3").arg(what, path, file.errorString()));
    // Certificates and keys are small; a huge file is a mistake.
    return file.read(1024 * 1024);
}

// OpenSSL tells whether the key belongs to the certificate; QtNetwork cannot.
Result<bool> keyMatches(const QByteArray& certificatePem, const QByteArray& keyPem) {
    using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
    Bio certificateBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())), &BIO_free);
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> x509(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr), &X509_free);
    // No passphrase callback: an encrypted key fails here, as it should.
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, const_cast<char*>("")), &EVP_PKEY_free);
    if (!x509 || !key)
        return Error{};
    return X509_check_private_key(x509.get(), key.get()) == 1;
}

} // namespace

Result<TlsServerCredentials> TlsServerCredentials::load(const QString& certificatePath,
                                                        const QString& keyPath, const QDateTime& now) {
    if (!QSslSocket::supportsSsl())
        return tlsError(tr("TLS is not available: Qt found no TLS library (OpenSSL 3)"));
    if (certificatePath.isEmpty() || keyPath.isEmpty())
        return tlsError(tr("TLS needs both --tls-cert and --tls-key"));
    auto certificatePem = readFile(certificatePath, tr("certificate"));
    if (!certificatePem)
        return certificatePem.error();
    auto keyPem = readFile(keyPath, tr("private key"));
    if (!keyPem)
        return keyPem.error();

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return tlsError(tr("the TLS certificate %1 is not a PEM certificate (-----BEGIN CERTIFICATE-----)")
                            .arg(certificatePath));
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        key = QSslKey(keyPem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return tlsError(
            tr("the TLS private key %1 is not an unencrypted PEM private key (EC, RSA or DSA)").arg(keyPath));
    auto matches = keyMatches(certificatePem.value(), keyPem.value());
    if (!matches)
        return tlsError(
            tr("OpenSSL cannot read the TLS certificate %1 or the key %2").arg(certificatePath, keyPath));
    if (!matches.value())
        return tlsError(
            tr("the TLS private key %1 does not belong to the certificate %2").arg(keyPath, certificatePath));

    TlsServerCredentials credentials;
    const QSslCertificate& leaf = chain.first();
    credentials.m_expires = leaf.expiryDate().toUTC();
    credentials.m_subject = leaf.subjectDisplayName();
    credentials.m_fingerprint = CertificateFingerprint::formatSha256(leaf);
    if (leaf.expiryDate() <= now)
        credentials.m_warnings << tr("the TLS certificate %1 expired on %2: clients will refuse it")
                                      .arg(certificatePath, leaf.expiryDate().toUTC().toString(Qt::ISODate));
    else if (leaf.effectiveDate() > now)
        credentials.m_warnings << tr("the TLS certificate %1 is not valid before %2: clients will refuse it")
                                      .arg(certificatePath,
                                           leaf.effectiveDate().toUTC().toString(Qt::ISODate));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(TlsCipherPolicy::serverCiphers(QSslConfiguration::supportedCiphers()));
    credentials.m_configuration = configuration;
    return credentials;
}

bool TlsServerCredentials::sameAs(const TlsServerCredentials& other) const {
    return m_configuration.localCertificateChain() == other.m_configuration.localCertificateChain() &&
           m_configuration.privateKey() == other.m_configuration.privateKey();
}

} // namespace lk
