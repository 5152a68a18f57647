#include "store/SqlTransaction.h"

#include "store/SchemaMigrations.h"
#include "store/SqlRows.h"
#include "store/SqlStore.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace lk {

qint64 SqlTransaction::nowMs() {
    return m_store.transactionNowMs();
}

Result<QList<Lease>> SqlTransaction::selectLeases(const QString& where, const QVariantList& values) {
    Error error;
    QSqlQuery* query = m_store.prepared(u"SELECT %1 FROM leases WHERE ended_ms IS NULL AND %2"_s.arg(
                                            QStringView(sqlrows::kLeaseColumns), where),
                                        &error);
    if (!query)
        return error;
    for (const QVariant& value : values)
        query->addBindValue(value);
    if (auto done = m_store.exec(*query); !done)
        return done.error();
    return sqlrows::leasesFrom(*query);
}

Status SqlTransaction::write(const QString& sql, const QVariantList& values) {
    Error error;
    QSqlQuery* query = m_store.prepared(sql, &error);
    if (!query)
        return error;
    for (const QVariant& value : values)
        query->addBindValue(value);
    auto done = m_store.exec(*query);
    query->finish();
    return done;
}

Result<TypeUsage> SqlTransaction::usageOf(const QString& component) {
    if (const auto known = m_usage.constFind(component); known != m_usage.constEnd())
        return *known;
    auto query = m_store.run(u"SELECT instances, cores FROM lease_usage WHERE component = ?"_s, {component});
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    TypeUsage usage;
    if (row.next())
        usage = TypeUsage{row.value(0).toInt(), row.value(1).toInt()};
    row.finish();
    if (m_ahead)
        m_usage.insert(component, usage);
    return usage;
}

Result<qint64> SqlTransaction::changeSeq() {
    if (m_changeSeq < 0) {
        auto query = m_store.run(u"UPDATE lease_change_counter SET seq = seq + 1 RETURNING seq"_s);
        if (!query)
            return query.error();
        QSqlQuery& row = **query;
        if (!row.next())
            return makeError(
                u"store_error"_s,
                SqlStore::tr("the table lease_change_counter of %1 is empty; the schema is damaged")
                    .arg(m_store.location()));
        m_changeSeq = row.value(0).toLongLong();
        row.finish();
    }
    return m_changeSeq;
}

Result<std::optional<Lease>> SqlTransaction::activeLease(const QString& id) {
    auto leases = selectLeases(u"id = ?"_s, {id});
    if (!leases)
        return leases.error();
    if (leases->isEmpty())
        return std::optional<Lease>();
    return std::optional<Lease>(leases->first());
}

Result<QList<Lease>> SqlTransaction::activeLeasesOf(const QString& component) {
    return selectLeases(u"component = ?"_s, {component});
}

Result<std::optional<Lease>> SqlTransaction::activeLeaseOfInstance(const QString& component,
                                                                   const QString& instance) {
    if (m_plannedInstances.size() > 1) {
        if (auto read = readPlannedInstances(); !read)
            return read.error();
    }
    const Instance key{component, instance};
    if (const auto known = m_liveByInstance.constFind(key); known != m_liveByInstance.constEnd())
        return *known;
    auto leases = selectLeases(u"component = ? AND instance = ?"_s, {component, instance});
    if (!leases)
        return leases.error();
    std::optional<Lease> live;
    if (!leases->isEmpty())
        live = leases->first();
    if (m_ahead)
        m_liveByInstance.insert(key, live);
    return live;
}

Result<QList<Lease>> SqlTransaction::leasesPastDeadline(qint64 nowMs, int limit) {
    if (m_sweptAtMs && nowMs <= *m_sweptAtMs)
        return QList<Lease>();
    auto past = selectLeases(u"deadline_block <= ? AND grace_deadline_ms < ? "
                             u"ORDER BY deadline_block, grace_deadline_ms LIMIT ?"_s,
                             {nowMs / kDeadlineBlockMs, nowMs, limit});
    // The caller ends what it got; only a short answer means nothing is left.
    if (past && past->size() < limit)
        m_sweptAtMs = nowMs;
    return past;
}

Status SqlTransaction::insertLease(const Lease& lease) {
    m_mustReachDisk = true;
    ++m_insertedLeases;
    auto seq = changeSeq();
    if (!seq)
        return seq.error();
    Status inserted =
        write(u"INSERT INTO leases (%1, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                  QStringView(sqlrows::kLeaseColumns)),
              {lease.id, lease.holder.component, lease.holder.instance, lease.holder.host,
               sqlrows::ipsToText(lease.holder.ips), lease.holder.cores, lease.holder.version, lease.node,
               lease.grantedMs, lease.lastRenewalMs, lease.graceDeadlineMs,
               // A null QString binds as NULL; the column holds '' for "none".
               lease.holder.probe.isNull() ? u""_s : lease.holder.probe, seq.value()});
    if (inserted && m_ahead) {
        // As the usage trigger counts it; the instance's live lease is this one now.
        if (const auto usage = m_usage.find(lease.holder.component); usage != m_usage.end()) {
            usage->instancesUsed += 1;
            usage->coresUsed += lease.holder.cores;
        }
        m_liveByInstance.insert({lease.holder.component, lease.holder.instance}, lease);
    }
    return inserted;
}

Status SqlTransaction::renewLease(const QString& id, qint64 renewalMs, qint64 graceDeadlineMs,
                                  const QString& node) {
    auto seq = changeSeq();
    if (!seq)
        return seq.error();
    leaseChanged(id, false);
    return write(u"UPDATE leases SET last_renewal_ms = ?, grace_deadline_ms = ?, node = ?, change_seq = ? "
                 u"WHERE id = ? AND ended_ms IS NULL"_s,
                 {renewalMs, graceDeadlineMs, node, seq.value(), id});
}

Result<std::optional<Lease>> SqlTransaction::renewIfInTime(const QString& id, qint64 renewalMs,
                                                           qint64 graceDeadlineMs, const QString& node) {
    if (m_planned.size() > 1) {
        if (auto renewed = renewPlanned(); !renewed)
            return renewed.error();
    }
    if (auto ahead = m_renewedAhead.find(id); ahead != m_renewedAhead.end()) {
        const bool same = ahead->first == RenewalArgs{renewalMs, graceDeadlineMs, node};
        Lease lease = std::move(ahead->second);
        m_renewedAhead.erase(ahead);
        if (same)
            return std::optional<Lease>(std::move(lease));
        // Not as planned (never so far): renewed again below, as asked.
    }
    // Unplanned, or planned but not renewed (gone, or past its deadline):
    // the statement of its own answers it.
    auto seq = changeSeq();
    if (!seq)
        return seq.error();
    auto query =
        m_store.run(u"UPDATE leases SET last_renewal_ms = ?, grace_deadline_ms = ?, node = ?, change_seq = ? "
                    // "+ 0": as in renewAll().
                    u"WHERE id = ? AND ended_ms IS NULL AND grace_deadline_ms + 0 >= ? RETURNING %1"_s.arg(
                        QStringView(sqlrows::kLeaseColumns)),
                    {renewalMs, graceDeadlineMs, node, seq.value(), id, renewalMs});
    if (!query)
        return query.error();
    const QList<Lease> renewed = sqlrows::leasesFrom(**query);
    if (renewed.isEmpty())
        return std::optional<Lease>();
    leaseChanged(id, false);
    return std::optional<Lease>(renewed.first());
}

Status SqlTransaction::endLease(const QString& id, qint64 endMs, EndReason reason, const QString& note) {
    m_mustReachDisk = true;
    // Its renewal job comes later in the batch than this end: it must find
    // the lease ended, as it would have without the renewal ahead.
    m_renewedAhead.remove(id);
    leaseChanged(id, true);
    auto seq = changeSeq();
    if (!seq)
        return seq.error();
    return write(u"UPDATE leases SET ended_ms = ?, end_reason = ?, end_note = ?, change_seq = ? "
                 u"WHERE id = ? AND ended_ms IS NULL"_s,
                 {endMs, reasonCode(reason), note, seq.value(), id});
}

Status SqlTransaction::recordDenial(const LeaseRequest& request, const QString& node, qint64 atMs,
                                    DenialReason reason, const QString& message) {
    m_mustReachDisk = true;
    return write(
        u"INSERT INTO denials (at_ms, component, instance, host, ips, cores, version, node, reason, message) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {atMs, request.component, request.instance, request.host, sqlrows::ipsToText(request.ips),
         request.cores, request.version, node, reasonCode(reason), message});
}

Status SqlTransaction::appendAudit(const AuditEntry& entry) {
    // QtSql binds a null QString as NULL; the columns hold "" for "none".
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    m_mustReachDisk = true;
    return write(
        u"INSERT INTO audit_log (at_ms, node, actor, role, address, action, target, outcome, detail) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {entry.atMs, text(entry.node), text(entry.actor), text(entry.role), text(entry.address),
         text(entry.action), text(entry.target), text(entry.outcome), text(entry.detail)});
}

Status SqlTransaction::recordUsageSample(const QString& component, qint64 atMs, const TypeUsage& used,
                                         int allowedInstances, qint64 allowedCores) {
    // Portable between SQLite and PostgreSQL: CASE rather than MAX()/GREATEST().
    static const QString sql = uR"(
INSERT INTO usage_samples (component, step_s, at_ms, instances, cores, allowed_instances, allowed_cores, denials)
VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COUNT(*) FROM denials WHERE component = ? AND at_ms >= ? AND at_ms < ?))
ON CONFLICT (component, step_s, at_ms) DO UPDATE SET
  instances = CASE WHEN excluded.instances > usage_samples.instances THEN excluded.instances
                   ELSE usage_samples.instances END,
  cores = CASE WHEN excluded.cores > usage_samples.cores THEN excluded.cores ELSE usage_samples.cores END,
  allowed_instances = excluded.allowed_instances, allowed_cores = excluded.allowed_cores,
  denials = excluded.denials
)"_s;
    for (const qint64 stepS : UsageSample::kStepsS) {
        const qint64 stepMs = stepS * 1000;
        const qint64 startMs = atMs - ((atMs % stepMs) + stepMs) % stepMs;
        if (Status written =
                write(sql, {component, stepS, startMs, used.instancesUsed, used.coresUsed, allowedInstances,
                            allowedCores, component, startMs, startMs + stepMs});
            !written)
            return written;
    }
    return {};
}

Status SqlTransaction::pruneUsageSamples(qint64 minutesBeforeMs, qint64 allBeforeMs) {
    if (Status pruned = write(u"DELETE FROM usage_samples WHERE step_s = ? AND at_ms < ?"_s,
                              {UsageSample::kMinuteS, minutesBeforeMs});
        !pruned)
        return pruned;
    return write(u"DELETE FROM usage_samples WHERE at_ms < ?"_s, {allBeforeMs});
}

Status SqlTransaction::recordHeartbeat(const ClusterNode& node, qint64 staleBeforeMs) {
    // Not a reason to wait for the disk: a lost heartbeat is sent again in
    // two seconds.
    return write(u"INSERT INTO lk_nodes (name, address, role, version, started_ms, last_heartbeat_ms) "
                 u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                 u"address = excluded.address, role = excluded.role, version = excluded.version, "
                 u"started_ms = CASE WHEN lk_nodes.last_heartbeat_ms < ? THEN excluded.started_ms "
                 u"ELSE lk_nodes.started_ms END, "
                 u"last_heartbeat_ms = excluded.last_heartbeat_ms"_s,
                 {node.name, node.address, node.role, node.version, node.startedMs, node.lastHeartbeatMs,
                  staleBeforeMs});
}

Result<QList<ClusterNode>> SqlTransaction::clusterNodes() {
    return m_store.registeredNodes();
}

bool SqlTransaction::tracksConnectedNodes() const {
    return m_store.tracksConnectedNodes();
}

Result<QString> SqlTransaction::clusterId() {
    return m_store.registeredClusterId();
}

} // namespace lk
