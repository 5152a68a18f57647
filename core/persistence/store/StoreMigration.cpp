#include "store/StoreMigration.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

constexpr QStringView kLeaseColumns =
    u"id, component, instance, host, ips, cores, version, node, granted_ms, "
    u"last_renewal_ms, grace_deadline_ms, ended_ms, end_reason, end_note, probe";
// The target numbers denials itself; their order is kept.
constexpr QStringView kDenialColumns =
    u"at_ms, component, instance, host, ips, cores, version, node, reason, message";
// The audit trail moves with the leases, numbered by the target in its order.
constexpr QStringView kAuditColumns = u"at_ms, node, actor, role, address, action, target, outcome, detail";
// Usage samples keep their periods: the key is (component, step_s, at_ms).
constexpr QStringView kUsageColumns =
    u"component, step_s, at_ms, instances, cores, allowed_instances, allowed_cores, denials";
// The evidence about overdue leases, so that a migration does not restart
// the count of refused probes (docs/components.md, "Dead components").
constexpr QStringView kProbeColumns = u"lease_id, at_ms, outcome, detail";
constexpr QStringView kProbeCount = u"SELECT COUNT(*) FROM lease_probes";
constexpr int kPageRows = 2000;

Result<qint64> scalar(SqlStore& store, const QString& sql) {
    Error error;
    QSqlQuery* query = store.prepared(sql, &error);
    if (!query)
        return error;
    if (auto done = store.exec(*query); !done)
        return done.error();
    const qint64 value = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return value;
}

QString placeholders(QStringView columns) {
    QStringList marks;
    for (qsizetype i = 0, n = columns.count(u',') + 1; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

Result<StoreCounts> StoreMigration::counts(SqlStore& store) {
    StoreCounts counts;
    auto leases = scalar(store, u"SELECT COUNT(*) FROM leases"_s);
    auto active = scalar(store, u"SELECT COUNT(*) FROM leases WHERE ended_ms IS NULL"_s);
    auto denials = scalar(store, u"SELECT COUNT(*) FROM denials"_s);
    auto audit = scalar(store, u"SELECT COUNT(*) FROM audit_log"_s);
    auto usage = scalar(store, u"SELECT COUNT(*) FROM usage_samples"_s);
    for (const auto* result : {&leases, &active, &denials, &audit, &usage}) {
        if (!*result)
            return result->error();
    }
    return StoreCounts{leases.value(), active.value(), denials.value(), audit.value(), usage.value()};
}

Status StoreMigration::copyTable(SqlStore& from, SqlStore& to, const QString& table, const QString& columns,
                                 const QString& order, qint64* copied, qint64 total, const Progress& progress,
                                 const StopRequested& stopRequested) {
    Error error;
    const QString insertSql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns, placeholders(columns));
    const QString pageSql = u"SELECT %1 FROM %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(columns, table, order);
    for (qint64 offset = 0;; offset += kPageRows) {
        QSqlQuery* page = from.prepared(pageSql, &error);
        if (!page)
            return error;
        page->addBindValue(kPageRows);
        page->addBindValue(offset);
        if (auto read = from.exec(*page); !read)
            return read;
        int rows = 0;
        while (page->next()) {
            QSqlQuery* insert = to.prepared(insertSql, &error);
            if (!insert)
                return error;
            for (int column = 0; column < page->record().count(); ++column)
                insert->addBindValue(page->value(column));
            if (auto written = to.exec(*insert); !written)
                return written;
            ++rows;
        }
        page->finish();
        *copied += rows;
        if (progress)
            progress(*copied, total);
        if (rows < kPageRows)
            return {};
        if (stopRequested && stopRequested())
            return makeError(u"cancelled"_s, tr("the copy was cancelled; nothing was kept"));
    }
}

Result<StoreCounts> StoreMigration::copy(SqlStore& from, SqlStore& to, bool replace, const Progress& progress,
                                         const StopRequested& stopRequested) {
    // One read transaction on the source: a snapshot, even if a node still writes to it.
    if (auto snapshot = from.execDirect(u"BEGIN"_s); !snapshot)
        return snapshot.error();
    auto copied = copyInTransaction(from, to, replace, progress, stopRequested);
    from.rollbackQuietly();
    return copied;
}

Result<StoreCounts> StoreMigration::copyInTransaction(SqlStore& from, SqlStore& to, bool replace,
                                                      const Progress& progress,
                                                      const StopRequested& stopRequested) {
    auto source = counts(from);
    if (!source)
        return source.error();
    auto target = counts(to);
    if (!target)
        return target.error();
    auto sourceProbes = scalar(from, kProbeCount.toString());
    if (!sourceProbes)
        return sourceProbes.error();
    if (!target->isEmpty() && !replace) {
        return makeError(
            u"target_not_empty"_s,
            tr("%1 already holds data (leases: %2, denials: %3); nothing was copied. Use --force to "
               "replace them.")
                .arg(to.location())
                .arg(target->leases)
                .arg(target->denials));
    }
    if (auto begun = to.beginWriteTransaction(); !begun) {
        to.rollbackQuietly();
        return begun.error();
    }
    auto fail = [&to](const Error& error) {
        to.rollbackQuietly();
        return Result<StoreCounts>(error);
    };
    if (auto suspended = to.suspendUsageCounting(); !suspended)
        return fail(suspended.error());
    // The source's usage over time replaces the target's: without --force,
    // the target held no leases, so its samples can only say "nothing in use".
    QStringList deletions{u"DELETE FROM usage_samples"_s};
    if (replace)
        deletions << u"DELETE FROM leases"_s << u"DELETE FROM lease_probes"_s << u"DELETE FROM denials"_s
                  << u"DELETE FROM audit_log"_s;
    for (const QString& sql : std::as_const(deletions)) {
        if (auto deleted = to.execDirect(sql); !deleted)
            return fail(deleted.error());
    }
    // The target's own audit entries stay unless replaced; the source's join them.
    StoreCounts expected = source.value();
    expected.auditEntries += replace ? 0 : target->auditEntries;
    qint64 copied = 0;
    const qint64 total =
        source->leases + sourceProbes.value() + source->denials + source->auditEntries + source->usageSamples;
    if (auto done = copyTable(from, to, u"leases"_s, kLeaseColumns.toString(), u"granted_ms, id"_s, &copied,
                              total, progress, stopRequested);
        !done)
        return fail(done.error());
    if (auto done = copyTable(from, to, u"lease_probes"_s, kProbeColumns.toString(), u"lease_id, at_ms"_s,
                              &copied, total, progress, stopRequested);
        !done)
        return fail(done.error());
    if (auto done = copyTable(from, to, u"denials"_s, kDenialColumns.toString(), u"id"_s, &copied, total,
                              progress, stopRequested);
        !done)
        return fail(done.error());
    if (auto done = copyTable(from, to, u"audit_log"_s, kAuditColumns.toString(), u"id"_s, &copied, total,
                              progress, stopRequested);
        !done)
        return fail(done.error());
    if (auto done = copyTable(from, to, u"usage_samples"_s, kUsageColumns.toString(),
                              u"step_s, at_ms, component"_s, &copied, total, progress, stopRequested);
        !done)
        return fail(done.error());
    if (auto recounted = to.recountUsage(); !recounted)
        return fail(recounted.error());
    // Readers that followed the target's old rows by change number start over.
    if (auto renumbered = to.run(u"UPDATE lk_meta SET value = ? WHERE key = 'lease_epoch'"_s,
                                 {QUuid::createUuid().toString(QUuid::Id128)});
        !renumbered)
        return fail(renumbered.error());
    // Checked before the commit: a target that does not match keeps nothing.
    auto copiedCounts = counts(to);
    if (!copiedCounts)
        return fail(copiedCounts.error());
    auto copiedProbes = scalar(to, kProbeCount.toString());
    if (!copiedProbes)
        return fail(copiedProbes.error());
    if (copiedProbes.value() != sourceProbes.value()) {
        return fail(makeError(u"verification_failed"_s,
                              tr("the copy does not match the source (probes of overdue leases: copy %1, "
                                 "source %2); nothing was kept")
                                  .arg(copiedProbes.value())
                                  .arg(sourceProbes.value())));
    }
    if (!(copiedCounts.value() == expected)) {
        return fail(makeError(
            u"verification_failed"_s,
            tr("the copy does not match the source (copy: leases %1, active %2, denials %3; source: "
               "leases %4, active %5, denials %6); nothing was kept")
                .arg(copiedCounts->leases)
                .arg(copiedCounts->activeLeases)
                .arg(copiedCounts->denials)
                .arg(source->leases)
                .arg(source->activeLeases)
                .arg(source->denials)));
    }
    if (auto committed = to.commit(); !committed)
        return fail(committed.error());
    return source;
}

} // namespace lk
