#include "lease/LeasePolicy.h"

#include <QDateTime>

namespace lk {

std::optional<Denial> LeasePolicy::check(const LicenseTerms& terms, qint64 nowMs, const LeaseRequest& request,
                                         const TypeUsage& others) {
    if (terms.isExpiredAt(nowMs)) {
        const QString expiry = QDateTime::fromMSecsSinceEpoch(terms.expiresMs, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return Denial{DenialReason::LicenseExpired,
                      tr("license %1 expired on %2 UTC").arg(terms.licenseId, expiry)};
    }
    const ComponentAllowance* allowance = terms.allowanceFor(request.component);
    if (!allowance) {
        return Denial{
            DenialReason::TypeNotLicensed,
            tr("license %1 does not cover component type '%2'").arg(terms.licenseId, request.component)};
    }
    if (request.cores > allowance->maxCoresPerInstance) {
        return Denial{DenialReason::CoresPerInstance,
                      tr("%1 asks for %2 cores; license %3 allows at most %4 cores per %5 instance")
                          .arg(request.instance)
                          .arg(request.cores)
                          .arg(terms.licenseId)
                          .arg(allowance->maxCoresPerInstance)
                          .arg(request.component)};
    }
    if (others.instancesUsed >= allowance->maxInstances) {
        return Denial{DenialReason::InstanceLimit,
                      tr("license %1 allows %2 instances of %3 and %4 are running")
                          .arg(terms.licenseId)
                          .arg(allowance->maxInstances)
                          .arg(request.component)
                          .arg(others.instancesUsed)};
    }
    if (others.coresUsed + request.cores > allowance->maxTotalCores) {
        return Denial{DenialReason::CoreLimit,
                      tr("license %1 allows %2 cores for %3; %4 are in use and %5 asks for %6")
                          .arg(terms.licenseId)
                          .arg(allowance->maxTotalCores)
                          .arg(request.component)
                          .arg(others.coresUsed)
                          .arg(request.instance)
                          .arg(request.cores)};
    }
    return std::nullopt;
}

} // namespace lk
