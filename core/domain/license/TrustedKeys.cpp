#include "license/TrustedKeys.h"

#include "log/LogCategories.h"

namespace lk {

TrustedKeys TrustedKeys::load(const QStringList& paths) {
    TrustedKeys trusted;
    for (const QString& path : paths) {
        auto key = IssuerPublicKey::load(path);
        if (key) {
            trusted.m_keys << key.value();
            continue;
        }
        // The error already names the file and why it could not be used.
        qCWarning(lcLicense).noquote() << tr("trusted key skipped: %1").arg(key.error().message);
        trusted.m_skipped << key.error();
    }
    return trusted;
}

} // namespace lk
