#include "ha/PairCertificate.h"

#include "tls/TlsServerCredentials.h"
#include "util/TextFile.h"
#include "tls/CertificateFingerprint.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

QString subjectAltName(const QString& host) {
    return (QHostAddress(host).isNull() ? u"DNS:"_s : u"IP:"_s) + host;
}

QString endpoint(const QUrl& url) {
    const QString host = url.host().contains(u':') ? u"[%1]"_s.arg(url.host()) : url.host();
    return u"%1:%2"_s.arg(host).arg(url.port(10091));
}

Result<QByteArray> readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"tls_files"_s,
                         PairCertificate::tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Status writeHaproxyPem(const QString& certificate, const QString& key, const QString& path) {
    auto cert = readFile(certificate);
    if (!cert)
        return cert.error();
    auto privateKey = readFile(key);
    if (!privateKey)
        return privateKey.error();
    // It holds the key: written readable by its owner only from the start.
    return TextFile::writePrivate(path, cert.value() + privateKey.value(), true);
}

} // namespace

SelfSignedCertificate::Request PairCertificate::request(const HaTargets& pair, int days) {
    SelfSignedCertificate::Request request;
    request.commonName = pair.loadBalancer.host();
    request.days = days;
    for (const QUrl& url : {pair.loadBalancer, pair.primary, pair.secondary}) {
        const QString name = subjectAltName(url.host());
        if (!url.host().isEmpty() && !request.subjectAltNames.contains(name))
            request.subjectAltNames << name;
    }
    return request;
}

Result<PairTlsFiles> PairCertificate::createSelfSigned(const HaTargets& pair, const QString& folder, int days,
                                                       bool force) {
    if (pair.loadBalancer.host().isEmpty())
        return makeError(u"tls_files"_s,
                         tr("enter the load balancer's address first: the certificate is for it"));
    auto pem = SelfSignedCertificate::generate(request(pair, days));
    if (!pem)
        return pem.error();
    const QDir dir(folder);
    if (!QDir().mkpath(folder))
        return makeError(u"tls_files"_s, tr("cannot create the folder %1").arg(folder));
    PairTlsFiles files{dir.filePath(u"pair.crt"_s), dir.filePath(u"pair.key"_s),
                       dir.filePath(u"pair-haproxy.pem"_s), dir.filePath(u"pair.crt"_s)};
    if (!force && QFile::exists(files.haproxyPem))
        return makeError(u"exists"_s, tr("%1 exists already; it is not replaced").arg(files.haproxyPem));
    if (auto written = SelfSignedCertificate::write(pem.value(), files.certificate, files.key, force);
        !written)
        return written.error();
    if (auto combined = writeHaproxyPem(files.certificate, files.key, files.haproxyPem); !combined)
        return combined.error();
    return files;
}

Result<PairTlsFiles> PairCertificate::useExisting(const QString& certificate, const QString& key,
                                                  const QString& ca) {
    if (auto credentials = TlsServerCredentials::load(certificate, key); !credentials)
        return credentials.error();
    if (QSslCertificate::fromPath(ca, QSsl::Pem).isEmpty())
        return makeError(u"tls_files"_s, tr("%1 holds no PEM certificate; choose the certificate of the "
                                            "authority that signed %2")
                                             .arg(ca, certificate));
    PairTlsFiles files{certificate, key, QFileInfo(key).dir().filePath(u"pair-haproxy.pem"_s), ca};
    if (auto combined = writeHaproxyPem(certificate, key, files.haproxyPem); !combined)
        return combined.error();
    return files;
}

QString PairCertificate::instructions(const HaTargets& pair, const PairTlsFiles& files) {
    const auto certificates = QSslCertificate::fromPath(files.certificate, QSsl::Pem);
    const QString fingerprint =
        certificates.isEmpty() ? QString() : CertificateFingerprint::formatSha256(certificates.first());
    QString text;
    text += tr("1. On both nodes, copy %1 and %2 (keep the key readable by the service only) and add to "
               "leasekeeper-server:\n   --tls-cert %1 --tls-key %2\n   Plain HTTP keeps working on the same "
               "port until you also add --tls-only.\n\n")
                .arg(files.certificate, files.key);
    text += tr("2. On the load balancer, HAProxy:\n   leasekeeper-ctl lb-config haproxy --primary %1 "
               "--secondary %2 --listen %3 --tls-cert %4 --tls-key %5 --nodes-ca %6\n\n")
                .arg(endpoint(pair.primary), endpoint(pair.secondary), endpoint(pair.loadBalancer),
                     files.haproxyPem, files.key, files.ca);
    text += tr("3. Components, the console and leasekeeper-ctl use https://%1 and trust the certificate "
               "with --ca %2")
                .arg(endpoint(pair.loadBalancer), files.ca);
    if (!fingerprint.isEmpty())
        text += tr(", or pin it with --pin-sha256 %1").arg(fingerprint);
    text += u".\n"_s;
    return text;
}

} // namespace lk
