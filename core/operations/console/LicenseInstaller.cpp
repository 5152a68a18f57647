#include "console/LicenseInstaller.h"

#include "license/IssuerPublicKey.h"
#include "license/LicenseVerifier.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lk {

LicenseCheck LicenseInstaller::check(const QString& licensePath, const QString& issuerKeyPath, qint64 nowMs) const {
    LicenseVerifier verifier;
    for (const QString& path : m_data.trustedKeyFiles()) {
        if (auto key = IssuerPublicKey::load(path))
            verifier.trust(key.value());
    }
    if (!issuerKeyPath.isEmpty()) {
        auto key = IssuerPublicKey::load(issuerKeyPath);
        if (!key)
            return LicenseCheck{std::nullopt, key.error()};
        verifier.trust(key.value());
    }
    return verifier.verifyFile(licensePath, nowMs);
}

Result<License> LicenseInstaller::install(const QString& licensePath, const QString& issuerKeyPath,
                                          qint64 nowMs) const {
    const LicenseCheck checked = check(licensePath, issuerKeyPath, nowMs);
    if (!checked.ok())
        return checked.problem.value_or(makeError(u"invalid"_s, tr("the license cannot be used")));
    if (!issuerKeyPath.isEmpty()) {
        auto key = IssuerPublicKey::load(issuerKeyPath);
        if (!key)
            return key.error();
        QDir().mkpath(m_data.trustedKeysDir());
        if (auto saved = key->save(QDir(m_data.trustedKeysDir()).filePath(key->keyId() + u".pub"_s)); !saved)
            return saved.error();
    }
    QFile source(licensePath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(u"file_unreadable"_s, tr("cannot read %1: %2").arg(licensePath, source.errorString()));
    const QByteArray bytes = source.readAll();
    const QString target = m_data.licensePath();
    if (QFile::exists(target)) {
        // Keep the license that worked, so a mistake can be undone by hand.
        const QString previous = target + u".previous"_s;
        QFile::remove(previous);
        QFile::copy(target, previous);
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(u"write_failed"_s, tr("cannot write %1: %2").arg(target, file.errorString()));
    return *checked.license;
}

} // namespace lk
