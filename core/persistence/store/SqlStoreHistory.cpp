// SqlStore::history lives apart from the write path: it is the one query that
// reads both leases and denials.
#include "store/SqlRows.h"
#include "store/SqlStore.h"

#include <QVariant>
#include <limits>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const QString kHistorySql = uR"(
SELECT kind, id, component, instance, host, ips, cores, version, node, start_ms, end_ms, reason, note FROM (
  SELECT 'lease' AS kind, id, component, instance, host, ips, cores, version, node,
         granted_ms AS start_ms, ended_ms AS end_ms, end_reason AS reason, end_note AS note
    FROM leases
   WHERE granted_ms <= ? AND (ended_ms IS NULL OR ended_ms >= ?)
     AND (COALESCE(?, '') = '' OR component = ?) AND (COALESCE(?, '') = '' OR end_reason = ?)
     AND CAST(? AS TEXT) <> 'denial'
  UNION ALL
  SELECT 'denial', '', component, instance, host, ips, cores, version, node, at_ms, at_ms, reason, message
    FROM denials
   WHERE at_ms <= ? AND at_ms >= ?
     AND (COALESCE(?, '') = '' OR component = ?) AND (COALESCE(?, '') = '' OR reason = ?)
     AND CAST(? AS TEXT) <> 'lease'
) AS history ORDER BY start_ms DESC LIMIT ?
)"_s;

HistoryEntry entryFrom(const QSqlQuery& query) {
    HistoryEntry entry;
    const bool isDenial = query.value(0).toString() == u"denial"_s;
    entry.kind = isDenial ? HistoryEntry::Kind::Denial : HistoryEntry::Kind::Lease;
    entry.leaseId = query.value(1).toString();
    entry.holder.component = query.value(2).toString();
    entry.holder.instance = query.value(3).toString();
    entry.holder.host = query.value(4).toString();
    entry.holder.ips = sqlrows::ipsFromText(query.value(5).toString());
    entry.holder.cores = query.value(6).toInt();
    entry.holder.version = query.value(7).toString();
    entry.node = query.value(8).toString();
    entry.startMs = query.value(9).toLongLong();
    if (!query.value(10).isNull())
        entry.endMs = query.value(10).toLongLong();
    const QString reason = query.value(11).toString();
    if (isDenial)
        entry.denialReason = denialReasonFromString(reason);
    else
        entry.endReason = endReasonFromString(reason);
    entry.note = query.value(12).toString();
    return entry;
}

} // namespace

Result<QList<HistoryEntry>> SqlStore::history(const HistoryQuery& filter) {
    Error error;
    QSqlQuery* query = prepared(kHistorySql, &error);
    if (!query)
        return error;
    const qint64 since = filter.sinceMs.value_or(std::numeric_limits<qint64>::min());
    const qint64 until = filter.untilMs.value_or(std::numeric_limits<qint64>::max());
    // Positional placeholders: each filter appears once per half of the UNION.
    const QString kind = !filter.kind                                 ? u"any"_s
                         : *filter.kind == HistoryEntry::Kind::Denial ? u"denial"_s
                                                                      : u"lease"_s;
    for (int half = 0; half < 2; ++half) {
        for (const QVariant& value : QVariantList{until, since, filter.component, filter.component,
                                                  filter.reason, filter.reason, kind})
            query->addBindValue(value);
    }
    query->addBindValue(qBound(1, filter.limit, HistoryQuery::kMaxLimit));
    if (auto done = exec(*query); !done)
        return done.error();
    QList<HistoryEntry> entries;
    while (query->next())
        entries.append(entryFrom(*query));
    query->finish();
    return entries;
}

} // namespace lk
