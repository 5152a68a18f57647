// SqlStore::auditTrail lives apart from the write path, like the history.
#include "store/SqlStore.h"

#include <QVariant>
#include <limits>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const QString kAuditSql = uR"(
SELECT id, at_ms, node, actor, role, address, action, target, outcome, detail FROM audit_log
 WHERE at_ms >= ? AND at_ms <= ?
   AND (COALESCE(?, '') = '' OR action = ?) AND (COALESCE(?, '') = '' OR actor = ?)
 ORDER BY at_ms DESC, id DESC LIMIT ?
)"_s;

AuditEntry entryFrom(const QSqlQuery& query) {
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.atMs = query.value(1).toLongLong();
    entry.node = query.value(2).toString();
    entry.actor = query.value(3).toString();
    entry.role = query.value(4).toString();
    entry.address = query.value(5).toString();
    entry.action = query.value(6).toString();
    entry.target = query.value(7).toString();
    entry.outcome = query.value(8).toString();
    entry.detail = query.value(9).toString();
    return entry;
}

} // namespace

Result<QList<AuditEntry>> SqlStore::auditTrail(const AuditQuery& filter) {
    const auto query =
        run(kAuditSql, {filter.sinceMs.value_or(std::numeric_limits<qint64>::min()),
                        filter.untilMs.value_or(std::numeric_limits<qint64>::max()), filter.action,
                        filter.action, filter.actor, filter.actor, qBound(1, filter.limit, 100000)});
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query.value()->next())
        entries.append(entryFrom(*query.value()));
    query.value()->finish();
    return entries;
}

} // namespace lk
