#pragma once

#include "console/ConsoleDataDir.h"
#include "license/LicenseCheck.h"

#include <QCoreApplication>

namespace lk {

// Installs a license file into the console's data directory, checking it
// before anything is replaced: a license that would not be served (tampered,
// untrusted, expired, ...) never displaces the one that works.
class LicenseInstaller {
    Q_DECLARE_TR_FUNCTIONS(LicenseInstaller)

public:
    explicit LicenseInstaller(ConsoleDataDir dataDir) : m_data(std::move(dataDir)) {}

    // What installing would give: the verified license, or why it is refused.
    // `issuerKeyPath` optionally names the issuer public key to trust with it.
    LicenseCheck check(const QString& licensePath, const QString& issuerKeyPath, qint64 nowMs) const;
    // Checks, then replaces license.json (the previous one is kept as
    // license.json.previous) and trusts the issuer key if one was given.
    Result<License> install(const QString& licensePath, const QString& issuerKeyPath, qint64 nowMs) const;

private:
    ConsoleDataDir m_data;
};

} // namespace lk
