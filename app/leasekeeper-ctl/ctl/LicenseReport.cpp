#include "ctl/LicenseReport.h"

#include "license/License.h"
#include "license/LicenseVerifier.h"

using namespace Qt::StringLiterals;

namespace lk {
namespace {

constexpr int kLabelWidth = 22;

QString line(const QString& label, const QString& value) {
    return QString(QString(label + u':').leftJustified(kLabelWidth) + value).trimmed() + u'\n';
}

// Absent periods take their defaults; say so, since the file does not show them.
QString period(const License& license, LicenseTerms::Period which, qint64 seconds) {
    const QString text = LicenseReport::formatSeconds(seconds);
    return LicenseTerms::states(license.termsJson(), which) ? text
                                                            : LicenseReport::tr("%1, default").arg(text);
}

} // namespace

QString LicenseReport::describe(const License& license) {
    const LicenseTerms& terms = license.terms();
    return line(tr("License id"), terms.licenseId) + line(tr("Licensee"), terms.licensee) +
           line(tr("Expires"), LicenseVerifier::formatUtc(terms.expiresMs)) +
           line(tr("Grace period"), period(license, LicenseTerms::Period::Grace, terms.gracePeriodS)) +
           line(tr("Renew after"), period(license, LicenseTerms::Period::RenewAfter, terms.renewAfterS)) +
           line(tr("Max license managers"), QString::number(terms.maxLicenseManagers)) + components(license) +
           line(tr("Key id"), license.keyId().isEmpty() ? tr("(none)") : license.keyId()) +
           line(tr("Signature"), signatureState(license));
}

QString LicenseReport::formatSeconds(qint64 seconds) {
    struct Unit {
        qint64 seconds;
        const char* name;
    };
    for (const Unit unit :
         {Unit{86400, QT_TR_NOOP("%1 d")}, Unit{3600, QT_TR_NOOP("%1 h")}, Unit{60, QT_TR_NOOP("%1 min")}}) {
        if (seconds >= unit.seconds && seconds % unit.seconds == 0)
            return tr("%1 s (%2)").arg(seconds).arg(tr(unit.name).arg(seconds / unit.seconds));
    }
    return tr("%1 s").arg(seconds);
}

QString LicenseReport::components(const License& license) {
    const auto& components = license.terms().components;
    if (components.isEmpty())
        return line(tr("Components"), tr("(none: no component can get a lease)"));
    QString text = line(tr("Components"), QString());
    for (auto it = components.cbegin(); it != components.cend(); ++it) {
        text += u"  "_s + it.key().leftJustified(kLabelWidth - 2) +
                tr("max %1 instances, %2 cores per instance, %3 cores in total\n")
                    .arg(it->maxInstances)
                    .arg(it->maxCoresPerInstance)
                    .arg(it->maxTotalCores);
    }
    return text;
}

QString LicenseReport::signatureState(const License& license) {
    if (!license.hasSignature())
        return tr("MISSING: every License Manager will refuse this license");
    return tr("present (not checked here; use 'license verify --trust PUBLIC' to check it)");
}

} // namespace lk
