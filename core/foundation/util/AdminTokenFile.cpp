#include "util/AdminTokenFile.h"

#include "util/SecretFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lk {

Result<QByteArray> readAdminToken(const QString& path) {
    const auto token = SecretFile::read(path);
    if (!token && token.error().code == u"unreadable"_s)
        return makeError(u"admin_token"_s, QCoreApplication::translate(
                                               "AdminTokenFile", "cannot read the admin token file %1: %2")
                                               .arg(path, token.error().message));
    if (!token)
        return makeError(u"admin_token"_s,
                         QCoreApplication::translate("AdminTokenFile",
                                                     "the admin token in %1 must be 16 to %2 characters long")
                             .arg(path)
                             .arg(SecretFile::kMaxBytes));
    return token.value();
}

} // namespace lk
