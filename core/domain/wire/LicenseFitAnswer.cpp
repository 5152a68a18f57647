#include "wire/LicenseFitAnswer.h"

#include "wire/WireFields.h"
#include "wire/WireJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

const WireFields<FitRefusal>& refusalFields() {
    static const WireFields<FitRefusal> table{
        {u"at_ms"_s, &FitRefusal::atMs},
        {u"started_ms"_s, &FitRefusal::startedMs},
        {u"lease_id"_s, &FitRefusal::leaseId},
    };
    return table;
}

const WireFields<FitTypeReport>& typeFields() {
    static const WireFields<FitTypeReport> table{
        {u"component"_s, &FitTypeReport::component},
        {u"peak_instances"_s, &FitTypeReport::peakInstances},
        {u"peak_instances_at_ms"_s, &FitTypeReport::peakInstancesAtMs},
        {u"peak_cores"_s, &FitTypeReport::peakCores},
        {u"peak_cores_at_ms"_s, &FitTypeReport::peakCoresAtMs},
        {u"largest_instance_cores"_s, &FitTypeReport::largestInstanceCores},
        {u"refused"_s, &FitTypeReport::refused},
    };
    return table;
}

QJsonObject refusalJson(const FitRefusal& refusal) {
    QJsonObject json = refusalFields().toJson(refusal);
    json.insert(u"component"_s, refusal.holder.component);
    json.insert(u"instance"_s, refusal.holder.instance);
    json.insert(u"host"_s, refusal.holder.host);
    json.insert(u"cores"_s, refusal.holder.cores);
    json.insert(u"reason"_s, reasonCode(refusal.denial.reason));
    json.insert(u"message"_s, refusal.denial.message);
    return json;
}

FitRefusal refusalFrom(const QJsonObject& json) {
    FitRefusal refusal;
    refusalFields().read(json, refusal);
    refusal.holder.component = json.value(u"component"_s).toString();
    refusal.holder.instance = json.value(u"instance"_s).toString();
    refusal.holder.host = json.value(u"host"_s).toString();
    refusal.holder.cores = json.value(u"cores"_s).toInt();
    refusal.denial.reason =
        denialReasonFromString(json.value(u"reason"_s).toString()).value_or(DenialReason::TypeNotLicensed);
    refusal.denial.message = json.value(u"message"_s).toString();
    return refusal;
}

QJsonObject typeJson(const FitTypeReport& type) {
    QJsonObject json = typeFields().toJson(type);
    json.insert(u"licensed"_s, type.allowed.has_value());
    if (type.allowed) {
        json.insert(u"max_instances"_s, type.allowed->maxInstances);
        json.insert(u"max_cores_per_instance"_s, type.allowed->maxCoresPerInstance);
        json.insert(u"max_total_cores"_s, type.allowed->maxTotalCores);
        json.insert(u"headroom_instances"_s, *type.headroomInstances());
        json.insert(u"headroom_cores"_s, *type.headroomCores());
    }
    return json;
}

FitTypeReport typeFrom(const QJsonObject& json) {
    FitTypeReport type;
    typeFields().read(json, type);
    if (json.value(u"licensed"_s).toBool()) {
        type.allowed = ComponentAllowance{json.value(u"max_instances"_s).toInt(),
                                          json.value(u"max_cores_per_instance"_s).toInt(),
                                          json.value(u"max_total_cores"_s).toInt()};
    }
    return type;
}

std::optional<qint64> parseInteger(const QString& text) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

QJsonObject LicenseFitAnswer::toJson() const {
    QJsonArray refusals;
    for (const FitRefusal& refusal : report.refusals)
        refusals.append(refusalJson(refusal));
    QJsonArray types;
    for (const FitTypeReport& type : report.types)
        types.append(typeJson(type));
    return QJsonObject{
        {u"license_id"_s, licenseId},
        {u"licensee"_s, licensee},
        {u"days"_s, days},
        {u"from_ms"_s, report.fromMs},
        {u"to_ms"_s, report.toMs},
        {u"leases_replayed"_s, report.leasesReplayed},
        {u"fits"_s, report.fits()},
        {u"refusals"_s, refusals},
        {u"types"_s, types},
    };
}

Result<LicenseFitAnswer> LicenseFitAnswer::fromJson(const QJsonObject& json) {
    const QJsonValue refusals = json.value(u"refusals"_s);
    const QJsonValue types = json.value(u"types"_s);
    if (!refusals.isArray() || !types.isArray())
        return WireJson::invalid(WireJson::tr("fields 'refusals' and 'types' must be arrays"));
    LicenseFitAnswer answer;
    answer.licenseId = json.value(u"license_id"_s).toString();
    answer.licensee = json.value(u"licensee"_s).toString();
    answer.days = json.value(u"days"_s).toInt();
    answer.report.fromMs = json.value(u"from_ms"_s).toInteger();
    answer.report.toMs = json.value(u"to_ms"_s).toInteger();
    answer.report.leasesReplayed = json.value(u"leases_replayed"_s).toInt();
    for (const QJsonValue& value : refusals.toArray())
        answer.report.refusals.append(refusalFrom(value.toObject()));
    for (const QJsonValue& value : types.toArray())
        answer.report.types.append(typeFrom(value.toObject()));
    return answer;
}

QUrlQuery LicenseFitParameters::toQuery(int days) {
    QUrlQuery query;
    query.addQueryItem(u"days"_s, QString::number(days));
    return query;
}

Result<int> LicenseFitParameters::daysFromQuery(const QUrlQuery& query) {
    int days = kDefaultDays;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"days"_s)
            return WireJson::invalid(tr("unknown query parameter '%1'; use days").arg(key));
        const auto parsed = parseInteger(value);
        if (!parsed || *parsed < 1 || *parsed > kMaxDays)
            return WireJson::invalid(
                tr("'days' must be a whole number from 1 to %1, not '%2'").arg(kMaxDays).arg(value));
        days = int(*parsed);
    }
    return days;
}

} // namespace lk::wire
