#include "tls/TlsClientOptions.h"

#include "tls/CertificateFingerprint.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace lk {

bool TlsClientOptions::matchesPin(const QSslCertificate& peer) const {
    return !peer.isNull() && pinsSha256.contains(CertificateFingerprint::sha256(peer));
}

Result<QList<QSslCertificate>> TlsClientOptions::loadCaFile(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return makeError(u"ca_file"_s, tr("the CA file %1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"ca_file"_s, tr("cannot read the CA file %1: %2").arg(path, file.errorString()));
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    const QByteArray pem = file.read(kMaxBytes + 1);
    if (pem.size() > kMaxBytes)
        return makeError(u"ca_file"_s, tr("the CA file %1 is larger than 4 MiB").arg(path));
    QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    certificates.removeIf([](const QSslCertificate& certificate) { return certificate.isNull(); });
    if (certificates.isEmpty())
        return makeError(u"ca_file"_s,
                         tr("the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); "
                            "give the certificate that signed the server's, or the server's own "
                            "self-signed certificate")
                             .arg(path));
    return certificates;
}

Result<TlsClientOptions> TlsClientOptions::create(const QString& caFile, const QStringList& pins) {
    TlsClientOptions options;
    if (!caFile.isEmpty()) {
        auto certificates = loadCaFile(caFile);
        if (!certificates)
            return certificates.error();
        options.caFile = caFile;
        options.caCertificates = std::move(certificates).value();
    }
    for (const QString& text : pins) {
        const auto pin = CertificateFingerprint::parse(text);
        if (!pin)
            return pin.error();
        if (!options.pinsSha256.contains(pin.value()))
            options.pinsSha256.append(pin.value());
    }
    return options;
}

QSslConfiguration TlsClientOptions::sslConfiguration() const {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caCertificates.isEmpty())
        configuration.setCaCertificates(caCertificates); // replaces the system's
    return configuration;
}

} // namespace lk
