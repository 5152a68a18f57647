#pragma once

#include "console/LicenseInstaller.h"
#include "license/LicenseCheck.h"
#include "util/Clock.h"

#include <QObject>

namespace lk {

class LicenseServer;

// Installs a license into the console's own License Manager: checks the
// file (with the same trusted keys the node loads), installs it, has the node
// re-read its license and keys, and confirms the node now serves it. The
// console's license page only asks and displays; this is what it calls.
class LicenseInstallService final : public QObject {
    Q_OBJECT

public:
    LicenseInstallService(LicenseServer& server, const Clock& clock, QObject* parent = nullptr);

    // What installing would give; nothing is changed. `issuerKeyPath`
    // optionally names the issuer public key to trust with the license.
    LicenseCheck check(const QString& licensePath, const QString& issuerKeyPath = {}) const;
    // True when `check` refused the license only because its issuer's public
    // key must be given with it.
    static bool needsIssuerKey(const LicenseCheck& check);
    // Checks again, installs, reloads the node and verifies that it serves the
    // new license. Emits installed() or failed() with the same outcome.
    Result<LicenseTerms> install(const QString& licensePath, const QString& issuerKeyPath = {});

Q_SIGNALS:
    void installed(const lk::LicenseTerms& terms);
    void failed(const lk::Error& error);

private:
    Result<LicenseTerms> installAndServe(const QString& licensePath, const QString& issuerKeyPath);

    LicenseServer& m_server;
    const Clock& m_clock;
};

} // namespace lk
