#include "tls/TlsErrorText.h"

#include "tls/CertificateFingerprint.h"
#include "tls/TlsClientOptions.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

enum class Kind { Validity, Trust, Host, Other };

Kind kindOf(QSslError::SslError error) {
    switch (error) {
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return Kind::Validity;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return Kind::Trust;
    case QSslError::HostNameMismatch:
        return Kind::Host;
    default:
        return Kind::Other;
    }
}

QString utcDate(const QDateTime& time) {
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString quoted(const QStringList& names) {
    QStringList result;
    for (const QString& name : names)
        result << u"'"_s + name + u"'"_s;
    return result.join(u", "_s);
}

} // namespace

QString TlsErrorText::origin(const QUrl& url) {
    QUrl server =
        url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (server.port() < 0)
        server.setPort(server.scheme() == u"https"_s ? 443 : 80);
    return server.toString();
}

QStringList TlsErrorText::names(const QSslCertificate& certificate) {
    const auto alternatives = certificate.subjectAlternativeNames();
    QStringList result = alternatives.values(QSsl::DnsEntry);
    result += alternatives.values(QSsl::IpAddressEntry);
    if (result.isEmpty())
        result = certificate.subjectInfo(QSslCertificate::CommonName);
    return result;
}

QString TlsErrorText::untrusted(const QSslError& error, const QUrl& url, const QSslCertificate& peer,
                                const TlsClientOptions& options) {
    const QString fingerprint = CertificateFingerprint::formatSha256(peer);
    QString why;
    if (error.error() == QSslError::SelfSignedCertificate)
        why = tr("self-signed");
    else if (error.error() == QSslError::SelfSignedCertificateInChain)
        why = tr("its chain ends in a self-signed certificate");
    else
        why = tr("signed by '%1', an authority not trusted here")
                  .arg(peer.issuerInfo(QSslCertificate::CommonName).value(0, tr("unknown")));
    if (!options.caFile.isEmpty())
        return tr("the certificate of %1 is not trusted by the CA file %2 (%3); pass --ca with the "
                  "certificate that signed it, or pin it with --pin-sha256 %4")
            .arg(origin(url), options.caFile, why, fingerprint);
    return tr("the certificate of %1 is not trusted (%2); pass --ca FILE with the certificate that "
              "signed it, or pin it with --pin-sha256 %3")
        .arg(origin(url), why, fingerprint);
}

QString TlsErrorText::hostMismatch(const QUrl& url, const QSslCertificate& peer) {
    const QString host = url.host();
    const QString san = (QHostAddress(host).isNull() ? u"DNS:"_s : u"IP:"_s) + host;
    return tr("the certificate presented by %1 is for %2, not '%1'; connect with a name the "
              "certificate lists, or give the server a certificate for it "
              "(leasekeeper-ctl cert self-signed --san %3)")
        .arg(host, quoted(names(peer)), san);
}

QString TlsErrorText::refused(const QList<QSslError>& errors, const QUrl& url, const QSslCertificate& peer,
                              const TlsClientOptions& options) {
    QStringList sentences;
    const auto add = [&sentences](const QString& sentence) {
        if (!sentences.contains(sentence))
            sentences.append(sentence);
    };
    for (const Kind kind : {Kind::Validity, Kind::Trust, Kind::Host, Kind::Other}) {
        for (const QSslError& error : errors) {
            if (kindOf(error.error()) != kind)
                continue;
            const QSslCertificate certificate = error.certificate().isNull() ? peer : error.certificate();
            switch (kind) {
            case Kind::Validity:
                add(error.error() == QSslError::CertificateExpired
                        ? tr("the certificate of %1 expired on %2")
                              .arg(origin(url), utcDate(certificate.expiryDate()))
                        : tr("the certificate of %1 is not valid before %2 (is this host's clock right?)")
                              .arg(origin(url), utcDate(certificate.effectiveDate())));
                break;
            case Kind::Trust:
                add(untrusted(error, url, peer, options));
                break;
            case Kind::Host:
                add(hostMismatch(url, peer));
                break;
            case Kind::Other:
                add(tr("the certificate of %1 was refused: %2").arg(origin(url), error.errorString()));
                break;
            }
        }
    }
    if (sentences.isEmpty())
        return tr("the TLS handshake with %1 failed").arg(origin(url));
    return sentences.join(u"; "_s);
}

QString TlsErrorText::pinMismatch(const QUrl& url, const QSslCertificate& peer,
                                  const TlsClientOptions& options) {
    QStringList pinned;
    for (const QByteArray& pin : options.pinsSha256)
        pinned << CertificateFingerprint::format(pin);
    return tr("the certificate of %1 has the SHA-256 fingerprint %2, not the pinned %3; if the server's "
              "certificate was replaced on purpose, pin the new one")
        .arg(origin(url), CertificateFingerprint::formatSha256(peer), pinned.join(tr(" or ")));
}

} // namespace lk
