// The evidence kept about overdue leases: probes of their components.
#include "store/SqlStore.h"
#include "store/SqlTransaction.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

// Enough for any sensible --reclaim-refusals and for the console to show a trend.
constexpr int kProbesKept = 20;

} // namespace

Status SqlTransaction::recordProbe(const QString& leaseId, qint64 renewedMs, const ProbeResult& probe) {
    m_mustReachDisk = true; // a failover must not restart the count
    auto seq = changeSeq();
    if (!seq)
        return seq.error();
    if (auto done =
            write(u"INSERT INTO lease_probes (lease_id, at_ms, outcome, detail) VALUES (?, ?, ?, ?)"_s,
                  {leaseId, probe.atMs, ProbeResult::code(probe.outcome),
                   probe.detail.isNull() ? u""_s : probe.detail});
        !done)
        return done;
    // Readers of leaseChanges() see the lease again, now with this evidence.
    if (auto done = write(u"UPDATE leases SET change_seq = ? WHERE id = ?"_s, {seq.value(), leaseId}); !done)
        return done;
    return write(
        u"DELETE FROM lease_probes WHERE lease_id = ? AND (at_ms <= ? OR at_ms < "
        u"(SELECT at_ms FROM lease_probes WHERE lease_id = ? ORDER BY at_ms DESC LIMIT 1 OFFSET ?))"_s,
        {leaseId, renewedMs, leaseId, kProbesKept - 1});
}

Result<QList<ProbeResult>> SqlTransaction::probesOf(const QString& leaseId, qint64 sinceMs) {
    auto query =
        m_store.run(u"SELECT at_ms, outcome, detail FROM lease_probes WHERE lease_id = ? AND at_ms > ? "
                    u"ORDER BY at_ms"_s,
                    {leaseId, sinceMs});
    if (!query)
        return query.error();
    QSqlQuery& rows = **query;
    QList<ProbeResult> probes;
    while (rows.next()) {
        if (const auto outcome = ProbeResult::outcomeFromCode(rows.value(1).toString()))
            probes.append(ProbeResult{rows.value(0).toLongLong(), *outcome, rows.value(2).toString()});
    }
    rows.finish();
    return probes;
}

Status SqlTransaction::pruneProbes() {
    return write(u"DELETE FROM lease_probes WHERE NOT EXISTS (SELECT 1 FROM leases WHERE leases.id = "
                 u"lease_probes.lease_id AND leases.ended_ms IS NULL)"_s,
                 {});
}

} // namespace lk
