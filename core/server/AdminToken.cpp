#include "server/AdminToken.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kMaxTokenBytes = 4096;

QByteArray randomBytes(qsizetype count) {
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}
} // namespace

QByteArray AdminToken::hash(const QByteArray& token) const {
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(token.constData()), size_t(token.size()),
                       reinterpret_cast<const unsigned char*>(m_salt.constData()), size_t(m_salt.size()));
    return out;
}

AdminToken AdminToken::fromSecret(const QByteArray& token) {
    if (sodium_init() < 0)
        return {};
    AdminToken admin;
    admin.m_salt = randomBytes(kSaltBytes);
    admin.m_hash = admin.hash(token);
    return admin;
}

Result<AdminToken> AdminToken::fromFile(const QString& path, bool createIfMissing) {
    QFile file(path);
    if (!file.exists() && createIfMissing) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return makeError(u"admin_token"_s,
                             tr("cannot create the admin token file %1: %2").arg(path, file.errorString()));
        }
        if (sodium_init() < 0)
            return makeError(u"admin_token"_s, tr("the cryptography library failed to start"));
        file.write(randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                   '\n');
        file.close();
    }
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"admin_token"_s,
                         tr("cannot read the admin token file %1: %2").arg(path, file.errorString()));
    const QByteArray token = file.read(kMaxTokenBytes + 1).trimmed();
    if (token.size() < 16 || token.size() > kMaxTokenBytes)
        return makeError(
            u"admin_token"_s,
            tr("the admin token in %1 must be 16 to %2 characters long").arg(path).arg(kMaxTokenBytes));
    return fromSecret(token);
}

bool AdminToken::accepts(const QByteArray& authorization) const {
    // The scheme name is case-insensitive (RFC 7235); the token is not.
    if (!isConfigured() || authorization.size() < 7 || authorization.left(7).toLower() != "bearer ")
        return false;
    const QByteArray candidate = hash(authorization.mid(7).trimmed());
    return sodium_memcmp(candidate.constData(), m_hash.constData(), size_t(m_hash.size())) == 0;
}

} // namespace lk
