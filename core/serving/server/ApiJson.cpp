#include "server/ApiJson.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::apijson {

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject lease(const Lease& lease, qint64 nowMs, qint64 renewAfterS) {
    QJsonObject json = lease.holder.toJson();
    json.insert(u"lease_id"_s, lease.id);
    json.insert(u"node"_s, lease.node);
    json.insert(u"granted_ms"_s, lease.grantedMs);
    json.insert(u"last_renewal_ms"_s, lease.lastRenewalMs);
    json.insert(u"grace_deadline_ms"_s, lease.graceDeadlineMs);
    json.insert(u"state"_s, lease.isOverdue(nowMs, renewAfterS) ? u"overdue"_s : u"active"_s);
    return json;
}

QJsonObject historyEntry(const HistoryEntry& entry) {
    QJsonObject json = entry.holder.toJson();
    const bool denial = entry.kind == HistoryEntry::Kind::Denial;
    json.insert(u"kind"_s, denial ? u"denial"_s : u"lease"_s);
    json.insert(u"node"_s, entry.node);
    json.insert(u"start_ms"_s, entry.startMs);
    json.insert(u"end_ms"_s, entry.endMs ? QJsonValue(*entry.endMs) : QJsonValue());
    if (denial) {
        json.insert(u"reason"_s, entry.denialReason ? reasonCode(*entry.denialReason) : QString());
        json.insert(u"message"_s, entry.note);
    } else {
        json.insert(u"lease_id"_s, entry.leaseId);
        json.insert(u"reason"_s, entry.endReason ? QJsonValue(reasonCode(*entry.endReason)) : QJsonValue());
        json.insert(u"note"_s, entry.note.isEmpty() ? QJsonValue() : QJsonValue(entry.note));
    }
    return json;
}

QJsonObject grant(const Lease& lease, const LicenseTerms& terms, qint64 nowMs) {
    return QJsonObject{{u"lease_id"_s, lease.id},
                       {u"renew_after_s"_s, terms.renewAfterS},
                       {u"grace_period_s"_s, terms.gracePeriodS},
                       {u"grace_deadline_ms"_s, lease.graceDeadlineMs},
                       {u"server_time_ms"_s, nowMs},
                       {u"node"_s, lease.node}};
}

QJsonObject license(const LicenseState& state, const QMap<QString, TypeUsage>* usage) {
    QJsonObject json{{u"loaded"_s, state.terms.has_value()}};
    json.insert(u"problem"_s, state.problem ? QJsonValue(QJsonObject{{u"error"_s, state.problem->code},
                                                                     {u"message"_s, state.problem->message}})
                                            : QJsonValue());
    if (!state.terms)
        return json;
    const LicenseTerms& terms = *state.terms;
    json.insert(u"license_id"_s, terms.licenseId);
    json.insert(u"licensee"_s, terms.licensee);
    json.insert(u"expires"_s, isoTime(terms.expiresMs));
    json.insert(u"expires_ms"_s, terms.expiresMs);
    json.insert(u"grace_period_s"_s, terms.gracePeriodS);
    json.insert(u"renew_after_s"_s, terms.renewAfterS);
    json.insert(u"max_license_managers"_s, terms.maxLicenseManagers);
    json.insert(u"key_id"_s, state.keyId);
    QJsonObject components;
    for (auto it = terms.components.cbegin(); it != terms.components.cend(); ++it) {
        const TypeUsage used = usage ? usage->value(it.key()) : TypeUsage{};
        QJsonObject entry{{u"instances_allowed"_s, it->maxInstances},
                          {u"cores_allowed"_s, it->maxTotalCores},
                          {u"max_cores_per_instance"_s, it->maxCoresPerInstance}};
        entry.insert(u"instances_used"_s, usage ? QJsonValue(used.instancesUsed) : QJsonValue());
        entry.insert(u"cores_used"_s, usage ? QJsonValue(used.coresUsed) : QJsonValue());
        components.insert(it.key(), entry);
    }
    json.insert(u"components"_s, components);
    return json;
}

QJsonObject cluster(const ClusterView& view, const QString& self) {
    QJsonArray nodes;
    for (const ClusterNode& node : view.nodes) {
        nodes.append(QJsonObject{{u"name"_s, node.name},
                                 {u"address"_s, node.address},
                                 {u"role"_s, node.role},
                                 {u"version"_s, node.version},
                                 {u"last_heartbeat_ms"_s, node.lastHeartbeatMs},
                                 {u"heartbeat_age_ms"_s, view.atMs - node.lastHeartbeatMs},
                                 {u"live"_s, node.live},
                                 {u"self"_s, node.name == self}});
    }
    return {{u"id"_s, view.clusterId},
            {u"admitted"_s, view.admitted},
            {u"max_license_managers"_s, view.maxNodes},
            {u"nodes"_s, nodes}};
}

QJsonObject renewal(const RenewalRecord& record) {
    return {{u"sequence"_s, record.sequence},
            {u"kind"_s, record.kind == RenewalRecord::Kind::Grant ? u"grant"_s : u"renewal"_s},
            {u"at_ms"_s, record.atMs},
            {u"lease_id"_s, record.leaseId},
            {u"component"_s, record.component},
            {u"instance"_s, record.instance},
            {u"host"_s, record.host},
            {u"forwarded_for"_s, record.forwardedFor},
            {u"peer_address"_s, record.peerAddress}};
}

} // namespace lk::apijson
