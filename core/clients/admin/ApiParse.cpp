#include "admin/ApiParse.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lk::apiparse {

namespace {

LeaseRequest holder(const QJsonObject& json) {
    LeaseRequest request;
    request.component = json.value(u"component"_s).toString();
    request.instance = json.value(u"instance"_s).toString();
    request.host = json.value(u"host"_s).toString();
    for (const QJsonValue& ip : json.value(u"ips"_s).toArray())
        request.ips << ip.toString();
    request.cores = json.value(u"cores"_s).toInt();
    request.version = json.value(u"version"_s).toString();
    return request;
}

void license(const QJsonObject& json, NodeStatus& into) {
    const QJsonObject problem = json.value(u"problem"_s).toObject();
    into.licenseProblemCode = problem.value(u"error"_s).toString();
    into.licenseProblem = problem.value(u"message"_s).toString();
    into.usage.clear();
    into.usageKnown = false;
    into.licenseKeyId.clear();
    if (!json.value(u"loaded"_s).toBool()) {
        into.license.reset();
        return;
    }
    LicenseTerms terms;
    terms.licenseId = json.value(u"license_id"_s).toString();
    terms.licensee = json.value(u"licensee"_s).toString();
    terms.expiresMs = json.value(u"expires_ms"_s).toInteger();
    terms.gracePeriodS = json.value(u"grace_period_s"_s).toInteger();
    terms.renewAfterS = json.value(u"renew_after_s"_s).toInteger();
    terms.maxLicenseManagers = json.value(u"max_license_managers"_s).toInt();
    into.licenseKeyId = json.value(u"key_id"_s).toString();
    const QJsonObject components = json.value(u"components"_s).toObject();
    for (auto it = components.begin(); it != components.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        terms.components.insert(it.key(), ComponentAllowance{c.value(u"instances_allowed"_s).toInt(),
                                                             c.value(u"max_cores_per_instance"_s).toInt(),
                                                             c.value(u"cores_allowed"_s).toInt()});
        if (!c.value(u"instances_used"_s).isNull()) {
            into.usageKnown = true;
            into.usage.insert(
                it.key(), TypeUsage{c.value(u"instances_used"_s).toInt(), c.value(u"cores_used"_s).toInt()});
        }
    }
    into.license = terms;
}

void cluster(const QJsonValue& value, NodeStatus& into) {
    const QJsonObject json = value.toObject();
    into.clusterId = json.value(u"id"_s).toString();
    const QJsonValue admitted = json.value(u"admitted"_s);
    into.clusterAdmitted = admitted.isBool() ? std::optional<bool>(admitted.toBool()) : std::nullopt;
    into.clusterMaxLicenseManagers = json.value(u"max_license_managers"_s).toInt();
    into.clusterNodes.clear();
    for (const QJsonValue& node : json.value(u"nodes"_s).toArray()) {
        into.clusterNodes.append(ClusterMember{node[u"name"_s].toString(), node[u"role"_s].toString(),
                                               node[u"live"_s].toBool(), node[u"self"_s].toBool()});
    }
}

} // namespace

Lease lease(const QJsonObject& json) {
    Lease lease;
    lease.id = json.value(u"lease_id"_s).toString();
    lease.holder = holder(json);
    lease.node = json.value(u"node"_s).toString();
    lease.grantedMs = json.value(u"granted_ms"_s).toInteger();
    lease.lastRenewalMs = json.value(u"last_renewal_ms"_s).toInteger();
    lease.graceDeadlineMs = json.value(u"grace_deadline_ms"_s).toInteger();
    return lease;
}

HistoryEntry historyEntry(const QJsonObject& json) {
    HistoryEntry entry;
    const bool denial = json.value(u"kind"_s).toString() == u"denial"_s;
    entry.kind = denial ? HistoryEntry::Kind::Denial : HistoryEntry::Kind::Lease;
    entry.leaseId = json.value(u"lease_id"_s).toString();
    entry.holder = holder(json);
    entry.node = json.value(u"node"_s).toString();
    entry.startMs = json.value(u"start_ms"_s).toInteger();
    if (!json.value(u"end_ms"_s).isNull())
        entry.endMs = json.value(u"end_ms"_s).toInteger();
    const QString reason = json.value(u"reason"_s).toString();
    if (denial) {
        entry.denialReason = denialReasonFromString(reason);
        entry.note = json.value(u"message"_s).toString();
    } else {
        entry.endReason = endReasonFromString(reason);
        entry.note = json.value(u"note"_s).toString();
    }
    return entry;
}

void status(const QJsonObject& json, NodeStatus& into) {
    into.node = json.value(u"node"_s).toString();
    into.role = json.value(u"role"_s).toString();
    into.version = json.value(u"version"_s).toString();
    into.uptimeS = json.value(u"uptime_s"_s).toInteger();
    into.serverTimeMs = json.value(u"server_time_ms"_s).toInteger();
    into.maintenance = json.value(u"maintenance"_s).toBool();
    const QJsonObject store = json.value(u"store"_s).toObject();
    into.storeKind = store.value(u"kind"_s).toString();
    into.storeHealthy = store.value(u"healthy"_s).toBool();
    into.storeDetail = store.value(u"detail"_s).toString();
    const QJsonValue databaseOffset = store.value(u"database_clock_offset_ms"_s);
    into.databaseClockOffsetMs = databaseOffset.isDouble()
                                     ? std::optional<qint64>(std::llround(databaseOffset.toDouble()))
                                     : std::nullopt;
    const QJsonValue timeSync = json.value(u"time_sync"_s);
    into.timeSync =
        timeSync.isObject() ? std::optional<TimeSync>(TimeSync::fromJson(timeSync.toObject())) : std::nullopt;
    license(json.value(u"license"_s).toObject(), into);
    cluster(json.value(u"cluster"_s), into);
}

RenewalBatch renewals(const QJsonObject& json) {
    RenewalBatch batch;
    batch.node = json.value(u"node"_s).toString();
    batch.lastSequence = json.value(u"last_sequence"_s).toInteger();
    for (const QJsonValue& value : json.value(u"renewals"_s).toArray()) {
        const QJsonObject item = value.toObject();
        ServedRenewal renewal;
        renewal.sequence = item.value(u"sequence"_s).toInteger();
        renewal.grant = item.value(u"kind"_s).toString() == u"grant";
        renewal.atMs = item.value(u"at_ms"_s).toInteger();
        renewal.component = item.value(u"component"_s).toString();
        renewal.instance = item.value(u"instance"_s).toString();
        renewal.host = item.value(u"host"_s).toString();
        renewal.throughLoadBalancer = !item.value(u"forwarded_for"_s).toString().isEmpty();
        batch.renewals.append(renewal);
    }
    return batch;
}

} // namespace lk::apiparse
