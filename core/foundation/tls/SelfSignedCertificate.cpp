#include "tls/SelfSignedCertificate.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <memory>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

template <auto Free> struct Deleter {
    template <typename T> void operator()(T* pointer) const { Free(pointer); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free>>;
using Big = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

Error openSslError(const QString& what) {
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return makeError(u"openssl"_s,
                     SelfSignedCertificate::tr("%1 failed: %2").arg(what, QString::fromLatin1(text)));
}

QByteArray readAll(BIO* bio) {
    QByteArray data;
    char buffer[4096];
    int n = 0;
    while ((n = BIO_read(bio, buffer, sizeof buffer)) > 0)
        data.append(buffer, n);
    return data;
}

bool addExtension(X509* cert, X509V3_CTX* context, int nid, const QByteArray& value) {
    const Extension extension(X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

bool setRandomSerial(X509* cert) {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x40; // and always 16 bytes long
    const Big serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)) != nullptr;
}

} // namespace

Result<QString> SelfSignedCertificate::parseSubjectAltName(const QString& text) {
    const qsizetype colon = text.indexOf(u':');
    const QString kind = text.left(colon).toUpper();
    const QString value = text.mid(colon + 1);
    static const QRegularExpression dnsName(u"^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                                            u"(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"_s);
    if (colon > 0 && kind == u"DNS"_s && value.size() <= 253 && dnsName.match(value).hasMatch())
        return QString(u"DNS:"_s + value.toLower());
    if (colon > 0 && kind == u"IP"_s && !QHostAddress(value).isNull())
        return QString(u"IP:"_s + QHostAddress(value).toString());
    return makeError(u"usage"_s, tr("'%1' is not a subject alternative name; write DNS:host.example.com or "
                                    "IP:10.0.0.5")
                                     .arg(text));
}

Result<SelfSignedCertificate::Pem> SelfSignedCertificate::generate(const Request& request) {
    const QString cn = request.commonName.trimmed();
    if (cn.isEmpty() || cn.size() > 64)
        return makeError(u"usage"_s, tr("the common name must be 1 to 64 characters long"));
    if (request.days < 1 || request.days > kMaxDays)
        return makeError(u"usage"_s, tr("the validity must be from 1 to %1 days").arg(kMaxDays));
    QStringList names;
    for (const QString& text :
         request.subjectAltNames.isEmpty() ? QStringList{u"DNS:"_s + cn} : request.subjectAltNames) {
        const auto name = parseSubjectAltName(text);
        if (!name)
            return name.error();
        if (!names.contains(name.value()))
            names.append(name.value());
    }

    const PKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return openSslError(tr("generating an EC P-256 key"));
    const Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()))
        return openSslError(tr("creating the certificate"));
    // A few minutes back, so that a client whose clock is slightly behind
    // does not see a certificate from the future.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(request.days) * 24 * 3600);
    X509_NAME* subject = X509_get_subject_name(cert.get());
    const QByteArray cnUtf8 = cn.toUtf8();
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cnUtf8.constData()), -1, -1,
                                   0) != 1 ||
        X509_set_issuer_name(cert.get(), subject) != 1 || X509_set_pubkey(cert.get(), key.get()) != 1)
        return openSslError(tr("setting the certificate's names"));

    X509V3_CTX context;
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    const bool extended =
        addExtension(cert.get(), &context, NID_basic_constraints, "critical,CA:TRUE") &&
        addExtension(cert.get(), &context, NID_key_usage, "critical,digitalSignature,keyCertSign") &&
        addExtension(cert.get(), &context, NID_ext_key_usage, "serverAuth") &&
        addExtension(cert.get(), &context, NID_subject_key_identifier, "hash") &&
        addExtension(cert.get(), &context, NID_authority_key_identifier, "keyid:always") &&
        addExtension(cert.get(), &context, NID_subject_alt_name, names.join(u',').toLatin1());
    if (!extended)
        return openSslError(tr("adding the certificate's extensions"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return openSslError(tr("signing the certificate"));

    const Bio certBio(BIO_new(BIO_s_mem()));
    const Bio keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return openSslError(tr("writing PEM"));
    return Pem{readAll(certBio.get()), readAll(keyBio.get())};
}

Status SelfSignedCertificate::write(const Pem& pem, const QString& certificatePath, const QString& keyPath,
                                    bool force) {
    if (QFileInfo(certificatePath).absoluteFilePath() == QFileInfo(keyPath).absoluteFilePath())
        return makeError(u"usage"_s, tr("the certificate and the key must go to different files"));
    for (const QString& path : {certificatePath, keyPath}) {
        if (!force && QFile::exists(path))
            return makeError(u"exists"_s, tr("%1 exists already; pass --force to replace it").arg(path));
    }
    const auto save = [force](const QString& path, const QByteArray& data,
                              QFile::Permissions permissions) -> Status {
        // Removed first, so that a replaced key file gets mode 0600 too.
        if (force && QFile::exists(path) && !QFile::remove(path))
            return makeError(u"write"_s, tr("cannot replace %1").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions) ||
            file.write(data) != data.size() || !file.flush())
            return makeError(u"write"_s, tr("cannot write %1: %2").arg(path, file.errorString()));
        return {};
    };
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (auto written = save(keyPath, pem.privateKey, ownerOnly); !written)
        return written;
    return save(certificatePath, pem.certificate, ownerOnly | QFile::ReadGroup | QFile::ReadOther);
}

} // namespace lk
