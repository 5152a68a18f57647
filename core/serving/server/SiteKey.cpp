#include "server/SiteKey.h"

#include "util/SecretFile.h"

using namespace Qt::StringLiterals;

namespace lk {

SiteKey SiteKey::fromSecret(const QByteArray& key) {
    return SiteKey(SecretHash::of(key));
}

Result<SiteKey> SiteKey::fromFile(const QString& path) {
    const auto key = SecretFile::read(path);
    if (!key && key.error().code == u"unreadable"_s)
        return makeError(u"site_key"_s,
                         tr("cannot read the site key file %1: %2").arg(path, key.error().message));
    if (!key)
        return makeError(u"site_key"_s, tr("the site key in %1 must be %2 to %3 characters long")
                                            .arg(path)
                                            .arg(SecretFile::kMinBytes)
                                            .arg(SecretFile::kMaxBytes));
    return fromSecret(key.value());
}

} // namespace lk
