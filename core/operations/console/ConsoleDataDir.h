#pragma once

#include "server/ServerConfig.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lk {

// The console's local License Manager keeps everything in one directory:
//   license.json        the installed license (a demo one on first run)
//   trusted-keys/*.pub  issuer public keys it trusts
//   demo/               the demo issuer key, clearly named as such
//   leasekeeper.db      leases and history (SQLite)
//   admin.token         the admin API token (mode 0600)
class ConsoleDataDir {
    Q_DECLARE_TR_FUNCTIONS(ConsoleDataDir)

public:
    explicit ConsoleDataDir(QString path) : m_path(std::move(path)) {}

    const QString& path() const { return m_path; }
    QString licensePath() const;
    QString trustedKeysDir() const;
    QString adminTokenPath() const;
    QStringList trustedKeyFiles() const;

    // With no license installed, creates a demo issuer key and a 90-day demo
    // license signed by it. Returns whether it created one.
    Result<bool> ensureLicense(const Clock& clock) const;
    bool hasDemoLicense() const;

    // Server settings for a node that serves from this directory.
    ServerConfig serverConfig(quint16 port, const QHostAddress& bind) const;

    static constexpr QStringView kDemoLicenseId = u"demo";

private:
    QString m_path;
};

} // namespace lk
