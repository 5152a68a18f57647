#include "console/ConsoleDataDir.h"

#include "license/IssuerKeyPair.h"
#include "license/LicenseIssuer.h"
#include "license/LicenseTerms.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace lk {

QString ConsoleDataDir::licensePath() const {
    return QDir(m_path).filePath(u"license.json"_s);
}
QString ConsoleDataDir::trustedKeysDir() const {
    return QDir(m_path).filePath(u"trusted-keys"_s);
}
QString ConsoleDataDir::adminTokenPath() const {
    return QDir(m_path).filePath(u"admin.token"_s);
}

QStringList ConsoleDataDir::trustedKeyFiles() const {
    QStringList files;
    const QDir dir(trustedKeysDir());
    for (const QString& name : dir.entryList({u"*.pub"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

bool ConsoleDataDir::hasDemoLicense() const {
    return QFile::exists(QDir(m_path).filePath(u"demo/demo-issuer.pub"_s));
}

Result<bool> ConsoleDataDir::ensureLicense(const Clock& clock) const {
    if (QFile::exists(licensePath()))
        return false;
    const QDir dir(m_path);
    if (!dir.mkpath(u"demo"_s) || !dir.mkpath(u"trusted-keys"_s))
        return makeError(u"data_dir"_s, tr("cannot create folders in %1; check its permissions").arg(m_path));
    auto key = IssuerKeyPair::generate();
    if (!key)
        return key.error();
    if (auto saved = key->savePrivate(dir.filePath(u"demo/demo-issuer.key"_s), true); !saved)
        return saved.error();
    for (const QString& publicPath :
         {dir.filePath(u"demo/demo-issuer.pub"_s), QDir(trustedKeysDir()).filePath(u"demo-issuer.pub"_s)}) {
        if (auto saved = key->savePublic(publicPath); !saved)
            return saved.error();
    }
    LicenseTerms terms;
    terms.licenseId = kDemoLicenseId.toString();
    terms.licensee = u"DEMO LICENSE - evaluation only"_s;
    terms.expiresMs = clock.nowMs() + 90LL * 86400 * 1000;
    terms.maxLicenseManagers = 2;
    terms.components = {{u"vdp"_s, ComponentAllowance{2, 16, 24}},
                        {u"scheduler"_s, ComponentAllowance{1, 4, 4}}};
    auto license = LicenseIssuer::issue(terms.toJson(), key.value());
    if (!license)
        return license.error();
    QSaveFile file(licensePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(license->toFileBytes()) < 0 || !file.commit())
        return makeError(u"data_dir"_s, tr("cannot write %1: %2").arg(licensePath(), file.errorString()));
    return true;
}

ServerConfig ConsoleDataDir::serverConfig(quint16 port, const QHostAddress& bind) const {
    ServerConfig config;
    config.port = port;
    config.bindAddress = bind;
    config.dataDir = m_path;
    config.licensePath = licensePath();
    config.trustPaths = trustedKeyFiles();
    config.adminTokenPath = adminTokenPath();
    config.adminTokenIsDefault = true;
    // Saved from Settings > Alerts; missing until then (default rules, tray only).
    config.alertsPath = QDir(m_path).filePath(u"alerts.ini"_s);
    // Host groups (docs/policy.md), when the administrator put a policy there.
    if (const QString policy = QDir(m_path).filePath(u"policy"_s); QFileInfo::exists(policy))
        config.policyPath = policy;
    config.applyDefaults();
    return config;
}

} // namespace lk
