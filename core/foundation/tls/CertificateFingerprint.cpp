#include "tls/CertificateFingerprint.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lk {

QByteArray CertificateFingerprint::sha256(const QSslCertificate& certificate) {
    return certificate.digest(QCryptographicHash::Sha256);
}

QString CertificateFingerprint::format(const QByteArray& digest) {
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

Result<QByteArray> CertificateFingerprint::parse(const QString& text) {
    QString pin = text.trimmed();
    for (const QString& prefix : {u"sha256//"_s, u"sha256:"_s, u"sha-256:"_s}) {
        if (pin.startsWith(prefix, Qt::CaseInsensitive)) {
            pin = pin.mid(prefix.size());
            break;
        }
    }
    static const QRegularExpression hex(u"^[0-9A-Fa-f]{2}([: ]?[0-9A-Fa-f]{2})*$"_s);
    if (hex.match(pin).hasMatch()) {
        const QByteArray digest = QByteArray::fromHex(pin.remove(u':').remove(u' ').toLatin1());
        if (digest.size() == kBytes)
            return digest;
    } else {
        const auto decoded =
            QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == kBytes)
            return decoded.decoded;
    }
    return makeError(u"bad_pin"_s,
                     tr("'%1' is not a SHA-256 fingerprint: give 32 bytes as hex (AB:CD:... with or "
                        "without colons, 64 digits) or base64 (44 characters)")
                         .arg(text));
}

} // namespace lk
