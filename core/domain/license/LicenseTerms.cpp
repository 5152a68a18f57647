#include "license/LicenseTerms.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

constexpr qint64 kMaxPeriodS = 10LL * 365 * 24 * 3600;

Error malformed(const QString& message) {
    return makeError(u"malformed"_s, message);
}

std::optional<qint64> integerField(const QJsonObject& json, const QString& key, qint64 min, qint64 max) {
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < double(min) || number > double(max))
        return std::nullopt;
    return qint64(number);
}

Result<ComponentAllowance> parseAllowance(const QString& type, const QJsonValue& value) {
    if (!value.isObject())
        return malformed(LicenseTerms::tr("components.%1 must be an object").arg(type));
    const QJsonObject json = value.toObject();
    ComponentAllowance allowance;
    struct Field {
        QString key;
        int* target;
    };
    for (const Field& field : {Field{u"max_instances"_s, &allowance.maxInstances},
                               Field{u"max_cores_per_instance"_s, &allowance.maxCoresPerInstance},
                               Field{u"max_total_cores"_s, &allowance.maxTotalCores}}) {
        const auto number = integerField(json, field.key, 0, 1'000'000);
        if (!number)
            return malformed(LicenseTerms::tr("components.%1.%2 must be an integer from 0 to 1000000")
                                 .arg(type, field.key));
        *field.target = int(*number);
    }
    return allowance;
}

QString periodKey(LicenseTerms::Period period) {
    return period == LicenseTerms::Period::Grace ? u"grace_period_s"_s : u"renew_after_s"_s;
}

// A period the file may leave out: absent, `*seconds` keeps its default.
Status readPeriod(const QJsonObject& json, LicenseTerms::Period period, qint64* seconds) {
    const QString key = periodKey(period);
    if (!json.contains(key))
        return {};
    const auto value = integerField(json, key, 1, kMaxPeriodS);
    if (!value)
        return malformed(
            LicenseTerms::tr("%1 must be a whole number of seconds from 1 to %2").arg(key).arg(kMaxPeriodS));
    *seconds = *value;
    return {};
}

} // namespace

const ComponentAllowance* LicenseTerms::allowanceFor(const QString& component) const {
    const auto it = components.constFind(component);
    return it == components.cend() ? nullptr : &it.value();
}

Result<LicenseTerms> LicenseTerms::fromJson(const QJsonObject& json) {
    LicenseTerms terms;
    static const QRegularExpression idPattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"_s);
    terms.licenseId = json.value(u"license_id"_s).toString();
    if (!idPattern.match(terms.licenseId).hasMatch())
        return malformed(LicenseTerms::tr("license_id must be 1 to 128 letters, digits, '.', '_' or '-'"));
    terms.licensee = json.value(u"licensee"_s).toString().trimmed();
    if (terms.licensee.isEmpty() || terms.licensee.size() > 256)
        return malformed(LicenseTerms::tr("licensee must be a non-empty string of at most 256 characters"));

    const QDateTime expires = QDateTime::fromString(json.value(u"expires"_s).toString(), Qt::ISODate);
    if (!expires.isValid())
        return malformed(
            LicenseTerms::tr("expires must be an ISO 8601 date and time such as 2027-12-31T23:59:59Z"));
    terms.expiresMs = expires.toMSecsSinceEpoch();

    for (const auto& [period, target] :
         {std::pair{Period::Grace, &terms.gracePeriodS}, std::pair{Period::RenewAfter, &terms.renewAfterS}}) {
        if (auto read = readPeriod(json, period, target); !read)
            return read.error();
    }
    if (json.contains(u"max_license_managers"_s)) {
        const auto managers = integerField(json, u"max_license_managers"_s, 1, 16);
        if (!managers)
            return malformed(LicenseTerms::tr("max_license_managers must be an integer from 1 to 16"));
        terms.maxLicenseManagers = int(*managers);
    }

    const QJsonValue components = json.value(u"components"_s);
    if (!components.isObject())
        return malformed(
            LicenseTerms::tr("components must be an object mapping component types to their limits"));
    static const QRegularExpression typePattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    const QJsonObject componentMap = components.toObject();
    for (auto it = componentMap.begin(); it != componentMap.end(); ++it) {
        if (!typePattern.match(it.key()).hasMatch())
            return malformed(
                LicenseTerms::tr(
                    "component type '%1' must be 1 to 64 lower-case letters, digits, '.', '_' or '-'")
                    .arg(it.key()));
        auto allowance = parseAllowance(it.key(), it.value());
        if (!allowance)
            return allowance.error();
        terms.components.insert(it.key(), allowance.value());
    }
    return terms;
}

bool LicenseTerms::states(const QJsonObject& json, Period period) {
    return json.contains(periodKey(period));
}

QJsonObject LicenseTerms::toJson() const {
    QJsonObject componentMap;
    for (auto it = components.cbegin(); it != components.cend(); ++it) {
        componentMap.insert(it.key(), QJsonObject{{u"max_instances"_s, it->maxInstances},
                                                  {u"max_cores_per_instance"_s, it->maxCoresPerInstance},
                                                  {u"max_total_cores"_s, it->maxTotalCores}});
    }
    return QJsonObject{
        {u"license_id"_s, licenseId},
        {u"licensee"_s, licensee},
        {u"expires"_s, QDateTime::fromMSecsSinceEpoch(expiresMs, Qt::UTC).toString(Qt::ISODate)},
        {u"grace_period_s"_s, gracePeriodS},
        {u"renew_after_s"_s, renewAfterS},
        {u"max_license_managers"_s, maxLicenseManagers},
        {u"components"_s, componentMap},
    };
}

} // namespace lk
