#include "server/AdminToken.h"

#include "util/AdminTokenFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace lk {

AdminToken AdminToken::fromSecret(const QByteArray& token) {
    return AdminToken(SecretHash::of(token));
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
        QByteArray random(24, Qt::Uninitialized);
        randombytes_buf(random.data(), size_t(random.size()));
        file.write(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '\n');
        file.close();
    }
    const auto token = readAdminToken(path);
    if (!token)
        return token.error();
    return fromSecret(token.value());
}

bool AdminToken::accepts(const QByteArray& authorization) const {
    // The scheme name is case-insensitive (RFC 7235); the token is not.
    if (!isConfigured() || authorization.size() < 7 || authorization.left(7).toLower() != "bearer ")
        return false;
    return m_secret.matches(authorization.mid(7).trimmed());
}

} // namespace lk
