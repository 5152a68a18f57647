#pragma once

#include "lease/Lease.h"

#include <QSqlQuery>

namespace lk::sqlrows {

// Column list that leaseFrom() expects, in order.
inline constexpr char16_t kLeaseColumns[] = u"id, component, instance, host, ips, cores, version, node, "
                                            u"granted_ms, last_renewal_ms, grace_deadline_ms, probe";

Lease leaseFrom(const QSqlQuery& query);
// Reads every remaining row of an executed lease query, then releases it.
QList<Lease> leasesFrom(QSqlQuery& query);
// Reads the rows of `SELECT lease_id, at_ms, outcome, detail FROM
// lease_probes ... ORDER BY at_ms` onto the leases they belong to, keeping
// only the probes taken since each lease's last renewal; then releases it.
void attachProbes(QSqlQuery& query, QList<Lease>& leases);
QString ipsToText(const QStringList& ips);
QStringList ipsFromText(const QString& text);

} // namespace lk::sqlrows
