#include "admin/ApiParse.h"

#include "wire/StatusAnswer.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lk::apiparse {

namespace {

void license(const wire::LicenseStatus& license, NodeStatus& into) {
    into.licenseProblemCode = license.problem ? license.problem->code : QString();
    into.licenseProblem = license.problem ? license.problem->message : QString();
    into.usage = license.usage.value_or(QMap<QString, TypeUsage>());
    into.usageKnown = license.usage.has_value();
    into.licenseKeyId = license.keyId;
    into.license = license.terms;
}

void cluster(const std::optional<wire::ClusterStatus>& cluster, NodeStatus& into) {
    const wire::ClusterStatus none;
    const wire::ClusterStatus& known = cluster ? *cluster : none;
    into.clusterId = known.id;
    into.clusterAdmitted = known.admitted;
    into.clusterMaxLicenseManagers = known.maxLicenseManagers;
    into.clusterNodes.clear();
    for (const wire::ClusterStatus::Node& node : known.nodes)
        into.clusterNodes.append(ClusterMember{node.name, node.role, node.live, node.self});
}

} // namespace

void status(const QJsonObject& json, NodeStatus& into) {
    const wire::StatusAnswer status = wire::StatusAnswer::fromJson(json);
    into.node = status.node;
    into.role = status.role;
    into.version = status.version;
    into.uptimeS = status.uptimeS;
    into.serverTimeMs = status.serverTimeMs;
    into.maintenance = status.maintenance;
    into.storeKind = status.store.kind;
    into.storeHealthy = status.store.healthy;
    into.storeDetail = status.store.detail;
    into.databaseClockOffsetMs = status.store.databaseClockOffsetMs;
    into.timeSync = status.timeSync;
    license(status.license, into);
    cluster(status.cluster, into);
}

RenewalBatch renewals(const wire::RenewalsAnswer& answer) {
    RenewalBatch batch;
    batch.node = answer.node;
    batch.lastSequence = answer.lastSequence;
    for (const RenewalRecord& record : answer.renewals) {
        ServedRenewal renewal;
        renewal.sequence = record.sequence;
        renewal.grant = record.kind == RenewalRecord::Kind::Grant;
        renewal.atMs = record.atMs;
        renewal.component = record.component;
        renewal.instance = record.instance;
        renewal.host = record.host;
        renewal.throughLoadBalancer = !record.forwardedFor.isEmpty();
        batch.renewals.append(renewal);
    }
    return batch;
}

} // namespace lk::apiparse
