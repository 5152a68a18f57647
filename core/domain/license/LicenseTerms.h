#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace lk {

// What a license allows for one component type ("vdp", "scheduler", ...).
struct ComponentAllowance {
    int maxInstances = 0;
    int maxCoresPerInstance = 0;
    int maxTotalCores = 0;

    friend bool operator==(const ComponentAllowance&, const ComponentAllowance&) = default;
};

// The signed part of a license. Times are milliseconds since the epoch.
struct LicenseTerms {
    Q_DECLARE_TR_FUNCTIONS(LicenseTerms)

public:
    static constexpr qint64 kDefaultGracePeriodS = 5 * 24 * 3600;
    static constexpr qint64 kDefaultRenewAfterS = 300;

    QString licenseId;
    QString licensee;
    qint64 expiresMs = 0;
    qint64 gracePeriodS = kDefaultGracePeriodS;
    qint64 renewAfterS = kDefaultRenewAfterS;
    int maxLicenseManagers = 1;
    QMap<QString, ComponentAllowance> components;

    bool isExpiredAt(qint64 nowMs) const { return nowMs > expiresMs; }
    const ComponentAllowance* allowanceFor(const QString& component) const;

    // The periods a license file may leave out; they then take their defaults.
    enum class Period { Grace, RenewAfter };
    // Whether terms as written in a license file state `period` themselves.
    static bool states(const QJsonObject& json, Period period);

    // Parses and validates terms; the error message names the offending field.
    static Result<LicenseTerms> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    friend bool operator==(const LicenseTerms&, const LicenseTerms&) = default;
};

} // namespace lk
