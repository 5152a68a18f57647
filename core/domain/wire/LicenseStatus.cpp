#include "wire/LicenseStatus.h"

#include "wire/WireJson.h"

using namespace Qt::StringLiterals;

namespace lk::wire {

namespace {

// `used` is null when the store did not answer.
QJsonObject componentToJson(const ComponentAllowance& allowed, const TypeUsage* used) {
    QJsonObject entry{{u"instances_allowed"_s, allowed.maxInstances},
                      {u"cores_allowed"_s, allowed.maxTotalCores},
                      {u"max_cores_per_instance"_s, allowed.maxCoresPerInstance}};
    entry.insert(u"instances_used"_s, used ? QJsonValue(used->instancesUsed) : QJsonValue());
    entry.insert(u"cores_used"_s, used ? QJsonValue(used->coresUsed) : QJsonValue());
    return entry;
}

} // namespace

QJsonObject LicenseStatus::toJson() const {
    QJsonObject json{{u"loaded"_s, terms.has_value()}};
    json.insert(u"problem"_s, problem ? QJsonValue(QJsonObject{{u"error"_s, problem->code},
                                                               {u"message"_s, problem->message}})
                                      : QJsonValue());
    if (!terms)
        return json;
    json.insert(u"license_id"_s, terms->licenseId);
    json.insert(u"licensee"_s, terms->licensee);
    json.insert(u"expires"_s, WireJson::isoTime(terms->expiresMs));
    json.insert(u"expires_ms"_s, terms->expiresMs);
    json.insert(u"grace_period_s"_s, terms->gracePeriodS);
    json.insert(u"renew_after_s"_s, terms->renewAfterS);
    json.insert(u"max_license_managers"_s, terms->maxLicenseManagers);
    json.insert(u"key_id"_s, keyId);
    QJsonObject components;
    for (auto it = terms->components.cbegin(); it != terms->components.cend(); ++it) {
        const TypeUsage used = usage ? usage->value(it.key()) : TypeUsage{};
        components.insert(it.key(), componentToJson(it.value(), usage ? &used : nullptr));
    }
    json.insert(u"components"_s, components);
    return json;
}

LicenseStatus LicenseStatus::fromJson(const QJsonObject& json) {
    LicenseStatus status;
    const QJsonValue problem = json.value(u"problem"_s);
    if (problem.isObject()) {
        const QJsonObject body = problem.toObject();
        status.problem = makeError(body.value(u"error"_s).toString(), body.value(u"message"_s).toString());
    }
    if (!json.value(u"loaded"_s).toBool())
        return status;
    LicenseTerms terms;
    terms.licenseId = json.value(u"license_id"_s).toString();
    terms.licensee = json.value(u"licensee"_s).toString();
    terms.expiresMs = json.value(u"expires_ms"_s).toInteger();
    terms.gracePeriodS = json.value(u"grace_period_s"_s).toInteger();
    terms.renewAfterS = json.value(u"renew_after_s"_s).toInteger();
    terms.maxLicenseManagers = json.value(u"max_license_managers"_s).toInt();
    status.keyId = json.value(u"key_id"_s).toString();
    const QJsonObject components = json.value(u"components"_s).toObject();
    for (auto it = components.begin(); it != components.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        terms.components.insert(it.key(), ComponentAllowance{c.value(u"instances_allowed"_s).toInt(),
                                                             c.value(u"max_cores_per_instance"_s).toInt(),
                                                             c.value(u"cores_allowed"_s).toInt()});
        if (!c.value(u"instances_used"_s).isNull()) {
            if (!status.usage)
                status.usage.emplace();
            status.usage->insert(
                it.key(), TypeUsage{c.value(u"instances_used"_s).toInt(), c.value(u"cores_used"_s).toInt()});
        }
    }
    status.terms = terms;
    return status;
}

} // namespace lk::wire
