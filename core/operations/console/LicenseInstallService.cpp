#include "console/LicenseInstallService.h"

#include "console/ConsoleDataDir.h"
#include "license/LicenseErrorCode.h"
#include "server/LicenseServer.h"

using namespace Qt::StringLiterals;

namespace lk {

LicenseInstallService::LicenseInstallService(LicenseServer& server, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_clock(clock) {}

LicenseCheck LicenseInstallService::check(const QString& licensePath, const QString& issuerKeyPath) const {
    return LicenseInstaller(ConsoleDataDir(m_server.config().dataDir))
        .check(licensePath, issuerKeyPath, m_clock.nowMs());
}

bool LicenseInstallService::needsIssuerKey(const LicenseCheck& check) {
    return check.problem && check.problem->code == LicenseErrorCode::untrustedKey;
}

Result<LicenseTerms> LicenseInstallService::install(const QString& licensePath,
                                                    const QString& issuerKeyPath) {
    Result<LicenseTerms> outcome = installAndServe(licensePath, issuerKeyPath);
    if (outcome)
        Q_EMIT installed(outcome.value());
    else
        Q_EMIT failed(outcome.error());
    return outcome;
}

Result<LicenseTerms> LicenseInstallService::installAndServe(const QString& licensePath,
                                                            const QString& issuerKeyPath) {
    const ConsoleDataDir data(m_server.config().dataDir);
    const auto installed = LicenseInstaller(data).install(licensePath, issuerKeyPath, m_clock.nowMs());
    if (!installed)
        return installed.error();
    m_server.setTrustPaths(data.trustedKeyFiles());
    // The console acts for whoever runs it: the audit trail names that user.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_server.reloadLicense(user.isEmpty() ? u"console"_s : u"console:"_s + user);
    // The check and the node load the trusted keys the same way, so this only
    // fails when the files changed in between; say so rather than claim success.
    const LicenseState& served = m_server.service().license();
    if (served.problem || !served.terms || served.terms->licenseId != installed->terms().licenseId)
        return makeError(
            u"not_served"_s,
            tr("the license was installed but the License Manager does not serve it: %1")
                .arg(served.problem ? served.problem->message : tr("another license is served")));
    return installed->terms();
}

} // namespace lk
